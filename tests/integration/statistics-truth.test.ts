/**
 * Issue 15: the partner statistics tell the truth and give nothing away —
 * on crafted rows, through the service, the rollup built in the background process and the public overview.
 */
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { contactRequests, organisations, statRollup, vacancies } from '@db/schema'
import type { Figure } from '~/domain/statistics/suppression'
import type { StatTable } from '~/domain/statistics/table'
import { loader as publicLoader } from '~/routes/statistikk'
import { buildDashboard, buildPublicOverview } from '~/services/statistics/dashboard.server'
import { refreshStatistics, refreshStatisticsInBackground } from '~/services/statistics/rollup.server'
import { histogramMedian } from '~/services/statistics/tables.server'
import { setClock } from '~/utils/clock.server'
import { seedStatisticsFixture } from './statistics-fixture'

const TODAY = '2026-11-22'
const table = (tables: StatTable[], id: string) => tables.find((t) => t.id === id)!
const col = (t: StatTable, key: string) => t.columns.findIndex((c) => c.key === key)
const row = (t: StatTable, key: string) => t.rows.findIndex((r) => r.key === key)

describe('partner statistics that tell the truth', () => {
  it('shows 18 published vacancies in a county from only 2 employers as 18, in the county table and the pilot table', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const db = getDb()
    const employers = [0, 1].map(
      (i) =>
        db
          .insert(organisations)
          .values({
            kind: 'EMPLOYER',
            name: `Trøndersk ${i}`,
            orgnr: String(970000000 + i),
            kommunenummer: '5001',
            sector: 'PRIVAT',
            naceSection: 'I',
          })
          .returning()
          .get().id,
    )
    for (let i = 0; i < 18; i++) {
      db.insert(vacancies)
        .values({
          organisationId: employers[i % 2],
          status: 'PUBLISERT',
          title: 'Stilling',
          styrkCode: '0110',
          kommunenummer: '5001',
          positionPercent: 100,
          contractType: 'FAST',
          publishedAt: `2026-0${1 + (i % 3)}-1${i % 9}T10:00:00.000Z`,
        })
        .run()
    }
    refreshStatistics(TODAY)
    const { tables } = buildDashboard({ from: '2026-01-01', to: '2026-03-31', groupBy: 'fylke', utvalg: 'alle' }, TODAY)
    const fylke = table(tables, 'fordeling')
    expect(fylke.cells[row(fylke, '50')][col(fylke, 'vacancies')]).toEqual({ value: 18 })
    expect(fylke.cells[row(fylke, '03')][col(fylke, 'vacancies')]).toEqual({ value: 0 })
    expect(fylke.colTotals![col(fylke, 'vacancies')]).toEqual({ value: 18 })
    const pilot = table(tables, 'pilotfylker')
    expect(pilot.cells[0][col(pilot, 'vacancies')]).toEqual({ value: 18 })
    expect(pilot.cells[1][col(pilot, 'vacancies')]).toEqual({ value: 0 })
    // One month on its own: 6 vacancies from the same 2 employers — still shown, they are public.
    const january = table(
      buildDashboard({ from: '2026-01-01', to: '2026-01-31', groupBy: 'fylke', utvalg: 'alle' }, TODAY).tables,
      'fordeling',
    )
    expect(january.cells[row(january, '50')][col(january, 'vacancies')]).toEqual({ value: 6 })
  })

  it('never lets two periods be subtracted to find 1–4 people (every month range of the fixture, every table)', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    seedStatisticsFixture()
    refreshStatistics(TODAY)
    const months = ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11']
    const lastDay = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5)), 0)).toISOString().slice(0, 10)
    type Shown = Map<string, number>
    const shownFor = new Map<string, Shown>()
    for (let a = 0; a < months.length; a++) {
      for (let b = a; b < months.length; b++) {
        for (const groupBy of ['fylke', 'sektor'] as const) {
          const { tables } = buildDashboard({ from: `${months[a]}-01`, to: lastDay(months[b]), groupBy, utvalg: 'alle' }, TODAY)
          const shown: Shown = shownFor.get(`${a}-${b}`) ?? new Map()
          for (const t of tables) {
            // Public figures, shares, medians and the caseload (not by period) are left out.
            if (['stillinger-merking', 'tid', 'portefolje', 'sammenligning', 'statlig-mal'].includes(t.id)) continue
            const visit = (f: Figure | undefined, where: string, unit: string, columnKey: string) => {
              if (!f || f.suppressed || f.value === null || unit !== 'count' || columnKey === 'vacancies') return
              shown.set(`${t.id}${t.id === 'fordeling' ? groupBy : ''}|${where}`, f.value)
            }
            t.cells.forEach((cells, r) =>
              cells.forEach((f, c) => visit(f, `${t.rows[r].key}/${t.columns[c].key}`, t.columns[c].unit, t.columns[c].key)),
            )
            t.colTotals?.forEach((f, c) => visit(f, `total/${t.columns[c].key}`, t.columns[c].unit, t.columns[c].key))
          }
          shownFor.set(`${a}-${b}`, shown)
        }
      }
    }
    const leaks: string[] = []
    let compared = 0
    for (const [outerKey, outer] of shownFor) {
      const [a, b] = outerKey.split('-').map(Number)
      for (const [innerKey, inner] of shownFor) {
        const [c, d] = innerKey.split('-').map(Number)
        if (outerKey === innerKey || c < a || d > b) continue
        for (const [where, value] of outer) {
          const other = inner.get(where)
          if (other === undefined) continue
          compared++
          const difference = value - other
          if (difference >= 1 && difference <= 4) leaks.push(`${where}: [${outerKey}] ${value} − [${innerKey}] ${other}`)
        }
      }
    }
    expect(compared).toBeGreaterThan(20)
    expect(leaks).toEqual([])
  })

  it('gives the medians of request → answer and answer → hire, hidden under 5 people', () => {
    expect(
      histogramMedian(
        new Map([
          [2, 1],
          [5, 1],
          [9, 1],
        ]),
      ),
    ).toBe(5)
    expect(
      histogramMedian(
        new Map([
          [2, 2],
          [4, 2],
        ]),
      ),
    ).toBe(3)
    expect(histogramMedian(new Map())).toBeNull()
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    const db = getDb()
    const org = f.orgs[0].id
    const answerDays = [1, 2, 3, 10, 12, 30]
    answerDays.forEach((days, i) => {
      db.insert(contactRequests)
        .values({
          profileId: f.profiles[i].id,
          organisationId: org,
          status: 'GODKJENT',
          createdAt: '2026-06-01T08:00:00.000Z',
          answeredAt: new Date(Date.UTC(2026, 5, 1 + days, 9)).toISOString(),
          employerMarking: i < 3 ? 'FATT_JOBBEN' : null,
          markedAt: i < 3 ? new Date(Date.UTC(2026, 5, 1 + days + 7, 9)).toISOString() : null,
        })
        .run()
    })
    refreshStatistics(TODAY)
    const tid = table(buildDashboard({ from: '2026-06-01', to: '2026-06-30', groupBy: 'fylke', utvalg: 'alle' }, TODAY).tables, 'tid')
    expect(tid.cells[0][0]).toEqual({ value: (3 + 10) / 2 })
    // Only three hires measured: the median would say too much about each — «skjult», not «<5».
    expect(tid.cells[1][0]).toEqual({ value: null, suppressed: 'few_people' })
  })

  it('builds the same rollup in the background process as in the request thread', async () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    seedStatisticsFixture()
    refreshStatistics(TODAY)
    // Every row but its generation (each build writes the next one and removes the one before).
    const rows = () =>
      getDb()
        .select()
        .from(statRollup)
        .all()
        .map(({ generation: _generation, ...r }) => JSON.stringify(r))
        .sort()
    const generations = () => [
      ...new Set(
        getDb()
          .select({ g: statRollup.generation })
          .from(statRollup)
          .all()
          .map((r) => r.g),
      ),
    ]
    const inProcess = rows()
    expect(inProcess.length).toBeGreaterThan(100)
    expect(generations()).toEqual([1])
    const result = await refreshStatisticsInBackground(TODAY)
    expect(result.durationMs).toBeGreaterThanOrEqual(0)
    expect(rows()).toEqual(inProcess)
    expect(generations()).toEqual([2])
  })

  it('publishes the funnel at /statistikk without login, with the partner dashboard’s own figures and no narrowing', async () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    seedStatisticsFixture()
    refreshStatistics(TODAY)
    const period = { from: '2026-08-01', to: '2026-10-31' }
    const overview = buildPublicOverview(period, TODAY)
    expect(overview.tables.map((t) => t.id)).toEqual(['trakt', 'pilotfylker', 'tid', 'fordeling'])
    const partner = buildDashboard({ ...period, groupBy: 'fylke', utvalg: 'alle' }, TODAY)
    for (const t of overview.tables) expect(t).toEqual(table(partner.tables, t.id))

    const res = await publicLoader({
      request: new Request('http://localhost/statistikk?from=01.08.2026&to=31.10.2026&utvalg=NHO'),
      params: {},
      context: {},
    })
    const body = (res as unknown as { data: { overview: { scope: string; tables: StatTable[] } } }).data
    expect(body.overview.scope).toBe('Alle arbeidsgivere.')
    expect(JSON.parse(JSON.stringify(body.overview.tables))).toEqual(JSON.parse(JSON.stringify(overview.tables)))
    const bad = await publicLoader({ request: new Request('http://localhost/statistikk?from=31.02.2026'), params: {}, context: {} })
    const badBody = bad as unknown as { data: { errors: Array<{ field: string }> }; init: { status: number } }
    expect(badBody.init.status).toBe(400)
    expect(badBody.data.errors.map((e) => e.field)).toEqual(['from'])
  })
})
