import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { auditLog, organisations, users, vacancies } from '@db/schema'
import { resolveOccupation, validateVacancy, type VacancyInput } from '~/domain/vacancies'
import {
  changeVacancyStatus,
  countOwnVacanciesByStatus,
  createVacancy,
  findOccupations,
  getOwnVacancy,
  requireOwnedVacancy,
  getPublishedVacancy,
  getVacancyFor,
  getVacancyForMatching,
  listOccupations,
  listOwnVacancies,
  listPublishedVacancies,
  updateVacancy,
  vacancyValidationContext,
  type VacancyActor,
} from '~/services/vacancies.server'
import { setClock } from '~/utils/clock.server'
import { loader as yrkerLoader } from '~/routes/ressurser.yrker'
import { messageOf } from '~/utils/result'

function setup() {
  setClock(new Date('2026-11-22T10:00:00Z'))
  const db = getDb()
  const org = (name: string, orgnr: string, sector: 'PRIVAT' | 'STATLIG' = 'PRIVAT') =>
    db.insert(organisations).values({ kind: 'EMPLOYER', name, orgnr, kommunenummer: '0301', sector }).returning().get().id
  const user = (email: string, role: VacancyActor['role'], organisationId: number | null): VacancyActor => {
    const id = db.insert(users).values({ email, name: email, role, organisationId }).returning().get().id
    return { id, role, organisationId }
  }
  const orgA = org('Fjordkokken AS', '974760673')
  const orgB = org('Annen Bedrift AS', '923609016')
  const orgState = org('Statlig etat', '889640782', 'STATLIG')
  return {
    a: user('a@test.no', 'arbeidsgiver', orgA),
    a2: user('a2@test.no', 'arbeidsgiver', orgA),
    b: user('b@test.no', 'arbeidsgiver', orgB),
    state: user('s@test.no', 'arbeidsgiver', orgState),
    js: user('js@test.no', 'jobbspesialist', null),
    admin: user('admin@test.no', 'admin', null),
  }
}

function input(actor: VacancyActor, overrides: Record<string, unknown> = {}): VacancyInput {
  const result = validateVacancy(
    {
      title: 'Kokk',
      occupation: 'Kokker',
      description: 'Lunsj og middag.',
      kommunenummer: '0301',
      positionPercent: '100',
      contractType: 'FAST',
      startMode: 'SNAREST',
      applicationDeadline: '2026-12-15',
      yearlySalary: '480000',
      languages: ['no'],
      inclusionTags: ['INKLUDERING__ARBEIDSTID'],
      ...overrides,
    },
    vacancyValidationContext(actor),
  )
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}

describe('vacancies service', () => {
  it('creates a draft for the own organisation, resolving the occupation from the real STYRK-08 table', () => {
    const { a } = setup()
    const { id } = createVacancy(a, input(a))
    const v = getOwnVacancy(a, id)!
    expect(v).toMatchObject({
      status: 'UTKAST',
      styrkCode: '5120',
      styrkTitle: 'Kokker',
      kommuneName: 'Oslo',
      version: 1,
      yearlySalary: 480000,
    })
    expect(v.languages).toEqual(['no'])
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, 'VACANCY_CREATED')).all()).toHaveLength(1)
  })

  it('validates STYRK and kommune against the reference tables and STATLIG against the sector', () => {
    const { a, state } = setup()
    const bad = validateVacancy(
      {
        title: 'x',
        occupation: '9998',
        description: 'y',
        kommunenummer: '0000',
        positionPercent: '50',
        contractType: 'FAST',
        startMode: 'SNAREST',
        inclusionTags: ['STATLIG_INKLUDERINGSDUGNAD'],
      },
      vacancyValidationContext(a),
    )
    expect(bad.ok ? [] : bad.errors.map((e) => e.field).sort()).toEqual(['inclusionTags', 'kommunenummer', 'occupation'])
    expect(input(state, { inclusionTags: ['STATLIG_INKLUDERINGSDUGNAD'] }).inclusionTags).toEqual(['STATLIG_INKLUDERINGSDUGNAD'])
  })

  it('lets only users of the owning organisation see a draft or change it', () => {
    const { a, a2, b, js, admin } = setup()
    const { id } = createVacancy(a, input(a))
    expect(getOwnVacancy(a2, id)?.id).toBe(id)
    expect(getOwnVacancy(b, id)).toBeNull()
    expect(requireOwnedVacancy(b, id)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(requireOwnedVacancy(a2, id)).toMatchObject({ ok: true, value: { id } })
    expect(getVacancyFor(b, id)).toBeNull()
    expect(getVacancyFor(js, id)).toBeNull()
    expect(getVacancyFor(admin, id)).toBeNull()
    expect(updateVacancy(b, id, 1, input(b, { title: 'Kapret' }))).toMatchObject({ ok: false, kind: 'not_found' })
    expect(changeVacancyStatus(b, id, 'publish')).toMatchObject({ ok: false, kind: 'not_found' })
    expect(getOwnVacancy(a, id)).toMatchObject({ title: 'Kokk', status: 'UTKAST', version: 1 })
  })

  it('shows a published vacancy to jobbspesialister and admin but not to another employer', () => {
    const { a, b, js, admin } = setup()
    const { id } = createVacancy(a, input(a))
    expect(changeVacancyStatus(a, id, 'publish')).toEqual({ ok: true })
    expect(getVacancyFor(js, id)?.status).toBe('PUBLISERT')
    expect(getVacancyFor(admin, id)?.id).toBe(id)
    expect(getVacancyFor(b, id)).toBeNull()
  })

  it('refuses an edit based on an old version (optimistic locking) and keeps the other save', () => {
    const { a, a2 } = setup()
    const { id } = createVacancy(a, input(a))
    expect(updateVacancy(a2, id, 1, input(a2, { title: 'Kokk, 80 %' }))).toEqual({ ok: true })
    const stale = updateVacancy(a, id, 1, input(a, { title: 'Kokk, heltid' }))
    expect(stale).toMatchObject({ ok: false, kind: 'conflict' })
    expect(stale.ok ? '' : messageOf(stale)).toContain('Noen andre har lagret endringer')
    expect(getOwnVacancy(a, id)).toMatchObject({ title: 'Kokk, 80 %', version: 2 })
    expect(updateVacancy(a, id, 2, input(a, { title: 'Kokk, heltid' }))).toEqual({ ok: true })
    expect(getOwnVacancy(a, id)).toMatchObject({ title: 'Kokk, heltid', version: 3 })
  })

  it('moves through the statuses: draft → published → filled; filled is final', () => {
    const { a } = setup()
    const { id } = createVacancy(a, input(a))
    expect(changeVacancyStatus(a, id, 'fill')).toMatchObject({ ok: false, kind: 'conflict' })
    expect(changeVacancyStatus(a, id, 'publish')).toEqual({ ok: true })
    expect(getOwnVacancy(a, id)).toMatchObject({ status: 'PUBLISERT', publishedAt: '2026-11-22T10:00:00.000Z', version: 2 })
    expect(changeVacancyStatus(a, id, 'fill')).toEqual({ ok: true })
    expect(getOwnVacancy(a, id)).toMatchObject({ status: 'BESATT', filledAt: '2026-11-22T10:00:00.000Z' })
    expect(changeVacancyStatus(a, id, 'close')).toMatchObject({
      ok: false,
      kind: 'conflict',
      errors: { '': ['Stillingen har status «besatt» og kan ikke stenges.'] },
    })
    expect(updateVacancy(a, id, 3, input(a))).toMatchObject({ ok: false, kind: 'conflict' })
    expect(getPublishedVacancy(id)).toBeNull()
    const log = getDb()
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, 'vacancy'), eq(auditLog.subjectId, String(id))))
      .all()
    expect(log.map((l) => l.action)).toEqual(['VACANCY_CREATED', 'VACANCY_PUBLISHED', 'VACANCY_FILLED'])
    expect(log[2].details).toEqual({ from: 'PUBLISERT', to: 'BESATT' })
  })

  it('closes and republishes; refuses to publish after the deadline has passed', () => {
    const { a } = setup()
    const { id } = createVacancy(a, input(a))
    expect(changeVacancyStatus(a, id, 'publish')).toEqual({ ok: true })
    expect(changeVacancyStatus(a, id, 'close')).toEqual({ ok: true })
    expect(getOwnVacancy(a, id)?.status).toBe('STENGT')
    setClock(new Date('2026-12-20T10:00:00Z'))
    expect(changeVacancyStatus(a, id, 'publish')).toMatchObject({
      ok: false,
      errors: { '': ['Søknadsfristen har gått ut. Endre søknadsfristen før du publiserer.'] },
    })
    expect(getOwnVacancy(a, id)?.status).toBe('STENGT')
  })

  it('refuses a status change based on an old version', () => {
    const { a } = setup()
    const { id } = createVacancy(a, input(a))
    updateVacancy(a, id, 1, input(a, { title: 'Ny tittel' }))
    expect(changeVacancyStatus(a, id, 'publish', 1)).toMatchObject({ ok: false, kind: 'conflict' })
    expect(getOwnVacancy(a, id)?.status).toBe('UTKAST')
  })

  it('lists own vacancies by status and counts them', () => {
    const { a, b } = setup()
    const one = createVacancy(a, input(a)).id
    createVacancy(a, input(a, { title: 'Servitør', occupation: '5131' }))
    createVacancy(b, input(b, { title: 'Annen' }))
    changeVacancyStatus(a, one, 'publish')
    expect(
      listOwnVacancies(a)
        .map((v) => v.title)
        .sort(),
    ).toEqual(['Kokk', 'Servitør'])
    expect(listOwnVacancies(a, { status: 'PUBLISERT' }).map((v) => v.id)).toEqual([one])
    expect(listOwnVacancies(a, { status: 'UGYLDIG' })).toHaveLength(2)
    expect(countOwnVacanciesByStatus(a)).toEqual({ UTKAST: 1, PUBLISERT: 1, BESATT: 0, STENGT: 0 })
  })

  it('lists published vacancies filtered by fylke and occupation, paginated', () => {
    const { a, b } = setup()
    const ids: number[] = []
    for (let i = 0; i < 5; i++) {
      const { id } = createVacancy(a, input(a, { title: `Kokk ${i}` }))
      changeVacancyStatus(a, id, 'publish')
      ids.push(id)
    }
    const bergen = createVacancy(b, input(b, { title: 'Servitør Bergen', occupation: '5131', kommunenummer: '4601' })).id
    changeVacancyStatus(b, bergen, 'publish')
    createVacancy(b, input(b, { title: 'Utkast' }))
    expect(listPublishedVacancies().total).toBe(6)
    const page2 = listPublishedVacancies({ page: 2, pageSize: 4 })
    expect(page2).toMatchObject({ total: 6, page: 2, pageCount: 2 })
    expect(page2.items).toHaveLength(2)
    expect(listPublishedVacancies({ page: 99, pageSize: 4 }).page).toBe(2)
    expect(listPublishedVacancies({ fylkesnummer: '46' }).items.map((v) => v.id)).toEqual([bergen])
    expect(listPublishedVacancies({ styrkCodes: ['5120'] }).total).toBe(5)
    expect(listPublishedVacancies({ styrkCodes: ['5131'], fylkesnummer: '03' }).total).toBe(0)
  })

  it('finds vacancies by a job title as people say it (db/reference/yrkestitler.csv), as the jobbspesialist list resolves «Yrke»', () => {
    const { a } = setup()
    const publish = (title: string, occupation: string) => {
      const { id } = createVacancy(a, input(a, { title, occupation }))
      changeVacancyStatus(a, id, 'publish')
      return id
    }
    // neither title holds the word typed: the curated title leads to the STYRK code
    const waiter = publish('Servering i lunsjen', '5131')
    const dishes = publish('Hjelp på kjøkkenet', '9412')
    publish('Kokk', '5120')
    const listed = (typed: string) => {
      const resolved = resolveOccupation(typed, listOccupations())
      return resolved.ok ? listPublishedVacancies({ styrkCodes: [resolved.code] }).items.map((v) => v.id) : []
    }
    expect(listed('kelner')).toEqual([waiter])
    expect(listed('oppvasker')).toEqual([dishes])
  })

  it('gives matching what it needs', () => {
    const { a } = setup()
    const { id } = createVacancy(a, input(a))
    expect(getVacancyForMatching(id)).toMatchObject({
      id,
      styrkCode: '5120',
      fylkesnummer: '03',
      positionPercent: 100,
      languages: ['no'],
      status: 'UTKAST',
    })
    expect(getVacancyForMatching(123456)).toBeNull()
  })

  it('finds occupations by part of the name', () => {
    setup()
    expect(findOccupations('kokk').map((o) => o.code)).toContain('5120')
    expect(findOccupations('renhold').map((o) => o.title)).toContain('Renholdere i bedrifter')
  })

  it('suggests curated job titles with their STYRK code at /ressurser/yrker', async () => {
    setup()
    const response = await yrkerLoader({ request: new Request('http://localhost/ressurser/yrker?q=oppvask'), params: {}, context: {} })
    const body: unknown = await response.json()
    expect(body).toEqual({ items: [{ code: '9412', title: 'Oppvasker (Kjøkkenassistenter)' }] })
    expect(findOccupations('truckfører').map((o) => o.code)).toEqual(['8344'])
  })

  it('stores what the employer chose exactly', () => {
    const { a } = setup()
    const { id } = createVacancy(
      a,
      input(a, { requiredSkills: 'Fagbrev, hygienekurs', drivingLicence: 'B', startMode: 'DATO', startDate: '2027-01-04' }),
    )
    const row = getDb().select().from(vacancies).where(eq(vacancies.id, id)).get()!
    expect(row).toMatchObject({
      requiredSkills: ['Fagbrev', 'hygienekurs'],
      drivingLicence: 'B',
      startAsap: false,
      startDate: '2027-01-04',
      createdByUserId: a.id,
    })
  })
})

describe('vacancy demo data', () => {
  it('gives every demo employer vacancies, the first two one in every status, on real codes', async () => {
    const { seedDemoData } = await import('@db/seed/demo.server')
    setClock(new Date('2026-11-22T10:00:00Z'))
    const ctx = await seedDemoData(getDb(), { employers: 6 })
    const rows = getDb().select().from(vacancies).all()
    for (const id of ctx.employerIds.slice(0, 6)) expect(rows.some((r) => r.organisationId === id)).toBe(true)
    for (const id of ctx.employerIds.slice(0, 2)) {
      expect(new Set(rows.filter((r) => r.organisationId === id).map((r) => r.status))).toEqual(
        new Set(['UTKAST', 'PUBLISERT', 'BESATT', 'STENGT']),
      )
    }
    const published = rows.filter((r) => r.status === 'PUBLISERT')
    expect(published.every((r) => r.publishedAt && r.publishedAt < '2026-11-22T10:00:00.000Z')).toBe(true)
    expect(published.every((r) => !r.applicationDeadline || r.applicationDeadline >= '2026-11-22')).toBe(true)
    // Every row passes the same validation as the form (STYRK, kommune, tags for the sector).
    const sectors = new Map(
      getDb()
        .select({ id: organisations.id, sector: organisations.sector })
        .from(organisations)
        .all()
        .map((o) => [o.id, o.sector]),
    )
    for (const r of rows.slice(0, 40)) {
      const result = validateVacancy(
        {
          title: r.title,
          occupation: r.styrkCode,
          description: r.description,
          kommunenummer: r.kommunenummer,
          positionPercent: String(r.positionPercent),
          contractType: r.contractType,
          startMode: r.startAsap ? 'SNAREST' : 'DATO',
          startDate: r.startDate ?? undefined,
          languages: r.languages,
          drivingLicence: r.drivingLicence ?? undefined,
          inclusionTags: r.inclusionTags,
        },
        {
          ...vacancyValidationContext({ id: 0, role: 'arbeidsgiver', organisationId: r.organisationId }),
          sector: sectors.get(r.organisationId) ?? null,
        },
      )
      expect(result).toMatchObject({ ok: true })
    }
  })

  it('bulk-generates many vacancies in one go', async () => {
    const { generateVacancies } = await import('@db/seed/vacancies')
    const { createRandom } = await import('@db/seed/random')
    const { a } = setup()
    const employer = { id: a.organisationId!, kommunenummer: '0301', naceSection: 'I', sector: 'PRIVAT' }
    expect(generateVacancies(getDb(), { random: createRandom(7), employers: [employer], count: 2000 })).toBe(2000)
    expect(listPublishedVacancies().total).toBeGreaterThan(1000)
    expect(countOwnVacanciesByStatus(a).UTKAST).toBeGreaterThan(100)
  })
})
