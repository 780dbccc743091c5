/**
 * Partner statistics (issues 7 and 15). The dashboard reads only the monthly
 * rollup (`./statistics/rollup.server.ts`), so a load stays fast at national
 * scale. Every figure of every table is registered under a global id in ONE
 * linear system — the same figure in two tables is one entry, and every sum a
 * reader could subtract along is a line — and suppressed together by the
 * rules of ADR 0007 before anything leaves this module. The page, the CSV
 * export, the API and the public overview all call `buildDashboard` /
 * `buildPublicOverview`, so the same suppression holds everywhere.
 */
import { and, eq } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { fylker, organisations, stateHireReports } from '@db/schema'
import { INCLUSION_TAG_GROUPS, INCLUSION_TAGS, NACE_LABELS, SECTOR_LABELS } from '~/domain/codes'
import { IPS_CASELOAD_BANDS, ipsCaseloadScore } from '~/domain/statistics/caseload'
import {
  EMPLOYER_SIDE_PARTNERS,
  GROUP_BY_CODES,
  GROUP_BYS,
  MEASURES,
  monthLabel,
  monthsBetween,
  PILOT_FYLKER,
  samePeriodLastYear,
  type GroupBy,
  type Measure,
  type StatsQuery,
} from '~/domain/statistics/period'
import {
  periodEdgeRisk,
  shareFigure,
  suppressSystem,
  type Entry,
  type Figure,
  type LinearSystem,
  type SystemEntry,
} from '~/domain/statistics/suppression'
import { notesFor, tableFigures, type ColumnUnit, type StatTable } from '~/domain/statistics/table'
import { SCHEME_LABELS, SCHEMES } from '~/domain/subsidies'
import { nowIso } from '~/utils/clock.server'
import { fail, ok, type Result } from '~/utils/result'
import type { SessionUser } from './auth.server'
import { actorOf, audit } from './audit.server'
import { prepared } from './statistics/sql.server'
import {
  currentRollup,
  keyExpr,
  refreshStatistics,
  READY_WAIT_MS,
  RETENTION_MONTHS,
  SNAPSHOT_MONTH,
  SOURCE_LIST,
  statisticsReady,
  UNKNOWN,
  type RollupRun,
  type SourceKey,
} from './statistics/rollup.server'

export {
  refreshStatistics,
  refreshStatisticsInBackground,
  startStatisticsJob,
  statisticsBuiltAt,
  statisticsReady,
} from './statistics/rollup.server'

/** The share of new hires in the state the inclusion goal asks for. */
export const STATE_GOAL_PERCENT = 5

const SOURCE_LABELS: Record<SourceKey, string> = MEASURES

/** What each measure counts, for chart axes («antall stillinger»). */
const MEASURE_UNITS: Record<SourceKey, string> = {
  vacancies: 'antall stillinger',
  profiles: 'antall profiler',
  requests: 'antall forespørsler',
  hires: 'antall ansettelser',
  agreements: 'antall avtaler',
}

const REQUEST_OUTCOMES = [
  { key: 'VENTER', label: 'Venter på svar' },
  { key: 'GODKJENT', label: 'Kandidaten sa ja' },
  { key: 'AVSLATT', label: 'Kandidaten sa nei' },
  { key: 'UTLOPT', label: 'Ikke besvart i tide' },
  { key: 'TRUKKET', label: 'Trukket av arbeidsgiver' },
] as const

// ---------------------------------------------------------------------------
// Reading the rollup

type MonthFigure = { n: number; units: number; orgs: number; amount: number }
/** (source|dim|key) → month → figure */
type Rollup = Map<string, Map<string, MonthFigure>>

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
function readRollups(
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
      if (all)
        all
          .set(id, all.get(id) ?? new Map())
          .get(id)!
          .set(month, f)
      if (!all || SHARED_SOURCES.has(source)) put(r, id, month, f)
    } else put(r, id, month, f)
  }
  return { r, all }
}

/** How a figure is protected (ADR 0007). */
type Rule =
  /** Already public (published vacancies and their tags): shown as is. */
  | 'public'
  /** About people: fewer than 5 people hidden. */
  | 'people'
  /** Subsidy amounts: people, and at least 3 employers, none above 80 %. */
  | 'amount'

const EMPTY: MonthFigure = { n: 0, units: 0, orgs: 0, amount: 0 }

/** The monthly series of the sum of rollup ids, as entries under a rule. */
function series(r: Rollup, ids: string[], months: string[], rule: Rule): Entry[] {
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

type FigureLookup = (id: string) => Figure

class Figures {
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

type Pending = (f: FigureLookup) => StatTable
type TableMeta = Omit<StatTable, 'cells' | 'rowTotals' | 'colTotals' | 'grandTotal' | 'notes'>

/** Lays a grid of ids into the system (rows and columns with their totals are lines) and returns the finished table later. */
function grid(
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

function finish(t: Omit<StatTable, 'notes'>): StatTable {
  return { ...t, notes: notesFor(tableFigures(t)) }
}

/** Appends a derived share column (hidden whenever either figure is hidden). */
function withShareColumn(table: StatTable, numerator: number, denominator: number, column: { key: string; label: string }): StatTable {
  return finish({
    ...table,
    columns: [...table.columns, { ...column, unit: 'percent' }],
    cells: table.cells.map((row) => [...row, shareFigure(row[numerator], row[denominator])]),
  })
}

const rid = (source: string, dim: string, key: string) => `${source}|${dim}|${key}`
const totalId = (s: SourceKey) => rid(s, 'total', '*')
const ruleOf = (s: SourceKey): Rule => (s === 'vacancies' ? 'public' : 'people')

// ---------------------------------------------------------------------------
// Tables

function overviewTable(fig: Figures, months: string[], measure: Measure): Pending {
  const chartColumn = SOURCE_LIST.findIndex((s) => s.key === measure)
  return grid(
    fig,
    {
      id: 'oversikt',
      title: 'Oversikt per måned',
      description:
        'Publiserte stillinger og profiler, forespørsler om kontakt, ansettelser («Fått jobben» eller startet oppfølgingsavtale) og startede oppfølgingsavtaler, per måned.',
      rowHeader: 'Måned',
      rows: months.map((m) => ({ key: m, label: monthLabel(m) })),
      columns: SOURCE_LIST.map((s) => ({ key: s.key, label: SOURCE_LABELS[s.key], unit: 'count' as const })),
      chartColumn,
      chartUnit: MEASURE_UNITS[measure],
    },
    {
      cells: months.map((m) => SOURCE_LIST.map((s) => fig.rollup([totalId(s.key)], [m], ruleOf(s.key)))),
      colTotals: SOURCE_LIST.map((s) => fig.rollup([totalId(s.key)], months, ruleOf(s.key), { total: true })),
    },
  )
}

/** Row keys and labels for a breakdown. */
/** The counties (reference data, the same for the life of the process). */
let fylkeList: Array<{ fylkesnummer: string; name: string }> | undefined
const allFylker = () =>
  (fylkeList ??= getDb().select({ fylkesnummer: fylker.fylkesnummer, name: fylker.name }).from(fylker).orderBy(fylker.fylkesnummer).all())

function breakdownRows(groupBy: GroupBy): Array<{ key: string; label: string }> {
  switch (groupBy) {
    case 'fylke': {
      return allFylker().map((f) => ({
        key: f.fylkesnummer,
        label: (PILOT_FYLKER as readonly string[]).includes(f.fylkesnummer) ? `${f.name} (pilotfylke)` : f.name,
      }))
    }
    case 'sektor':
      return Object.entries(SECTOR_LABELS).map(([key, label]) => ({ key, label }))
    case 'naering':
      return Object.entries(NACE_LABELS).map(([key, label]) => ({ key, label: `${key} ${label}` }))
    case 'malgruppe':
      return Object.entries(INCLUSION_TAGS)
        .filter(([key]) => key.startsWith('PRIORITERT_MALGRUPPE__'))
        .map(([key, label]) => ({ key, label }))
  }
}

const BREAKDOWN_DESCRIPTIONS: Record<GroupBy, string> = {
  fylke:
    'Stillinger etter stillingens fylke, profiler etter fylket som vises på profilen, og forespørsler, ansettelser og avtaler etter arbeidsgiverens fylke. Pilotfylkene er Oslo, Trøndelag og Vestland.',
  sektor: 'Etter arbeidsgiverens sektor.',
  naering: 'Etter arbeidsgiverens næring (næringshovedområde i SN2007).',
  malgruppe:
    'Etter prioritert målgruppe: stillingens merking, og målgruppene som vises på kandidatens profil. En stilling eller profil kan høre til flere målgrupper, så tallene kan ikke summeres.',
}

/**
 * Every breakdown is registered whatever the partner chose to see, so a
 * figure is hidden or shown the same way in every view of the same period.
 */
function breakdownTable(fig: Figures, groupBy: GroupBy, months: string[], r: Rollup): Pending {
  const sources = SOURCE_LIST.filter((s) => keyExpr(s, groupBy) !== null)
  const rows = breakdownRows(groupBy)
  if (groupBy !== 'malgruppe') rows.push({ key: UNKNOWN, label: 'Ikke oppgitt' })
  // A person can belong to several priority groups, so those rows do not add up: no totals there.
  const additive = groupBy !== 'malgruppe'
  const pending = grid(
    fig,
    {
      id: 'fordeling',
      title: `Fordeling etter ${GROUP_BYS[groupBy].toLowerCase()}`,
      description: BREAKDOWN_DESCRIPTIONS[groupBy],
      rowHeader: GROUP_BYS[groupBy],
      rows,
      columns: sources.map((s) => ({ key: s.key, label: SOURCE_LABELS[s.key], unit: 'count' as const })),
      chartColumn: 0,
      chartUnit: MEASURE_UNITS[sources[0].key],
    },
    {
      cells: rows.map((row) => sources.map((s) => fig.rollup([rid(s.key, groupBy, row.key)], months, ruleOf(s.key)))),
      colTotals: additive ? sources.map((s) => fig.rollup([totalId(s.key)], months, ruleOf(s.key), { total: true })) : undefined,
    },
  )
  // «Ikke oppgitt» only when something is in it (it stays in the system either way).
  return (f) => {
    const t = pending(f)
    const unknownRow = t.rows.findIndex((row) => row.key === UNKNOWN)
    const empty = unknownRow >= 0 && sources.every((s) => !hasAny(r, rid(s.key, groupBy, UNKNOWN), months))
    if (!empty) return t
    return finish({ ...t, rows: t.rows.filter((_, i) => i !== unknownRow), cells: t.cells.filter((_, i) => i !== unknownRow) })
  }
}

function hasAny(r: Rollup, id: string, months: string[]): boolean {
  const byMonth = r.get(id)
  return months.some((m) => (byMonth?.get(m)?.n ?? 0) > 0)
}

/** The fylke keys (with «not given») split into the pilot counties and the rest. */
function fylkeGroups(): { pilot: string[]; rest: string[] } {
  const all = allFylker().map((f) => f.fylkesnummer)
  const pilot = all.filter((nr) => (PILOT_FYLKER as readonly string[]).includes(nr))
  return { pilot, rest: [...all.filter((nr) => !pilot.includes(nr)), UNKNOWN] }
}

function pilotTable(fig: Figures, months: string[]): Pending {
  const { pilot, rest } = fylkeGroups()
  const ids = SOURCE_LIST.map((s) => {
    const rule = ruleOf(s.key)
    const cell = (key: string) => fig.rollup([rid(s.key, 'fylke', key)], months, rule)
    const pilotId = fig.rollup(
      pilot.map((k) => rid(s.key, 'fylke', k)),
      months,
      rule,
      { total: true },
    )
    const restId = fig.rollup(
      rest.map((k) => rid(s.key, 'fylke', k)),
      months,
      rule,
      { total: true },
    )
    // The subtotals tie to the county cells of the same period.
    fig.line([...pilot.map(cell), pilotId])
    fig.line([...rest.map(cell), restId])
    return { pilotId, restId, total: fig.rollup([totalId(s.key)], months, rule, { total: true }) }
  })
  return grid(
    fig,
    {
      id: 'pilotfylker',
      title: 'Pilotfylkene mot resten av landet',
      description:
        'Pilotfylkene er Oslo, Trøndelag og Vestland. Stillinger etter stillingens fylke, profiler etter fylket på profilen, resten etter arbeidsgiverens fylke. «Resten av landet» tar med tall der fylket ikke er oppgitt.',
      rowHeader: 'Område',
      rows: [
        { key: 'pilot', label: 'Pilotfylkene (Oslo, Trøndelag, Vestland)' },
        { key: 'resten', label: 'Resten av landet' },
      ],
      columns: SOURCE_LIST.map((s) => ({ key: s.key, label: SOURCE_LABELS[s.key], unit: 'count' as const })),
      chartColumn: 0,
      chartUnit: MEASURE_UNITS.vacancies,
    },
    { cells: [ids.map((i) => i.pilotId), ids.map((i) => i.restId)], colTotals: ids.map((i) => i.total) },
  )
}

function comparisonTable(fig: Figures, months: string[], lastYearMonths: string[]): Pending {
  const now = SOURCE_LIST.map((s) => fig.rollup([totalId(s.key)], months, ruleOf(s.key), { total: true }))
  const before = SOURCE_LIST.map((s) => fig.rollup([totalId(s.key)], lastYearMonths, ruleOf(s.key), { total: true }))
  return (f) =>
    finish({
      id: 'sammenligning',
      title: 'Sammenlignet med samme periode i fjor',
      description: `Valgt periode (${monthLabel(months[0])}–${monthLabel(months[months.length - 1])}) mot de samme månedene ett år før (${monthLabel(lastYearMonths[0])}–${monthLabel(lastYearMonths[lastYearMonths.length - 1])}).`,
      rowHeader: 'Måltall',
      rows: SOURCE_LIST.map((s) => ({ key: s.key, label: SOURCE_LABELS[s.key] })),
      columns: [
        { key: 'periode', label: 'Valgt periode', unit: 'count' },
        { key: 'i-fjor', label: 'Samme periode i fjor', unit: 'count' },
        { key: 'endring', label: 'Endring (%)', unit: 'percent' },
      ],
      cells: SOURCE_LIST.map((_, i) => {
        const a = f(now[i])
        const b = f(before[i])
        return [a, b, changeFigure(a, b)]
      }),
      chartColumn: null,
    })
}

/** Change in percent from `before` to `now`: hidden when either is hidden. */
function changeFigure(now: Figure, before: Figure): Figure {
  const share = shareFigure(now, before)
  return share.value === null ? share : { value: Math.round((share.value - 100) * 10) / 10 }
}

/** The funnel: published profiles → contact requests → yes → hires → agreements still running. */
function funnelTable(fig: Figures, months: string[]): Pending {
  const steps: Array<{ key: string; label: string; id: string; base: string | null }> = []
  const profilesId = fig.rollup([totalId('profiles')], months, 'people', { total: true })
  const requestsId = fig.rollup([totalId('requests')], months, 'people', { total: true })
  const yesId = fig.rollup([rid('request_outcomes', 'outcome', 'GODKJENT')], months, 'people', { total: true })
  const hiresId = fig.rollup([totalId('hires')], months, 'people', { total: true })
  steps.push(
    { key: 'profiler', label: 'Profiler publisert', id: profilesId, base: null },
    { key: 'foresporsler', label: 'Forespørsler om kontakt (andel: per 100 profiler)', id: requestsId, base: profilesId },
    { key: 'ja', label: 'Kandidaten sa ja (andel av forespørslene)', id: yesId, base: requestsId },
    { key: 'ansatt', label: 'Ansettelser (andel av ja-svarene)', id: hiresId, base: yesId },
  )
  for (const n of RETENTION_MONTHS) {
    const passed = fig.rollup([rid('retention', 'retention', `${n}:passert`)], months, 'people', { total: true })
    steps.push({
      key: `lop-${n}`,
      label: `Oppfølgingsavtaler fortsatt i gang etter ${n} måneder (andel av avtalene som har passert ${n} måneder)`,
      id: fig.rollup([rid('retention', 'retention', `${n}:lop`)], months, 'people', { total: true }),
      base: passed,
    })
  }
  return (f) =>
    finish({
      id: 'trakt',
      title: 'Fra profil til jobb',
      description:
        'Hvor mange som kommer videre fra trinn til trinn i perioden. Andelen er regnet av trinnet før, og for avtalene av dem som har vart lenge nok til å telle.',
      rowHeader: 'Trinn',
      rows: steps.map((s) => ({ key: s.key, label: s.label })),
      columns: [
        { key: 'antall', label: 'Antall', unit: 'count' },
        { key: 'andel', label: 'Andel (%)', unit: 'percent' },
      ],
      cells: steps.map((s) => {
        const value = f(s.id)
        return [value, s.base ? shareFigure(value, f(s.base)) : { value: null }]
      }),
      chartColumn: 0,
      chartUnit: 'antall',
    })
}

/** Median of a histogram (day → how many); null when empty. */
export function histogramMedian(histogram: Map<number, number>): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0)
  if (total === 0) return null
  const days = [...histogram.keys()].sort((a, b) => a - b)
  const at = (k: number) => {
    let seen = 0
    for (const d of days) {
      seen += histogram.get(d)!
      if (seen > k) return d
    }
    return days[days.length - 1]
  }
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2
}

/** Median days from request to answer and from a «yes» to the hire. Medians are not sums: they stay outside the system. */
function durationTable(r: Rollup, months: string[]): StatTable {
  const median = (source: string): Figure => {
    const histogram = new Map<number, number>()
    let people = 0
    for (const [id, byMonth] of r) {
      if (!id.startsWith(`${source}|days|`)) continue
      const day = Number(id.split('|')[2])
      for (const m of months) {
        const f = byMonth.get(m)
        if (!f) continue
        histogram.set(day, (histogram.get(day) ?? 0) + f.n)
        people = Math.max(people, f.units)
      }
    }
    const total = [...histogram.values()].reduce((a, b) => a + b, 0)
    const value = histogramMedian(histogram)
    if (value === null) return { value: null }
    // A median of fewer than 5 people's waits says too much about each of them.
    if (total < 5 || people < 1) return { value: null, suppressed: 'few_people' }
    return { value }
  }
  return finish({
    id: 'tid',
    title: 'Hvor lang tid hvert trinn tar',
    description:
      'Median antall dager for forespørsler sendt i perioden: fra arbeidsgiveren ba om kontakt til kandidaten svarte, og fra kandidaten sa ja til arbeidsgiveren markerte «Fått jobben». Halvparten gikk raskere, halvparten tregere.',
    rowHeader: 'Trinn',
    rows: [
      { key: 'svar', label: 'Fra forespørsel til svar' },
      { key: 'ansettelse', label: 'Fra ja til ansettelse' },
    ],
    columns: [{ key: 'median', label: 'Median (dager)', unit: 'days' }],
    cells: [[median('answer_days')], [median('hire_days')]],
    chartColumn: 0,
    chartUnit: 'dager',
  })
}

function vacancyTagTable(fig: Figures, months: string[]): Pending {
  const id = (g: string) => rid('vacancy_tags', 'taggroup', g)
  return grid(
    fig,
    {
      id: 'stillinger-merking',
      title: 'Publiserte stillinger med inkluderingsmerking',
      description:
        'Antall stillinger publisert per måned med minst én merking i hver gruppe. En stilling kan ha merking i flere grupper. Publiserte stillinger er offentlige, så disse tallene skjules ikke.',
      rowHeader: 'Måned',
      rows: months.map((m) => ({ key: m, label: monthLabel(m) })),
      columns: INCLUSION_TAG_GROUPS.map((g) => ({ key: g.code, label: g.label, unit: 'count' as const })),
      chartColumn: 2,
      chartUnit: MEASURE_UNITS.vacancies,
    },
    {
      cells: months.map((m) => INCLUSION_TAG_GROUPS.map((g) => fig.rollup([id(g.code)], [m], 'public'))),
      colTotals: INCLUSION_TAG_GROUPS.map((g) => fig.rollup([id(g.code)], months, 'public', { total: true })),
    },
  )
}

function requestOutcomeTable(fig: Figures, months: string[]): Pending {
  const id = (o: string) => rid('request_outcomes', 'outcome', o)
  return grid(
    fig,
    {
      id: 'foresporsler',
      title: 'Forespørsler om kontakt og hvordan de endte',
      description: 'Forespørsler etter måneden arbeidsgiveren sendte dem, fordelt på utfall.',
      rowHeader: 'Måned',
      rows: months.map((m) => ({ key: m, label: monthLabel(m) })),
      columns: REQUEST_OUTCOMES.map((o) => ({ key: o.key, label: o.label, unit: 'count' as const })),
      chartColumn: 1,
      chartUnit: MEASURE_UNITS.requests,
    },
    {
      cells: months.map((m) => REQUEST_OUTCOMES.map((o) => fig.rollup([id(o.key)], [m], 'people'))),
      rowTotals: months.map((m) => fig.rollup([totalId('requests')], [m], 'people', { total: true })),
      colTotals: REQUEST_OUTCOMES.map((o) => fig.rollup([id(o.key)], months, 'people', { total: true })),
      grandTotal: fig.rollup([totalId('requests')], months, 'people', { total: true }),
    },
  )
}

function schemeTable(fig: Figures, months: string[], r: Rollup): Pending {
  const id = (s: string) => rid('schemes', 'scheme', s)
  const amountOf = (ids: string[]) => series(r, ids, months, 'amount').reduce((a, e) => a + e.value, 0)
  /**
   * The largest employer's share of an amount. The rollup keeps each month's
   * largest employer total; their sum over the months is at least what any one
   * employer got in the period, so the share errs towards hiding (dominance).
   */
  const share = (key: string, ids: string[]) => {
    const total = amountOf(ids)
    const top = amountOf([rid('scheme_top', 'scheme', key)])
    return total > 0 ? Math.min(1, top / total) : 0
  }
  const all = SCHEMES.map(id)
  return grid(
    fig,
    {
      id: 'avtaler-ordning',
      title: 'Oppfølgingsavtaler etter ordning',
      description:
        'Ordninger brukt i oppfølgingsavtaler som startet i perioden, og tilskuddsbeløpet som er beregnet for dem. Beløp vises bare når minst tre arbeidsgivere står bak, og ingen av dem står for mer enn 80 %.',
      rowHeader: 'Ordning',
      rows: SCHEMES.map((s) => ({ key: s, label: SCHEME_LABELS[s] })),
      columns: [
        { key: 'antall', label: 'Avtaler med ordningen', unit: 'count' },
        { key: 'belop', label: 'Tilskudd beregnet (kr)', unit: 'kroner' },
      ],
      chartColumn: 0,
      chartUnit: 'antall avtaler',
    },
    {
      cells: SCHEMES.map((s) => [
        fig.rollup([id(s)], months, 'people'),
        fig.rollup([id(s)], months, 'amount', { topShare: share(s, [id(s)]) }),
      ]),
      colTotals: [
        fig.rollup(all, months, 'people', { total: true }),
        fig.rollup(all, months, 'amount', { total: true, topShare: share('*', all) }),
      ],
    },
  )
}

function retentionTable(fig: Figures, months: string[]): Pending {
  const pending = grid(
    fig,
    {
      id: 'avtaler-varighet',
      title: 'Oppfølgingsavtaler som fortsatt løper',
      description:
        'Av avtalene som startet i perioden og har passert 3, 6 og 12 måneder: hvor mange som fortsatt løp etter så lang tid (ikke avsluttet eller annullert).',
      rowHeader: 'Tid etter oppstart',
      rows: RETENTION_MONTHS.map((m) => ({ key: String(m), label: `${m} måneder` })),
      columns: [
        { key: 'startet', label: 'Avtaler som har passert tiden', unit: 'count' },
        { key: 'lop', label: 'Fortsatt i gang', unit: 'count' },
      ],
      chartColumn: 1,
      chartUnit: 'antall avtaler',
    },
    {
      cells: RETENTION_MONTHS.map((n) => [
        fig.rollup([rid('retention', 'retention', `${n}:passert`)], months, 'people', { total: true }),
        fig.rollup([rid('retention', 'retention', `${n}:lop`)], months, 'people', { total: true }),
      ]),
    },
  )
  return (f) => withShareColumn(pending(f), 1, 0, { key: 'andel', label: 'Andel i gang (%)' })
}

/** Rollup figures that are not monthly, by key: `source|dim|key` → figure as of the build. */
function snapshots(r: Rollup, prefix: string): Array<[string, MonthFigure]> {
  const out: Array<[string, MonthFigure]> = []
  for (const [id, byMonth] of r) {
    const f = byMonth.get(SNAPSHOT_MONTH)
    if (f && id.startsWith(prefix)) out.push([id.slice(prefix.length), f])
  }
  return out
}

function caseloadTable(fig: Figures, r: Rollup): Pending {
  const bands = new Map<number, { specialists: number; persons: number }>()
  for (const band of IPS_CASELOAD_BANDS) bands.set(band.score, { specialists: 0, persons: 0 })
  // Jobbspesialister per caseload size, as of the build (the rollup keeps the sizes, the bands are the domain's).
  for (const [size, f] of snapshots(r, 'caseload|size|')) {
    const b = bands.get(ipsCaseloadScore(Number(size)))!
    b.specialists += f.n
    b.persons += Number(size) * f.n
  }
  // Caseloads are the same for every partner view (not narrowed), so no complement.
  const cell = (key: string, b: { specialists: number; persons: number }, total = false): string[] => [
    fig.snapshot(`portefolje|${key}|jobbspesialister`, { value: b.specialists, isTotal: total }),
    // A band's caseload sum would reveal a single jobbspesialist's caseload: protected by the specialists behind it.
    fig.snapshot(`portefolje|${key}|deltakere`, { value: b.persons, units: Math.min(b.persons, b.specialists), isTotal: total }),
  ]
  const all = [...bands.values()].reduce((a, b) => ({ specialists: a.specialists + b.specialists, persons: a.persons + b.persons }), {
    specialists: 0,
    persons: 0,
  })
  return grid(
    fig,
    {
      id: 'portefolje',
      title: 'Jobbspesialistenes porteføljer etter IPS-skår',
      description: 'Antall aktive deltakere per jobbspesialist i dag, fordelt på IPS-troskapsskalaens trinn for porteføljestørrelse.',
      rowHeader: 'Deltakere per jobbspesialist',
      rows: IPS_CASELOAD_BANDS.map((b) => ({ key: String(b.score), label: b.label })),
      columns: [
        { key: 'jobbspesialister', label: 'Jobbspesialister', unit: 'count' },
        { key: 'deltakere', label: 'Aktive deltakere', unit: 'count' },
      ],
      chartColumn: 0,
      chartUnit: 'antall jobbspesialister',
    },
    { cells: IPS_CASELOAD_BANDS.map((b) => cell(String(b.score), bands.get(b.score)!)), colTotals: cell('totalt', all, true) },
  )
}

function stateGoalTable(fig: Figures, months: string[], r: Rollup, all: Rollup | null): Pending {
  const fromYear = Number(months[0].slice(0, 4))
  const toYear = Number(months[months.length - 1].slice(0, 4))
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i)
  // The state employers' own reported totals per year, as of the build: sum, employers, the largest one's.
  // One employer's own reported total is not public: protected by employers, not people.
  const reportedEntry = (rollup: Rollup, year: number): Entry => {
    const f = rollup.get(rid('state_reports', 'year', String(year)))?.get(SNAPSHOT_MONTH)
    return f ? { value: f.n, orgs: f.orgs, topShare: f.amount / Math.max(1, f.n) } : { value: 0 }
  }
  const ids = years.map((y) => {
    const yearMonths = Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`)
    return [
      fig.snapshot(`statlig|${y}|rapportert`, reportedEntry(r, y), all ? reportedEntry(all, y) : undefined),
      fig.rollup(['state_hires|total|*'], yearMonths, 'people'),
    ]
  })
  const pending = grid(
    fig,
    {
      id: 'statlig-mal',
      title: 'Statlige arbeidsgivere: inkluderingsmålet på 5 %',
      description:
        'Ansettelser gjennom Vi inkluderer hos statlige arbeidsgivere i hele kalenderåret, som andel av alle nyansettelser statlige arbeidsgivere selv har rapportert for året. Målet er at minst 5 % av nyansettelsene i staten er personer med nedsatt funksjonsevne eller hull i CV-en. Rapporterte tall vises bare når minst tre arbeidsgivere har rapportert.',
      rowHeader: 'År',
      rows: years.map((y) => ({ key: String(y), label: String(y) })),
      columns: [
        { key: 'rapportert', label: 'Rapporterte nyansettelser', unit: 'count' },
        { key: 'inkludering', label: 'Inkluderingsansettelser', unit: 'count' },
      ],
      chartColumn: 1,
      chartUnit: 'antall ansettelser',
    },
    { cells: ids },
  )
  return (f) => {
    const withShare = withShareColumn(pending(f), 1, 0, { key: 'andel', label: 'Andel (%)' })
    return {
      ...withShare,
      columns: [...withShare.columns, { key: 'mal', label: 'Mål (%)', unit: 'percent' as ColumnUnit }],
      cells: withShare.cells.map((row) => [...row, { value: STATE_GOAL_PERCENT }]),
      chartColumn: 2,
      chartUnit: 'prosent',
    }
  }
}

// ---------------------------------------------------------------------------
// Public API

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

export type StatisticsAccess = {
  /** The values of `utvalg` this user may choose: 'alle' and, for an employers'-side partner, its own code. */
  utvalg: Array<{ value: string; label: string }>
}

const partnerName = (code: string) => (code === 'VIRKE' ? 'Virke' : code === 'SPEKTER' ? 'Spekter' : code)

/** What a partner/admin user may narrow to. */
export function statisticsAccess(user: Pick<SessionUser, 'role' | 'organisationId'>): StatisticsAccess {
  const all = { value: 'alle', label: 'Alle arbeidsgivere' }
  const label = (code: string) => `Bare medlemsvirksomheter i ${partnerName(code)}`
  if (user.role === 'admin') return { utvalg: [all, ...EMPLOYER_SIDE_PARTNERS.map((c) => ({ value: c, label: label(c) }))] }
  if (user.role !== 'partner' || user.organisationId == null) return { utvalg: [all] }
  const org = getDb()
    .select({ code: organisations.partnerCode })
    .from(organisations)
    .where(and(eq(organisations.id, user.organisationId), eq(organisations.kind, 'PARTNER')))
    .get()
  const code = org?.code
  if (code && (EMPLOYER_SIDE_PARTNERS as readonly string[]).includes(code)) return { utvalg: [all, { value: code, label: label(code) }] }
  return { utvalg: [all] }
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
  const breakdowns = Object.fromEntries(GROUP_BY_CODES.map((g) => [g, breakdownTable(fig, g, months, r)])) as Record<GroupBy, Pending>
  const pending: Pending[] = [
    overviewTable(fig, months, q.measure),
    funnelTable(fig, months),
    comparisonTable(fig, months, lastYearMonths),
    pilotTable(fig, months),
    breakdowns[q.groupBy],
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
  return { ...dashboard, tables: dashboard.tables.filter((t) => (PUBLIC_TABLE_IDS as readonly string[]).includes(t.id)) }
}

/** Checks `utvalg` against what the user may see; returns a field error in bokmål or null. */
export function utvalgError(user: Pick<SessionUser, 'role' | 'organisationId'>, utvalg: string): string | null {
  return statisticsAccess(user).utvalg.some((u) => u.value === utvalg)
    ? null
    : 'Du kan bare snevre inn til medlemsvirksomhetene i din egen organisasjon.'
}

// ---------------------------------------------------------------------------
// State employers' yearly report of total new hires

export type StateHireReport = { year: number; totalHires: number; reportedAt: string }

export function listStateHireReports(organisationId: number): StateHireReport[] {
  return getDb()
    .select({ year: stateHireReports.year, totalHires: stateHireReports.totalHires, reportedAt: stateHireReports.reportedAt })
    .from(stateHireReports)
    .where(eq(stateHireReports.organisationId, organisationId))
    .orderBy(stateHireReports.year)
    .all()
    .reverse()
}

/** Whether the organisation is a state employer (sector STATLIG) — only those report. */
export function isStateEmployer(organisationId: number): boolean {
  const org = getDb()
    .select({ sector: organisations.sector, kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get()
  return org?.kind === 'EMPLOYER' && org.sector === 'STATLIG'
}

/** Saves (or replaces) the year's total; audited. */
export function reportStateHires(actor: SessionUser & { organisationId: number }, year: number, totalHires: number): void {
  const at = nowIso()
  getDb().transaction((tx) => {
    tx.insert(stateHireReports)
      .values({ organisationId: actor.organisationId, year, totalHires, reportedByUserId: actor.id, reportedAt: at })
      .onConflictDoUpdate({
        target: [stateHireReports.organisationId, stateHireReports.year],
        set: { totalHires, reportedByUserId: actor.id, reportedAt: at },
      })
      .run()
    audit(tx, actorOf(actor), {
      action: 'STATE_HIRES_REPORTED',
      subjectType: 'organisation',
      subjectId: actor.organisationId,
      details: { year, totalHires },
    })
  })
}
