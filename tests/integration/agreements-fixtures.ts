import { getDb } from '@db/client.server'
import { candidates, organisations, users } from '@db/schema'
import type { SessionUser } from '~/services/auth.server'
import { contentFromForm, AgreementFormSchema, type AgreementContent } from '~/domain/agreements'

let fnrCounter = 0

/** A NAV unit, a jobbspesialist, an employer with one user, and a person in the caseload. */
export function agreementWorld() {
  const db = getDb()
  const nav = db.insert(organisations).values({ kind: 'NAV_UNIT', name: 'NAV Testby', kommunenummer: '0301' }).returning().get()
  const employer = db
    .insert(organisations)
    .values({ kind: 'EMPLOYER', name: 'Fjord Bygg AS', orgnr: '974760673', kommunenummer: '0301' })
    .returning()
    .get()
  const other = db
    .insert(organisations)
    .values({ kind: 'EMPLOYER', name: 'Annen Arbeidsgiver AS', orgnr: '923609016', kommunenummer: '4601' })
    .returning()
    .get()
  const mk = (email: string, name: string, role: SessionUser['role'], organisationId: number): SessionUser => {
    const u = db.insert(users).values({ email, name, role, organisationId, emailVerifiedAt: '2026-01-01T00:00:00Z' }).returning().get()
    const org = db
      .select()
      .from(organisations)
      .all()
      .find((o) => o.id === organisationId)!
    return { id: u.id, email, name, role, organisationId, organisationName: org.name }
  }
  const js = mk('js@nav.no', 'Jonas Jobbspesialist', 'jobbspesialist', nav.id)
  const js2 = mk('js2@nav.no', 'Jorunn Jobbspesialist', 'jobbspesialist', nav.id)
  const ag = mk('ag@fjord.no', 'Anne Arbeidsgiver', 'arbeidsgiver', employer.id) as SessionUser & { organisationId: number }
  const ag2 = mk('ag@annen.no', 'Bjørn Annen', 'arbeidsgiver', other.id) as SessionUser & { organisationId: number }
  const person = addCandidate(js.id, nav.id, { email: 'ola@example.no' })
  return { db, nav, employer, other, js, js2, ag, ag2, person }
}

export function addCandidate(jobbspesialistUserId: number, navUnitId: number, over: Partial<typeof candidates.$inferInsert> = {}) {
  fnrCounter++
  return getDb()
    .insert(candidates)
    .values({
      jobbspesialistUserId,
      navUnitId,
      firstName: 'Ola',
      lastName: `Nordmann${fnrCounter}`,
      fnr: String(10000000000 + fnrCounter * 7919),
      birthDate: '1995-05-05',
      kommunenummer: '0301',
      innsatsgruppe: 'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
      referralDate: '2026-09-01',
      ipsStep: 'JOBBSOK',
      ...over,
    })
    .returning()
    .get()
}

export const COMPLETE: AgreementContent = contentFromForm(
  AgreementFormSchema.parse({
    version: '1',
    jobTitle: 'Lagermedarbeider',
    styrkCode: '9333',
    positionPercent: '80',
    startDate: '2026-12-01',
    endDate: '2027-05-31',
    monthlyPay: '32000',
    contactName: 'Kari Leder',
    contactPhone: '91234567',
    contactEmail: 'kari@fjord.no',
    goals: 'Fast ansettelse etter seks måneder.',
    followUpFrequency: 'Ukentlig den første måneden, deretter annenhver uke',
    adaptations: ['ARBEIDSTID__GRADVIS_OKNING'],
    adaptationText_ARBEIDSTID: 'Starter på 60 % og øker',
  }),
)
