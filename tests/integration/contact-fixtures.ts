import { eq } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { candidates, emailOutbox, organisations, profiles, users, vacancies } from '@db/schema'
import { askCandidateSchema, type AskCandidateInput } from '~/domain/contact-requests'
import type { SessionUser } from '~/services/auth.server'
import { todayIso } from '~/utils/clock.server'
import { parseInput } from '~/utils/result'

export type EmployerUser = SessionUser & { organisationId: number }

/**
 * A NAV unit with two jobbspesialister, two employers (one user each), an
 * admin, a person with a full CV and a PUBLISHED profile, a person with an
 * unpublished profile, and a published vacancy for each employer.
 */
export function contactWorld() {
  const db = getDb()
  const nav = db.insert(organisations).values({ kind: 'NAV_UNIT', name: 'NAV Testby', kommunenummer: '0301' }).returning().get()
  const employer = db
    .insert(organisations)
    .values({ kind: 'EMPLOYER', name: 'Fjordkokken Restaurant AS', orgnr: '974760673', kommunenummer: '0301' })
    .returning()
    .get()
  const other = db
    .insert(organisations)
    .values({ kind: 'EMPLOYER', name: 'Annen Arbeidsgiver AS', orgnr: '923609016', kommunenummer: '4601' })
    .returning()
    .get()
  const mk = (email: string, name: string, role: SessionUser['role'], organisationId: number): SessionUser => {
    const u = db.insert(users).values({ email, name, role, organisationId, emailVerifiedAt: '2026-01-01T00:00:00Z' }).returning().get()
    const org = db.select().from(organisations).where(eq(organisations.id, organisationId)).get()!
    return { id: u.id, email, name, role, organisationId, organisationName: org.name }
  }
  const js = mk('js@nav.no', 'Jonas Jobbspesialist', 'jobbspesialist', nav.id)
  const js2 = mk('js2@nav.no', 'Jorunn Jobbspesialist', 'jobbspesialist', nav.id)
  const admin = mk('admin@nav.no', 'Ada Admin', 'admin', nav.id)
  const ag = mk('ag@fjordkokken.no', 'Anne Arbeidsgiver', 'arbeidsgiver', employer.id) as EmployerUser
  const ag2 = mk('ag@annen.no', 'Bjørn Bedrift', 'arbeidsgiver', other.id) as EmployerUser
  const person = db
    .insert(candidates)
    .values({
      jobbspesialistUserId: js.id,
      navUnitId: nav.id,
      firstName: 'Sigrid',
      lastName: 'Solheimsvik',
      fnr: '15028812345',
      birthDate: '1988-02-15',
      phone: '41234567',
      email: 'sigrid.solheimsvik@example.no',
      kommunenummer: '0301',
      innsatsgruppe: 'TRENGER_VEILEDNING',
      referralDate: '2026-08-01',
      ipsStep: 'JOBBSOK',
      cv: {
        summary: 'Kokk med fagbrev og ti års erfaring.',
        experience: [{ employer: 'Grand Kafé Bergen', title: 'Kokk', from: '2014', to: '2023' }],
        education: [{ institution: 'Bergen tekniske fagskole', programme: 'Restaurant- og matfag', year: '2008' }],
        certificates: ['Hygienekurs Mattilsynet'],
      },
    })
    .returning()
    .get()
  const profile = db
    .insert(profiles)
    .values({
      candidateId: person.id,
      code: 'K7Q2XP',
      status: 'PUBLISERT',
      headline: 'Erfaren kokk',
      summary: 'Erfaren kokk som vil tilbake i jobb.',
      desiredStyrkCodes: ['5120'],
      shownAgeBand: '30-39',
      shownFylkesnummer: '03',
      publishedAt: '2026-11-01T10:00:00.000Z',
    })
    .returning()
    .get()
  const hidden = db
    .insert(candidates)
    .values({
      jobbspesialistUserId: js.id,
      navUnitId: nav.id,
      firstName: 'Henrik',
      lastName: 'Hemmeligsen',
      fnr: '01019012345',
      birthDate: '1990-01-01',
      email: 'henrik@example.no',
      kommunenummer: '0301',
      innsatsgruppe: 'GODE_MULIGHETER',
      referralDate: '2026-08-01',
    })
    .returning()
    .get()
  const draft = db
    .insert(profiles)
    .values({ candidateId: hidden.id, code: 'DRAFT9', status: 'UTKAST', headline: 'Utkast' })
    .returning()
    .get()
  const vacancy = db
    .insert(vacancies)
    .values({
      organisationId: employer.id,
      status: 'PUBLISERT',
      title: 'Kokk i restaurant',
      styrkCode: '5120',
      kommunenummer: '0301',
      positionPercent: 80,
      contractType: 'FAST',
      publishedAt: '2026-11-01T10:00:00.000Z',
    })
    .returning()
    .get()
  const otherVacancy = db
    .insert(vacancies)
    .values({
      organisationId: other.id,
      status: 'PUBLISERT',
      title: 'Kokk i kantine',
      styrkCode: '5120',
      kommunenummer: '4601',
      positionPercent: 100,
      contractType: 'FAST',
      publishedAt: '2026-11-01T10:00:00.000Z',
    })
    .returning()
    .get()
  return { db, nav, employer, other, js, js2, admin, ag, ag2, person, profile, hidden, draft, vacancy, otherVacancy }
}

/** «Spør kandidaten» as the form sends it, parsed with the page's schema (today's deadline rules). */
export function askInput(raw: { deadlineOption: string; deadlineDate?: string; cvParts: string[]; sendLink: boolean }): AskCandidateInput {
  const parsed = parseInput(askCandidateSchema({ today: todayIso() }), raw)
  if (!parsed.ok) throw new Error(`invalid ask input: ${JSON.stringify(parsed.errors)}`)
  return parsed.value
}

/** The raw consent token from the queued e-mail to the person (the database only holds its hash). */
export function tokenFromOutbox(to: string): string {
  const mail = getDb()
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, to))
    .all()
    .filter((m) => m.template === 'contact-consent-request')
    .at(-1)
  const token = mail?.textBody.match(/\/samtykke\/([\w-]+)/)?.[1]
  if (!token) throw new Error(`no consent link mailed to ${to}`)
  return token
}

/** Every personal detail of the fixture person that must never reach an employer before consent. */
export const PERSONAL_DATA = [
  'Sigrid',
  'Solheimsvik',
  '15028812345',
  '41234567',
  'sigrid.solheimsvik@example.no',
  'Grand Kafé',
  '1988-02-15',
]
