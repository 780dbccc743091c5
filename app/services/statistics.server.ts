/**
 * Partner statistics (issue 7): aggregate SQL only (GROUP BY in SQLite, never
 * person rows into JS), and every figure suppressed by `publishTable` before
 * it leaves this module — the page, the CSV export and the API all call
 * `buildDashboard`, so the same suppression holds everywhere.
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
  nextDay,
  PILOT_FYLKER,
  type GroupBy,
  type StatsQuery,
} from '~/domain/statistics/period'
import { shareFigure, type Entry } from '~/domain/statistics/suppression'
import { publishTable, type RawTable, type StatTable } from '~/domain/statistics/table'
import { SCHEME_LABELS, SCHEMES } from '~/domain/subsidies'
import { nowIso } from '~/utils/clock.server'
import type { SessionUser } from './auth.server'
import { audit } from './audit.server'

/** The share of new hires in the state the inclusion goal asks for. */
export const STATE_GOAL_PERCENT = 5

// ---------------------------------------------------------------------------
// Raw aggregate queries

type Params = { from: string; toExclusive: string; partnerId: number | null }
type Row = Record<string, string | number | null>

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()

function query(sqlText: string, params: unknown[]): Row[] {
  const client = getDb().$client
  let cache = statements.get(client)
  if (!cache) statements.set(client, (cache = new Map()))
  let stmt = cache.get(sqlText)
  if (!stmt) cache.set(sqlText, (stmt = client.prepare(sqlText)))
  return stmt.all(...params) as Row[]
}

/** Restricts employer-side rows to members of one partner organisation. */
function memberFilter(orgColumn: string, p: Params): { sql: string; params: unknown[] } {
  if (p.partnerId == null) return { sql: '', params: [] }
  return {
    sql: ` AND EXISTS (SELECT 1 FROM partner_memberships pm WHERE pm.employer_id = ${orgColumn} AND pm.partner_id = ?)`,
    params: [p.partnerId],
  }
}

type SourceKey = 'vacancies' | 'profiles' | 'requests' | 'hires' | 'agreements'

/** A thing counted per month/breakdown. SQL fragments are constants (no input ever reaches them). */
type Source = {
  key: SourceKey
  label: string
  from: string
  ts: string
  id: string
  /** Employer-side sources: the organisation column (counts of organisations protect employers). */
  org: string | null
  fylke: string
  /** JSON array column with PRIORITERT_MALGRUPPE__* codes, for the priority-group breakdown. */
  targetGroups: string
}

const ORG_JOINS = (orgColumn: string) =>
  ` LEFT JOIN organisations o ON o.id = ${orgColumn} LEFT JOIN kommuner ko ON ko.kommunenummer = o.kommunenummer`

/**
 * Hires: an employer marked a contact request «Fått jobben», or a follow-up
 * agreement started (counted once when both happened for the same request).
 */
const HIRES = `(
  SELECT cr.id AS hid, cr.organisation_id AS organisation_id, cr.marked_at AS ts, cr.profile_id AS profile_id
    FROM contact_requests cr WHERE cr.employer_marking = 'FATT_JOBBEN'
  UNION ALL
  SELECT -a.id, a.organisation_id, a.started_at, (SELECT p2.id FROM profiles p2 WHERE p2.candidate_id = a.candidate_id)
    FROM agreements a LEFT JOIN contact_requests acr ON acr.id = a.contact_request_id
   WHERE a.started_at IS NOT NULL AND (acr.employer_marking IS NULL OR acr.employer_marking <> 'FATT_JOBBEN')
)`

const SOURCES: Record<SourceKey, Source> = {
  vacancies: {
    key: 'vacancies',
    label: 'Stillinger publisert',
    from: `vacancies v${ORG_JOINS('v.organisation_id')} LEFT JOIN kommuner vk ON vk.kommunenummer = v.kommunenummer`,
    ts: 'v.published_at',
    id: 'v.id',
    org: 'v.organisation_id',
    fylke: 'vk.fylkesnummer',
    targetGroups: 'v.inclusion_tags',
  },
  profiles: {
    key: 'profiles',
    label: 'Profiler publisert',
    from: 'profiles p',
    ts: 'p.published_at',
    id: 'p.id',
    org: null,
    fylke: 'p.shown_fylkesnummer',
    targetGroups: 'p.target_groups',
  },
  requests: {
    key: 'requests',
    label: 'Forespørsler om kontakt',
    from: `contact_requests cr${ORG_JOINS('cr.organisation_id')} LEFT JOIN profiles p ON p.id = cr.profile_id`,
    ts: 'cr.created_at',
    id: 'cr.id',
    org: 'cr.organisation_id',
    fylke: 'ko.fylkesnummer',
    targetGroups: 'p.target_groups',
  },
  hires: {
    key: 'hires',
    label: 'Ansettelser',
    from: `${HIRES} h${ORG_JOINS('h.organisation_id')} LEFT JOIN profiles p ON p.id = h.profile_id`,
    ts: 'h.ts',
    id: 'h.hid',
    org: 'h.organisation_id',
    fylke: 'ko.fylkesnummer',
    targetGroups: 'p.target_groups',
  },
  agreements: {
    key: 'agreements',
    label: 'Oppfølgingsavtaler startet',
    from: `agreements a${ORG_JOINS('a.organisation_id')} LEFT JOIN profiles p ON p.candidate_id = a.candidate_id`,
    ts: 'a.started_at',
    id: 'a.id',
    org: 'a.organisation_id',
    fylke: 'ko.fylkesnummer',
    targetGroups: 'p.target_groups',
  },
}

type KeyKind = 'month' | 'total' | GroupBy

/** SQL expression for the grouping key, or null when the source has no such dimension. */
function keyExpr(source: Source, kind: KeyKind): string | null {
  switch (kind) {
    case 'month':
      return `substr(${source.ts}, 1, 7)`
    case 'total':
      return `'*'`
    case 'fylke':
      return `coalesce(${source.fylke}, '${UNKNOWN}')`
    case 'sektor':
      return source.org ? `coalesce(o.sector, '${UNKNOWN}')` : null
    case 'naering':
      return source.org ? `coalesce(o.nace_section, '${UNKNOWN}')` : null
    case 'malgruppe':
      return 'je.value'
  }
}

const UNKNOWN = 'UKJENT'

/** Counts of one source grouped by one key: key → entry (units = people, or organisations when fewer). */
function countBy(source: Source, kind: KeyKind, p: Params): Map<string, Entry> {
  const key = keyExpr(source, kind)
  const out = new Map<string, Entry>()
  if (!key) return out
  const expand = kind === 'malgruppe'
  const member = source.org ? memberFilter(source.org, p) : { sql: '', params: [] }
  const sqlText = `SELECT ${key} AS k, ${expand ? `count(DISTINCT ${source.id})` : 'count(*)'} AS n${
    source.org ? `, count(DISTINCT ${source.org}) AS orgs` : ''
  }
    FROM ${source.from}${expand ? ` JOIN json_each(${source.targetGroups}) je` : ''}
   WHERE ${source.ts} >= ? AND ${source.ts} < ?${member.sql}${expand ? ` AND substr(je.value, 1, 22) = 'PRIORITERT_MALGRUPPE__'` : ''}
   GROUP BY k`
  for (const row of query(sqlText, [p.from, p.toExclusive, ...member.params])) {
    const n = Number(row.n)
    out.set(String(row.k), { value: n, units: source.org ? Math.min(n, Number(row.orgs)) : n })
  }
  return out
}

const ZERO: Entry = { value: 0, units: 0 }

// ---------------------------------------------------------------------------
// Tables

function overviewTable(months: string[], p: Params): StatTable {
  const sources = [SOURCES.vacancies, SOURCES.profiles, SOURCES.requests, SOURCES.hires, SOURCES.agreements]
  const byMonth = sources.map((s) => countBy(s, 'month', p))
  const totals = sources.map((s) => countBy(s, 'total', p).get('*') ?? ZERO)
  return publishTable({
    id: 'oversikt',
    title: 'Oversikt per måned',
    description:
      'Publiserte stillinger og profiler, forespørsler om kontakt, ansettelser («Fått jobben» eller startet oppfølgingsavtale) og startede oppfølgingsavtaler.',
    rowHeader: 'Måned',
    rows: months.map((m) => ({ key: m, label: monthLabel(m) })),
    columns: sources.map((s) => ({ key: s.key, label: s.label, unit: 'count' as const })),
    cells: months.map((m) => byMonth.map((map) => map.get(m) ?? ZERO)),
    colTotals: totals,
    chartColumn: 3,
  })
}

function vacancyTagTable(months: string[], p: Params): StatTable {
  const member = memberFilter('v.organisation_id', p)
  const groupCase = `CASE ${INCLUSION_TAG_GROUPS.map((g) => `WHEN substr(je.value, 1, ${g.prefix.length}) = '${g.prefix}' THEN '${g.code}'`).join(' ')} END`
  const base = `FROM vacancies v JOIN json_each(v.inclusion_tags) je
   WHERE v.published_at >= ? AND v.published_at < ?${member.sql}`
  const params = [p.from, p.toExclusive, ...member.params]
  const cells = new Map<string, Entry>()
  for (const row of query(
    `SELECT substr(v.published_at, 1, 7) AS m, ${groupCase} AS g, count(DISTINCT v.id) AS n, count(DISTINCT v.organisation_id) AS orgs ${base} GROUP BY m, g`,
    params,
  )) {
    cells.set(`${row.m}|${row.g}`, { value: Number(row.n), units: Math.min(Number(row.n), Number(row.orgs)) })
  }
  const totals = new Map<string, Entry>()
  for (const row of query(
    `SELECT ${groupCase} AS g, count(DISTINCT v.id) AS n, count(DISTINCT v.organisation_id) AS orgs ${base} GROUP BY g`,
    params,
  )) {
    totals.set(String(row.g), { value: Number(row.n), units: Math.min(Number(row.n), Number(row.orgs)) })
  }
  return publishTable({
    id: 'stillinger-merking',
    title: 'Publiserte stillinger med inkluderingsmerking',
    description: 'Antall stillinger publisert per måned med minst én merking i hver gruppe. En stilling kan ha merking i flere grupper.',
    rowHeader: 'Måned',
    rows: months.map((m) => ({ key: m, label: monthLabel(m) })),
    columns: INCLUSION_TAG_GROUPS.map((g) => ({ key: g.code, label: g.label, unit: 'count' as const })),
    cells: months.map((m) => INCLUSION_TAG_GROUPS.map((g) => cells.get(`${m}|${g.code}`) ?? ZERO)),
    colTotals: INCLUSION_TAG_GROUPS.map((g) => totals.get(g.code) ?? ZERO),
    chartColumn: 2,
  })
}

const REQUEST_OUTCOMES = [
  { key: 'VENTER', label: 'Venter på svar' },
  { key: 'GODKJENT', label: 'Kandidaten sa ja' },
  { key: 'AVSLATT', label: 'Kandidaten sa nei' },
  { key: 'UTLOPT', label: 'Ikke besvart i tide' },
  { key: 'TRUKKET', label: 'Trukket av arbeidsgiver' },
] as const

function requestOutcomeTable(months: string[], p: Params): StatTable {
  const member = memberFilter('cr.organisation_id', p)
  const outcome = `CASE WHEN cr.status IN ('SENDT', 'SPURT_KANDIDAT') THEN 'VENTER' ELSE cr.status END`
  const base = `FROM contact_requests cr WHERE cr.created_at >= ? AND cr.created_at < ?${member.sql}`
  const params = [p.from, p.toExclusive, ...member.params]
  const run = (select: string, group: string) => {
    const map = new Map<string, Entry>()
    for (const row of query(
      `SELECT ${select} AS k, count(*) AS n, count(DISTINCT cr.organisation_id) AS orgs ${base}${group ? ` GROUP BY ${group}` : ''}`,
      params,
    )) {
      map.set(String(row.k), { value: Number(row.n), units: Math.min(Number(row.n), Number(row.orgs)) })
    }
    return map
  }
  const cells = run(`substr(cr.created_at, 1, 7) || '|' || ${outcome}`, `substr(cr.created_at, 1, 7), ${outcome}`)
  const rowTotals = run('substr(cr.created_at, 1, 7)', 'substr(cr.created_at, 1, 7)')
  const colTotals = run(outcome, outcome)
  const grand = run(`'*'`, '')
  return publishTable({
    id: 'foresporsler',
    title: 'Forespørsler om kontakt og hvordan de endte',
    description: 'Forespørsler etter måneden arbeidsgiveren sendte dem, fordelt på utfall.',
    rowHeader: 'Måned',
    rows: months.map((m) => ({ key: m, label: monthLabel(m) })),
    columns: REQUEST_OUTCOMES.map((o) => ({ key: o.key, label: o.label, unit: 'count' as const })),
    cells: months.map((m) => REQUEST_OUTCOMES.map((o) => cells.get(`${m}|${o.key}`) ?? ZERO)),
    rowTotals: months.map((m) => rowTotals.get(m) ?? ZERO),
    colTotals: REQUEST_OUTCOMES.map((o) => colTotals.get(o.key) ?? ZERO),
    grandTotal: grand.get('*') && grand.get('*')!.value > 0 ? grand.get('*')! : ZERO,
    chartColumn: 1,
  })
}

function schemeTable(p: Params): StatTable {
  const member = memberFilter('a.organisation_id', p)
  const sqlText = `SELECT s.scheme AS k, count(*) AS n, count(DISTINCT a.organisation_id) AS orgs,
                          count(DISTINCT a.candidate_id) AS persons, coalesce(sum(s.total), 0) AS amount
     FROM agreement_schemes s JOIN agreements a ON a.id = s.agreement_id
    WHERE a.started_at >= ? AND a.started_at < ?${member.sql}`
  const params = [p.from, p.toExclusive, ...member.params]
  const entry = (row: Row | undefined): [Entry, Entry] => {
    if (!row) return [ZERO, ZERO]
    const units = Math.min(Number(row.n), Number(row.orgs), Number(row.persons))
    return [
      { value: Number(row.n), units },
      { value: Number(row.amount), units },
    ]
  }
  const byScheme = new Map(query(`${sqlText} GROUP BY s.scheme`, params).map((r) => [String(r.k), r]))
  const total = query(sqlText, params)[0]
  const totalEntries = total && Number(total.n) > 0 ? entry(total) : entry(undefined)
  return publishTable({
    id: 'avtaler-ordning',
    title: 'Oppfølgingsavtaler etter ordning',
    description: 'Ordninger brukt i oppfølgingsavtaler som startet i perioden, og tilskuddsbeløpet som er beregnet for dem.',
    rowHeader: 'Ordning',
    rows: SCHEMES.map((s) => ({ key: s, label: SCHEME_LABELS[s] })),
    columns: [
      { key: 'antall', label: 'Avtaler med ordningen', unit: 'count' },
      { key: 'belop', label: 'Tilskudd beregnet (kr)', unit: 'kroner' },
    ],
    cells: SCHEMES.map((s) => entry(byScheme.get(s))),
    colTotals: totalEntries,
    chartColumn: 0,
  })
}

function retentionTable(p: Params, today: string): StatTable {
  const member = memberFilter('a.organisation_id', p)
  const rows: Array<[Entry, Entry]> = []
  const durations = [3, 6, 12]
  for (const months of durations) {
    const limit = `date(a.started_at, '+${months} months')`
    const running = `((a.ended_at IS NULL OR a.ended_at >= ${limit}) AND (a.cancelled_at IS NULL OR a.cancelled_at >= ${limit}))`
    const row = query(
      `SELECT count(*) AS eligible, count(DISTINCT a.organisation_id) AS eorgs,
              coalesce(sum(CASE WHEN ${running} THEN 1 ELSE 0 END), 0) AS running,
              count(DISTINCT CASE WHEN ${running} THEN a.organisation_id END) AS rorgs
         FROM agreements a
        WHERE a.started_at >= ? AND a.started_at < ? AND ${limit} <= ?${member.sql}`,
      [p.from, p.toExclusive, today, ...member.params],
    )[0]
    rows.push([
      { value: Number(row.eligible), units: Math.min(Number(row.eligible), Number(row.eorgs)) },
      { value: Number(row.running), units: Math.min(Number(row.running), Number(row.rorgs)) },
    ])
  }
  const table = publishTable({
    id: 'avtaler-varighet',
    title: 'Oppfølgingsavtaler som fortsatt løper',
    description:
      'Av avtalene som startet i perioden og har passert 3, 6 og 12 måneder: hvor mange som fortsatt løp etter så lang tid (ikke avsluttet eller annullert).',
    rowHeader: 'Tid etter oppstart',
    rows: durations.map((m) => ({ key: String(m), label: `${m} måneder` })),
    columns: [
      { key: 'startet', label: 'Avtaler som har passert tiden', unit: 'count' },
      { key: 'lop', label: 'Fortsatt i gang', unit: 'count' },
    ],
    cells: rows,
    chartColumn: 1,
  })
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

function stateGoalTable(from: string, to: string, p: Params): StatTable {
  const fromYear = Number(from.slice(0, 4))
  const toYear = Number(to.slice(0, 4))
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i)
  const reportMember = memberFilter('r.organisation_id', p)
  const reported = new Map(
    query(
      `SELECT r.year AS y, sum(r.total_hires) AS total, count(DISTINCT r.organisation_id) AS orgs
         FROM state_hire_reports r JOIN organisations o ON o.id = r.organisation_id
        WHERE o.sector = 'STATLIG' AND r.year >= ? AND r.year <= ?${reportMember.sql}
        GROUP BY r.year`,
      [fromYear, toYear, ...reportMember.params],
    ).map((r) => [Number(r.y), r]),
  )
  const hireMember = memberFilter('h.organisation_id', p)
  const hires = new Map(
    query(
      `SELECT CAST(substr(h.ts, 1, 4) AS INTEGER) AS y, count(*) AS n, count(DISTINCT h.organisation_id) AS orgs
         FROM ${HIRES} h
         JOIN organisations o ON o.id = h.organisation_id
         JOIN state_hire_reports r ON r.organisation_id = h.organisation_id AND r.year = CAST(substr(h.ts, 1, 4) AS INTEGER)
        WHERE o.sector = 'STATLIG' AND h.ts >= ? AND h.ts < ?${hireMember.sql}
        GROUP BY y`,
      [`${fromYear}-01-01`, `${toYear + 1}-01-01`, ...hireMember.params],
    ).map((r) => [Number(r.y), r]),
  )
  const table = publishTable({
    id: 'statlig-mal',
    title: 'Statlige arbeidsgivere: inkluderingsmålet på 5 %',
    description:
      'Ansettelser gjennom Vi inkluderer hos statlige arbeidsgivere, som andel av alle nyansettelser de selv har rapportert for året. Målet er at minst 5 % av nyansettelsene i staten er personer med nedsatt funksjonsevne eller hull i CV-en.',
    rowHeader: 'År',
    rows: years.map((y) => ({ key: String(y), label: String(y) })),
    columns: [
      { key: 'rapportert', label: 'Rapporterte nyansettelser', unit: 'count' },
      { key: 'inkludering', label: 'Inkluderingsansettelser', unit: 'count' },
    ],
    cells: years.map((y) => {
      const r = reported.get(y)
      const h = hires.get(y)
      return [
        // Protected by the number of reporting employers: one employer's own total must not show.
        r ? { value: Number(r.total), units: Number(r.orgs) } : ZERO,
        h ? { value: Number(h.n), units: Math.min(Number(h.n), Number(h.orgs)) } : ZERO,
      ]
    }),
    chartColumn: 1,
  })
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

function breakdownTable(groupBy: GroupBy, p: Params): StatTable {
  const sources = [SOURCES.vacancies, SOURCES.profiles, SOURCES.requests, SOURCES.hires, SOURCES.agreements].filter(
    (s) => keyExpr(s, groupBy) !== null,
  )
  const maps = sources.map((s) => countBy(s, groupBy, p))
  const rows = breakdownRows(groupBy)
  if (groupBy !== 'malgruppe' && maps.some((m) => (m.get(UNKNOWN)?.value ?? 0) > 0)) rows.push({ key: UNKNOWN, label: 'Ikke oppgitt' })
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
  return publishTable({
    id: 'fordeling',
    title: `Fordeling etter ${GROUP_BYS[groupBy].toLowerCase()}`,
    description: description[groupBy],
    rowHeader: GROUP_BYS[groupBy],
    rows,
    columns: sources.map((s) => ({ key: s.key, label: s.label, unit: 'count' as const })),
    cells: rows.map((r) => maps.map((m) => m.get(r.key) ?? ZERO)),
    colTotals: additive ? sources.map((s) => countBy(s, 'total', p).get('*') ?? ZERO) : undefined,
    chartColumn: 0,
  })
}

// ---------------------------------------------------------------------------
// Public API

export type Dashboard = {
  query: StatsQuery
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
  const p: Params = { from: q.from, toExclusive: nextDay(q.to), partnerId }
  const months = monthsBetween(q.from, q.to)
  const tables = [
    overviewTable(months, p),
    breakdownTable(q.groupBy, p),
    vacancyTagTable(months, p),
    requestOutcomeTable(months, p),
    schemeTable(p),
    retentionTable(p, today),
    stateGoalTable(q.from, q.to, p),
    caseloadTable(),
  ]
  return {
    query: q,
    scope:
      q.utvalg === 'alle'
        ? 'Alle arbeidsgivere.'
        : `Bare arbeidsgivere som er medlem av ${q.utvalg === 'VIRKE' ? 'Virke' : q.utvalg === 'SPEKTER' ? 'Spekter' : q.utvalg}. Tall for profiler og porteføljer gjelder alle.`,
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
    audit(tx, { id: actor.id, role: actor.role, organisationId: actor.organisationId }, {
      action: 'STATE_HIRES_REPORTED',
      subjectType: 'organisation',
      subjectId: actor.organisationId,
      details: { year, totalHires },
    })
  })
}

