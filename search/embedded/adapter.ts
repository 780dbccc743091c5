import type Database from 'better-sqlite3'
import type { MatchContext } from '~/domain/matching'
import { analyzeForIndex, analyzeQuery, synonymsForStyrk } from '../text/analyze'
import { profileSearchText } from '../documents'
import {
  emptyFacets,
  FACET_FIELDS,
  type FacetField,
  type MatchHit,
  type ProfileDocument,
  type ProfileFilters,
  type ReindexSource,
  type SearchPort,
  type SearchProfilesQuery,
  type SearchProfilesResult,
  type VacancyDocument,
} from '../port'
import { candidateFylker, normaliseQuery, rankProfiles, rankVacancies, twoDigitGroups, vacancyFylkerFor } from '../shared'

/**
 * The embedded engine: SQLite FTS5 and plain tables in the app's own
 * database. It owns its tables (ADR 0003) and creates them idempotently.
 * Writes are synchronous, so they can run inside the caller's transaction
 * (see search/outbox.server.ts and ADR 0005).
 */
export const EMBEDDED_DDL = [
  `CREATE TABLE IF NOT EXISTS search_profile_docs (
     profile_id INTEGER PRIMARY KEY, fylke TEXT NOT NULL, cap_min INTEGER NOT NULL, cap_max INTEGER NOT NULL,
     published_at TEXT, doc TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS search_profile_terms (
     field TEXT NOT NULL, value TEXT NOT NULL, profile_id INTEGER NOT NULL,
     PRIMARY KEY (field, value, profile_id)) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS search_profile_terms_profile ON search_profile_terms (profile_id)`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_profile_fts USING fts5(body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_profile_vocab USING fts5vocab(search_profile_fts, 'row')`,
  `CREATE TABLE IF NOT EXISTS search_vacancy_docs (
     vacancy_id INTEGER PRIMARY KEY, fylke TEXT NOT NULL, position_percent INTEGER NOT NULL, styrk2 TEXT NOT NULL,
     published_at TEXT, doc TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS search_vacancy_docs_fylke ON search_vacancy_docs (fylke, styrk2, position_percent)`,
]

/** Filter/facet field → term field in search_profile_terms. */
const TERM_FIELD: Record<Exclude<keyof ProfileFilters, 'positionPercent' | 'styrk' | 'minCapacity' | 'adaptationWithin'>, string> = {
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
const TERM_TO_FACET = new Map(Object.entries(FACET_TERM).map(([facet, term]) => [term, facet as FacetField]))

/** The (field, value) pairs a profile is filterable by. */
export function profileTerms(doc: ProfileDocument): Array<[string, string]> {
  const terms: Array<[string, string]> = []
  const add = (field: string, values: Iterable<string | null | undefined>) => {
    for (const v of new Set(values)) if (v) terms.push([field, v])
  }
  add('fylke', [doc.fylkesnummer ?? ''])
  add('styrk4', doc.desiredStyrkCodes)
  add('styrk3', doc.desiredStyrkCodes.map((c) => c.slice(0, 3)))
  add('styrk2', doc.desiredStyrkCodes.map((c) => c.slice(0, 2)))
  add('lang', doc.languages)
  add('licence', doc.drivingLicences)
  add('avail', [doc.availability])
  add('edu', [doc.educationLevel])
  add('exp', [doc.experienceLevel])
  add('adapt', doc.adaptationNeeds.map((n) => n.split('__')[0]))
  add('scheme', doc.schemeHints)
  add('target', doc.targetGroups)
  return terms
}

/** FTS5 MATCH expression from analysed alternatives; every token is [\p{L}\p{N}]+ and quoted. */
export function ftsExpression(alternatives: string[][]): string | null {
  const groups = alternatives.filter((a) => a.length > 0)
  if (groups.length === 0) return null
  return groups.map((alts) => `(${alts.map((a) => `"${a.replace(/"/g, '')}"`).join(' OR ')})`).join(' AND ')
}

type Stmt = Database.Statement

export class EmbeddedSearch implements SearchPort {
  readonly engine = 'embedded' as const
  private stmts = new Map<string, Stmt>()
  private vocab: { version: number; words: string[] } | null = null
  private version = 0

  constructor(private readonly db: Database.Database) {
    for (const ddl of EMBEDDED_DDL) db.exec(ddl)
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

  writeProfileSync(doc: ProfileDocument): void {
    this.removeProfileSync(doc.id)
    this.stmt('INSERT INTO search_profile_docs (profile_id, fylke, cap_min, cap_max, published_at, doc) VALUES (?, ?, ?, ?, ?, ?)').run(
      doc.id,
      doc.fylkesnummer ?? '',
      doc.workCapacityMin,
      doc.workCapacityMax,
      doc.publishedAt,
      JSON.stringify(doc),
    )
    const insertTerm = this.stmt('INSERT OR IGNORE INTO search_profile_terms (field, value, profile_id) VALUES (?, ?, ?)')
    for (const [field, value] of profileTerms(doc)) insertTerm.run(field, value, doc.id)
    this.stmt('INSERT INTO search_profile_fts (rowid, body) VALUES (?, ?)').run(doc.id, analyzeForIndex(profileSearchText(doc, synonymsForStyrk)))
    this.version++
  }

  removeProfileSync(id: number): void {
    this.stmt('DELETE FROM search_profile_docs WHERE profile_id = ?').run(id)
    this.stmt('DELETE FROM search_profile_terms WHERE profile_id = ?').run(id)
    this.stmt('DELETE FROM search_profile_fts WHERE rowid = ?').run(id)
    this.version++
  }

  writeVacancySync(doc: VacancyDocument): void {
    this.stmt(
      'INSERT OR REPLACE INTO search_vacancy_docs (vacancy_id, fylke, position_percent, styrk2, published_at, doc) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(doc.id, doc.fylkesnummer, doc.positionPercent, doc.styrkCode.slice(0, 2), doc.publishedAt, JSON.stringify(doc))
  }

  removeVacancySync(id: number): void {
    this.stmt('DELETE FROM search_vacancy_docs WHERE vacancy_id = ?').run(id)
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

  async reindexAll(source: ReindexSource): Promise<{ profiles: number; vacancies: number }> {
    let profiles = 0
    let vacancies = 0
    this.db.transaction(() => {
      this.db.exec('DELETE FROM search_profile_docs; DELETE FROM search_profile_terms; DELETE FROM search_vacancy_docs;')
      this.db.exec(`INSERT INTO search_profile_fts (search_profile_fts) VALUES ('delete-all')`)
      const insertDoc = this.stmt('INSERT INTO search_profile_docs (profile_id, fylke, cap_min, cap_max, published_at, doc) VALUES (?, ?, ?, ?, ?, ?)')
      const insertTerm = this.stmt('INSERT OR IGNORE INTO search_profile_terms (field, value, profile_id) VALUES (?, ?, ?)')
      const insertFts = this.stmt('INSERT INTO search_profile_fts (rowid, body) VALUES (?, ?)')
      for (const doc of source.profiles()) {
        insertDoc.run(doc.id, doc.fylkesnummer ?? '', doc.workCapacityMin, doc.workCapacityMax, doc.publishedAt, JSON.stringify(doc))
        for (const [field, value] of profileTerms(doc)) insertTerm.run(field, value, doc.id)
        insertFts.run(doc.id, analyzeForIndex(profileSearchText(doc, synonymsForStyrk)))
        profiles++
      }
      for (const doc of source.vacancies()) {
        this.writeVacancySync(doc)
        vacancies++
      }
    })()
    this.db.exec(`INSERT INTO search_profile_fts (search_profile_fts) VALUES ('optimize')`)
    this.version++
    return { profiles, vacancies }
  }

  // ---- queries ----

  private vocabulary(): string[] {
    if (!this.vocab || this.vocab.version !== this.version) {
      const words = (this.stmt('SELECT term FROM search_profile_vocab').pluck().all() as string[]).filter((w) => !/^\d+$/.test(w))
      this.vocab = { version: this.version, words }
    }
    return this.vocab.words
  }

  async searchProfiles(query: SearchProfilesQuery): Promise<SearchProfilesResult> {
    const q = normaliseQuery(query)
    const where: string[] = []
    const params: unknown[] = []
    let from = 'search_profile_docs d'
    let rank = '0'
    const expression = q.text.trim() ? ftsExpression(analyzeQuery(q.text, this.vocabulary())) : null
    if (q.text.trim() && !expression) {
      // Only stop words or punctuation: treat as no text.
    }
    if (expression) {
      from += ' JOIN search_profile_fts f ON f.rowid = d.profile_id'
      where.push('f.search_profile_fts MATCH ?')
      params.push(expression)
      rank = 'f.rank'
    }
    for (const [key, field] of Object.entries(TERM_FIELD) as Array<[keyof typeof TERM_FIELD, string]>) {
      const values = q.filters[key]
      if (!values) continue
      where.push(`d.profile_id IN (SELECT profile_id FROM search_profile_terms WHERE field = ? AND value IN (${values.map(() => '?').join(',')}))`)
      params.push(field, ...values)
    }
    if (q.filters.styrk) {
      const parts = q.filters.styrk.map((code) => {
        const len = Math.min(Math.max(code.length, 2), 4)
        params.push(`styrk${len}`, code.slice(0, len))
        return '(field = ? AND value = ?)'
      })
      where.push(`d.profile_id IN (SELECT profile_id FROM search_profile_terms WHERE ${parts.join(' OR ')})`)
    }
    if (q.filters.adaptationWithin) {
      const allowed = q.filters.adaptationWithin
      where.push(
        `d.profile_id NOT IN (SELECT profile_id FROM search_profile_terms WHERE field = 'adapt'${allowed.length ? ` AND value NOT IN (${allowed.map(() => '?').join(',')})` : ''})`,
      )
      params.push(...allowed)
    }
    if (q.filters.minCapacity !== undefined) {
      where.push('d.cap_max >= ?')
      params.push(q.filters.minCapacity)
    }
    if (q.filters.positionPercent !== undefined) {
      where.push('d.cap_min <= ? AND d.cap_max >= ?')
      params.push(q.filters.positionPercent, q.filters.positionPercent)
    }
    const hits = `SELECT d.profile_id AS id, d.published_at AS pub, d.cap_max AS cap, ${rank} AS rank FROM ${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`
    const order =
      q.sort === 'oldest'
        ? 'pub ASC, id ASC'
        : q.sort === 'capacity'
          ? 'cap DESC, pub DESC, id DESC'
          : q.sort === 'newest' || !expression
            ? 'pub DESC, id DESC'
            : 'rank, pub DESC, id DESC'
    const total = this.stmt(`SELECT count(*) FROM (${hits})`).pluck().get(...params) as number
    const ids = this.stmt(`SELECT id FROM (${hits}) ORDER BY ${order} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...params, q.pageSize, (q.page - 1) * q.pageSize) as number[]
    const facets = emptyFacets()
    if (total > 0) {
      const facetRows = (
        where.length === 0
          ? this.stmt(`SELECT field, value, count(*) AS n FROM search_profile_terms WHERE field IN (${FACET_FIELDS.map(() => '?').join(',')}) GROUP BY field, value`).all(
              ...FACET_FIELDS.map((f) => FACET_TERM[f]),
            )
          : this.stmt(
              `SELECT t.field, t.value, count(*) AS n FROM (${hits}) h JOIN search_profile_terms t ON t.profile_id = h.id
               WHERE t.field IN (${FACET_FIELDS.map(() => '?').join(',')}) GROUP BY t.field, t.value`,
            ).all(...params, ...FACET_FIELDS.map((f) => FACET_TERM[f]))
      ) as Array<{ field: string; value: string; n: number }>
      for (const row of facetRows) {
        const facet = TERM_TO_FACET.get(row.field)
        if (facet && row.value) facets[facet][row.value] = row.n
      }
    }
    return { ids, total, page: q.page, pageSize: q.pageSize, facets }
  }

  async candidatesForVacancy(vacancy: VacancyDocument, limit: number, ctx: MatchContext): Promise<MatchHit[]> {
    const fylker = [...candidateFylker(vacancy.fylkesnummer), '']
    const marks = fylker.map(() => '?').join(',')
    const docs = this.stmt(
      `SELECT d.doc FROM search_profile_terms t JOIN search_profile_docs d ON d.profile_id = t.profile_id
       WHERE t.field = 'styrk2' AND t.value = ? AND d.fylke IN (${marks}) AND d.cap_min <= ? AND d.cap_max >= ?`,
    )
      .pluck()
      .all(vacancy.styrkCode.slice(0, 2), ...fylker, vacancy.positionPercent, vacancy.positionPercent) as string[]
    let hits = rankProfiles(vacancy, docs.map((d) => JSON.parse(d) as ProfileDocument), limit, ctx)
    if (hits.length < limit) {
      // Few people want this kind of work nearby: fill up with others nearby (skills, adaptation fit still count).
      const seen = new Set(hits.map((h) => h.id))
      const more = this.stmt(
        `SELECT doc FROM search_profile_docs WHERE fylke IN (${marks}) AND cap_min <= ? AND cap_max >= ? ORDER BY published_at DESC LIMIT 500`,
      )
        .pluck()
        .all(...fylker, vacancy.positionPercent, vacancy.positionPercent) as string[]
      const extra = rankProfiles(
        vacancy,
        more.map((d) => JSON.parse(d) as ProfileDocument).filter((p) => !seen.has(p.id)),
        limit - hits.length,
        ctx,
      )
      hits = [...hits, ...extra]
    }
    return hits
  }

  async vacanciesForProfile(profile: ProfileDocument, limit: number, ctx: MatchContext): Promise<MatchHit[]> {
    const fylker = vacancyFylkerFor(profile.fylkesnummer)
    const groups = twoDigitGroups(profile.desiredStyrkCodes)
    const fylkeWhere = fylker ? `fylke IN (${fylker.map(() => '?').join(',')})` : '1 = 1'
    const base = `position_percent BETWEEN ? AND ? AND ${fylkeWhere}`
    const baseParams = [profile.workCapacityMin, profile.workCapacityMax, ...(fylker ?? [])]
    let docs: string[] = []
    if (groups.length) {
      docs = this.stmt(`SELECT doc FROM search_vacancy_docs WHERE ${base} AND styrk2 IN (${groups.map(() => '?').join(',')})`)
        .pluck()
        .all(...baseParams, ...groups) as string[]
    }
    let hits = rankVacancies(profile, docs.map((d) => JSON.parse(d) as VacancyDocument), limit, ctx)
    if (hits.length < limit) {
      const seen = new Set(hits.map((h) => h.id))
      const more = this.stmt(`SELECT doc FROM search_vacancy_docs WHERE ${base} ORDER BY published_at DESC LIMIT 500`)
        .pluck()
        .all(...baseParams) as string[]
      hits = [
        ...hits,
        ...rankVacancies(profile, more.map((d) => JSON.parse(d) as VacancyDocument).filter((v) => !seen.has(v.id)), limit - hits.length, ctx),
      ]
    }
    return hits
  }
}
