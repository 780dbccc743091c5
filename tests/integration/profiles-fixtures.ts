import { getDb } from '@db/client.server'
import { organisations, users } from '@db/schema'
import { buildIdNumber } from '~/domain/candidates'
import { registerCandidate, type CaseloadUser } from '~/services/candidates.server'
import { recordPublishingConsent } from '~/services/profiles/publishing.server'
import { saveProfile } from '~/services/profiles/editor.server'
import { createSession } from '~/services/auth.server'
import type { ProfileDraft } from '~/domain/profiles'
import type { Result } from '~/utils/result'

/** Users and organisations for caseload/profile tests (the template DB holds only reference data). */
export function setupPeople() {
  const db = getDb()
  const nav = db.insert(organisations).values({ kind: 'NAV_UNIT', name: 'NAV Testby', kommunenummer: '0301' }).returning().get()
  const employer = db
    .insert(organisations)
    .values({ kind: 'EMPLOYER', name: 'Testbedrift AS', orgnr: '974760673', kommunenummer: '0301' })
    .returning()
    .get()
  const mk = (email: string, role: 'jobbspesialist' | 'admin' | 'arbeidsgiver' | 'partner', organisationId: number) => {
    const row = db.insert(users).values({ email, name: email, role, organisationId }).returning().get()
    return { id: row.id, role, organisationId } satisfies CaseloadUser
  }
  return {
    navUnitId: nav.id,
    employerId: employer.id,
    js: mk('js@nav.no', 'jobbspesialist', nav.id),
    js2: mk('js2@nav.no', 'jobbspesialist', nav.id),
    admin: mk('admin@nav.no', 'admin', nav.id),
    employer: mk('ag@test.no', 'arbeidsgiver', employer.id),
    partner: mk('partner@test.no', 'partner', employer.id),
  }
}

let serial = 0
/** A valid, unused fødselsnummer. */
export function freshFnr(birthDate = '1991-03-14'): string {
  for (;;) {
    const nr = buildIdNumber(birthDate, 100 + (serial++ % 399))
    if (nr) return nr
  }
}

export const PERSON = {
  firstName: 'Kari',
  lastName: 'Nordmann',
  phone: '41234567',
  email: 'kari.nordmann@example.com',
  kommunenummer: '3201',
}

export function register(user: CaseloadUser, navUnitId: number, overrides: Partial<Parameters<typeof registerCandidate>[1]> = {}) {
  const result = registerCandidate(user, {
    ...PERSON,
    fnr: freshFnr(),
    innsatsgruppe: 'TRENGER_VEILEDNING',
    referralDate: '2026-01-15',
    navUnitId,
    ...overrides,
  })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value.id
}

export const DRAFT: ProfileDraft = {
  headline: 'Lagermedarbeider med truckførerbevis',
  summary: 'Stabil og nøyaktig. Liker faste rutiner.',
  desiredStyrkCodes: ['4321'],
  skills: ['Truck', 'Varemottak'],
  experienceLevel: 'ETT_TIL_TRE_AR',
  educationLevel: 'VIDEREGAENDE',
  languages: ['no'],
  drivingLicences: ['B'],
  workCapacityMin: 50,
  workCapacityMax: 80,
  availability: 'UMIDDELBART',
  adaptationNeeds: ['ARBEIDSTID__FLEKSIBEL'],
  targetGroups: [],
  workAreaMode: 'STEDER',
  workKommuner: ['0301'],
  workFylker: [],
  maxTravelKm: 30,
  confirmWorkArea: false,
}

export function publishWithConsent(user: CaseloadUser, candidateId: number, draft: Partial<ProfileDraft> = {}) {
  const consent = recordPublishingConsent(user, candidateId, { method: 'MUNTLIG', givenAt: '2026-01-20' })
  if (!consent.ok) throw new Error('consent failed')
  return valueOf(saveProfile(user, candidateId, { ...DRAFT, ...draft }, { publish: true }))
}

/** The value of a successful result (the test fails with the errors otherwise). */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.kind}: ${JSON.stringify(result.errors)}`)
  return result.value
}

export async function sessionRequest(userId: number, url: string): Promise<Request> {
  const cookie = await createSession(userId, new Request('http://localhost/'))
  return new Request(url, { headers: { Cookie: cookie.split(';')[0] } })
}
