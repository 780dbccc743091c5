/**
 * The statistics roll-up off the request path (issue 10 §7, issue 15): built in
 * generations that readers switch to at once, never read when another version
 * of the code built it, dashboards computed once per build, the dominance rule
 * from the rollup, and the public overview cached and rate limited.
 */
import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { agreements, agreementSchemes, statRollup, statRollupRuns, vacancies } from '@db/schema'
import type { StatTable } from '~/domain/statistics/table'
import type { Scheme } from '~/domain/subsidies'
import { loader as publicLoader, PUBLIC_STATISTICS_LIMIT } from '~/routes/statistikk'
import { buildDashboard, loadDashboard, STATISTICS_BUILDING_MESSAGE } from '~/services/statistics/dashboard.server'
import { refreshStatistics, statisticsBuiltAt, statisticsReady } from '~/services/statistics/rollup.server'
import { CHUNK_ROWS, installSteps, type RollupRow } from '~/services/statistics/rollup.server'
import { setClock } from '~/utils/clock.server'
import { statusOf } from '~/utils/result.server'
import { seedStatisticsFixture, type Fixture } from './statistics-fixture'

const TODAY = '2026-11-22'
const PERIOD = { from: '2026-08-01', to: '2026-10-31', groupBy: 'fylke', utvalg: 'alle' } as const
const table = (tables: StatTable[], id: string) => tables.find((t) => t.id === id)!
const vacanciesTotal = (tables: StatTable[]) => {
  const t = table(tables, 'oversikt')
  return t.colTotals![t.columns.findIndex((c) => c.key === 'vacancies')].value
}
const generations = () =>
  [
    ...new Set(
      getDb()
        .select({ g: statRollup.generation })
        .from(statRollup)
        .all()
        .map((r) => r.g),
    ),
  ].sort()

function addVacancy(f: Fixture) {
  getDb()
    .insert(vacancies)
    .values({
      organisationId: f.orgs[0].id,
      status: 'PUBLISERT',
      title: 'Ny',
      styrkCode: '0110',
      kommunenummer: '0301',
      positionPercent: 100,
      contractType: 'FAST',
      publishedAt: '2026-09-15T10:00:00.000Z',
    })
    .run()
}

describe('statistics roll-up', () => {
  it('computes a dashboard once per build: the figures are as of «Sist oppdatert» until the next build', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    refreshStatistics(TODAY)
    const first = buildDashboard(PERIOD, TODAY)
    expect(vacanciesTotal(first.tables)).toBe(f.vacancies.length)
    addVacancy(f)
    // Same build: the same dashboard (not recomputed), still the build's figures.
    expect(buildDashboard(PERIOD, TODAY)).toBe(first)
    setClock(new Date(`${TODAY}T10:15:00Z`))
    refreshStatistics(TODAY)
    const next = buildDashboard(PERIOD, TODAY)
    expect(next).not.toBe(first)
    expect(vacanciesTotal(next.tables)).toBe(f.vacancies.length + 1)
    expect(next.builtAt).toBe('2026-11-22T10:15:00.000Z')
  })

  it('puts a new build in as the next generation in small write transactions; readers see the old one until the switch', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    refreshStatistics(TODAY)
    expect(generations()).toEqual([1])
    const oldRows = getDb().select().from(statRollup).all().length
    addVacancy(f)
    // The rows of the next build, as the worker would send them.
    const rows = getDb()
      .select()
      .from(statRollup)
      .all()
      .map((r) => [r.source, r.month, r.dim, r.key, r.partnerId, r.n, r.units, r.orgs, r.amount] as RollupRow)
    const steps = installSteps(getDb().$client, rows, { builtAt: '2026-11-22T11:00:00.000Z', today: TODAY, durationMs: 1 })
    const seen: string[] = []
    let step = steps.next()
    while (!step.done && step.value === 'copied') {
      seen.push(step.value)
      // Between two write transactions: the dashboards read the current generation, whole.
      expect(vacanciesTotal(buildDashboard(PERIOD, TODAY).tables)).toBe(f.vacancies.length)
      step = steps.next()
    }
    expect(seen.length).toBe(Math.ceil(rows.length / CHUNK_ROWS))
    expect(generations()).toEqual([1, 2])
    expect(statisticsBuiltAt()).toBe('2026-11-22T11:00:00.000Z')
    for (step = steps.next(); !step.done; step = steps.next()) expect(step.value).toBe('cleared')
    expect(generations()).toEqual([2])
    expect(getDb().select().from(statRollup).all().length).toBe(oldRows)
  })

  it('gives way when another build switched in first, and leaves that one whole', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    refreshStatistics(TODAY)
    const rows = getDb()
      .select()
      .from(statRollup)
      .all()
      .map((r) => [r.source, r.month, r.dim, r.key, r.partnerId, r.n, r.units, r.orgs, r.amount] as RollupRow)
    const slow = installSteps(getDb().$client, rows, { builtAt: '2026-11-22T11:00:00.000Z', today: TODAY, durationMs: 1 })
    slow.next()
    // Meanwhile a whole build runs (e.g. /dev/clock): it clears the slow one's first rows.
    addVacancy(f)
    refreshStatistics(TODAY)
    expect(() => {
      for (const _ of slow) {
        // Runs the slow build to its end.
      }
    }).toThrow(/en annen oppdatering kom først/)
    expect(generations()).toEqual([3])
    expect(vacanciesTotal(buildDashboard(PERIOD, TODAY).tables)).toBe(f.vacancies.length + 1)
  })

  it('never reads a rollup built by another version: requests start the rebuild in the background and wait, or say «try again»', async () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    refreshStatistics(TODAY)
    addVacancy(f)
    // As after an upgrade: the rows are there, but another version of the code built them.
    getDb().update(statRollupRuns).set({ version: 'an-older-version' }).where(eq(statRollupRuns.id, 1)).run()
    expect(statisticsBuiltAt()).toBeNull()
    const notYet = await loadDashboard(PERIOD, TODAY, 0)
    expect(notYet.ok).toBe(false)
    if (notYet.ok) return
    expect(notYet.kind).toBe('unavailable')
    expect(statusOf(notYet)).toBe(503)
    expect(Object.values(notYet.errors).flat()).toEqual([STATISTICS_BUILDING_MESSAGE])
    // The rebuild it started runs in a separate process; waiting for it gives the new figures.
    expect(await statisticsReady(TODAY)).toBe(true)
    const loaded = await loadDashboard(PERIOD, TODAY)
    expect(loaded.ok && vacanciesTotal(loaded.value.tables)).toBe(f.vacancies.length + 1)
    expect(generations()).toEqual([2])
  })

  it('hides a subsidy amount one employer dominates, judged from the rollup, and shows one spread over many', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    const db = getDb()
    const people = [...new Set(f.profiles.map((p) => p.candidateId))]
    let next = 0
    const agreement = (orgId: number, startedAt: string, scheme: Scheme, total: number) => {
      const id = db
        .insert(agreements)
        .values({
          candidateId: people[next++],
          organisationId: orgId,
          jobbspesialistUserId: f.specialists[0].id,
          status: 'GJENNOMFORES',
          startedAt,
        })
        .returning()
        .get().id
      db.insert(agreementSchemes)
        .values({
          agreementId: id,
          scheme,
          input: {},
          calculation: sql`'{}'` /* statistics never read the calculation */,
          total,
          calculatedAt: startedAt,
        })
        .run()
    }
    // June: one employer has 500 000 of 530 000 kr of mentor grants (94 %), four employers, eight people.
    for (let i = 0; i < 5; i++) agreement(f.orgs[0].id, '2026-06-10T10:00:00.000Z', 'MENTOR', 100_000)
    for (const org of f.orgs.slice(1, 4)) agreement(org.id, '2026-06-12T10:00:00.000Z', 'MENTOR', 10_000)
    // July: six employers with 20 000 kr each.
    for (const org of f.orgs.slice(4, 10)) agreement(org.id, '2026-07-05T10:00:00.000Z', 'INKLUDERINGSTILSKUDD', 20_000)
    refreshStatistics(TODAY)
    const schemes = (from: string, to: string) => table(buildDashboard({ ...PERIOD, from, to }, TODAY).tables, 'avtaler-ordning')
    const cell = (t: StatTable, scheme: string, column: string) =>
      t.cells[t.rows.findIndex((r) => r.key === scheme)][t.columns.findIndex((c) => c.key === column)]
    const june = schemes('2026-06-01', '2026-06-30')
    expect(cell(june, 'MENTOR', 'antall')).toEqual({ value: 8 })
    expect(cell(june, 'MENTOR', 'belop')).toEqual({ value: null, suppressed: 'dominance' })
    expect(june.notes.map((n) => n.reason)).toContain('dominance')
    const july = schemes('2026-07-01', '2026-07-31')
    expect(cell(july, 'INKLUDERINGSTILSKUDD', 'belop')).toEqual({ value: 120_000 })
  })

  it('rate limits the public overview per client and lets caches keep it for five minutes', async () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    seedStatisticsFixture()
    refreshStatistics(TODAY)
    const load = (ip: string) =>
      publicLoader({ request: new Request('http://localhost/statistikk', { headers: { 'x-client-ip': ip } }), params: {}, context: {} })
    const first = (await load('192.0.2.10')) as unknown as { init: { headers: Record<string, string> } | null }
    expect(first.init?.headers['Cache-Control']).toBe('public, max-age=300')
    for (let i = 1; i < PUBLIC_STATISTICS_LIMIT; i++) await load('192.0.2.10')
    const refused = await load('192.0.2.10').then(
      () => null,
      (thrown: unknown) => thrown,
    )
    expect(refused).toBeInstanceOf(Response)
    const response = refused as Response
    expect(response.status).toBe(429)
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0)
    // Another client is not affected.
    expect(await load('192.0.2.11')).toBeTruthy()
  })
})
