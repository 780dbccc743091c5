/**
 * Partner statistics (issue 7). A job rebuilds a monthly rollup
 * (`stat_rollup`) from the source tables with INSERT … SELECT … GROUP BY —
 * aggregation inside SQLite, never person rows into JS — and the dashboard
 * reads only that rollup, so a load stays fast at national scale. Every
 * figure is suppressed by `publishTable` before it leaves this module; the
 * page, the CSV export and the API all call `buildDashboard`, so the same
 * suppression holds everywhere.
 */
import type Database from 'better-sqlite3'
import { and, eq } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { fylker, organisations, stateHireReports } from '@db/schema'
import { INCLUSION_TAG_GROUPS, INCLUSION_TAGS, NACE_LABELS, SECTOR_LABELS } from '~/domain/codes'
import { IPS_CASELOAD_BANDS, ipsCaseloadScore } from '~/domain/statistics/caseload'
import {
  EMPLOYER_SIDE_PARTNERS,
  GROUP_BYS,
  monthLabel,
  monthsBetween,
  PILOT_FYLKER,
  type GroupBy,
  type StatsQuery,
} from '~/domain/statistics/period'
import { shareFigure, type Entry } from '~/domain/statistics/suppression'
import { publishTable, type RawTable, type StatTable } from '~/domain/statistics/table'
import { SCHEME_LABELS, SCHEMES } from '~/domain/subsidies'
import { nowIso, todayIso } from '~/utils/clock.server'
import type { SessionUser } from './auth.server'
import { actorOf, audit } from './audit.server'

/** The share of new hires in the state the inclusion goal asks for. */
export const STATE_GOAL_PERCENT = 5

// ---------------------------------------------------------------------------
// SQL plumbing

type Row = Record<string, string | number | null>

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()

function prepared(sqlText: string): Database.Statement {
  const client = getDb().$client
  let cache = statements.get(client)
  if (!cache) statements.set(client, (cache = new Map()))
  let stmt = cache.get(sqlText)
  if (!stmt) cache.set(sqlText, (stmt = client.prepare(sqlText)))
  return stmt
}

function query(sqlText: string, params: unknown[]): Row[] {
  return prepared(sqlText).all(...params) as Row[]
}

/** Restricts employer-side rows to members of one partner organisation (`?` = partner id). */
const memberSql = (orgColumn: string) =>
  ` AND EXISTS (SELECT 1 FROM partner_memberships pm WHERE pm.employer_id = ${orgColumn} AND pm.partner_id = ?)`

// ---------------------------------------------------------------------------
// Sources: what is counted. SQL fragments are constants (no input reaches them).

type SourceKey = 'vacancies' | 'profiles' | 'requests' | 'hires' | 'agreements'

type Source = {
  key: SourceKey
  label: string
  /** Base table (or derived table) with alias. */
  from: string
  ts: string
  id: string
  /** Employer-side sources: the organisation column (counts of organisations protect employers). */
  org: string | null
  /** Join that gives alias `o` (organisations) — for sector/industry. */
  orgJoin: string
  /** Join(s) and expression for the county. */
  fylkeJoin: string
  fylke: string
  /** Join(s) and the JSON array column with PRIORITERT_MALGRUPPE__* codes. */
  groupJoin: string
  targetGroups: string
}

/**
 * Hires: an employer marked a contact request «Fått jobben», or a follow-up
 * agreement started (counted once when both happened for the same request).
 */
const hiresSql = (withProfile: boolean) => `(
  SELECT cr.id AS hid, cr.organisation_id AS organisation_id, cr.marked_at AS ts${withProfile ? ', cr.profile_id AS profile_id' : ''}
    FROM contact_requests cr WHERE cr.employer_marking = 'FATT_JOBBEN'
  UNION ALL
  SELECT -a.id, a.organisation_id, a.started_at${withProfile ? ', (SELECT p2.id FROM profiles p2 WHERE p2.candidate_id = a.candidate_id)' : ''}
    FROM agreements a LEFT JOIN contact_requests acr ON acr.id = a.contact_request_id
   WHERE a.started_at IS NOT NULL AND (acr.employer_marking IS NULL OR acr.employer_marking <> 'FATT_JOBBEN')
)`

const orgJoin = (column: string) => ` LEFT JOIN organisations o ON o.id = ${column}`
const orgFylkeJoin = (column: string) => `${orgJoin(column)} LEFT JOIN kommuner ko ON ko.kommunenummer = o.kommunenummer`

const SOURCES: Record<SourceKey, Source> = {
  vacancies: {
    key: 'vacancies',
    label: 'Stillinger publisert',
    from: 'vacancies v',
    ts: 'v.published_at',
    id: 'v.id',
    org: 'v.organisation_id',
    orgJoin: orgJoin('v.organisation_id'),
    fylkeJoin: ' LEFT JOIN kommuner vk ON vk.kommunenummer = v.kommunenummer',
    fylke: 'vk.fylkesnummer',
    groupJoin: '',
    targetGroups: 'v.inclusion_tags',
  },
  profiles: {
    key: 'profiles',
    label: 'Profiler publisert',
    from: 'profiles p',
    ts: 'p.published_at',
    id: 'p.id',
    org: null,
    orgJoin: '',
    fylkeJoin: '',
    fylke: 'p.shown_fylkesnummer',
    groupJoin: '',
    targetGroups: 'p.target_groups',
  },
  requests: {
    key: 'requests',
    label: 'Forespørsler om kontakt',
    from: 'contact_requests cr',
    ts: 'cr.created_at',
    id: 'cr.id',
    org: 'cr.organisation_id',
    orgJoin: orgJoin('cr.organisation_id'),
    fylkeJoin: orgFylkeJoin('cr.organisation_id'),
    fylke: 'ko.fylkesnummer',
    groupJoin: ' LEFT JOIN profiles p ON p.id = cr.profile_id',
    targetGroups: 'p.target_groups',
  },
  hires: {
    key: 'hires',
    label: 'Ansettelser',
    from: `${hiresSql(false)} h`,
    ts: 'h.ts',
    id: 'h.hid',
    org: 'h.organisation_id',
    orgJoin: orgJoin('h.organisation_id'),
    fylkeJoin: orgFylkeJoin('h.organisation_id'),
    fylke: 'ko.fylkesnummer',
    groupJoin: ' LEFT JOIN profiles p ON p.id = h.profile_id',
    targetGroups: 'p.target_groups',
  },
  agreements: {
    key: 'agreements',
    label: 'Oppfølgingsavtaler startet',
    from: 'agreements a',
    ts: 'a.started_at',
    id: 'a.id',
    org: 'a.organisation_id',
    orgJoin: orgJoin('a.organisation_id'),
    fylkeJoin: orgFylkeJoin('a.organisation_id'),
    fylke: 'ko.fylkesnummer',
    groupJoin: ' LEFT JOIN profiles p ON p.candidate_id = a.candidate_id',
    targetGroups: 'p.target_groups',
  },
}
const SOURCE_LIST = [SOURCES.vacancies, SOURCES.profiles, SOURCES.requests, SOURCES.hires, SOURCES.agreements]

type Dim = 'total' | GroupBy
const DIMS: Dim[] = ['total', 'fylke', 'sektor', 'naering', 'malgruppe']
const UNKNOWN = 'UKJENT'

/** SQL expression and joins for a dimension's key, or null when the source has no such dimension. */
function keyExpr(source: Source, dim: Dim): { expr: string; joins: string } | null {
  switch (dim) {
    case 'total':
      return { expr: `'*'`, joins: '' }
    case 'fylke':
      return { expr: `coalesce(${source.fylke}, '${UNKNOWN}')`, joins: source.fylkeJoin }
    case 'sektor':
      return source.org ? { expr: `coalesce(o.sector, '${UNKNOWN}')`, joins: source.orgJoin } : null
    case 'naering':
      return source.org ? { expr: `coalesce(o.nace_section, '${UNKNOWN}')`, joins: source.orgJoin } : null
    case 'malgruppe':
      return { expr: 'je.value', joins: source.groupJoin }
  }
}

const REQUEST_OUTCOMES = [
  { key: 'VENTER', label: 'Venter på svar' },
  { key: 'GODKJENT', label: 'Kandidaten sa ja' },
  { key: 'AVSLATT', label: 'Kandidaten sa nei' },
  { key: 'UTLOPT', label: 'Ikke besvart i tide' },
  { key: 'TRUKKET', label: 'Trukket av arbeidsgiver' },
] as const

const RETENTION_MONTHS = [3, 6, 12] as const

// ---------------------------------------------------------------------------
// The monthly rollup (rebuilt by the statistics job; the dashboard reads only this)

/**
 * The rollup is built in a per-connection TEMP table (no write lock on the
 * database while it runs), then swapped in. The background job and a
 * synchronous build use different tables so they never mix.
 */
type BuildTable = 'stat_rollup_build' | 'stat_rollup_build_sync'

/** Employers'-side partner organisations (their members can be narrowed to). */
const EMPLOYER_PARTNERS_SQL = `(SELECT id FROM organisations WHERE kind = 'PARTNER' AND partner_code IN (${EMPLOYER_SIDE_PARTNERS.map((c) => `'${c}'`).join(', ')}))`

/**
 * One statement for «all employers» (partner_id 0) or, joined with the
 * memberships, for every employers'-side partner at once (partner_id = that partner).
 */
function variants(
  target: BuildTable,
  spec: { source: string; month: string; dim: string; key: string; n: string; units: string; amount?: string; from: string; where: string; org: string | null; groupKey?: boolean },
): string[] {
  const build = (members: boolean) => `INSERT INTO temp.${target} (source, month, dim, key, partner_id, n, units, amount)
    SELECT '${spec.source}', ${spec.month} AS m, '${spec.dim}', ${spec.key} AS k, ${members ? 'pm.partner_id' : '0'}, ${spec.n}, ${spec.units}, ${spec.amount ?? '0'}
      FROM ${spec.from}${members ? ` JOIN partner_memberships pm ON pm.employer_id = ${spec.org} AND pm.partner_id IN ${EMPLOYER_PARTNERS_SQL}` : ''}
     WHERE ${spec.where}
     GROUP BY ${members ? 'pm.partner_id, ' : ''}m${spec.groupKey === false ? '' : ', k'}`
  return spec.org ? [build(false), build(true)] : [build(false)]
}

/** Every rollup statement (each one INSERT … SELECT … GROUP BY: aggregation happens inside SQLite). */
function rollupStatements(today: string, target: BuildTable): Array<{ sql: string; params?: unknown[] }> {
  const out: Array<{ sql: string; params?: unknown[] }> = []
  const add = (sqls: string[], params?: unknown[]) => out.push(...sqls.map((sql) => ({ sql, params })))
  for (const source of SOURCE_LIST) {
    for (const dim of DIMS) {
      const key = keyExpr(source, dim)
      if (!key) continue
      const expand = dim === 'malgruppe'
      const base = expand && source.key === 'hires' ? `${hiresSql(true)} h` : source.from
      const n = expand ? `count(DISTINCT ${source.id})` : 'count(*)'
      add(
        variants(target, {
          source: source.key,
          month: `substr(${source.ts}, 1, 7)`,
          dim,
          key: key.expr,
          n,
          units: source.org ? `min(${n}, count(DISTINCT ${source.org}))` : n,
          from: `${base}${key.joins}${expand ? ` JOIN json_each(${source.targetGroups}) je` : ''}`,
          where: `${source.ts} IS NOT NULL${expand ? ` AND substr(je.value, 1, 22) = 'PRIORITERT_MALGRUPPE__'` : ''}`,
          org: source.org,
        }),
      )
    }
  }
  // Vacancies per inclusion-tag group: a tag code is a JSON string, so '"PREFIX' marks one.
  for (const g of INCLUSION_TAG_GROUPS) {
    add(
      variants(target, {
        source: 'vacancy_tags',
        month: 'substr(v.published_at, 1, 7)',
        dim: 'taggroup',
        key: `'${g.code}'`,
        n: 'count(*)',
        units: 'min(count(*), count(DISTINCT v.organisation_id))',
        from: 'vacancies v',
        where: `v.published_at IS NOT NULL AND instr(v.inclusion_tags, '"${g.prefix}') > 0`,
        org: 'v.organisation_id',
        groupKey: false,
      }),
    )
  }
  // Contact requests by outcome, per month sent.
  add(
    variants(target, {
      source: 'request_outcomes',
      month: 'substr(cr.created_at, 1, 7)',
      dim: 'outcome',
      key: `CASE WHEN cr.status IN ('SENDT', 'SPURT_KANDIDAT') THEN 'VENTER' ELSE cr.status END`,
      n: 'count(*)',
      units: 'min(count(*), count(DISTINCT cr.organisation_id))',
      from: 'contact_requests cr',
      where: 'cr.created_at IS NOT NULL',
      org: 'cr.organisation_id',
    }),
  )
  // Schemes used in agreements, by month started, with the amounts calculated.
  add(
    variants(target, {
      source: 'schemes',
      month: 'substr(a.started_at, 1, 7)',
      dim: 'scheme',
      key: 's.scheme',
      n: 'count(*)',
      units: 'min(count(*), count(DISTINCT a.organisation_id), count(DISTINCT a.candidate_id))',
      amount: 'coalesce(sum(s.total), 0)',
      from: 'agreement_schemes s JOIN agreements a ON a.id = s.agreement_id',
      where: 'a.started_at IS NOT NULL',
      org: 'a.organisation_id',
    }),
  )
  // Agreements that have passed 3/6/12 months (by `today`) and whether they were still running then.
  for (const months of RETENTION_MONTHS) {
    const limit = `date(a.started_at, '+${months} months')`
    const running = `((a.ended_at IS NULL OR a.ended_at >= ${limit}) AND (a.cancelled_at IS NULL OR a.cancelled_at >= ${limit}))`
    for (const [suffix, condition] of [
      ['passert', '1'],
      ['lop', running],
    ] as const) {
      add(
        variants(target, {
          source: 'retention',
          month: 'substr(a.started_at, 1, 7)',
          dim: 'retention',
          key: `'${months}:${suffix}'`,
          n: 'count(*)',
          units: 'min(count(*), count(DISTINCT a.organisation_id))',
          from: 'agreements a',
          where: `a.started_at IS NOT NULL AND ${limit} <= ? AND ${condition}`,
          org: 'a.organisation_id',
          groupKey: false,
        }),
        [today],
      )
    }
  }
  // Hires by state employers that reported their total for the year, for the 5 % goal.
  add(
    variants(target, {
      source: 'state_hires',
      month: 'substr(h.ts, 1, 7)',
      dim: 'total',
      key: `'*'`,
      n: 'count(*)',
      units: 'min(count(*), count(DISTINCT h.organisation_id))',
      from: `${hiresSql(false)} h JOIN organisations o ON o.id = h.organisation_id
         JOIN state_hire_reports r ON r.organisation_id = h.organisation_id AND r.year = CAST(substr(h.ts, 1, 4) AS INTEGER)`,
      where: `o.sector = 'STATLIG' AND h.ts IS NOT NULL`,
      org: 'h.organisation_id',
      groupKey: false,
    }),
  )
  return out
}

type RollupPlan = { target: BuildTable; statements: ReturnType<typeof rollupStatements> }

function rollupPlan(today: string, target: BuildTable): RollupPlan {
  const client = getDb().$client
  client.exec(`CREATE TEMP TABLE IF NOT EXISTS ${target} AS SELECT * FROM main.stat_rollup WHERE 0`)
  client.exec(`DELETE FROM temp.${target}`)
  return { target, statements: rollupStatements(today, target) }
}

function runRollupStatement(st: RollupPlan['statements'][number]): void {
  prepared(st.sql).run(...(st.params ?? []))
}

/** Swaps the freshly built rollup in, in one short write transaction. */
function swapRollup(plan: RollupPlan, today: string, started: number): { durationMs: number } {
  const client = getDb().$client
  const durationMs = Math.round(performance.now() - started)
  client.transaction(() => {
    client.prepare('DELETE FROM main.stat_rollup').run()
    client.prepare(`INSERT INTO main.stat_rollup SELECT * FROM temp.${plan.target}`).run()
    client
      .prepare(
        `INSERT INTO stat_rollup_runs (id, built_at, today, duration_ms) VALUES (1, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET built_at = excluded.built_at, today = excluded.today, duration_ms = excluded.duration_ms`,
      )
      .run(nowIso(), today, durationMs)
  })()
  client.exec(`DELETE FROM temp.${plan.target}`)
  return { durationMs }
}

/** Rebuilds the monthly rollup from the source tables (synchronously: tests, benchmark, first load). */
export function refreshStatistics(today: string): { durationMs: number } {
  const started = performance.now()
  const plan = rollupPlan(today, 'stat_rollup_build_sync')
  for (const st of plan.statements) runRollupStatement(st)
  return swapRollup(plan, today, started)
}

/** The same, one statement at a time, giving the event loop room between statements (the background job). */
export async function refreshStatisticsInSteps(today: string): Promise<{ durationMs: number }> {
  const started = performance.now()
  const plan = rollupPlan(today, 'stat_rollup_build')
  for (const st of plan.statements) {
    runRollupStatement(st)
    await new Promise((resolve) => setImmediate(resolve))
  }
  return swapRollup(plan, today, started)
}

/** When the rollup was last built, or null. */
export function statisticsBuiltAt(): string | null {
  const row = query('SELECT built_at FROM stat_rollup_runs WHERE id = 1', [])[0]
  return row ? String(row.built_at) : null
}

/** The statistics job: rebuilds the rollup now and then every `intervalMs` (default 15 minutes). */
export function startStatisticsJob(intervalMs = 15 * 60_000): () => void {
  let running = false
  const run = async () => {
    if (running) return
    running = true
    try {
      await refreshStatisticsInSteps(todayIso())
    } catch (error) {
      console.error('statistikk: oppdatering feilet', error)
    } finally {
      running = false
    }
  }
  const first = setTimeout(() => void run(), 0)
  const timer = setInterval(() => void run(), intervalMs)
  timer.unref?.()
  return () => {
    clearTimeout(first)
    clearInterval(timer)
  }
}

// ---------------------------------------------------------------------------
// Reading the rollup

type Rollup = Map<string, Map<string, Entry & { amount: number }>>
const ZERO: Entry = { value: 0, units: 0 }

/** All rollup rows for the months and partner filter, as (source|dim|key) → month → entry. */
function readRollup(months: string[], partnerId: number, dims: string[]): Rollup {
  const out: Rollup = new Map()
  const rows = query(
    `SELECT source, dim, key, month, n, units, amount, partner_id FROM stat_rollup
      WHERE partner_id IN (0, ?) AND dim IN (${dims.map(() => '?').join(', ')}) AND month >= ? AND month <= ?`,
    [partnerId, ...dims, months[0], months[months.length - 1]],
  )
  for (const row of rows) {
    // Employer-side figures come from the partner's own rows; profiles exist only as partner 0.
    const source = String(row.source)
    const wanted = partnerId === 0 || source === 'profiles' ? 0 : partnerId
    if (Number(row.partner_id) !== wanted) continue
    const id = `${source}|${row.dim}|${row.key}`
    let byMonth = out.get(id)
    if (!byMonth) out.set(id, (byMonth = new Map()))
    byMonth.set(String(row.month), { value: Number(row.n), units: Number(row.units), amount: Number(row.amount) })
  }
  return out
}

/**
 * A figure over several months: counts add up; the people/organisations
 * behind it are at least the largest month's, and that lower bound is what
 * the threshold test gets — so a figure is hidden whenever it might count
 * fewer than 5 (never shown when it could be too small).
 */
function over(rollup: Rollup, id: string, months: string[], pick: 'n' | 'amount' = 'n'): Entry {
  const byMonth = rollup.get(id)
  if (!byMonth) return ZERO
  let n = 0
  let amount = 0
  let bound = 0
  for (const m of months) {
    const e = byMonth.get(m)
    if (!e) continue
    n += e.value
    amount += e.amount
    bound = Math.max(bound, e.units ?? e.value)
  }
  const units = Math.min(n, bound)
  return pick === 'amount' ? { value: amount, units } : { value: n, units }
}

// ---------------------------------------------------------------------------
// Tables

/**
 * The rollups a table is built from: `r` for the chosen view and, when that
 * view is narrowed to a partner's members, `all` for all employers (partner 0).
 */
type Views = { r: Rollup; all: Rollup | null }

/**
 * Builds a table from the view's rollup and publishes it; a narrowed table is
 * published together with the same table over all employers, so nobody can
 * subtract one from the other to find non-members' small figures.
 */
function publish(build: (r: Rollup, members: boolean) => RawTable, v: Views): StatTable {
  return publishTable(build(v.r, v.all !== null), v.all ? build(v.all, false) : undefined)
}

function overviewTable(months: string[], v: Views): StatTable {
  return publish((r) => ({
    id: 'oversikt',
    title: 'Oversikt per måned',
    description:
      'Publiserte stillinger og profiler, forespørsler om kontakt, ansettelser («Fått jobben» eller startet oppfølgingsavtale) og startede oppfølgingsavtaler.',
    rowHeader: 'Måned',
    rows: months.map((m) => ({ key: m, label: monthLabel(m) })),
    columns: SOURCE_LIST.map((s) => ({ key: s.key, label: s.label, unit: 'count' as const })),
    cells: months.map((m) => SOURCE_LIST.map((s) => over(r, `${s.key}|total|*`, [m]))),
    colTotals: SOURCE_LIST.map((s) => over(r, `${s.key}|total|*`, months)),
    chartColumn: 3,
  }), v)
}

function vacancyTagTable(months: string[], v: Views): StatTable {
  return publish((r) => ({
    id: 'stillinger-merking',
    title: 'Publiserte stillinger med inkluderingsmerking',
    description: 'Antall stillinger publisert per måned med minst én merking i hver gruppe. En stilling kan ha merking i flere grupper.',
    rowHeader: 'Måned',
    rows: months.map((m) => ({ key: m, label: monthLabel(m) })),
    columns: INCLUSION_TAG_GROUPS.map((g) => ({ key: g.code, label: g.label, unit: 'count' as const })),
    cells: months.map((m) => INCLUSION_TAG_GROUPS.map((g) => over(r, `vacancy_tags|taggroup|${g.code}`, [m]))),
    colTotals: INCLUSION_TAG_GROUPS.map((g) => over(r, `vacancy_tags|taggroup|${g.code}`, months)),
    chartColumn: 2,
  }), v)
}

function requestOutcomeTable(months: string[], v: Views): StatTable {
  const id = (o: string) => `request_outcomes|outcome|${o}`
  return publish((r) => ({
    id: 'foresporsler',
    title: 'Forespørsler om kontakt og hvordan de endte',
    description: 'Forespørsler etter måneden arbeidsgiveren sendte dem, fordelt på utfall.',
    rowHeader: 'Måned',
    rows: months.map((m) => ({ key: m, label: monthLabel(m) })),
    columns: REQUEST_OUTCOMES.map((o) => ({ key: o.key, label: o.label, unit: 'count' as const })),
    cells: months.map((m) => REQUEST_OUTCOMES.map((o) => over(r, id(o.key), [m]))),
    rowTotals: months.map((m) => over(r, 'requests|total|*', [m])),
    colTotals: REQUEST_OUTCOMES.map((o) => over(r, id(o.key), months)),
    grandTotal: over(r, 'requests|total|*', months),
    chartColumn: 1,
  }), v)
}

function schemeTable(months: string[], v: Views): StatTable {
  const id = (s: string) => `schemes|scheme|${s}`
  // The total counts at least as many people/organisations as its largest part.
  const total = (r: Rollup, pick: 'n' | 'amount'): Entry => {
    const parts = SCHEMES.map((s) => over(r, id(s), months, pick))
    const bound = Math.max(0, ...parts.map((e) => e.units ?? 0))
    const value = parts.reduce((a, e) => a + e.value, 0)
    return { value, units: bound }
  }
  return publish((r) => ({
    id: 'avtaler-ordning',
    title: 'Oppfølgingsavtaler etter ordning',
    description: 'Ordninger brukt i oppfølgingsavtaler som startet i perioden, og tilskuddsbeløpet som er beregnet for dem.',
    rowHeader: 'Ordning',
    rows: SCHEMES.map((s) => ({ key: s, label: SCHEME_LABELS[s] })),
    columns: [
      { key: 'antall', label: 'Avtaler med ordningen', unit: 'count' },
      { key: 'belop', label: 'Tilskudd beregnet (kr)', unit: 'kroner' },
    ],
    cells: SCHEMES.map((s) => [over(r, id(s), months), over(r, id(s), months, 'amount')]),
    colTotals: [total(r, 'n'), total(r, 'amount')],
    chartColumn: 0,
  }), v)
}

function retentionTable(months: string[], v: Views): StatTable {
  const table = publish((r) => ({
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
    cells: RETENTION_MONTHS.map((n) => [over(r, `retention|retention|${n}:passert`, months), over(r, `retention|retention|${n}:lop`, months)]),
    chartColumn: 1,
  }), v)
  return withShareColumn(table, 1, 0, { key: 'andel', label: 'Andel i gang (%)' })
}

function caseloadTable(): StatTable {
  const rows = query(
    `SELECT n, count(*) AS specialists FROM (
       SELECT (SELECT count(*) FROM candidates c
                WHERE c.jobbspesialist_user_id = u.id AND c.ips_step NOT IN ('AVSLUTTET', 'PASSIV')) AS n
         FROM users u WHERE u.role = 'jobbspesialist' AND u.disabled_at IS NULL)
     GROUP BY n`,
    [],
  )
  const bands = new Map<number, { specialists: number; persons: number }>()
  for (const band of IPS_CASELOAD_BANDS) bands.set(band.score, { specialists: 0, persons: 0 })
  for (const row of rows) {
    const b = bands.get(ipsCaseloadScore(Number(row.n)))!
    b.specialists += Number(row.specialists)
    b.persons += Number(row.n) * Number(row.specialists)
  }
  const cell = (b: { specialists: number; persons: number }): Entry[] => [
    { value: b.specialists },
    // A band's caseload sum would reveal a single jobbspesialist's caseload: protect by the smaller count.
    { value: b.persons, units: Math.min(b.persons, b.specialists) },
  ]
  const all = [...bands.values()].reduce((a, b) => ({ specialists: a.specialists + b.specialists, persons: a.persons + b.persons }), {
    specialists: 0,
    persons: 0,
  })
  return publishTable({
    id: 'portefolje',
    title: 'Jobbspesialistenes porteføljer etter IPS-skår',
    description: 'Antall aktive deltakere per jobbspesialist i dag, fordelt på IPS-troskapsskalaens trinn for porteføljestørrelse.',
    rowHeader: 'Deltakere per jobbspesialist',
    rows: IPS_CASELOAD_BANDS.map((b) => ({ key: String(b.score), label: b.label })),
    columns: [
      { key: 'jobbspesialister', label: 'Jobbspesialister', unit: 'count' },
      { key: 'deltakere', label: 'Aktive deltakere', unit: 'count' },
    ],
    cells: IPS_CASELOAD_BANDS.map((b) => cell(bands.get(b.score)!)),
    colTotals: cell(all),
    chartColumn: 0,
  })
}

function stateGoalTable(months: string[], v: Views, partnerId: number): StatTable {
  const fromYear = Number(months[0].slice(0, 4))
  const toYear = Number(months[months.length - 1].slice(0, 4))
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i)
  const reportedFor = (partnerId: number) => new Map(
    query(
      `SELECT r.year AS y, sum(r.total_hires) AS total, count(DISTINCT r.organisation_id) AS orgs
         FROM state_hire_reports r JOIN organisations o ON o.id = r.organisation_id
        WHERE o.sector = 'STATLIG' AND r.year >= ? AND r.year <= ?${partnerId ? memberSql('r.organisation_id') : ''}
        GROUP BY r.year`,
      [fromYear, toYear, ...(partnerId ? [partnerId] : [])],
    ).map((row) => [Number(row.y), row]),
  )
  const reportedView = reportedFor(partnerId)
  const reportedAll = v.all ? reportedFor(0) : reportedView
  const table = publish((r, view) => ({
    id: 'statlig-mal',
    title: 'Statlige arbeidsgivere: inkluderingsmålet på 5 %',
    description:
      'Ansettelser gjennom Vi inkluderer hos statlige arbeidsgivere i hele kalenderåret, som andel av alle nyansettelser statlige arbeidsgivere selv har rapportert for året. Målet er at minst 5 % av nyansettelsene i staten er personer med nedsatt funksjonsevne eller hull i CV-en.',
    rowHeader: 'År',
    rows: years.map((y) => ({ key: String(y), label: String(y) })),
    columns: [
      { key: 'rapportert', label: 'Rapporterte nyansettelser', unit: 'count' },
      { key: 'inkludering', label: 'Inkluderingsansettelser', unit: 'count' },
    ],
    cells: years.map((y) => {
      const rep = (view ? reportedView : reportedAll).get(y)
      const yearMonths = Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`)
      return [
        // Protected by the number of reporting employers: one employer's own total must not show.
        rep ? { value: Number(rep.total), units: Number(rep.orgs) } : ZERO,
        over(r, 'state_hires|total|*', yearMonths),
      ]
    }),
    chartColumn: 1,
  }), v)
  const withShare = withShareColumn(table, 1, 0, { key: 'andel', label: 'Andel (%)' })
  return {
    ...withShare,
    columns: [...withShare.columns, { key: 'mal', label: 'Mål (%)', unit: 'percent' }],
    cells: withShare.cells.map((row) => [...row, { value: STATE_GOAL_PERCENT }]),
    chartColumn: 2,
  }
}

/** Appends a derived share column (hidden whenever either figure is hidden). */
function withShareColumn(table: StatTable, numerator: number, denominator: number, column: { key: string; label: string }): StatTable {
  return {
    ...table,
    columns: [...table.columns, { ...column, unit: 'percent' }],
    cells: table.cells.map((row) => [...row, shareFigure(row[numerator], row[denominator])]),
  }
}

/** Row keys and labels for a breakdown. */
function breakdownRows(groupBy: GroupBy): Array<{ key: string; label: string }> {
  switch (groupBy) {
    case 'fylke': {
      const list = getDb().select().from(fylker).orderBy(fylker.fylkesnummer).all()
      return list.map((f) => ({
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

function breakdownTable(groupBy: GroupBy, months: string[], v: Views): StatTable {
  const sources = SOURCE_LIST.filter((s) => keyExpr(s, groupBy) !== null)
  const rows = breakdownRows(groupBy)
  // Rows follow the view's own figures; a narrowed table's all-employers twin uses the same rows.
  if (groupBy !== 'malgruppe' && sources.some((s) => over(v.r, `${s.key}|${groupBy}|${UNKNOWN}`, months).value > 0)) {
    rows.push({ key: UNKNOWN, label: 'Ikke oppgitt' })
  }
  // A person can belong to several priority groups, so those rows do not add up: no totals there.
  const additive = groupBy !== 'malgruppe'
  const description: Record<GroupBy, string> = {
    fylke:
      'Stillinger etter stillingens fylke, profiler etter fylket som vises på profilen, og forespørsler, ansettelser og avtaler etter arbeidsgiverens fylke. Pilotfylkene er Oslo, Trøndelag og Vestland.',
    sektor: 'Etter arbeidsgiverens sektor.',
    naering: 'Etter arbeidsgiverens næring (næringshovedområde i SN2007).',
    malgruppe:
      'Etter prioritert målgruppe: stillingens merking, og målgruppene som vises på kandidatens profil. En stilling eller profil kan høre til flere målgrupper, så tallene kan ikke summeres.',
  }
  return publish((r) => ({
    id: 'fordeling',
    title: `Fordeling etter ${GROUP_BYS[groupBy].toLowerCase()}`,
    description: description[groupBy],
    rowHeader: GROUP_BYS[groupBy],
    rows,
    columns: sources.map((s) => ({ key: s.key, label: s.label, unit: 'count' as const })),
    cells: rows.map((row) => sources.map((s) => over(r, `${s.key}|${groupBy}|${row.key}`, months))),
    colTotals: additive ? sources.map((s) => over(r, `${s.key}|total|*`, months)) : undefined,
    chartColumn: 0,
  }), v)
}

// ---------------------------------------------------------------------------
// Public API

export type Dashboard = {
  query: StatsQuery
  /** The whole months the figures cover (YYYY-MM). */
  months: { first: string; last: string }
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

/** What a partner/admin user may narrow to. */
export function statisticsAccess(user: Pick<SessionUser, 'role' | 'organisationId'>): StatisticsAccess {
  const all = { value: 'alle', label: 'Alle arbeidsgivere' }
  const label = (code: string) => `Bare medlemsvirksomheter i ${code === 'VIRKE' ? 'Virke' : code === 'SPEKTER' ? 'Spekter' : code}`
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

/**
 * All dashboard tables for a period, suppressed. `today` bounds the
 * «still running after N months» figures. Throws nothing for valid queries.
 */
export function buildDashboard(q: StatsQuery, today: string): Dashboard {
  const partnerId =
    q.utvalg === 'alle'
      ? null
      : (getDb()
          .select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.partnerCode, q.utvalg))
          .get()?.id ?? -1)
  if (statisticsBuiltAt() === null) refreshStatistics(today)
  const months = monthsBetween(q.from, q.to)
  const dims = ['total', q.groupBy, 'taggroup', 'outcome', 'scheme', 'retention']
  const views: Views = {
    r: readRollup(months, partnerId ?? 0, dims),
    // A narrowed view is suppressed against the all-employers view as well (complement suppression, ADR 0007).
    all: partnerId === null ? null : readRollup(months, 0, dims),
  }
  const tables = [
    overviewTable(months, views),
    breakdownTable(q.groupBy, months, views),
    vacancyTagTable(months, views),
    requestOutcomeTable(months, views),
    schemeTable(months, views),
    retentionTable(months, views),
    stateGoalTable(months, views, partnerId ?? 0),
    caseloadTable(),
  ]
  return {
    query: q,
    scope:
      q.utvalg === 'alle'
        ? 'Alle arbeidsgivere.'
        : `Bare arbeidsgivere som er medlem av ${q.utvalg === 'VIRKE' ? 'Virke' : q.utvalg === 'SPEKTER' ? 'Spekter' : q.utvalg}. Tall for profiler og porteføljer gjelder alle.`,
    months: { first: months[0], last: months[months.length - 1] },
    builtAt: statisticsBuiltAt(),
    tables,
  }
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
  const org = getDb().select({ sector: organisations.sector, kind: organisations.kind }).from(organisations).where(eq(organisations.id, organisationId)).get()
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

