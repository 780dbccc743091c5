import type Database from 'better-sqlite3'
import type { MatchContext } from '~/domain/matching'
import { ADAPTATION_GROUP_CODES } from '~/domain/codes'
import { analyzeForIndex, analyzeQueryTerms, synonymsForStyrk, tokenize, type QueryTerm } from '../text/analyze'
import { profileSearchText } from '../documents'
import {
  emptyFacets,
  FACET_FIELDS,
  type FacetField,
  type Facets,
  type MatchHit,
  type ProfileDocument,
  type ProfileFilters,
  type EmbeddedSearchExtras,
  type ReindexSource,
  type SearchPort,
  type SearchProfilesQuery,
  type SearchProfilesResult,
  type VacancyDocument,
} from '../port'
import { areaTerms, normaliseQuery } from '../shared'
import { ALL_TOKEN, areaMatchTerms, EmbeddedMatcher, filterToken, MATCH_DDL } from './matching'
import { kommuneGeo } from '@db/geo.server'

export { ALL_TOKEN, filterToken } from './matching'

/**
 * The embedded engine: SQLite FTS5 and plain tables in the app's own
 * database. It owns its tables (ADR 0003) and creates them idempotently.
 * Writes are synchronous, so they can run inside the caller's transaction
 * (see search/outbox.server.ts and ADR 0005).
 */
export const EMBEDDED_DDL = [
  // The document as JSON (read for the few rows matching scores, and by the privacy test); kept out of the rows a search visits.
  `CREATE TABLE IF NOT EXISTS search_profile_docs (profile_id INTEGER PRIMARY KEY, doc TEXT NOT NULL)`,
  // One small row per profile: what a search filters, sorts and counts facets by (see FACET_SEPARATOR).
  `CREATE TABLE IF NOT EXISTS search_profile_rows (
     profile_id INTEGER PRIMARY KEY, cap_min INTEGER NOT NULL, cap_max INTEGER NOT NULL, published_at TEXT, facets TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS search_profile_rows_published ON search_profile_rows (published_at, profile_id)`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_profile_fts USING fts5(body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_profile_vocab USING fts5vocab(search_profile_fts, 'row')`,
  `CREATE TABLE IF NOT EXISTS search_vacancy_docs (
     vacancy_id INTEGER PRIMARY KEY, fylke TEXT NOT NULL, position_percent INTEGER NOT NULL, styrk2 TEXT NOT NULL,
     published_at TEXT, doc TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS search_vacancy_docs_fylke ON search_vacancy_docs (fylke, styrk2, position_percent)`,
]

/** Filter/facet field → term field in search_profile_terms. */
const TERM_FIELD: Record<
  Exclude<keyof ProfileFilters, 'positionPercent' | 'styrk' | 'minCapacity' | 'adaptationWithin' | 'canWorkIn'>,
  string
> = {
  fylke: 'fylke',
  languages: 'lang',
  drivingLicences: 'licence',
  availability: 'avail',
  educationLevel: 'edu',
  experienceLevel: 'exp',
  adaptation: 'adapt',
  schemeHints: 'scheme',
  targetGroups: 'target',
}
const FACET_TERM: Record<FacetField, string> = {
  fylke: 'fylke',
  availability: 'avail',
  educationLevel: 'edu',
  experienceLevel: 'exp',
  languages: 'lang',
  drivingLicences: 'licence',
  adaptation: 'adapt',
  schemeHints: 'scheme',
}
const TERM_TO_FACET = new Map(FACET_FIELDS.map((facet) => [FACET_TERM[facet], facet]))

/** The (field, value) pairs a profile is filterable by. */
export function profileTerms(doc: ProfileDocument): Array<[string, string]> {
  const terms: Array<[string, string]> = []
  const add = (field: string, values: Iterable<string | null | undefined>) => {
    for (const v of new Set(values)) if (v) terms.push([field, v])
  }
  // «Can work in this fylke» (some or all of it): what the fylke filter and facet mean. Residence is never indexed.
  add('fylke', areaTerms(doc.workArea, kommuneGeo()).coveredFylker)
  add('styrk4', doc.desiredStyrkCodes)
  add(
    'styrk3',
    doc.desiredStyrkCodes.map((c) => c.slice(0, 3)),
  )
  add(
    'styrk2',
    doc.desiredStyrkCodes.map((c) => c.slice(0, 2)),
  )
  add('lang', doc.languages)
  add('licence', doc.drivingLicences)
  add('avail', [doc.availability])
  add('edu', [doc.educationLevel])
  add('exp', [doc.experienceLevel])
  add(
    'adapt',
    doc.adaptationNeeds.map((n) => n.split('__')[0]),
  )
  add('scheme', doc.schemeHints)
  add('target', doc.targetGroups)
  return terms
}

/**
 * A row's facet values in `search_profile_rows.facets`: `field<TAB>value`
 * pairs joined by newlines (codes hold neither), counted in JavaScript over
 * the rows a search returns — no per-hit look-up in another table.
 */
const FACET_SEPARATOR = '\n'
const FACET_FIELD_SEPARATOR = '\t'
function facetString(terms: Array<[string, string]>): string {
  return terms
    .filter(([field]) => TERM_TO_FACET.has(field))
    .map(([field, value]) => `${field}${FACET_FIELD_SEPARATOR}${value}`)
    .join(FACET_SEPARATOR)
}
/** Most facet strings whose codes are kept (every indexed profile at national scale). */
const FACET_MEMO_MAX = 250_000

/**
 * Counts facet values over the rows of a result. Each distinct facet string
 * is split once into process-local codes for its pairs (kept while the string
 * is seen again), so counting thousands of hits is array increments instead of
 * splitting strings and hashing every pair.
 */
class FacetCounter {
  private readonly codeOf = new Map<string, number>()
  private readonly pairs: string[] = []
  private readonly memo = new Map<string, Uint16Array>()

  private codes(facets: string): Uint16Array {
    let codes = this.memo.get(facets)
    if (!codes) {
      codes = Uint16Array.from(facets ? facets.split(FACET_SEPARATOR) : [], (pair) => {
        let code = this.codeOf.get(pair)
        if (code === undefined) {
          code = this.pairs.push(pair) - 1
          this.codeOf.set(pair, code)
        }
        return code
      })
      if (this.memo.size >= FACET_MEMO_MAX) this.memo.clear()
      this.memo.set(facets, codes)
    }
    return codes
  }

  count(facetStrings: Iterable<string>): Facets {
    let counts = new Uint32Array(Math.max(64, this.pairs.length))
    for (const facets of facetStrings) {
      const codes = this.codes(facets)
      if (this.pairs.length > counts.length) {
        const grown = new Uint32Array(this.pairs.length * 2)
        grown.set(counts)
        counts = grown
      }
      for (let i = 0; i < codes.length; i++) counts[codes[i]]++
    }
    const result = emptyFacets()
    for (let code = 0; code < this.pairs.length; code++) {
      if (counts[code] === 0) continue
      const pair = this.pairs[code]
      const at = pair.indexOf(FACET_FIELD_SEPARATOR)
      const facet = TERM_TO_FACET.get(pair.slice(0, at))
      const value = pair.slice(at + 1)
      if (facet && value) result[facet][value] = counts[code]
    }
    return result
  }
}

function ftsBody(doc: ProfileDocument, terms: Array<[string, string]>): string {
  return `${analyzeForIndex(profileSearchText(doc, synonymsForStyrk))} ${ALL_TOKEN} ${[...terms, ...areaMatchTerms(doc.workArea)]
    .map(([f, v]) => filterToken(f, v))
    .join(' ')}`
}

const quoted = (token: string) => `"${token.replace(/"/g, '')}"`

/** One query word as FTS5: any exact stem, a token starting with the word, or all parts of a compound (each part a prefix). */
function ftsTerm(term: QueryTerm): string {
  const alternatives = [
    ...term.exact.map(quoted),
    ...term.prefixes.map((p) => `${quoted(p)}*`),
    ...term.compounds.map((parts) => `(${parts.map((p) => `${quoted(p)}*`).join(' AND ')})`),
  ]
  return `(${alternatives.join(' OR ')})`
}

/**
 * FTS5 MATCH expression for analysed query words; every token is
 * [\p{L}\p{N}]+ and quoted, so engine syntax typed by a user is only text.
 * `all`: every word must match; `any`: one is enough (extra words then only raise the rank).
 */
export function ftsExpression(terms: QueryTerm[], mode: 'all' | 'any' = 'all'): string | null {
  const groups = terms.filter((t) => t.exact.length + t.prefixes.length + t.compounds.length > 0)
  if (groups.length === 0) return null
  return groups.map(ftsTerm).join(mode === 'all' ? ' AND ' : ' OR ')
}

type Stmt = Database.Statement

/**
 * The layout of the engine's tables and documents. When it changes, an index
 * written by an older version is dropped (the app rebuilds it at start when it
 * holds fewer rows than SQLite publishes — search/worker.server.ts).
 * 2: work areas instead of residence fylke (issue 11).
 * 3: a mentor-only need has its own bit in search_profile_match.adapt (issue 11 §4).
 * 4: held skills stemmed, with their beginnings (search_profile_match.skills).
 * 5: profile text carries the curated job titles of its STYRK codes (db/reference/yrkestitler.csv).
 * 6: held skill keys use the occupation synonyms («Kelner» is stored as «servitør»).
 * 7: search_profile_rows (small rows with the facet values) instead of search_profile_terms; the JSON alone in search_profile_docs.
 */
export const INDEX_FORMAT = '7'
const ENGINE_TABLES = [
  'search_profile_vocab',
  'search_profile_fts',
  'search_profile_terms',
  'search_profile_docs',
  'search_profile_rows',
  'search_vacancy_docs',
  'search_profile_match',
  'search_vacancy_match',
]

function resetOnNewFormat(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
  const format = db.prepare(`SELECT value FROM search_meta WHERE key = 'format'`).pluck().get()
  if (format === INDEX_FORMAT) return
  for (const table of ENGINE_TABLES) db.exec(`DROP TABLE IF EXISTS ${table}`)
  db.prepare(`INSERT OR REPLACE INTO search_meta (key, value) VALUES ('format', ?)`).run(INDEX_FORMAT)
}

export class EmbeddedSearch implements SearchPort, EmbeddedSearchExtras {
  readonly engine = 'embedded' as const
  private stmts = new Map<string, Stmt>()
  private vocab: { version: number; words: Set<string> } | null = null
  private version = 0

  private readonly matcher: EmbeddedMatcher

  constructor(private readonly db: Database.Database) {
    resetOnNewFormat(db)
    for (const ddl of EMBEDDED_DDL) db.exec(ddl)
    this.matcher = new EmbeddedMatcher(db, (sql) => this.stmt(sql))
  }

  private stmt(sql: string): Stmt {
    let s = this.stmts.get(sql)
    if (!s) {
      s = this.db.prepare(sql)
      this.stmts.set(sql, s)
    }
    return s
  }

  async init(): Promise<void> {}

  // ---- synchronous writes (usable inside a transaction) ----

  /** `fresh`: the tables are known not to hold the profile (a full reindex), so nothing is deleted first. */
  writeProfileSync(doc: ProfileDocument, { fresh = false }: { fresh?: boolean } = {}): void {
    if (!fresh) this.removeProfileSync(doc.id)
    const terms = profileTerms(doc)
    this.stmt('INSERT INTO search_profile_docs (profile_id, doc) VALUES (?, ?)').run(doc.id, JSON.stringify(doc))
    this.stmt('INSERT INTO search_profile_rows (profile_id, cap_min, cap_max, published_at, facets) VALUES (?, ?, ?, ?, ?)').run(
      doc.id,
      doc.workCapacityMin,
      doc.workCapacityMax,
      doc.publishedAt,
      facetString(terms),
    )
    this.stmt('INSERT INTO search_profile_fts (rowid, body) VALUES (?, ?)').run(doc.id, ftsBody(doc, terms))
    this.matcher.writeProfile(doc)
    this.version++
  }

  removeProfileSync(id: number): void {
    this.stmt('DELETE FROM search_profile_docs WHERE profile_id = ?').run(id)
    this.stmt('DELETE FROM search_profile_rows WHERE profile_id = ?').run(id)
    this.stmt('DELETE FROM search_profile_fts WHERE rowid = ?').run(id)
    this.matcher.removeProfile(id)
    this.version++
  }

  writeVacancySync(doc: VacancyDocument): void {
    this.stmt(
      'INSERT OR REPLACE INTO search_vacancy_docs (vacancy_id, fylke, position_percent, styrk2, published_at, doc) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(doc.id, doc.fylkesnummer, doc.positionPercent, doc.styrkCode.slice(0, 2), doc.publishedAt, JSON.stringify(doc))
    this.matcher.writeVacancy(doc)
  }

  removeVacancySync(id: number): void {
    this.stmt('DELETE FROM search_vacancy_docs WHERE vacancy_id = ?').run(id)
    this.matcher.removeVacancy(id)
  }

  indexedCounts(): { profiles: number; vacancies: number } {
    return {
      profiles: this.stmt('SELECT count(*) FROM search_profile_docs').pluck().get() as number,
      vacancies: this.stmt('SELECT count(*) FROM search_vacancy_docs').pluck().get() as number,
    }
  }

  async indexProfiles(docs: ProfileDocument[]): Promise<void> {
    this.db.transaction(() => docs.forEach((d) => this.writeProfileSync(d)))()
  }
  async removeProfiles(ids: number[]): Promise<void> {
    this.db.transaction(() => ids.forEach((id) => this.removeProfileSync(id)))()
  }
  async indexVacancies(docs: VacancyDocument[]): Promise<void> {
    this.db.transaction(() => docs.forEach((d) => this.writeVacancySync(d)))()
  }
  async removeVacancies(ids: number[]): Promise<void> {
    this.db.transaction(() => ids.forEach((id) => this.removeVacancySync(id)))()
  }

  /**
   * Full rebuild in ONE transaction (readers keep seeing the old index until
   * it commits). Built for national scale with bounded memory: documents are
   * streamed (the source pages them, in id order) and every row is written as
   * it comes, so each table grows at its end; the secondary index is created
   * afterwards.
   */
  async reindexAll(source: ReindexSource): Promise<{ profiles: number; vacancies: number }> {
    const previousCache = this.db.pragma('cache_size', { simple: true })
    this.db.pragma('cache_size = -262144')
    let profileCount = 0
    let vacancyCount = 0
    const laterIndex = (ddl: string) => ddl.includes('search_profile_rows_published')
    try {
      this.db.transaction(() => {
        for (const table of ENGINE_TABLES) this.db.exec(`DROP TABLE IF EXISTS ${table}`)
        for (const ddl of EMBEDDED_DDL) if (!laterIndex(ddl)) this.db.exec(ddl)
        for (const ddl of MATCH_DDL) this.db.exec(ddl)
        this.stmts.clear()
        this.matcher.clearCaches()
        for (const doc of source.profiles()) {
          this.writeProfileSync(doc, { fresh: true })
          profileCount++
        }
        for (const ddl of EMBEDDED_DDL) if (laterIndex(ddl)) this.db.exec(ddl)
        for (const doc of source.vacancies()) {
          this.writeVacancySync(doc)
          vacancyCount++
        }
      })()
      this.db.exec(`INSERT INTO search_profile_fts (search_profile_fts) VALUES ('optimize')`)
    } finally {
      this.db.pragma(`cache_size = ${Number(previousCache)}`)
    }
    this.stmts.clear()
    this.matcher.clearCaches()
    this.version++
    return { profiles: profileCount, vacancies: vacancyCount }
  }

  // ---- queries ----

  private vocabulary(): Set<string> {
    if (!this.vocab || this.vocab.version !== this.version) {
      const words = (this.stmt('SELECT term FROM search_profile_vocab').pluck().all() as string[]).filter(
        (w) => !/^\d+$/.test(w) && !w.startsWith('qq'),
      )
      this.vocab = { version: this.version, words: new Set(words) }
    }
    return this.vocab.words
  }

  private readonly facetCounter = new FacetCounter()
  private facetCache: { version: number; facets: Facets } | null = null

  /** Facet counts over everything (the unfiltered listing), cached until the next write through this engine. */
  private unfilteredFacets(): Facets {
    if (!this.facetCache || this.facetCache.version !== this.version) {
      const facets = this.stmt('SELECT facets FROM search_profile_rows').pluck().iterate() as Iterable<string>
      this.facetCache = { version: this.version, facets: this.facetCounter.count(facets) }
    }
    return structuredClone(this.facetCache.facets)
  }

  async searchProfiles(query: SearchProfilesQuery): Promise<SearchProfilesResult> {
    const q = normaliseQuery(query)
    const parts: string[] = []
    const terms = q.text.trim() ? analyzeQueryTerms(q.text, this.vocabulary()) : []
    // Any word is enough; profiles with every word come first when sorted by relevance (below).
    const text = ftsExpression(terms, 'any')
    const textAll = terms.length > 1 ? ftsExpression(terms, 'all') : null
    // a query of nothing but internal filter tokens («qqall») is text no profile contains
    if (!text && tokenize(q.text).some((w) => w.startsWith('qq')))
      return { ids: [], total: 0, page: q.page, pageSize: q.pageSize, facets: emptyFacets() }
    if (text) parts.push(text)
    const anyOf = (field: string, values: string[]) => `(${values.map((v) => `"${filterToken(field, v)}"`).join(' OR ')})`
    for (const [key, field] of Object.entries(TERM_FIELD) as Array<[keyof typeof TERM_FIELD, string]>) {
      const values = q.filters[key]
      if (values) parts.push(anyOf(field, values))
    }
    if (q.filters.canWorkIn) {
      // the shown work area covers one of these kommuner (the same relation matching uses)
      const geo = kommuneGeo()
      const tokens = q.filters.canWorkIn.flatMap((k) => {
        const f = geo.fylkeOf(k) ?? ''
        return [filterToken('wk', k), filterToken('wf', f), filterToken('wr', k), filterToken('wp', f)]
      })
      parts.push(`(${[...new Set(tokens), filterToken('wall', '1')].map(quoted).join(' OR ')})`)
    }
    if (q.filters.styrk) {
      parts.push(
        `(${q.filters.styrk
          .map((code) => {
            const len = Math.min(Math.max(code.length, 2), 4)
            return `"${filterToken(`styrk${len}`, code.slice(0, len))}"`
          })
          .join(' OR ')})`,
      )
    }
    let expression = parts.join(' AND ')
    if (q.filters.adaptationWithin) {
      const outside = ADAPTATION_GROUP_CODES.filter((g) => !q.filters.adaptationWithin!.includes(g))
      if (outside.length) expression = `${expression || `"${ALL_TOKEN}"`} NOT ${anyOf('adapt', outside)}`
    }
    const docWhere: string[] = []
    const docParams: unknown[] = []
    if (q.filters.minCapacity !== undefined) {
      docWhere.push('d.cap_max >= ?')
      docParams.push(q.filters.minCapacity)
    }
    if (q.filters.positionPercent !== undefined) {
      docWhere.push('d.cap_min <= ? AND d.cap_max >= ?')
      docParams.push(q.filters.positionPercent, q.filters.positionPercent)
    }
    const order =
      q.sort === 'oldest'
        ? 'd.published_at ASC, d.profile_id ASC'
        : q.sort === 'capacity'
          ? 'd.cap_max DESC, d.published_at DESC, d.profile_id DESC'
          : q.sort === 'newest' || !text
            ? 'd.published_at DESC, d.profile_id DESC'
            : 'f.rank, d.published_at DESC, d.profile_id DESC'
    let facets: Facets
    let total: number
    let ids: number[]
    if (!expression && docWhere.length === 0) {
      total = this.stmt('SELECT count(*) FROM search_profile_rows').pluck().get() as number
      ids = this.stmt(`SELECT d.profile_id FROM search_profile_rows d ORDER BY ${order} LIMIT ? OFFSET ?`)
        .pluck()
        .all(q.pageSize, (q.page - 1) * q.pageSize) as number[]
      facets = this.unfilteredFacets()
    } else {
      const from = (columns: string) =>
        expression
          ? `SELECT ${columns} FROM search_profile_fts f CROSS JOIN search_profile_rows d ON d.profile_id = f.rowid
             WHERE f.search_profile_fts MATCH ?${docWhere.length ? ` AND ${docWhere.join(' AND ')}` : ''} ORDER BY ${order}`
          : `SELECT ${columns} FROM search_profile_rows d WHERE ${docWhere.join(' AND ')} ORDER BY ${order}`
      // every hit with its facet values: the facets are counted here, the ids paged
      const rows = this.stmt(from('d.profile_id, d.facets'))
        .raw()
        .all(...(expression ? [expression] : []), ...docParams) as Array<[number, string]>
      let all = rows.map((row) => row[0])
      if (textAll && text && order.startsWith('f.rank')) {
        // relevance: every word matched first, then the rest, each by rank
        const withAll = this.stmt(from('d.profile_id'))
          .pluck()
          .all(expression.replace(text, textAll), ...docParams) as number[]
        const first = new Set(withAll)
        all = [...withAll, ...all.filter((id) => !first.has(id))]
      }
      total = all.length
      ids = all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize)
      facets = this.facetCounter.count(rows.map((row) => row[1]))
    }
    return { ids, total, page: q.page, pageSize: q.pageSize, facets }
  }

  /** Exact top N profiles for a vacancy (search/embedded/matching.ts). */
  async candidatesForVacancy(vacancy: VacancyDocument, limit: number, ctx: MatchContext): Promise<MatchHit[]> {
    return this.matcher.candidatesForVacancy(vacancy, limit, ctx)
  }

  /** Exact top N vacancies for a profile (search/embedded/matching.ts). */
  async vacanciesForProfile(profile: ProfileDocument, limit: number, ctx: MatchContext): Promise<MatchHit[]> {
    return this.matcher.vacanciesForProfile(profile, limit, ctx)
  }
}
