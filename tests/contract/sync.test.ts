import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { auditLog, candidates, contactRequests, organisations, profiles, searchOutbox, users, vacancies } from '@db/schema'
import {
  PROFILE_DOCUMENT_FIELDS,
  loadProfileDocuments,
  loadVacancyDocuments,
  streamProfileDocuments,
  streamVacancyDocuments,
} from '@search/documents'
import { embeddedSearch } from '@search/index.server'
import { candidateMatchesFor, vacancyMatchesFor } from '~/services/matching.server'
import { searchProfilesWithEngine } from '~/services/profiles/employer.server'
import { applyDueSearchUpdates, enqueueSearchUpdate, reindexEverything } from '@search/outbox.server'
import { toMeiliProfile } from '@search/meilisearch/translate'
import type { Result } from '~/utils/result'

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.kind}`)
  return result.value
}

/** A NAV unit, a jobbspesialist, an employer, a person with a published cook profile, a cook vacancy. */
function world() {
  const db = getDb()
  const nav = db.insert(organisations).values({ kind: 'NAV_UNIT', name: 'NAV Testby', kommunenummer: '0301' }).returning().get()
  const employer = db
    .insert(organisations)
    .values({ kind: 'EMPLOYER', name: 'Kantina AS', orgnr: '974760673', kommunenummer: '0301' })
    .returning()
    .get()
  const other = db
    .insert(organisations)
    .values({ kind: 'EMPLOYER', name: 'Annen AS', orgnr: '923609016', kommunenummer: '4601' })
    .returning()
    .get()
  const js = db
    .insert(users)
    .values({ email: 'js@nav.no', name: 'Jonas', role: 'jobbspesialist', organisationId: nav.id })
    .returning()
    .get()
  const js2 = db
    .insert(users)
    .values({ email: 'js2@nav.no', name: 'Jorunn', role: 'jobbspesialist', organisationId: nav.id })
    .returning()
    .get()
  const ag = db
    .insert(users)
    .values({ email: 'ag@kantina.no', name: 'Anne', role: 'arbeidsgiver', organisationId: employer.id })
    .returning()
    .get()
  const ag2 = db
    .insert(users)
    .values({ email: 'ag@annen.no', name: 'Bjørn', role: 'arbeidsgiver', organisationId: other.id })
    .returning()
    .get()
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
      cv: { summary: 'Hemmelig CV-tekst Grand Kafé Bergen' },
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
      summary: 'Vil tilbake i jobb på kjøkken.',
      desiredStyrkCodes: ['5120'],
      skills: ['Matlaging', 'Hygiene'],
      workCapacityMin: 50,
      workCapacityMax: 100,
      availability: 'UMIDDELBART',
      adaptationNeeds: ['ARBEIDSTID__GRADVIS_OKNING'],
      shownAgeBand: '30-39',
      shownFylkesnummer: '03',
      workKommuner: ['0301'],
      maxTravelKm: 20,
      workAreaConfirmedAt: '2026-11-01',
      shownWorkArea: { kommuner: ['0301'], fylker: [], partFylker: [], wholeCountry: false, maxTravelKm: 20 },
      publishedAt: '2026-11-01T10:00:00.000Z',
    })
    .returning()
    .get()
  const vacancy = db
    .insert(vacancies)
    .values({
      organisationId: employer.id,
      status: 'PUBLISERT',
      title: 'Kokk i kantine',
      styrkCode: '5120',
      kommunenummer: '0301',
      positionPercent: 80,
      contractType: 'FAST',
      startAsap: true,
      requiredSkills: ['Matlaging'],
      inclusionTags: ['INKLUDERING__ARBEIDSTID'],
      publishedAt: '2026-11-10T10:00:00.000Z',
    })
    .returning()
    .get()
  db.transaction((tx) => {
    enqueueSearchUpdate(tx, { kind: 'profile', id: profile.id })
    enqueueSearchUpdate(tx, { kind: 'vacancy', id: vacancy.id })
  })
  const actor = (u: typeof js) => ({ id: u.id, role: u.role, organisationId: u.organisationId })
  return { db, person, profile, vacancy, js: actor(js), js2: actor(js2), ag: actor(ag), ag2: actor(ag2) }
}

describe('index sync through the outbox', () => {
  it('indexes in the same transaction with the embedded engine and records the update', async () => {
    const { db, profile } = world()
    expect((await searchProfilesWithEngine('kokker', {}, 'relevance', 1, 20)).ids).toEqual([profile.id])
    const rows = db.select().from(searchOutbox).all()
    expect(rows.map((r) => [r.kind, r.status])).toEqual([
      ['profile', 'DONE'],
      ['vacancy', 'DONE'],
    ])
  })

  it('rolls the index back with the change', async () => {
    const { db, profile } = world()
    expect(() =>
      db.transaction((tx) => {
        tx.update(profiles).set({ status: 'AVPUBLISERT' }).where(eq(profiles.id, profile.id)).run()
        enqueueSearchUpdate(tx, { kind: 'profile', id: profile.id })
        throw new Error('avbrutt')
      }),
    ).toThrow('avbrutt')
    expect((await searchProfilesWithEngine('kokk', {}, 'relevance', 1, 20)).ids).toEqual([profile.id])
  })

  it('drops a withdrawn profile at once, even before the index hears of it', async () => {
    const { db, profile } = world()
    db.update(profiles).set({ status: 'AVPUBLISERT' }).where(eq(profiles.id, profile.id)).run()
    const result = await searchProfilesWithEngine('kokk', {}, 'relevance', 1, 20)
    expect(result.ids).toEqual([])
    expect(result.total).toBe(0)
    db.transaction((tx) => enqueueSearchUpdate(tx, { kind: 'profile', id: profile.id }))
    expect((await embeddedSearch().searchProfiles({ text: 'kokk' })).ids).toEqual([])
  })

  it('applies pending rows with the worker and rebuilds everything on reindex', async () => {
    const { db, profile } = world()
    await embeddedSearch().removeProfiles([profile.id])
    db.insert(searchOutbox).values({ kind: 'profile', entityId: profile.id, nextAttemptAt: '2000-01-01T00:00:00.000Z' }).run()
    expect(await applyDueSearchUpdates(db)).toBe(1)
    expect((await embeddedSearch().searchProfiles({ text: 'kokk' })).ids).toEqual([profile.id])
    await embeddedSearch().removeProfiles([profile.id])
    const counts = await reindexEverything(db)
    expect(counts).toMatchObject({ profiles: 1, vacancies: 1 })
    expect((await embeddedSearch().searchProfiles({ text: 'kokk' })).ids).toEqual([profile.id])
  })

  it('streams the documents for a reindex page by page, the same as loading them all', () => {
    const { db } = world()
    expect([...streamProfileDocuments(db, 1)]).toEqual(loadProfileDocuments(db))
    expect([...streamVacancyDocuments(db, 1)]).toEqual(loadVacancyDocuments(db))
    expect([...streamProfileDocuments(db)]).toHaveLength(1)
  })
})

describe('privacy of the index', () => {
  it('builds documents only from whitelisted anonymised fields — nothing from candidates', async () => {
    const { db, person } = world()
    const [doc] = loadProfileDocuments(db)
    expect(Object.keys(doc).sort()).toEqual([...PROFILE_DOCUMENT_FIELDS].sort())
    const secrets = [
      person.firstName,
      person.lastName,
      person.fnr,
      person.phone!,
      person.email!,
      person.birthDate,
      'Hemmelig',
      'Grand Kafé',
    ]
    const stored = [
      ...db.$client.prepare('SELECT doc FROM search_profile_docs').pluck().all(),
      ...db.$client.prepare('SELECT term FROM search_profile_vocab').pluck().all(),
      ...db.$client.prepare('SELECT facets FROM search_profile_rows').pluck().all(),
      JSON.stringify(toMeiliProfile(doc)),
    ]
      .join('\n')
      .toLowerCase()
    for (const secret of secrets) expect(stored).not.toContain(secret.toLowerCase())
    expect(stored).not.toContain('candidate')
    expect(stored).not.toContain('innsatsgruppe')
  })
})

describe('matches with access control and audit', () => {
  it('shows the owning employer candidates with reasons, audited', async () => {
    const { db, vacancy, ag } = world()
    const result = valueOf(await vacancyMatchesFor(ag, vacancy.id, 'page'))
    expect(result.items).toHaveLength(1)
    expect(result.items[0].profile.code).toBe('K7Q2XP')
    expect(result.items[0].reasons.map((r) => r.text)).toContain('Ønsker yrket Kokker (5120)')
    expect(result.items[0].reasons.map((r) => r.text)).toContain('Trenger tilrettelegging av arbeidstid — dere tilbyr det')
    expect(JSON.stringify(result.items)).not.toContain('Solheimsvik')
    const log = db.select().from(auditLog).where(eq(auditLog.action, 'MATCHED_PROFILES_VIEWED')).all()
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ actorUserId: ag.id, subjectType: 'vacancy', subjectId: String(vacancy.id) })
  })

  it('words the reasons for a jobbspesialist who reads them, with the points each part added', async () => {
    const { vacancy, js2 } = world()
    const [item] = valueOf(await vacancyMatchesFor(js2, vacancy.id, 'page')).items
    expect(item.reasons.map((r) => r.text)).toContain('Trenger tilrettelegging av arbeidstid — arbeidsgiveren tilbyr det')
    expect(item.reasons.find((r) => r.kind === 'OCCUPATION')!.points).toBe(40)
  })

  it('does not bring back a person the employer marked «Ikke aktuell» for this vacancy, and hints when few match', async () => {
    const { db, profile, vacancy, ag } = world()
    expect(valueOf(await vacancyMatchesFor(ag, vacancy.id, 'page')).hints.length).toBeGreaterThan(0)
    const request = db
      .insert(contactRequests)
      .values({ profileId: profile.id, organisationId: ag.organisationId!, vacancyId: vacancy.id, status: 'GODKJENT' })
      .returning()
      .get()
    db.update(contactRequests).set({ employerMarking: 'TIL_VURDERING' }).where(eq(contactRequests.id, request.id)).run()
    expect(valueOf(await vacancyMatchesFor(ag, vacancy.id, 'page')).items).toHaveLength(1)
    db.update(contactRequests).set({ employerMarking: 'IKKE_AKTUELL' }).where(eq(contactRequests.id, request.id)).run()
    expect(valueOf(await vacancyMatchesFor(ag, vacancy.id, 'page')).items).toEqual([])
  })

  it('refuses another employer', async () => {
    const { vacancy, ag2 } = world()
    expect(await vacancyMatchesFor(ag2, vacancy.id, 'api')).toMatchObject({ ok: false, kind: 'not_found' })
  })

  it('lets jobbspesialister see candidates for published vacancies', async () => {
    const { vacancy, js2 } = world()
    expect(valueOf(await vacancyMatchesFor(js2, vacancy.id, 'page')).items).toHaveLength(1)
  })

  it('shows the owner vacancies for a person, audited, and hides the person from others', async () => {
    const { db, person, vacancy, js, js2 } = world()
    const result = valueOf(await candidateMatchesFor(js, person.id, 'page'))
    expect(result.items.map((i) => i.vacancy.id)).toEqual([vacancy.id])
    expect(result.items[0].vacancy.organisationName).toBe('Kantina AS')
    expect(result.items[0].reasons.map((r) => r.text)).toContain('Har 1 av 1 ferdigheter: Matlaging')
    const log = db.select().from(auditLog).where(eq(auditLog.action, 'MATCHED_VACANCIES_VIEWED')).all()
    expect(log).toMatchObject([{ candidateId: person.id, actorUserId: js.id }])
    expect(await candidateMatchesFor(js2, person.id, 'api')).toMatchObject({ ok: false, kind: 'not_found' })
  })

  it('drops a vacancy that is closed since it was indexed', async () => {
    const { db, person, vacancy, js } = world()
    db.update(vacancies).set({ status: 'STENGT' }).where(eq(vacancies.id, vacancy.id)).run()
    expect(valueOf(await candidateMatchesFor(js, person.id, 'page')).items).toEqual([])
  })
})
