/**
 * Partner statistics (issues 7 and 15): the dashboard. It reads only the
 * monthly rollup (`rollup.server.ts`), so a load stays fast at national
 * scale; every figure of every table goes into ONE linear system
 * (`figures.server.ts`) and is suppressed together by the rules of ADR 0007
 * before anything leaves this module. The page, the CSV export, the API and
 * the public overview all call `buildDashboard` / `buildPublicOverview`, so
 * the same suppression holds everywhere.
 */
import { eq } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { organisations } from '@db/schema'
import { isCode } from '~/domain/codes'
import { GROUP_BY_CODES, monthsBetween, samePeriodLastYear, type Measure, type StatsQuery } from '~/domain/statistics/period'
import type { StatTable } from '~/domain/statistics/table'
import { fail, ok, type Result } from '~/utils/result'
import { partnerName } from './access.server'
import { Figures, readRollups, type Pending } from './figures.server'
import { currentRollup, READY_WAIT_MS, refreshStatistics, statisticsReady, type RollupRun } from './rollup.server'
import { caseloadTable, stateGoalTable } from './snapshots.server'
import {
  breakdownTable,
  comparisonTable,
  durationTable,
  funnelTable,
  overviewTable,
  pilotTable,
  requestOutcomeTable,
  retentionTable,
  schemeTable,
  vacancyTagTable,
} from './tables.server'

/** The query of a dashboard; the chart's measure defaults to vacancies. */
export type DashboardQuery = Omit<StatsQuery, 'measure'> & { measure?: Measure }

export type Dashboard = {
  query: StatsQuery
  /** The whole months the figures cover (YYYY-MM). */
  months: { first: string; last: string }
  /** The same months one year earlier (the comparison). */
  lastYear: { first: string; last: string }
  /** When the monthly rollup the figures come from was built (ISO). */
  builtAt: string | null
  /** Bokmål description of the employers the figures cover. */
  scope: string
  tables: StatTable[]
}

/** The months of a period and of the same period last year. */
function periodMonths(q: Pick<StatsQuery, 'from' | 'to'>) {
  const months = monthsBetween(q.from, q.to)
  const last = samePeriodLastYear(q)
  return { months, lastYearMonths: monthsBetween(last.from, last.to) }
}

/**
 * Dashboards already computed, per database, rollup generation and query. A
 * dashboard is a function of the rollup alone (every figure on it, caseloads
 * and reported totals too, is as of the build), so an entry is exact until the
 * next build makes another generation current; nothing needs expiring by time.
 */
const DASHBOARD_CACHE_SIZE = 100
const dashboardCache = new Map<string, Dashboard>()

function cached(key: string, build: () => Dashboard): Dashboard {
  const hit = dashboardCache.get(key)
  if (hit) {
    // Most recently used last (a Map keeps insertion order).
    dashboardCache.delete(key)
    dashboardCache.set(key, hit)
    return hit
  }
  const value = build()
  dashboardCache.set(key, value)
  if (dashboardCache.size > DASHBOARD_CACHE_SIZE) dashboardCache.delete(dashboardCache.keys().next().value!)
  return value
}

/** Forgets every computed dashboard (the benchmark measures loads without the cache). */
export function clearDashboardCache(): void {
  dashboardCache.clear()
}

/**
 * All dashboard tables for a period, suppressed together, from the current
 * rollup (cached per rollup generation and query). Requests call it through
 * `loadDashboard`, which makes sure a rollup exists; called directly without
 * one (tests, scripts) it builds the rollup synchronously first.
 */
export function buildDashboard(query: DashboardQuery, today: string): Dashboard {
  const q: StatsQuery = { ...query, measure: query.measure ?? 'vacancies' }
  if (!currentRollup()) refreshStatistics(today)
  const client = getDb().$client
  // One read transaction: the current generation and its rows come from one snapshot, whatever a build does meanwhile.
  return client.transaction(() => {
    const run = currentRollup()!
    const key = JSON.stringify([client.name, run.generation, run.builtAt, q.from, q.to, q.groupBy, q.utvalg, q.measure])
    return cached(key, () => computeDashboard(q, run))
  })()
}

function computeDashboard(q: StatsQuery, run: RollupRun): Dashboard {
  const partnerId =
    q.utvalg === 'alle'
      ? 0
      : (getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.partnerCode, q.utvalg)).get()?.id ?? -1)
  const { months, lastYearMonths } = periodMonths(q)
  const first = lastYearMonths[0]
  const last = months[months.length - 1]
  // A narrowed view is suppressed against the all-employers view as well (complement rule, ADR 0007).
  const { r, all } = readRollups({ totalsFrom: first, first: months[0], last }, partnerId, run.generation)
  const fig = new Figures(r, all)
  // Every breakdown goes into the system, whichever one the page shows (see breakdownTable).
  const breakdowns = new Map(GROUP_BY_CODES.map((g) => [g, breakdownTable(fig, g, months, r)]))
  const pending: Pending[] = [
    overviewTable(fig, months, q.measure),
    funnelTable(fig, months),
    comparisonTable(fig, months, lastYearMonths),
    pilotTable(fig, months),
    breakdowns.get(q.groupBy)!,
    vacancyTagTable(fig, months),
    requestOutcomeTable(fig, months),
    schemeTable(fig, months, r),
    retentionTable(fig, months),
    stateGoalTable(fig, months, r, all),
    caseloadTable(fig, r),
  ]
  const f = fig.solve()
  const tables = pending.map((p) => p(f))
  tables.splice(4, 0, durationTable(r, months))
  return {
    query: q,
    scope:
      q.utvalg === 'alle'
        ? 'Alle arbeidsgivere.'
        : `Bare arbeidsgivere som er medlem av ${partnerName(q.utvalg)}. Tall for profiler og porteføljer gjelder alle.`,
    months: { first: months[0], last },
    lastYear: { first, last: lastYearMonths[lastYearMonths.length - 1] },
    builtAt: run.builtAt,
    tables,
  }
}

/** Why a dashboard cannot be shown yet (the rollup is being built after an upgrade). */
export const STATISTICS_BUILDING_MESSAGE =
  'Statistikken bygges på nytt etter en oppdatering og er ikke klar ennå. Prøv igjen om et par minutter.'

/**
 * The dashboard for a request: never builds the rollup on the request path.
 * When there is no usable rollup yet (first start after a migration or an
 * upgrade), the background build is started or joined and awaited for a few
 * seconds without blocking other requests; after that: `unavailable`.
 */
export async function loadDashboard(query: DashboardQuery, today: string, waitMs = READY_WAIT_MS): Promise<Result<Dashboard>> {
  if (!(await statisticsReady(today, waitMs))) return fail('unavailable', STATISTICS_BUILDING_MESSAGE)
  return ok(buildDashboard(query, today))
}

/** The public overview for a request (see `loadDashboard`). */
export async function loadPublicOverview(q: Pick<StatsQuery, 'from' | 'to'>, today: string): Promise<Result<Dashboard>> {
  if (!(await statisticsReady(today))) return fail('unavailable', STATISTICS_BUILDING_MESSAGE)
  return ok(buildPublicOverview(q, today))
}

/** The tables the public overview at /statistikk shows (the funnel, nationally and per county). */
export const PUBLIC_TABLE_IDS = ['trakt', 'tid', 'pilotfylker', 'fordeling'] as const

/**
 * The public overview: the same dashboard for all employers, broken down by
 * county, reduced to the funnel tables. It is the partner dashboard's own
 * figures (same system, same rules), so nothing in it can be set against the
 * partner view to recover a hidden figure.
 */
export function buildPublicOverview(q: Pick<StatsQuery, 'from' | 'to'>, today: string): Dashboard {
  const dashboard = buildDashboard({ ...q, groupBy: 'fylke', utvalg: 'alle', measure: 'vacancies' }, today)
  return { ...dashboard, tables: dashboard.tables.filter((t) => isCode(PUBLIC_TABLE_IDS, t.id)) }
}
