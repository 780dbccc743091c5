import { describe, expect, it } from 'vitest'
import type { Figure } from '~/domain/statistics/suppression'
import type { StatTable } from '~/domain/statistics/table'
import { createSession } from '~/services/auth.server'
import { buildDashboard, refreshStatistics } from '~/services/statistics.server'
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
      const res = await apiLoader({ request: new Request(`http://localhost/api/v1/stats?${qs}`, { headers: { Cookie: cookie } }), params: {}, context: {} })
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

  it('hides the private-sector members figure that the one non-member private employer would otherwise give away', () => {
    setClock(new Date(`${TODAY}T10:00:00Z`))
    const f = seedStatisticsFixture()
    refreshStatistics(TODAY)
    const months = ['2026-08', '2026-09', '2026-10']
    const inPeriod = f.vacancies.filter((v) => months.includes(v.month) && v.org.sector === 'PRIVAT')
    const members = inPeriod.filter((v) => v.org.nho)
    // The fixture has seven private employers, six of them NHO members: the seventh is «the rest».
    const nonMemberOrgs = new Set(inPeriod.filter((v) => !v.org.nho).map((v) => v.org.id))
    expect(nonMemberOrgs.size).toBe(1)
    expect(new Set(members.map((v) => v.org.id)).size).toBeGreaterThanOrEqual(5)

    const fordeling = (utvalg: 'NHO' | 'alle') => buildDashboard({ ...PERIOD, groupBy: 'sektor', utvalg }, TODAY).tables.find((t) => t.id === 'fordeling')!
    const cell = (t: StatTable) => t.cells[t.rows.findIndex((r) => r.key === 'PRIVAT')][t.columns.findIndex((c) => c.key === 'vacancies')]
    // All employers: shown (enough employers behind it).
    expect(cell(fordeling('alle'))).toEqual({ value: inPeriod.length })
    // Members only: without the rule it would show members.length, and all − members would be one employer's count.
    expect(cell(fordeling('NHO'))).toEqual({ value: null, suppressed: 'secondary' })
  })
})
