import {
  explainMatch,
  match,
  OCCUPATION_LEVELS,
  prepareProfile,
  prepareVacancy,
  profileTierBound,
  rankMatches,
  vacancyTierBound,
  type MatchContext,
  type MatchTier,
  type RelatedOccupations,
  type PreparedProfile,
  type PreparedVacancy,
} from '~/domain/matching'
import { exactTopN, type ScoredTier, type TopN } from '~/domain/matching/top-n'
import { FYLKE_NAMES } from '~/domain/matching/geography'
import {
  AREA_RELATIONS,
  isEmptyWorkArea,
  reachableKommuner,
  type AreaRelationKind,
  type Geo,
  type WorkArea,
} from '~/domain/matching/work-area'
import { profileToMatch, vacancyToMatch } from './documents'
import type { MatchHit, ProfileDocument, VacancyDocument } from './port'
import {
  CODE_LIST_FILTERS,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  PROFILE_SORTS,
  SearchInputError,
  type ProfileFilters,
  type SearchProfilesQuery,
} from './port'

/**
 * Brute force: scores every given profile for a vacancy with the domain rules
 * and keeps the best (score, then id). The reference the engines' exact top N
 * is tested against, and what small candidate sets use.
 */
export function rankProfiles(
  vacancy: VacancyDocument,
  candidates: Iterable<ProfileDocument>,
  limit: number,
  ctx: MatchContext,
): MatchHit[] {
  const v = vacancyToMatch(vacancy)
  const hits: MatchHit[] = []
  for (const p of candidates) {
    const result = match(v, profileToMatch(p), ctx)
    if (result) hits.push({ id: p.id, ...result })
  }
  return rankMatches(hits).slice(0, limit)
}

export function rankVacancies(
  profile: ProfileDocument,
  candidates: Iterable<VacancyDocument>,
  limit: number,
  ctx: MatchContext,
): MatchHit[] {
  const p = profileToMatch(profile)
  const hits: MatchHit[] = []
  for (const v of candidates) {
    const result = match(vacancyToMatch(v), p, ctx)
    if (result) hits.push({ id: v.id, ...result })
  }
  return rankMatches(hits).slice(0, limit)
}

/**
 * The tiers of profiles for a vacancy: occupation level × how the workplace
 * relates to the person's work area — a partition of every profile that can
 * match (the hard filters require both), each with its bound. No related
 * tier when the vacancy's occupation has no curated related occupations.
 */
export function profileTiers(pv: PreparedVacancy, related: RelatedOccupations): Array<ScoredTier<MatchTier>> {
  const levels = related(pv.vacancy.styrkCode).length > 0 ? OCCUPATION_LEVELS : OCCUPATION_LEVELS.filter((l) => l !== 'RELATED')
  return levels.flatMap((occupation) =>
    AREA_RELATIONS.map((location) => {
      const key = { occupation, location }
      return { key, bound: profileTierBound(pv, key) }
    }),
  )
}

/** The location relations a person's area can have to a workplace. */
export function areaRelationsOf(area: WorkArea | null): AreaRelationKind[] {
  if (!area || isEmptyWorkArea(area)) return []
  if (area.wholeCountry) return ['COUNTRY']
  const out: AreaRelationKind[] = []
  if (area.kommuner.length) out.push('KOMMUNE')
  if (area.fylker.length) out.push('FYLKE')
  if (area.maxTravelKm > 0 && (area.kommuner.length || area.fylker.length)) out.push('TRAVEL')
  if (area.partFylker.length) out.push('PART_FYLKE')
  return out
}

/** The tiers of vacancies for a profile (see profileTiers). */
export function vacancyTiers(pp: PreparedProfile, related: RelatedOccupations): Array<ScoredTier<MatchTier>> {
  if (pp.profile.desiredStyrkCodes.length === 0) return []
  const levels =
    desiredGroups(pp.profile.desiredStyrkCodes, related).related.length > 0
      ? OCCUPATION_LEVELS
      : OCCUPATION_LEVELS.filter((l) => l !== 'RELATED')
  return levels.flatMap((occupation) =>
    areaRelationsOf(pp.profile.workArea).map((location) => {
      const key = { occupation, location }
      return { key, bound: vacancyTierBound(pp, key) }
    }),
  )
}

/** What an engine indexes about a work area: the places it names, the kommuner within travel, and the fylker it touches. */
export type AreaTerms = {
  kommuner: string[]
  fylker: string[]
  partFylker: string[]
  reach: string[]
  wholeCountry: boolean
  coveredFylker: string[]
}

export function areaTerms(area: WorkArea | null, geo: Geo): AreaTerms {
  if (!area || isEmptyWorkArea(area)) return { kommuner: [], fylker: [], partFylker: [], reach: [], wholeCountry: false, coveredFylker: [] }
  const reach = reachableKommuner(area, geo)
  const covered = area.wholeCountry
    ? Object.keys(FYLKE_NAMES)
    : [...area.fylker, ...area.partFylker, ...[...area.kommuner, ...reach].map((k) => geo.fylkeOf(k) ?? '')].filter(Boolean)
  return {
    kommuner: area.kommuner,
    fylker: area.fylker,
    partFylker: area.partFylker,
    reach,
    wholeCountry: area.wholeCountry,
    coveredFylker: [...new Set(covered)].sort(),
  }
}

/**
 * STYRK codes of a profile's tiers: the desired codes, their 3- and 2-digit
 * groups, and the curated related codes outside those minor groups (a
 * vacancy with one of them is in the RELATED tier).
 */
export function desiredGroups(
  codes: string[],
  relatedOf: RelatedOccupations = () => [],
): { unit: string[]; minor: string[]; related: string[]; subMajor: string[] } {
  const minor = [...new Set(codes.map((c) => c.slice(0, 3)))]
  return {
    unit: [...new Set(codes)],
    minor,
    related: [...new Set(codes.flatMap(relatedOf))].filter((c) => !minor.includes(c.slice(0, 3))).sort(),
    subMajor: [...new Set(codes.map((c) => c.slice(0, 2)))],
  }
}

/** The curated related codes of a vacancy's occupation outside its own minor group (its RELATED tier). */
export function relatedToVacancy(code: string, relatedOf: RelatedOccupations): string[] {
  return relatedOf(code).filter((c) => c.slice(0, 3) !== code.slice(0, 3))
}

/**
 * Exact top N profiles for a vacancy. `scoreTier` must offer every profile of
 * the tier (the adapter's fetch) scored with `matchScore`; only the winners
 * are explained.
 */
export async function topProfiles(
  vacancy: VacancyDocument,
  limit: number,
  ctx: MatchContext,
  minScore: number,
  scoreTier: (tier: MatchTier, pv: PreparedVacancy, top: TopN, explainable: Map<number, PreparedProfile>) => void | Promise<void>,
): Promise<MatchHit[]> {
  const pv = prepareVacancy(vacancyToMatch(vacancy), ctx)
  if (!pv.open || limit <= 0) return []
  const winners = new Map<number, PreparedProfile>()
  const { top } = await exactTopN(profileTiers(pv, ctx.relatedOccupations), limit, minScore, (tier, collector) =>
    scoreTier(tier, pv, collector, winners),
  )
  return top.flatMap((r) => {
    const pp = winners.get(r.id)
    const result = pp ? explainMatch(pv, pp, ctx) : null
    return result ? [{ id: r.id, ...result }] : []
  })
}

/** Exact top N vacancies for a profile (see topProfiles). */
export async function topVacancies(
  profile: ProfileDocument,
  limit: number,
  ctx: MatchContext,
  minScore: number,
  scoreTier: (tier: MatchTier, pp: PreparedProfile, top: TopN, explainable: Map<number, PreparedVacancy>) => void | Promise<void>,
): Promise<MatchHit[]> {
  const pp = prepareProfile(profileToMatch(profile))
  if (limit <= 0) return []
  const winners = new Map<number, PreparedVacancy>()
  const { top } = await exactTopN(vacancyTiers(pp, ctx.relatedOccupations), limit, minScore, (tier, collector) =>
    scoreTier(tier, pp, collector, winners),
  )
  return top.flatMap((r) => {
    const pv = winners.get(r.id)
    const result = pv ? explainMatch(pv, pp, ctx) : null
    return result ? [{ id: r.id, ...result }] : []
  })
}

export function twoDigitGroups(codes: string[]): string[] {
  return [...new Set(codes.map((c) => c.slice(0, 2)))]
}

const VALUE_RE = /^[A-Za-z0-9_-]{1,60}$/

/**
 * Normalises a query for the adapters: page/pageSize within bounds (a clear
 * SearchInputError otherwise), filter values that cannot be codes dropped so
 * they simply match nothing. Engines never see raw user input except the text,
 * which each adapter tokenises itself.
 */
export function normaliseQuery(query: SearchProfilesQuery): Required<Omit<SearchProfilesQuery, 'filters'>> & { filters: ProfileFilters } {
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 20
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE)
    throw new SearchInputError('page', `Siden må være et helt tall fra 1 til ${MAX_PAGE}.`)
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new SearchInputError('pageSize', `Antall per side må være et helt tall fra 1 til ${MAX_PAGE_SIZE}.`)
  }
  const filters: ProfileFilters = {}
  const f = query.filters ?? {}
  for (const key of [...CODE_LIST_FILTERS, 'canWorkIn', 'styrk'] as const) {
    const values = f[key]
    if (values === undefined) continue
    // An unknown or malformed value matches nothing; it is kept as a marker so the result is empty, not unfiltered.
    filters[key] = [...new Set(values.map((v) => (VALUE_RE.test(String(v)) ? String(v) : '__INVALID__')))].slice(0, 50)
  }
  if (f.adaptationWithin !== undefined) {
    filters.adaptationWithin = [...new Set(f.adaptationWithin.filter((v) => VALUE_RE.test(String(v))))]
  }
  for (const key of ['positionPercent', 'minCapacity'] as const) {
    const value = f[key]
    if (value === undefined) continue
    if (!Number.isInteger(value) || value < 1 || value > 100) {
      throw new SearchInputError(key, 'Stillingsprosent må være et helt tall fra 1 til 100.')
    }
    filters[key] = value
  }
  return {
    text: (query.text ?? '').slice(0, 10_000),
    sort: PROFILE_SORTS.find((s) => s === query.sort) ?? 'relevance',
    page,
    pageSize,
    filters,
  }
}
