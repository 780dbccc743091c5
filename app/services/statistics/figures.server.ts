/**
 * The linear system of one dashboard (ADR 0007): the rollup rows a dashboard
 * reads, every figure registered once under a global id with its protection
 * rule, every sum a reader could subtract along registered as a line, and the
 * whole system suppressed together (`suppressSystem`) before any table is
 * finished. Tables (`tables.server.ts`, `snapshots.server.ts`) only register
 * ids and lay them out.
 */
import { MEASURES } from '~/domain/statistics/period'
import {
  periodEdgeRisk,
  shareFigure,
  suppressSystem,
  type Entry,
  type Figure,
  type LinearSystem,
  type SystemEntry,
} from '~/domain/statistics/suppression'
import { notesFor, tableFigures, type StatTable } from '~/domain/statistics/table'
import { SNAPSHOT_MONTH, type SourceKey } from './rollup.server'
import { prepared } from './sql.server'

export const SOURCE_LABELS: Record<SourceKey, string> = MEASURES

/** What each measure counts, for chart axes («antall stillinger»). */
export const MEASURE_UNITS: Record<SourceKey, string> = {
  vacancies: 'antall stillinger',
  profiles: 'antall profiler',
  requests: 'antall forespørsler',
  hires: 'antall ansettelser',
  agreements: 'antall avtaler',
}

// ---------------------------------------------------------------------------
// Reading the rollup

export type MonthFigure = { n: number; units: number; orgs: number; amount: number }
/** (source|dim|key) → month → figure */
export type Rollup = Map<string, Map<string, MonthFigure>>

/** Sources that exist only for all employers (partner 0): they belong to every view. */
const SHARED_SOURCES = new Set(['profiles', 'caseload'])

/**
 * The rollup rows a dashboard needs, in one read of the current generation:
 * every row of the period's months, the totals (dimension `total`) back to
 * the same months last year (the comparison, the state goal's whole years),
 * and the figures that are not monthly (month SNAPSHOT_MONTH) — the view's
 * rollup and, for a view narrowed to a partner's members, the all-employers
 * rollup beside it. Rows come as arrays (`raw`), which is much cheaper than
 * objects at this size.
 */
export function readRollups(
  months: { totalsFrom: string; first: string; last: string },
  partnerId: number,
  generation: number,
): { r: Rollup; all: Rollup | null } {
  const r: Rollup = new Map()
  const all: Rollup | null = partnerId === 0 ? null : new Map()
  const rows = prepared(
    `SELECT source, dim, key, month, n, units, orgs, amount, partner_id FROM stat_rollup
      WHERE generation = ? AND partner_id IN (0, ?)
        AND ((month >= ? AND month <= ?) OR (dim = 'total' AND month >= ? AND month <= ?) OR month = '${SNAPSHOT_MONTH}')`,
  )
    .raw(true)
    .all(generation, partnerId, months.first, months.last, months.totalsFrom, months.last) as Array<
    [string, string, string, string, number, number, number, number, number]
  >
  const put = (target: Rollup, id: string, month: string, f: MonthFigure) => {
    let byMonth = target.get(id)
    if (!byMonth) target.set(id, (byMonth = new Map()))
    byMonth.set(month, f)
  }
  for (const [source, dim, key, month, n, units, orgs, amount, pid] of rows) {
    const id = `${source}|${dim}|${key}`
    const f = { n, units, orgs, amount }
    if (pid === 0) {
      if (all) put(all, id, month, f)
      if (!all || SHARED_SOURCES.has(source)) put(r, id, month, f)
    } else put(r, id, month, f)
  }
  return { r, all }
}

/** How a figure is protected (ADR 0007). */
export type Rule =
  /** Already public (published vacancies and their tags): shown as is. */
  | 'public'
  /** About people: fewer than 5 people hidden. */
  | 'people'
  /** Subsidy amounts: people, and at least 3 employers, none above 80 %. */
  | 'amount'

const EMPTY: MonthFigure = { n: 0, units: 0, orgs: 0, amount: 0 }

/** The monthly series of the sum of rollup ids, as entries under a rule. */
export function series(r: Rollup, ids: string[], months: string[], rule: Rule): Entry[] {
  return months.map((m) => {
    let n = 0
    let units = 0
    let orgs = 0
    let amount = 0
    for (const id of ids) {
      const f = r.get(id)?.get(m) ?? EMPTY
      n += f.n
      amount += f.amount
      // People/employers behind a sum: at least the largest part's.
      units = Math.max(units, f.units)
      orgs = Math.max(orgs, f.orgs)
    }
    return monthEntry({ n, units, orgs, amount }, rule)
  })
}

function monthEntry(f: MonthFigure, rule: Rule): Entry {
  if (rule === 'public') return { value: f.n, public: true }
  if (rule === 'amount') return { value: f.amount, units: f.units, orgs: f.orgs, amount: true }
  return { value: f.n, units: Math.min(f.n, f.units) }
}

/**
 * A figure over several months: values add up; the people/employers behind
 * it are at least the largest month's, and that lower bound is what the rules
 * test — so a figure is hidden whenever it might stand on too few.
 */
function sumEntries(parts: Entry[], rule: Rule): Entry {
  const value = parts.reduce((a, e) => a + e.value, 0)
  if (rule === 'public') return { value, public: true }
  const units = Math.max(0, ...parts.map((e) => e.units ?? e.value))
  if (rule === 'amount') return { value, units, orgs: Math.max(0, ...parts.map((e) => e.orgs ?? 0)), amount: true }
  return { value, units: Math.min(value, units) }
}

// ---------------------------------------------------------------------------
// The linear system of one dashboard

export type FigureLookup = (id: string) => Figure

export class Figures {
  readonly system: LinearSystem = { entries: new Map(), lines: [] }
  readonly allEntries = new Map<string, Entry>()

  constructor(
    private readonly r: Rollup,
    /** Set when the view is narrowed to a partner's members: the same rollup over all employers. */
    private readonly all: Rollup | null,
  ) {}

  /** Registers the sum of rollup ids over months; the same ids and months give the same figure. */
  rollup(ids: string[], months: string[], rule: Rule, options: { total?: boolean; topShare?: number } = {}): string {
    const id = `${months[0]}..${months[months.length - 1]}|${ids.join('+')}|${rule}`
    if (this.system.entries.has(id)) {
      if (options.total) this.system.entries.get(id)!.isTotal = true
      return id
    }
    const view = series(this.r, ids, months, rule)
    const entry = { ...sumEntries(view, rule), isTotal: options.total, topShare: options.topShare }
    if (rule !== 'public') {
      let risk = periodEdgeRisk(view)
      if (this.all) {
        const allSeries = series(this.all, ids, months, rule)
        this.allEntries.set(id, sumEntries(allSeries, rule))
        const complement = allSeries.map((a, i) => ({
          ...a,
          value: a.value - view[i].value,
          units: Math.max(0, (a.units ?? a.value) - (view[i].units ?? view[i].value)),
          orgs: a.orgs !== undefined ? Math.max(0, a.orgs - (view[i].orgs ?? 0)) : undefined,
        }))
        risk ||= periodEdgeRisk(complement)
      }
      if (risk) entry.periodRisk = true
    }
    this.system.entries.set(id, entry)
    return id
  }

  /** Registers a figure that is not a sum over months (caseloads, yearly reports; month SNAPSHOT_MONTH of the rollup). */
  snapshot(id: string, view: SystemEntry, all?: Entry): string {
    this.system.entries.set(id, view)
    if (this.all && all) this.allEntries.set(id, all)
    return id
  }

  /** These figures add up: a reader can subtract along them. */
  line(ids: string[]): void {
    this.system.lines.push(ids)
  }

  solve(): FigureLookup {
    const figures = suppressSystem(this.system, { all: this.all ? this.allEntries : undefined })
    return (id) => figures.get(id)!
  }
}

export type Pending = (f: FigureLookup) => StatTable
export type TableMeta = Omit<StatTable, 'cells' | 'rowTotals' | 'colTotals' | 'grandTotal' | 'notes'>

/** Lays a grid of ids into the system (rows and columns with their totals are lines) and returns the finished table later. */
export function grid(
  fig: Figures,
  meta: TableMeta,
  ids: { cells: string[][]; rowTotals?: string[]; colTotals?: string[]; grandTotal?: string },
): Pending {
  const cols = meta.columns.length
  if (ids.rowTotals) ids.cells.forEach((row, r) => fig.line([...row, ids.rowTotals![r]]))
  if (ids.colTotals) for (let c = 0; c < cols; c++) fig.line([...ids.cells.map((row) => row[c]), ids.colTotals[c]])
  if (ids.grandTotal && ids.rowTotals && ids.colTotals) {
    fig.line([...ids.rowTotals, ids.grandTotal])
    fig.line([...ids.colTotals, ids.grandTotal])
  }
  return (f) =>
    finish({
      ...meta,
      cells: ids.cells.map((row) => row.map(f)),
      rowTotals: ids.rowTotals?.map(f),
      colTotals: ids.colTotals?.map(f),
      grandTotal: ids.grandTotal ? f(ids.grandTotal) : undefined,
    })
}

export function finish(t: Omit<StatTable, 'notes'>): StatTable {
  return { ...t, notes: notesFor(tableFigures(t)) }
}

/** Appends a derived share column (hidden whenever either figure is hidden). */
export function withShareColumn(
  table: StatTable,
  numerator: number,
  denominator: number,
  column: { key: string; label: string },
): StatTable {
  return finish({
    ...table,
    columns: [...table.columns, { ...column, unit: 'percent' }],
    cells: table.cells.map((row) => [...row, shareFigure(row[numerator], row[denominator])]),
  })
}

export const rid = (source: string, dim: string, key: string) => `${source}|${dim}|${key}`
export const totalId = (s: SourceKey) => rid(s, 'total', '*')
export const ruleOf = (s: SourceKey): Rule => (s === 'vacancies' ? 'public' : 'people')

/** Rollup figures that are not monthly, by key: `source|dim|key` → figure as of the build. */
export function snapshots(r: Rollup, prefix: string): Array<[string, MonthFigure]> {
  const out: Array<[string, MonthFigure]> = []
  for (const [id, byMonth] of r) {
    const f = byMonth.get(SNAPSHOT_MONTH)
    if (f && id.startsWith(prefix)) out.push([id.slice(prefix.length), f])
  }
  return out
}
