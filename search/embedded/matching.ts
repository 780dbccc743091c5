import type Database from 'better-sqlite3'
import { AVAILABILITY_CODES, DRIVING_LICENCE_CODES } from '~/domain/codes'
import {
  adaptationPoints,
  availabilityPoints,
  hasLicence,
  languagePoints,
  licencePoints,
  locationTierPoints,
  matchNeeds,
  matchScore,
  MATCH_NEEDS,
  MIN_MATCH_SCORE,
  occupationPoints,
  prepareProfile,
  prepareVacancy,
  rewardedSchemeHints,
  schemePoints,
  skillPoints,
  type MatchContext,
  type MatchNeed,
  type MatchTier,
  type MatchVacancy,
  type PreparedProfile,
  type PreparedVacancy,
} from '~/domain/matching'
import type { Geo, WorkArea } from '~/domain/matching/work-area'
import { kommuneGeo } from '@db/geo.server'
import { profileToMatch, vacancyToMatch } from '../documents'
import type { MatchHit, ProfileDocument, VacancyDocument } from '../port'
import { areaTerms, desiredGroups, relatedToVacancy, topProfiles, topVacancies } from '../shared'

/**
 * Matching in the embedded engine: exact top N (search/shared.ts) over
 * narrow tables next to the documents.
 *
 * Profiles for a vacancy: each tier (occupation level × location) is one
 * FTS5 posting-list intersection joined to `search_profile_match`, whose
 * small rows hold the features the score is made of. SQLite computes, from
 * points the domain gives for each feature value (never its own rules), the
 * points every row can get and returns the tier best first; rows are then
 * scored exactly by the domain, and the tier is left as soon as a row's
 * points cannot beat the current N-th. So only a handful of rows per tier
 * are scored in JavaScript, whatever the tier's size.
 *
 * Vacancies for a profile: tiers from `search_vacancy_match` (indexed by
 * STYRK group and fylke), each member scored (vacancies are fewer).
 */

/**
 * Filter values are also written into the full-text body as tokens
 * (`qq` + field + value, letters and digits only), so a filtered search is one
 * FTS5 posting-list intersection instead of a join per filter.
 */
export function filterToken(field: string, value: string): string {
  return `qq${field}${value}`.toLowerCase().replace(/[^a-z0-9]/g, '')
}
export const ALL_TOKEN = 'qqall'

export const MATCH_DDL = [
  `CREATE TABLE IF NOT EXISTS search_profile_match (
     profile_id INTEGER PRIMARY KEY, cap_min INTEGER NOT NULL, cap_max INTEGER NOT NULL, avail TEXT NOT NULL,
     langs TEXT NOT NULL, lic TEXT NOT NULL, adapt INTEGER NOT NULL, schemes TEXT NOT NULL, skills TEXT NOT NULL,
     rev INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS search_vacancy_match (
     vacancy_id INTEGER PRIMARY KEY, kommune TEXT NOT NULL, fylke TEXT NOT NULL, styrk4 TEXT NOT NULL, styrk3 TEXT NOT NULL, styrk2 TEXT NOT NULL,
     position_percent INTEGER NOT NULL, m TEXT NOT NULL, rev INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS search_vacancy_match_unit ON search_vacancy_match (styrk4, fylke)`,
  `CREATE INDEX IF NOT EXISTS search_vacancy_match_minor ON search_vacancy_match (styrk3, fylke)`,
  `CREATE INDEX IF NOT EXISTS search_vacancy_match_sub ON search_vacancy_match (styrk2, fylke)`,
  // the KOMMUNE and TRAVEL tiers name kommuner: seek them instead of walking the occupation's whole country
  `CREATE INDEX IF NOT EXISTS search_vacancy_match_unit_kommune ON search_vacancy_match (styrk4, kommune)`,
  `CREATE INDEX IF NOT EXISTS search_vacancy_match_minor_kommune ON search_vacancy_match (styrk3, kommune)`,
  `CREATE INDEX IF NOT EXISTS search_vacancy_match_sub_kommune ON search_vacancy_match (styrk2, kommune)`,
]

/** The area's tokens for the full-text body (matching only): chosen kommuner, fylker, parts of fylker, kommuner within travel, whole country. */
export function areaMatchTerms(area: WorkArea | null, geo: Geo = kommuneGeo()): Array<[string, string]> {
  const t = areaTerms(area, geo)
  return [
    ...t.kommuner.map((k): [string, string] => ['wk', k]),
    ...t.fylker.map((f): [string, string] => ['wf', f]),
    ...t.partFylker.map((f): [string, string] => ['wp', f]),
    ...t.reach.map((k): [string, string] => ['wr', k]),
    ...(t.wholeCountry ? [['wall', '1'] satisfies [string, string]] : []),
  ]
}

/** A set of codes or keys as one string for instr(): `|a|b|`. */
function bar(values: Iterable<string>): string {
  return `|${[...values].join('|')}|`
}

/** The needs matching weighs as a bitmask (bit i = MATCH_NEEDS[i]). */
function adaptationMask(needs: MatchNeed[]): number {
  return MATCH_NEEDS.reduce((mask, need, i) => (needs.includes(need) ? mask | (1 << i) : mask), 0)
}
function groupsOfMask(mask: number): MatchNeed[] {
  return MATCH_NEEDS.filter((_, i) => mask & (1 << i))
}

function coveredLicences(held: string[]): string[] {
  return [...new Set([...held, ...DRIVING_LICENCE_CODES])].filter((code) => hasLicence(held, code))
}

/** A fresh row version: prepared copies in memory are reused only while the row's rev is unchanged (any connection may write). */
function newRev(): number {
  return 1 + Math.floor(Math.random() * 2 ** 48)
}

/** Most prepared rows kept in memory per kind. */
const PREPARED_CACHE_MAX = 400_000

function parseProfileDocument(json: string): ProfileDocument {
  return JSON.parse(json)
}
function parseMatchVacancy(json: string): MatchVacancy {
  return JSON.parse(json)
}

type Param = string | number

/** SQL for the points of every part but occupation and location, with its parameters; every number comes from the domain. */
export function profilePointsSql(pv: PreparedVacancy): { sql: string; params: Param[] } {
  const params: Param[] = []
  const held = (column: string, value: string) => {
    params.push(`|${value}|`)
    return `instr(${column}, ?) > 0`
  }
  const parts: string[] = []

  const total = pv.required.length + pv.desired.length
  if (total > 0) {
    const count = (skills: string[][]) =>
      skills.length === 0 ? '0' : skills.map((keys) => `(${keys.map((k) => held('skills', k)).join(' OR ')})`).join(' + ')
    const requiredSql = count(pv.required)
    const desiredSql = count(pv.desired)
    const cases: string[] = []
    for (let r = 0; r <= pv.required.length; r++) {
      for (let d = 0; d <= pv.desired.length; d++) cases.push(`WHEN ${r * 1000 + d} THEN ${skillPoints(pv, r, d)}`)
    }
    parts.push(
      `(CASE (${requiredSql}) * 1000 + (${desiredSql}) ${cases.join(' ')} ELSE ${skillPoints(pv, pv.required.length, pv.desired.length)} END)`,
    )
  }

  if (pv.vacancy.languages.length > 0) {
    parts.push(
      `(CASE WHEN ${pv.vacancy.languages.map((l) => held('langs', l)).join(' AND ')} THEN ${languagePoints(pv, true)} ELSE ${languagePoints(pv, false)} END)`,
    )
  }

  const licence = pv.vacancy.drivingLicence
  if (licence) {
    parts.push(`(CASE WHEN ${held('lic', licence)} THEN ${licencePoints(pv, [licence])} ELSE ${licencePoints(pv, [])} END)`)
  }

  const masks = Array.from(
    { length: 1 << MATCH_NEEDS.length },
    (_, mask) => `WHEN ${mask} THEN ${adaptationPoints(pv, groupsOfMask(mask))}`,
  )
  parts.push(`(CASE adapt ${masks.join(' ')} ELSE 0 END)`)

  const rewarded = rewardedSchemeHints(pv)
  if (rewarded.length > 0) {
    parts.push(`(CASE WHEN ${rewarded.map((h) => held('schemes', h)).join(' OR ')} THEN ${schemePoints(pv, rewarded)} ELSE 0 END)`)
  }

  const availability = AVAILABILITY_CODES.map((code) => {
    params.push(code)
    return `WHEN ? THEN ${availabilityPoints(pv, code)}`
  })
  parts.push(`(CASE avail ${availability.join(' ')} ELSE ${availabilityPoints(pv, '')} END)`)

  return { sql: parts.join(' + '), params }
}

/** Profile match points → the highest score they allow (scores are rounded raw points, so allow for rounding and float noise). */
function boundFromRaw(raw: number): number {
  return Math.max(0, Math.min(100, Math.floor(raw + 0.5 + 1e-6)))
}

export class EmbeddedMatcher {
  private profileCache = new Map<number, { rev: number; pp: PreparedProfile }>()
  private vacancyCache = new Map<number, { rev: number; today: string; pv: PreparedVacancy }>()

  constructor(
    private readonly db: Database.Database,
    private readonly stmt: (sql: string) => Database.Statement,
    private readonly geo: Geo = kommuneGeo(),
  ) {
    for (const ddl of MATCH_DDL) db.exec(ddl)
  }

  clearCaches(): void {
    this.profileCache.clear()
    this.vacancyCache.clear()
  }

  writeProfile(doc: ProfileDocument): void {
    const pp = prepareProfile(profileToMatch(doc))
    this.stmt(
      `INSERT OR REPLACE INTO search_profile_match (profile_id, cap_min, cap_max, avail, langs, lic, adapt, schemes, skills, rev)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      doc.id,
      doc.workCapacityMin,
      doc.workCapacityMax,
      doc.availability,
      bar(doc.languages),
      // Every class the held licences cover (CE covers B …), so one look-up answers «has the required class».
      bar(coveredLicences(doc.drivingLicences)),
      adaptationMask(matchNeeds(doc.adaptationNeeds)),
      bar(doc.schemeHints),
      bar(pp.skillKeys),
      newRev(),
    )
    this.profileCache.delete(doc.id)
  }

  removeProfile(id: number): void {
    this.stmt('DELETE FROM search_profile_match WHERE profile_id = ?').run(id)
    this.profileCache.delete(id)
  }

  writeVacancy(doc: VacancyDocument): void {
    this.stmt(
      `INSERT OR REPLACE INTO search_vacancy_match (vacancy_id, kommune, fylke, styrk4, styrk3, styrk2, position_percent, m, rev)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      doc.id,
      doc.kommunenummer,
      doc.fylkesnummer,
      doc.styrkCode,
      doc.styrkCode.slice(0, 3),
      doc.styrkCode.slice(0, 2),
      doc.positionPercent,
      JSON.stringify(vacancyToMatch(doc)),
      newRev(),
    )
    this.vacancyCache.delete(doc.id)
  }

  removeVacancy(id: number): void {
    this.stmt('DELETE FROM search_vacancy_match WHERE vacancy_id = ?').run(id)
    this.vacancyCache.delete(id)
  }

  private preparedProfile(id: number, rev: number): PreparedProfile | null {
    const cached = this.profileCache.get(id)
    if (cached && cached.rev === rev) return cached.pp
    // Rows stay small (so a tier's scan stays in the page cache); the few rows scored read their document.
    const json = this.stmt('SELECT doc FROM search_profile_docs WHERE profile_id = ?').pluck().get(id)
    if (typeof json !== 'string') return null
    const pp = prepareProfile(profileToMatch(parseProfileDocument(json)))
    if (this.profileCache.size >= PREPARED_CACHE_MAX) this.profileCache.clear()
    this.profileCache.set(id, { rev, pp })
    return pp
  }

  private preparedVacancy(id: number, rev: number, ctx: MatchContext): PreparedVacancy | null {
    const cached = this.vacancyCache.get(id)
    if (cached && cached.rev === rev && cached.today === ctx.today) return cached.pv
    // a tier's rows carry no JSON (most are prepared already); a row not prepared yet reads it
    const json = this.stmt('SELECT m FROM search_vacancy_match WHERE vacancy_id = ?').pluck().get(id)
    if (typeof json !== 'string') return null
    const pv = prepareVacancy(parseMatchVacancy(json), ctx)
    if (this.vacancyCache.size >= PREPARED_CACHE_MAX) this.vacancyCache.clear()
    this.vacancyCache.set(id, { rev, today: ctx.today, pv })
    return pv
  }

  async candidatesForVacancy(vacancy: VacancyDocument, limit: number, ctx: MatchContext): Promise<MatchHit[]> {
    const code = vacancy.styrkCode
    const unit = `"${filterToken('styrk4', code)}"`
    const minor = `"${filterToken('styrk3', code.slice(0, 3))}"`
    const related = relatedToVacancy(code, ctx.relatedOccupations).map((c) => `"${filterToken('styrk4', c)}"`)
    // A related code is in another minor group, so «NOT minor» leaves out those who also want a closer occupation.
    const anyRelated = related.length ? `(${related.join(' OR ')})` : null
    const occupation: Record<MatchTier['occupation'], string | null> = {
      UNIT: unit,
      MINOR: `(${minor} NOT ${unit})`,
      RELATED: anyRelated && `(${anyRelated} NOT ${minor})`,
      SUB_MAJOR: `("${filterToken('styrk2', code.slice(0, 2))}" NOT (${[minor, ...related].join(' OR ')}))`,
    }
    const k = vacancy.kommunenummer
    const f = vacancy.fylkesnummer
    const token = (field: string, value: string) => `"${filterToken(field, value)}"`
    // FTS5 runs `A NOT B` over A's postings, so each tier costs about its own size. Together the tiers are a partition.
    const location: Record<MatchTier['location'], (occ: string) => string> = {
      KOMMUNE: (occ) => `${occ} AND ${token('wk', k)}`,
      FYLKE: (occ) => `(${occ} AND ${token('wf', f)}) NOT ${token('wk', k)}`,
      TRAVEL: (occ) => `(${occ} AND ${token('wr', k)}) NOT (${token('wk', k)} OR ${token('wf', f)})`,
      PART_FYLKE: (occ) => `(${occ} AND ${token('wp', f)}) NOT (${token('wk', k)} OR ${token('wf', f)} OR ${token('wr', k)})`,
      COUNTRY: (occ) => `${occ} AND ${token('wall', '1')}`,
    }
    const tierQuery = (tier: MatchTier) => {
      const occ = occupation[tier.occupation]
      return occ && location[tier.location](occ)
    }
    let points: { sql: string; params: Param[] } | null = null
    let ranked: Database.Statement | null = null
    return topProfiles(vacancy, limit, ctx, MIN_MATCH_SCORE, (tier, pv, top, winners) => {
      points ??= profilePointsSql(pv)
      ranked ??= this.db.prepare(
        `SELECT m.profile_id AS id, m.rev AS rev, ${points.sql} AS raw
         FROM search_profile_fts f CROSS JOIN search_profile_match m ON m.profile_id = f.rowid
         WHERE f.search_profile_fts MATCH ? AND m.cap_min <= ? AND m.cap_max >= ? ORDER BY raw DESC, m.profile_id ASC`,
      )
      const query = tierQuery(tier)
      if (!query) return // no related occupations: the tier is empty
      // Within reach, nearer scores more: the tier's best location points bound every member's.
      const fixed = occupationPoints(tier.occupation) + locationTierPoints(tier.location)
      const rows = ranked.iterate(...points.params, query, vacancy.positionPercent, vacancy.positionPercent)
      for (const row of rows) {
        if (!isRankedRow(row)) continue
        if (top.closedBelow(boundFromRaw(fixed + row.raw))) break
        const pp = this.preparedProfile(row.id, row.rev)
        if (!pp) continue
        const score = matchScore(pv, pp, ctx)
        top.offer(row.id, score)
        if (score !== null) winners.set(row.id, pp)
      }
    })
  }

  async vacanciesForProfile(profile: ProfileDocument, limit: number, ctx: MatchContext): Promise<MatchHit[]> {
    const groups = desiredGroups(profile.desiredStyrkCodes, ctx.relatedOccupations)
    const list = (values: string[]) => `(${values.map(() => '?').join(',')})`
    // groups.related is outside the desired minor groups already (SQLite accepts an empty IN list)
    const occupation: Record<MatchTier['occupation'], [string, string[]]> = {
      UNIT: [`styrk4 IN ${list(groups.unit)}`, groups.unit],
      MINOR: [`styrk3 IN ${list(groups.minor)} AND styrk4 NOT IN ${list(groups.unit)}`, [...groups.minor, ...groups.unit]],
      RELATED: [`styrk4 IN ${list(groups.related)}`, groups.related],
      SUB_MAJOR: [
        `styrk2 IN ${list(groups.subMajor)} AND styrk3 NOT IN ${list(groups.minor)} AND styrk4 NOT IN ${list(groups.related)}`,
        [...groups.subMajor, ...groups.minor, ...groups.related],
      ],
    }
    const area = areaTerms(profile.workArea, this.geo)
    const location: Record<MatchTier['location'], [string, string[]]> = {
      KOMMUNE: [`kommune IN ${list(area.kommuner)}`, area.kommuner],
      FYLKE: [`fylke IN ${list(area.fylker)} AND kommune NOT IN ${list(area.kommuner)}`, [...area.fylker, ...area.kommuner]],
      TRAVEL: [
        `kommune IN ${list(area.reach)} AND kommune NOT IN ${list(area.kommuner)} AND fylke NOT IN ${list(area.fylker)}`,
        [...area.reach, ...area.kommuner, ...area.fylker],
      ],
      PART_FYLKE: [
        `fylke IN ${list(area.partFylker)} AND kommune NOT IN ${list(area.kommuner)} AND fylke NOT IN ${list(area.fylker)} AND kommune NOT IN ${list(area.reach)}`,
        [...area.partFylker, ...area.kommuner, ...area.fylker, ...area.reach],
      ],
      COUNTRY: ['1 = 1', []],
    }
    return topVacancies(profile, limit, ctx, MIN_MATCH_SCORE, (tier, pp, top, winners) => {
      const [occSql, occParams] = occupation[tier.occupation]
      const [locSql, locParams] = location[tier.location]
      const rows = this.stmt(
        `SELECT vacancy_id AS id, rev FROM search_vacancy_match WHERE ${occSql} AND ${locSql} AND position_percent BETWEEN ? AND ?`,
      ).all(...occParams, ...locParams, profile.workCapacityMin, profile.workCapacityMax)
      for (const row of rows) {
        if (!isVacancyRow(row)) continue
        const pv = this.preparedVacancy(row.id, row.rev, ctx)
        if (!pv) continue
        const score = matchScore(pv, pp, ctx)
        top.offer(row.id, score)
        if (score !== null) winners.set(row.id, pv)
      }
    })
  }
}

function isRankedRow(row: unknown): row is { id: number; rev: number; raw: number } {
  return typeof row === 'object' && row !== null && 'id' in row && 'raw' in row
}
function isVacancyRow(row: unknown): row is { id: number; rev: number } {
  return typeof row === 'object' && row !== null && 'id' in row && 'rev' in row
}
