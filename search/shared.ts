import { match, rankMatches, type MatchContext } from '~/domain/matching'
import { profileToMatch, vacancyToMatch } from './documents'
import type { MatchHit, ProfileDocument, VacancyDocument } from './port'
import { reachableFylker } from '~/domain/matching/geography'
import { MAX_PAGE, MAX_PAGE_SIZE, PROFILE_SORTS, SearchInputError, type ProfileSort, type ProfileFilters, type SearchProfilesQuery } from './port'

/** Scores candidate profiles for a vacancy with the domain rules (hard filters included) and keeps the best. */
export function rankProfiles(vacancy: VacancyDocument, candidates: Iterable<ProfileDocument>, limit: number, ctx: MatchContext): MatchHit[] {
  const v = vacancyToMatch(vacancy)
  const hits: MatchHit[] = []
  for (const p of candidates) {
    const result = match(v, profileToMatch(p), ctx)
    if (result) hits.push({ id: p.id, ...result })
  }
  return rankMatches(hits).slice(0, limit)
}

export function rankVacancies(profile: ProfileDocument, candidates: Iterable<VacancyDocument>, limit: number, ctx: MatchContext): MatchHit[] {
  const p = profileToMatch(profile)
  const hits: MatchHit[] = []
  for (const v of candidates) {
    const result = match(vacancyToMatch(v), p, ctx)
    if (result) hits.push({ id: v.id, ...result })
  }
  return rankMatches(hits).slice(0, limit)
}

/** Fylker a vacancy in `fylke` may draw candidates from (null profile fylke always allowed). */
export function candidateFylker(vacancyFylke: string): string[] {
  return reachableFylker(vacancyFylke)
}

/** Profile fylker whose people may reach a vacancy: all reachable, or every fylke when the profile's is unknown. */
export function vacancyFylkerFor(profileFylke: string | null): string[] | null {
  return profileFylke ? reachableFylker(profileFylke) : null
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
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE) throw new SearchInputError('page', `Siden må være et helt tall fra 1 til ${MAX_PAGE}.`)
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new SearchInputError('pageSize', `Antall per side må være et helt tall fra 1 til ${MAX_PAGE_SIZE}.`)
  }
  const filters: ProfileFilters = {}
  const f = query.filters ?? {}
  for (const key of ['fylke', 'styrk', 'languages', 'drivingLicences', 'availability', 'educationLevel', 'experienceLevel', 'adaptation', 'schemeHints', 'targetGroups'] as const) {
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
  return { text: (query.text ?? '').slice(0, 10_000), sort: PROFILE_SORTS.includes(query.sort as ProfileSort) ? (query.sort as ProfileSort) : 'relevance', page, pageSize, filters }
}
