import { describe, expect, it } from 'vitest'
import type { Figure } from '~/domain/statistics/suppression'
import type { StatTable } from '~/domain/statistics/table'
import { createSession } from '~/services/auth.server'
import { buildDashboard } from '~/services/statistics/dashboard.server'
import { refreshStatistics } from '~/services/statistics/rollup.server'
import { setClock } from '~/utils/clock.server'
import { loader as apiLoader } from '~/routes/api.v1.stats'
import { seedStatisticsFixture } from './statistics-fixture'

const TODAY = '2026-11-22'
const PERIOD = { from: '2026-08-01', to: '2026-10-31' }

/** Every figure of a table with where it is, in a fixed order. */
function figures(t: StatTable): Array<{ where: string; fig: Figure }> {
  const out: Array<{ where: string; fig: Figure }> = []
  t.cells.forEach((row, r) => row.forEach((fig, c) => out.push({ where: `${t.id} ${t.rows[r].key}/${t.columns[c].key}`, fig })))
  t.rowTotals?.forEach((fig, r) => out.push({ where: `${t.id} ${t.rows[r].key}/total`, fig }))
  t.colTotals?.forEach((fig, c) => out.push({ where: `${t.id} total/${t.columns[c].key}`, fig }))
  if (t.grandTotal) out.push({ where: `${t.id} total/total`, fig: t.grandTotal })
  return out
}

/** Visible non-member figures (all − members) under 5 a reader could compute from the two views. */
function derivableSmallComplements(members: StatTable[], all: StatTable[]): string[] {
  const found: string[] = []
  for (const m of members) {
    const a = all.find((t) => t.id === m.id)!
    // Tables whose rows differ between the views (e.g. an «unknown» row only in one) are compared by row key.
    const allByWhere = new Map(figures(a).map((x) => [x.where, x.fig]))
    for (const { where, fig } of figures(m)) {
      const other = allByWhere.get(where)
      if (!other || fig.suppressed || other.suppressed) continue
      if (m.columns.find((c) => where.endsWith(`/${c.key}`))?.unit === 'percent') continue
      // Published vacancies are public: their complement is public too (ADR 0007).
      if (m.id === 'stillinger-merking' || where.endsWith('/vacancies')) continue
      if (other.value === null || fig.value === null) continue
      const complement = other.value - fig.value
      if (complement >= 1 && complement < 5) found.push(`${where}: ${other.value} − ${fig.value}`)
    }
  }
  return found
}

describe('members-only statistics against the all-employers view', () => {
  it('never lets a partner subtract its members view from the all-employers view to find figures under 5', async () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    refreshStatistics(TODAY)
    const cookie = await createSession(f.partnerUser, new Request('http://localhost/'))
    const api = async (qs: string) => {
      const res = await apiLoader({
        request: new Request(`http://localhost/api/v1/stats?${qs}`, { headers: { Cookie: cookie } }),
        params: {},
        context: {},
      })
      expect(res.status).toBe(200)
      return (await res.json()).tables as StatTable[]
    }

    for (const groupBy of ['fylke', 'sektor', 'naering', 'malgruppe'] as const) {
      const qs = `from=${PERIOD.from}&to=${PERIOD.to}&groupBy=${groupBy}`
      const members = await api(`${qs}&utvalg=NHO`)
      const all = await api(`${qs}&utvalg=alle`)
      expect(derivableSmallComplements(members, all), groupBy).toEqual([])
      // The page and the CSV read the same service result as the API.
      expect(members).toEqual(JSON.parse(JSON.stringify(buildDashboard({ ...PERIOD, groupBy, utvalg: 'NHO' }, TODAY).tables)))
    }
  })

  it('shows published vacancies exactly in both views (public), but hides a people figure the one non-member employer would give away', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    refreshStatistics(TODAY)
    const months = ['2026-08', '2026-09', '2026-10']
    const inPeriod = f.vacancies.filter((v) => months.includes(v.month) && v.org.sector === 'PRIVAT')
    const members = inPeriod.filter((v) => v.org.nho)
    // The fixture has seven private employers, six of them NHO members: the seventh is «the rest».
    expect(new Set(inPeriod.filter((v) => !v.org.nho).map((v) => v.org.id)).size).toBe(1)

    const fordeling = (utvalg: 'NHO' | 'alle') =>
      buildDashboard({ ...PERIOD, groupBy: 'sektor', utvalg }, TODAY).tables.find((t) => t.id === 'fordeling')!
    const cell = (t: StatTable, column: string) =>
      t.cells[t.rows.findIndex((r) => r.key === 'PRIVAT')][t.columns.findIndex((c) => c.key === column)]
    expect(cell(fordeling('alle'), 'vacancies')).toEqual({ value: inPeriod.length })
    expect(cell(fordeling('NHO'), 'vacancies')).toEqual({ value: members.length })

    // Contact requests from the one non-member private employer: all − members must not be readable when it is 1–4.
    const requests = f.requests.filter((r) => months.includes(r.month) && r.org.sector === 'PRIVAT')
    const nonMember = requests.filter((r) => !r.org.nho).length
    const shownMembers = cell(fordeling('NHO'), 'requests')
    const shownAll = cell(fordeling('alle'), 'requests')
    if (nonMember >= 1 && nonMember <= 4) expect(shownMembers.suppressed ?? shownAll.suppressed).toBeTruthy()
    if (!shownMembers.suppressed && !shownAll.suppressed) {
      const difference = shownAll.value! - shownMembers.value!
      expect(difference === 0 || difference >= 5).toBe(true)
    }
  })
})
