/**
 * The monthly roll-up behind the partner statistics (ADR 0007). Rebuilt from
 * the source tables with INSERT … SELECT … GROUP BY — aggregation inside
 * SQLite, never person rows into JS. The background job rebuilds it in a
 * separate process on its own connection and switches it in with small
 * writes, so requests are never blocked (issue 10 §7); tests and the
 * benchmark can also rebuild it synchronously.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { getDb } from '@db/client.server'
import { INCLUSION_TAG_GROUPS } from '~/domain/codes'
import { EMPLOYER_SIDE_PARTNERS, type GroupBy } from '~/domain/statistics/period'
import { nowIso, todayIso } from '~/utils/clock.server'
import { prepared } from './sql.server'

export type SourceKey = 'vacancies' | 'profiles' | 'requests' | 'hires' | 'agreements'

export type Source = {
  key: SourceKey
  /** Base table (or derived table) with alias. */
  from: string
  ts: string
  id: string
  /** Who the figure is about: people are what small-count suppression protects (null: not people). */
  person: string | null
  /** Employer-side sources: the organisation column. */
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
 * `person` identifies the person hired (their profile, else their candidate row).
 */
const HIRES_SQL = `(
  SELECT cr.id AS hid, cr.organisation_id AS organisation_id, cr.marked_at AS ts, cr.profile_id AS profile_id, 'p' || cr.profile_id AS person
    FROM contact_requests cr WHERE cr.employer_marking = 'FATT_JOBBEN'
  UNION ALL
  SELECT -a.id, a.organisation_id, a.started_at, pa.id, coalesce('p' || pa.id, 'c' || a.candidate_id)
    FROM agreements a LEFT JOIN contact_requests acr ON acr.id = a.contact_request_id
    LEFT JOIN profiles pa ON pa.candidate_id = a.candidate_id
   WHERE a.started_at IS NOT NULL AND (acr.employer_marking IS NULL OR acr.employer_marking <> 'FATT_JOBBEN')
)`

const orgJoin = (column: string) => ` LEFT JOIN organisations o ON o.id = ${column}`
const orgFylkeJoin = (column: string) => `${orgJoin(column)} LEFT JOIN kommuner ko ON ko.kommunenummer = o.kommunenummer`

export const SOURCES: Record<SourceKey, Source> = {
  vacancies: {
    key: 'vacancies',
    from: 'vacancies v',
    ts: 'v.published_at',
    id: 'v.id',
    person: null,
    org: 'v.organisation_id',
    orgJoin: orgJoin('v.organisation_id'),
    fylkeJoin: ' LEFT JOIN kommuner vk ON vk.kommunenummer = v.kommunenummer',
    fylke: 'vk.fylkesnummer',
    groupJoin: '',
    targetGroups: 'v.inclusion_tags',
  },
  profiles: {
    key: 'profiles',
    from: 'profiles p',
    ts: 'p.published_at',
    id: 'p.id',
    person: 'p.candidate_id',
    org: null,
    orgJoin: '',
    fylkeJoin: '',
    fylke: 'p.shown_fylkesnummer',
    groupJoin: '',
    targetGroups: 'p.target_groups',
  },
  requests: {
    key: 'requests',
    from: 'contact_requests cr',
    ts: 'cr.created_at',
    id: 'cr.id',
    person: 'cr.profile_id',
    org: 'cr.organisation_id',
    orgJoin: orgJoin('cr.organisation_id'),
    fylkeJoin: orgFylkeJoin('cr.organisation_id'),
    fylke: 'ko.fylkesnummer',
    groupJoin: ' LEFT JOIN profiles p ON p.id = cr.profile_id',
    targetGroups: 'p.target_groups',
  },
  hires: {
    key: 'hires',
    from: `${HIRES_SQL} h`,
    ts: 'h.ts',
    id: 'h.hid',
    person: 'h.person',
    org: 'h.organisation_id',
    orgJoin: orgJoin('h.organisation_id'),
    fylkeJoin: orgFylkeJoin('h.organisation_id'),
    fylke: 'ko.fylkesnummer',
    groupJoin: ' LEFT JOIN profiles p ON p.id = h.profile_id',
    targetGroups: 'p.target_groups',
  },
  agreements: {
    key: 'agreements',
    from: 'agreements a',
    ts: 'a.started_at',
    id: 'a.id',
    person: 'a.candidate_id',
    org: 'a.organisation_id',
    orgJoin: orgJoin('a.organisation_id'),
    fylkeJoin: orgFylkeJoin('a.organisation_id'),
    fylke: 'ko.fylkesnummer',
    groupJoin: ' LEFT JOIN profiles p ON p.candidate_id = a.candidate_id',
    targetGroups: 'p.target_groups',
  },
}
export const SOURCE_LIST = [SOURCES.vacancies, SOURCES.profiles, SOURCES.requests, SOURCES.hires, SOURCES.agreements]

export type Dim = 'total' | GroupBy
const DIMS: Dim[] = ['total', 'fylke', 'sektor', 'naering', 'malgruppe']
export const UNKNOWN = 'UKJENT'

/** SQL expression and joins for a dimension's key, or null when the source has no such dimension. */
export function keyExpr(source: Source, dim: Dim): { expr: string; joins: string } | null {
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

export const RETENTION_MONTHS = [3, 6, 12] as const

/** Employers'-side partner organisations (their members can be narrowed to). */
const EMPLOYER_PARTNERS_SQL = `(SELECT id FROM organisations WHERE kind = 'PARTNER' AND partner_code IN (${EMPLOYER_SIDE_PARTNERS.map((c) => `'${c}'`).join(', ')}))`

type Statement = { sql: string; params?: unknown[] }

/**
 * One statement for «all employers» (partner_id 0) or, joined with the
 * memberships, for every employers'-side partner at once (partner_id = that partner).
 * `units` = distinct people, `orgs` = distinct employers.
 */
function variants(spec: {
  source: string
  month: string
  dim: string
  key: string
  n: string
  people: string | null
  amount?: string
  from: string
  where: string
  org: string | null
  groupKey?: boolean
}): Statement[] {
  const units = spec.people ? `count(DISTINCT ${spec.people})` : spec.n
  const orgs = spec.org ? `count(DISTINCT ${spec.org})` : '0'
  const build = (members: boolean) => `INSERT INTO temp.${BUILD_TABLE} (source, month, dim, key, partner_id, n, units, orgs, amount)
    SELECT '${spec.source}', ${spec.month} AS m, '${spec.dim}', ${spec.key} AS k, ${members ? 'pm.partner_id' : '0'}, ${spec.n}, ${units}, ${orgs}, ${spec.amount ?? '0'}
      FROM ${spec.from}${members ? ` JOIN partner_memberships pm ON pm.employer_id = ${spec.org} AND pm.partner_id IN ${EMPLOYER_PARTNERS_SQL}` : ''}
     WHERE ${spec.where}
     GROUP BY ${members ? 'pm.partner_id, ' : ''}m${spec.groupKey === false ? '' : ', k'}`
  return (spec.org ? [build(false), build(true)] : [build(false)]).map((sql) => ({ sql }))
}

const BUILD_TABLE = 'stat_rollup_build'

/** The month of rollup rows that are not monthly (caseloads, yearly state reports). */
export const SNAPSHOT_MONTH = '-'

/** Every rollup statement (each one INSERT … SELECT … GROUP BY: aggregation happens inside SQLite). */
export function rollupStatements(today: string): Statement[] {
  const out: Statement[] = []
  const add = (sts: Statement[], params?: unknown[]) => out.push(...sts.map((st) => ({ ...st, params })))
  for (const source of SOURCE_LIST) {
    for (const dim of DIMS) {
      const key = keyExpr(source, dim)
      if (!key) continue
      const expand = dim === 'malgruppe'
      add(
        variants({
          source: source.key,
          month: `substr(${source.ts}, 1, 7)`,
          dim,
          key: key.expr,
          n: expand ? `count(DISTINCT ${source.id})` : 'count(*)',
          people: source.person,
          from: `${source.from}${key.joins}${expand ? ` JOIN json_each(${source.targetGroups}) je` : ''}`,
          where: `${source.ts} IS NOT NULL${expand ? ` AND substr(je.value, 1, 22) = 'PRIORITERT_MALGRUPPE__'` : ''}`,
          org: source.org,
        }),
      )
    }
  }
  // Vacancies per inclusion-tag group: a tag code is a JSON string, so '"PREFIX' marks one.
  for (const g of INCLUSION_TAG_GROUPS) {
    add(
      variants({
        source: 'vacancy_tags',
        month: 'substr(v.published_at, 1, 7)',
        dim: 'taggroup',
        key: `'${g.code}'`,
        n: 'count(*)',
        people: null,
        from: 'vacancies v',
        where: `v.published_at IS NOT NULL AND instr(v.inclusion_tags, '"${g.prefix}') > 0`,
        org: 'v.organisation_id',
        groupKey: false,
      }),
    )
  }
  // Contact requests by outcome, per month sent.
  add(
    variants({
      source: 'request_outcomes',
      month: 'substr(cr.created_at, 1, 7)',
      dim: 'outcome',
      key: `CASE WHEN cr.status IN ('SENDT', 'SPURT_KANDIDAT') THEN 'VENTER' ELSE cr.status END`,
      n: 'count(*)',
      people: 'cr.profile_id',
      from: 'contact_requests cr',
      where: 'cr.created_at IS NOT NULL',
      org: 'cr.organisation_id',
    }),
  )
  // Days from request to answer, and from a «yes» to «Fått jobben», by month the request was sent.
  add(
    variants({
      source: 'answer_days',
      month: 'substr(cr.created_at, 1, 7)',
      dim: 'days',
      key: `CAST(max(0, julianday(cr.answered_at) - julianday(cr.created_at)) AS INTEGER)`,
      n: 'count(*)',
      people: 'cr.profile_id',
      from: 'contact_requests cr',
      where: `cr.created_at IS NOT NULL AND cr.answered_at IS NOT NULL AND cr.status IN ('GODKJENT', 'AVSLATT')`,
      org: 'cr.organisation_id',
    }),
  )
  add(
    variants({
      source: 'hire_days',
      month: 'substr(cr.created_at, 1, 7)',
      dim: 'days',
      key: `CAST(max(0, julianday(cr.marked_at) - julianday(cr.answered_at)) AS INTEGER)`,
      n: 'count(*)',
      people: 'cr.profile_id',
      from: 'contact_requests cr',
      where: `cr.created_at IS NOT NULL AND cr.answered_at IS NOT NULL AND cr.marked_at IS NOT NULL AND cr.employer_marking = 'FATT_JOBBEN'`,
      org: 'cr.organisation_id',
    }),
  )
  // Schemes used in agreements, by month started, with the amounts calculated.
  add(
    variants({
      source: 'schemes',
      month: 'substr(a.started_at, 1, 7)',
      dim: 'scheme',
      key: 's.scheme',
      n: 'count(*)',
      people: 'a.candidate_id',
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
        variants({
          source: 'retention',
          month: 'substr(a.started_at, 1, 7)',
          dim: 'retention',
          key: `'${months}:${suffix}'`,
          n: 'count(*)',
          people: 'a.candidate_id',
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
    variants({
      source: 'state_hires',
      month: 'substr(h.ts, 1, 7)',
      dim: 'total',
      key: `'*'`,
      n: 'count(*)',
      people: 'h.person',
      from: `${HIRES_SQL} h JOIN organisations o ON o.id = h.organisation_id
         JOIN state_hire_reports r ON r.organisation_id = h.organisation_id AND r.year = CAST(substr(h.ts, 1, 4) AS INTEGER)`,
      where: `o.sector = 'STATLIG' AND h.ts IS NOT NULL`,
      org: 'h.organisation_id',
      groupKey: false,
    }),
  )
  // The largest single employer's subsidy total per month and scheme (and over all schemes, key '*'):
  // summed over a period's months it bounds the largest employer's share from above (dominance rule).
  for (const [key, scheme] of [
    ['s.scheme', 's.scheme, '],
    [`'*'`, ''],
  ] as const) {
    for (const members of [false, true]) {
      const pid = members ? 'pm.partner_id' : '0'
      out.push({
        sql: `INSERT INTO temp.${BUILD_TABLE} (source, month, dim, key, partner_id, n, units, orgs, amount)
          SELECT 'scheme_top', m, 'scheme', k, pid, 0, 0, 0, max(t) FROM (
            SELECT substr(a.started_at, 1, 7) AS m, ${key} AS k, ${pid} AS pid, sum(s.total) AS t
              FROM agreement_schemes s JOIN agreements a ON a.id = s.agreement_id${members ? ` JOIN partner_memberships pm ON pm.employer_id = a.organisation_id AND pm.partner_id IN ${EMPLOYER_PARTNERS_SQL}` : ''}
             WHERE a.started_at IS NOT NULL
             GROUP BY ${members ? 'pm.partner_id, ' : ''}m, ${scheme}a.organisation_id)
          GROUP BY pid, m, k`,
      })
    }
  }
  // Figures that are not monthly (month SNAPSHOT_MONTH), as of the build, so the whole dashboard is as of «Sist oppdatert».
  // State employers' own yearly totals of new hires: n = sum, orgs = employers, amount = the largest one's.
  add(
    variants({
      source: 'state_reports',
      month: `'${SNAPSHOT_MONTH}'`,
      dim: 'year',
      key: 'CAST(r.year AS TEXT)',
      n: 'sum(r.total_hires)',
      people: null,
      amount: 'max(r.total_hires)',
      from: 'state_hire_reports r JOIN organisations o ON o.id = r.organisation_id',
      where: `o.sector = 'STATLIG'`,
      org: 'r.organisation_id',
    }),
  )
  // Jobbspesialister per caseload size (active participants), the same for every view.
  out.push({
    sql: `INSERT INTO temp.${BUILD_TABLE} (source, month, dim, key, partner_id, n, units, orgs, amount)
      SELECT 'caseload', '${SNAPSHOT_MONTH}', 'size', CAST(size AS TEXT), 0, count(*), count(*), 0, 0 FROM (
        SELECT (SELECT count(*) FROM candidates c
                 WHERE c.jobbspesialist_user_id = u.id AND c.ips_step NOT IN ('AVSLUTTET', 'PASSIV')) AS size
          FROM users u WHERE u.role = 'jobbspesialist' AND u.disabled_at IS NULL)
      GROUP BY size`,
  })
  return out
}
/**
 * What a rollup built by this code looks like: a hash of its statements. A
 * rollup built by another version (or none, after a migration) is not used;
 * the statistics job rebuilds it in the background.
 */
let versionCache: string | undefined
export function rollupVersion(): string {
  versionCache ??= createHash('sha256')
    .update(JSON.stringify(rollupStatements('0000-00-00').map((st) => st.sql)))
    .digest('hex')
    .slice(0, 16)
  return versionCache
}

/** Rows per write transaction when putting a build in or clearing an old one out: each write takes a few milliseconds. */
export const CHUNK_ROWS = 500
const COLUMNS = 'source, month, dim, key, partner_id, n, units, orgs, amount'

/** One rollup row, in the order of COLUMNS. */
export type RollupRow = [string, string, string, string, number, number, number, number, number]

/** The SQL of putting a build in; the in-process build and the build process share it. */
const INSTALL_SQL = {
  create: `CREATE TEMP TABLE IF NOT EXISTS ${BUILD_TABLE} AS SELECT ${COLUMNS} FROM main.stat_rollup WHERE 0`,
  empty: `DELETE FROM temp.${BUILD_TABLE}`,
  select: `SELECT ${COLUMNS} FROM temp.${BUILD_TABLE}`,
  latest: `SELECT max(coalesce((SELECT max(generation) FROM stat_rollup), 0), coalesce((SELECT generation FROM stat_rollup_runs WHERE id = 1), 0))`,
  insert: `INSERT INTO stat_rollup (generation, ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  count: 'SELECT count(*) FROM stat_rollup WHERE generation = ?',
  switch: `INSERT INTO stat_rollup_runs (id, built_at, today, generation, version, duration_ms) VALUES (1, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET built_at = excluded.built_at, today = excluded.today,
             generation = excluded.generation, version = excluded.version, duration_ms = excluded.duration_ms`,
  clear: `DELETE FROM stat_rollup WHERE rowid IN (
            SELECT rowid FROM stat_rollup WHERE generation <> (SELECT generation FROM stat_rollup_runs WHERE id = 1) LIMIT ${CHUNK_ROWS})`,
} as const

/**
 * Runs the aggregates into the connection's TEMP table (no write lock on the
 * database while they run) and returns the rows.
 */
function aggregate(db: Database.Database, today: string): RollupRow[] {
  db.exec(INSTALL_SQL.create)
  db.exec(INSTALL_SQL.empty)
  for (const st of rollupStatements(today)) db.prepare(st.sql).run(...(st.params ?? []))
  const rows = db.prepare(INSTALL_SQL.select).raw(true).all() as RollupRow[]
  db.exec(INSTALL_SQL.empty)
  return rows
}

/**
 * Puts built rows in as the next generation and makes it current, in small
 * write transactions, yielding after each one:
 *
 * 1. the rows go in as the next generation, CHUNK_ROWS per transaction (readers keep reading the current one);
 * 2. one short transaction makes the new generation current — if every one of its rows is there
 *    (a build running at the same time may have cleared it; then this one gives way);
 * 3. the old generation is deleted, CHUNK_ROWS at a time.
 *
 * Readers read the current generation and its rows in one read transaction, so they see either
 * the old rollup or the new one, whole; no write holds the lock for more than a few milliseconds.
 * The build process (BUILD_PROGRAM) runs the same steps with the same SQL; keep the two in step.
 */
export function* installSteps(
  db: Database.Database,
  rows: RollupRow[],
  meta: { builtAt: string; today: string; durationMs: number },
): Generator<'copied' | 'switched' | 'cleared'> {
  const generation = (db.prepare(INSTALL_SQL.latest).pluck().get() as number) + 1
  const insert = db.prepare(INSTALL_SQL.insert)
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    db.transaction(() => {
      for (const row of rows.slice(i, i + CHUNK_ROWS)) insert.run(generation, ...row)
    })()
    yield 'copied'
  }
  const switched = db.transaction(() => {
    if (db.prepare(INSTALL_SQL.count).pluck().get(generation) !== rows.length) return false
    db.prepare(INSTALL_SQL.switch).run(meta.builtAt, meta.today, generation, rollupVersion(), meta.durationMs)
    return true
  })()
  yield 'switched'
  const clear = db.prepare(INSTALL_SQL.clear)
  while (clear.run().changes > 0) yield 'cleared'
  if (!switched) throw new Error(GAVE_WAY)
}

const GAVE_WAY = 'statistikk: en annen oppdatering kom først; denne ble forkastet'

/**
 * Rebuilds the rollup synchronously on the process-wide connection (tests,
 * the benchmark, /dev/clock). Requests never call it: they use
 * `statisticsReady`, which rebuilds in the background.
 */
export function refreshStatistics(today: string): { durationMs: number } {
  const started = performance.now()
  const builtAt = nowIso()
  const db = getDb().$client
  const rows = aggregate(db, today)
  for (const _ of installSteps(db, rows, { builtAt, today, durationMs: Math.round(performance.now() - started) })) {
    // Nothing else runs in between: this build is synchronous.
  }
  return { durationMs: Math.round(performance.now() - started) }
}

/**
 * The build process's whole program (plain CommonJS, given only SQL text and
 * parameters on stdin, so it runs the same under tsx, vitest and the built
 * server): the aggregates into a TEMP table, then the steps of `installSteps`
 * with the same SQL. It folds the WAL back into the database between its long
 * reads and at the end, so a request's next commit does not have to; it
 * pauses 2 ms between its write transactions so a request waiting to write
 * gets in.
 */
const BUILD_PROGRAM = `
const Database = require(process.argv[1])
let input = ''
process.stdin.setEncoding('utf8')
process.stdin.on('data', (chunk) => (input += chunk))
process.stdin.on('end', () => {
  const job = JSON.parse(input)
  const started = performance.now()
  const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2)
  const db = new Database(job.file)
  try {
    db.pragma('busy_timeout = 5000')
    db.exec(job.sql.create)
    db.exec(job.sql.empty)
    for (const st of job.statements) {
      db.prepare(st.sql).run(...(st.params || []))
      db.pragma('wal_checkpoint(PASSIVE)')
    }
    const rows = db.prepare(job.sql.select).raw(true).all()
    const generation = db.prepare(job.sql.latest).pluck().get() + 1
    const insert = db.prepare(job.sql.insert)
    for (let i = 0; i < rows.length; i += job.chunk) {
      db.transaction(() => {
        for (const row of rows.slice(i, i + job.chunk)) insert.run(generation, ...row)
      })()
      pause()
    }
    const durationMs = Math.round(performance.now() - started)
    const switched = db.transaction(() => {
      if (db.prepare(job.sql.count).pluck().get(generation) !== rows.length) return false
      db.prepare(job.sql.switch).run(job.builtAt, job.today, generation, job.version, durationMs)
      return true
    })()
    const clear = db.prepare(job.sql.clear)
    while (clear.run().changes > 0) pause()
    db.pragma('wal_checkpoint(PASSIVE)')
    process.stdout.write(JSON.stringify({ switched, durationMs }))
  } finally {
    db.close()
  }
})
`

/** The file behind the process-wide connection, or null for an in-memory database. */
function databaseFile(): string | null {
  const name = getDb().$client.name
  return !name || name === ':memory:' ? null : path.resolve(name)
}

/** Build processes running now (stopped with the app). */
const running = new Set<ChildProcess>()

/** Stops every build process still running (the app is stopping). */
export function stopBackgroundBuilds(): void {
  for (const child of running) child.kill()
}

/**
 * Rebuilds the rollup in a separate process on its own connection, so requests
 * are never blocked while it runs — not by the aggregates (seconds to minutes
 * at national scale), nor by its writes, nor by the CPU: the process starts a
 * session of its own, and Linux shares the CPU between sessions first, so a
 * busy build does not slow the server's own thread (a worker thread would
 * count against the server's share). Falls back to the synchronous build for
 * an in-memory database (which another connection cannot see).
 */
export function refreshStatisticsInBackground(today: string): Promise<{ durationMs: number }> {
  const file = databaseFile()
  if (!file) return Promise.resolve(refreshStatistics(today))
  const driver = createRequire(path.join(process.cwd(), 'package.json')).resolve('better-sqlite3')
  const job = {
    file,
    statements: rollupStatements(today),
    sql: INSTALL_SQL,
    chunk: CHUNK_ROWS,
    builtAt: nowIso(),
    today,
    version: rollupVersion(),
  }
  // No NODE_OPTIONS: the program needs no loader (tsx) or test preload.
  const child = spawn(process.execPath, ['-e', BUILD_PROGRAM, driver], {
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  })
  running.add(child)
  child.stdin.end(JSON.stringify(job))
  let out = ''
  let err = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code, signal) => {
      running.delete(child)
      if (code !== 0) return reject(new Error(`statistikk: byggeprosessen stoppet (${signal ?? code}): ${err.trim().slice(-500)}`))
      const result = JSON.parse(out) as { switched: boolean; durationMs: number }
      if (!result.switched) return reject(new Error(GAVE_WAY))
      resolve({ durationMs: result.durationMs })
    })
  })
}

/** The background rebuild in flight (one at a time per process, per database file). */
let inFlight: { file: string | null; promise: Promise<{ durationMs: number }> } | null = null

/** Starts a rebuild in the background, or joins the one already running for this database. */
export function rebuildInBackground(today: string): Promise<{ durationMs: number }> {
  const file = databaseFile()
  if (inFlight && inFlight.file === file) return inFlight.promise
  const promise = refreshStatisticsInBackground(today).finally(() => {
    if (inFlight?.promise === promise) inFlight = null
  })
  inFlight = { file, promise }
  return promise
}

export type RollupRun = { builtAt: string; generation: number; version: string }

/** The rollup the dashboards read: built by this version of the code, or null (none yet, or made by another version). */
export function currentRollup(): RollupRun | null {
  const row = prepared('SELECT built_at, generation, version FROM stat_rollup_runs WHERE id = 1').get() as
    { built_at: string; generation: number; version: string } | undefined
  if (!row || row.version !== rollupVersion()) return null
  return { builtAt: row.built_at, generation: row.generation, version: row.version }
}

/** When the rollup was last built, or null when there is no usable one. */
export function statisticsBuiltAt(): string | null {
  return currentRollup()?.builtAt ?? null
}

/** How long a request waits for a missing rollup to be built before it says «try again» (the wait blocks nothing else). */
export const READY_WAIT_MS = 10_000

/**
 * Whether the dashboards can be shown now. When the rollup is missing or was
 * built by another version (the first start after a migration or an
 * upgrade), a rebuild starts in the background and this waits for it up to
 * `waitMs` — without blocking other requests — then gives up (the caller says
 * «try again in a moment»).
 */
export async function statisticsReady(today: string, waitMs = READY_WAIT_MS): Promise<boolean> {
  if (currentRollup()) return true
  const rebuild = rebuildInBackground(today).then(
    () => true,
    (error: unknown) => {
      console.error('statistikk: oppdatering feilet', error)
      return false
    },
  )
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), waitMs)))
  try {
    return (await Promise.race([rebuild, timeout])) && currentRollup() !== null
  } finally {
    clearTimeout(timer)
  }
}

/** The statistics job: rebuilds the rollup in the background now and then every `intervalMs` (default 15 minutes). */
export function startStatisticsJob(intervalMs = 15 * 60_000): () => void {
  const run = () => void rebuildInBackground(todayIso()).catch((error: unknown) => console.error('statistikk: oppdatering feilet', error))
  const first = setTimeout(run, 0)
  const timer = setInterval(run, intervalMs)
  timer.unref?.()
  return () => {
    clearTimeout(first)
    clearInterval(timer)
    stopBackgroundBuilds()
  }
}
