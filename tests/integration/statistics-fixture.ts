/**
 * Crafted rows for the statistics tests: written straight into the test DB,
 * and kept in memory so the tests can count the expected figures directly.
 */
import { sql } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import {
  agreementSchemes,
  agreements,
  candidates,
  contactRequests,
  organisations,
  partnerMemberships,
  profiles,
  users,
  vacancies,
} from '@db/schema'
import type { ContactRequestStatus, InclusionTag } from '~/domain/codes'
import { createRandom } from '@db/seed/random'

export type Org = {
  id: number
  fylke: string
  kommune: string
  sector: 'PRIVAT' | 'KOMMUNAL' | 'STATLIG'
  nace: 'I' | 'Q' | 'O'
  nho: boolean
}
export type VacancyRow = { id: number; org: Org; month: string; fylke: string; tags: string[] }
export type ProfileRow = { id: number; candidateId: number; month: string; fylke: string; targetGroups: string[] }
export type RequestRow = {
  id: number
  org: Org
  month: string
  status: string
  hired: boolean
  hiredMonth: string | null
  profile: ProfileRow
}
export type AgreementRow = {
  id: number
  candidateId: number
  org: Org
  startedAt: string
  endedAt: string | null
  schemes: Array<{ scheme: string; total: number }>
  request: RequestRow | null
}

export type Fixture = {
  partnerNho: number
  orgs: Org[]
  vacancies: VacancyRow[]
  profiles: ProfileRow[]
  requests: RequestRow[]
  agreements: AgreementRow[]
  specialists: Array<{ id: number; active: number }>
  partnerUser: number
  adminUser: number
  employerUser: number
}

const KOMMUNE_FYLKE: Record<string, string> = { '0301': '03', '5001': '50', '4601': '46', '5501': '55' }
const TAGS = [
  'INKLUDERING__ARBEIDSTID',
  'TILTAK_ELLER_VIRKEMIDDEL__LONNSTILSKUDD',
  'PRIORITERT_MALGRUPPE__UNGE_UNDER_30',
  'PRIORITERT_MALGRUPPE__HULL_I_CV_EN',
  'STATLIG_INKLUDERINGSDUGNAD',
]
const MONTHS = ['2026-08', '2026-09', '2026-10']

let fnrCounter = 0
const fakeFnr = () => String(10000000000 + ++fnrCounter * 7919)

/** A deterministic, mid-sized data set: 14 employers, ~120 vacancies, 60 profiles, ~150 requests, agreements. */
export function seedStatisticsFixture(seed = 7): Fixture {
  const db = getDb()
  const random = createRandom(seed)
  return db.transaction((tx) => {
    const partnerNho = tx.insert(organisations).values({ kind: 'PARTNER', name: 'NHO', partnerCode: 'NHO' }).returning().get().id
    const partnerLo = tx.insert(organisations).values({ kind: 'PARTNER', name: 'LO', partnerCode: 'LO' }).returning().get().id
    const navUnit = tx.insert(organisations).values({ kind: 'NAV_UNIT', name: 'NAV Test', kommunenummer: '0301' }).returning().get().id
    const orgs: Org[] = []
    const plan: Array<Omit<Org, 'id' | 'fylke'>> = [
      ...Array.from({ length: 7 }, (_, i) => ({ kommune: '0301', sector: 'PRIVAT' as const, nace: 'I' as const, nho: i < 6 })),
      ...Array.from({ length: 5 }, () => ({ kommune: '5001', sector: 'KOMMUNAL' as const, nace: 'Q' as const, nho: false })),
      ...Array.from({ length: 2 }, () => ({ kommune: '5501', sector: 'STATLIG' as const, nace: 'O' as const, nho: false })),
    ]
    plan.forEach((o, i) => {
      const id = tx
        .insert(organisations)
        .values({
          kind: 'EMPLOYER',
          name: `Testbedrift ${i}`,
          orgnr: String(900000000 + i),
          kommunenummer: o.kommune,
          sector: o.sector,
          naceSection: o.nace,
        })
        .returning()
        .get().id
      if (o.nho) tx.insert(partnerMemberships).values({ employerId: id, partnerId: partnerNho }).run()
      orgs.push({ ...o, id, fylke: KOMMUNE_FYLKE[o.kommune] })
    })
    const user = (email: string, role: 'partner' | 'admin' | 'arbeidsgiver' | 'jobbspesialist', organisationId: number | null) =>
      tx.insert(users).values({ email, name: email, role, organisationId }).returning().get().id
    const partnerUser = user('partner@test.no', 'partner', partnerNho)
    user('lo@test.no', 'partner', partnerLo)
    const adminUser = user('admin@test.no', 'admin', navUnit)
    const employerUser = user('ag@test.no', 'arbeidsgiver', orgs[0].id)

    // Jobbspesialister: six with small caseloads (band 5), one with 22 active (band 4).
    const specialists: Fixture['specialists'] = []
    const caseloads = [4, 5, 6, 8, 9, 10, 22]
    const candidateIds: number[] = []
    caseloads.forEach((size, i) => {
      const id = user(`js${i}@test.no`, 'jobbspesialist', navUnit)
      specialists.push({ id, active: size })
      for (let k = 0; k < size + 2; k++) {
        const cid = tx
          .insert(candidates)
          .values({
            jobbspesialistUserId: id,
            navUnitId: navUnit,
            firstName: 'Test',
            lastName: `Person${i}-${k}`,
            fnr: fakeFnr(),
            birthDate: '1990-01-01',
            kommunenummer: '0301',
            innsatsgruppe: 'TRENGER_VEILEDNING',
            referralDate: '2026-01-01',
            // The two extra people per caseload are no longer active.
            ipsStep: k < size ? 'JOBBSOK' : k === size ? 'AVSLUTTET' : 'PASSIV',
          })
          .returning()
          .get().id
        candidateIds.push(cid)
      }
    })

    const ts = (month: string, day: number) => `${month}-${String(day).padStart(2, '0')}T10:00:00.000Z`
    const profileRows: ProfileRow[] = []
    for (let i = 0; i < 60; i++) {
      const month = random.pick(MONTHS)
      const fylke = random.pick(['03', '50', '46'])
      const targetGroups = random.sample<InclusionTag>(
        ['PRIORITERT_MALGRUPPE__UNGE_UNDER_30', 'PRIORITERT_MALGRUPPE__HULL_I_CV_EN'],
        random.int(0, 2),
      )
      const id = tx
        .insert(profiles)
        .values({
          candidateId: candidateIds[i],
          code: `K-${i}`,
          status: 'PUBLISERT',
          shownFylkesnummer: fylke,
          targetGroups,
          publishedAt: ts(month, random.int(1, 28)),
        })
        .returning()
        .get().id
      profileRows.push({ id, candidateId: candidateIds[i], month, fylke, targetGroups })
    }

    const vacancyRows: VacancyRow[] = []
    for (const org of orgs) {
      const n = random.int(4, 14)
      for (let i = 0; i < n; i++) {
        const month = random.pick(MONTHS)
        const kommune = random.chance(0.8) ? org.kommune : '4601'
        const tags = random.sample(TAGS, random.int(0, 3))
        const id = tx
          .insert(vacancies)
          .values({
            organisationId: org.id,
            status: 'PUBLISERT',
            title: 'Stilling',
            styrkCode: '0110',
            kommunenummer: kommune,
            positionPercent: 100,
            contractType: 'FAST',
            inclusionTags: tags,
            publishedAt: ts(month, random.int(1, 28)),
          })
          .returning()
          .get().id
        vacancyRows.push({ id, org, month, fylke: KOMMUNE_FYLKE[kommune], tags })
      }
    }
    // One vacancy outside the period and one never published: neither may be counted.
    tx.insert(vacancies)
      .values({
        organisationId: orgs[0].id,
        status: 'PUBLISERT',
        title: 'Gammel',
        styrkCode: '0110',
        kommunenummer: '0301',
        positionPercent: 100,
        contractType: 'FAST',
        publishedAt: '2025-03-01T10:00:00.000Z',
      })
      .run()
    tx.insert(vacancies)
      .values({
        organisationId: orgs[0].id,
        status: 'UTKAST',
        title: 'Utkast',
        styrkCode: '0110',
        kommunenummer: '0301',
        positionPercent: 100,
        contractType: 'FAST',
      })
      .run()

    const requestRows: RequestRow[] = []
    const statuses: ContactRequestStatus[] = ['SENDT', 'SPURT_KANDIDAT', 'GODKJENT', 'GODKJENT', 'GODKJENT', 'AVSLATT', 'UTLOPT', 'TRUKKET']
    for (let i = 0; i < 150; i++) {
      const org = random.pick(orgs)
      const profile = random.pick(profileRows)
      const month = random.pick(MONTHS)
      const status = random.pick(statuses)
      const hired = status === 'GODKJENT' && random.chance(0.4)
      const hiredMonth = hired ? random.pick(MONTHS.filter((m) => m >= month)) : null
      const id = tx
        .insert(contactRequests)
        .values({
          profileId: profile.id,
          organisationId: org.id,
          status,
          createdAt: ts(month, random.int(1, 28)),
          employerMarking: hired ? 'FATT_JOBBEN' : null,
          markedAt: hired ? ts(hiredMonth!, 28) : null,
        })
        .returning()
        .get().id
      requestRows.push({ id, org, month, status, hired, hiredMonth, profile })
    }

    const agreementRows: AgreementRow[] = []
    const schemes = ['MIDLERTIDIG_LONNSTILSKUDD', 'VARIG_LONNSTILSKUDD', 'MENTOR', 'INKLUDERINGSTILSKUDD'] as const
    // Agreements: half from hired requests (not a second hire), half without a request (a hire of their own).
    const hiredRequests = requestRows.filter((r) => r.hired)
    for (let i = 0; i < 160; i++) {
      const request = i < hiredRequests.length && i % 2 === 0 ? hiredRequests[i] : null
      const org = request ? request.org : random.pick(orgs)
      const started = random.chance(0.5) ? ts(random.pick(['2025-09', '2026-01', '2026-03', '2026-05']), 10) : ts(random.pick(MONTHS), 15)
      const ended = random.chance(0.3) ? ts(random.pick(['2026-06', '2026-10']), 1) : null
      const candidateId = request ? request.profile.candidateId : random.pick(profileRows).candidateId
      const id = tx
        .insert(agreements)
        .values({
          candidateId,
          organisationId: org.id,
          jobbspesialistUserId: specialists[0].id,
          contactRequestId: request?.id ?? null,
          status: ended ? 'AVSLUTTET' : 'GJENNOMFORES',
          startedAt: started,
          endedAt: ended && ended > started ? ended : null,
        })
        .returning()
        .get().id
      const used = random.sample(schemes, random.int(1, 2)).map((scheme) => ({ scheme, total: random.int(10, 200) * 1000 }))
      for (const u of used) {
        tx.insert(agreementSchemes)
          .values({
            agreementId: id,
            scheme: u.scheme,
            input: {},
            calculation: sql`'{}'` /* statistics never read the calculation */,
            total: u.total,
            calculatedAt: started,
          })
          .run()
      }
      agreementRows.push({
        id,
        candidateId,
        org,
        startedAt: started,
        endedAt: ended && ended > started ? ended : null,
        schemes: used,
        request,
      })
    }
    return {
      partnerNho,
      orgs,
      vacancies: vacancyRows,
      profiles: profileRows,
      requests: requestRows,
      agreements: agreementRows,
      specialists,
      partnerUser,
      adminUser,
      employerUser,
    }
  })
}
