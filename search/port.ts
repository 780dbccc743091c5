import type { MatchContext, MatchReason, WorkArea } from '~/domain/matching'

/**
 * The search port. Two adapters implement it (embedded SQLite FTS5, the
 * default, and Meilisearch); one contract suite (tests/contract) holds both
 * to the same behaviour. Documents are built only by search/documents.ts from
 * whitelisted, anonymised profile fields.
 */
export type ProfileDocument = {
  id: number
  code: string
  headline: string
  summary: string
  desiredStyrkCodes: string[]
  /** STYRK-08 titles of the desired codes (for free-text search). */
  desiredStyrkTitles: string[]
  skills: string[]
  experienceLevel: string | null
  educationLevel: string | null
  languages: string[]
  drivingLicences: string[]
  workCapacityMin: number
  workCapacityMax: number
  availability: string
  adaptationNeeds: string[]
  targetGroups: string[]
  schemeHints: string[]
  ageBand: string | null
  /** Where the person can work, as employers see it (after the guard); null = none shown (never «anywhere»). Residence is never indexed. */
  workArea: WorkArea | null
  publishedAt: string | null
}

export type VacancyDocument = {
  id: number
  organisationId: number
  title: string
  description: string
  styrkCode: string
  styrkTitle: string
  kommunenummer: string
  fylkesnummer: string
  positionPercent: number
  contractType: string
  startDate: string | null
  startAsap: boolean
  applicationDeadline: string | null
  requiredSkills: string[]
  desiredSkills: string[]
  languages: string[]
  drivingLicence: string | null
  inclusionTags: string[]
  publishedAt: string | null
}

/** Filters on the employer's profile search. Values within a field are OR-ed; fields are AND-ed. */
/** Filters that are a list of codes, each value matched as it is (the same name in every engine). */
export const CODE_LIST_FILTERS = [
  'fylke',
  'languages',
  'drivingLicences',
  'availability',
  'educationLevel',
  'experienceLevel',
  'adaptation',
  'schemeHints',
  'targetGroups',
] as const satisfies ReadonlyArray<keyof ProfileFilters>

export type ProfileFilters = {
  /** Fylker the person can work in (some or all of it, or the whole country). */
  fylke?: string[]
  /** Kommuner (numbers) the person's shown work area covers, any of them — the same relation matching uses. */
  canWorkIn?: string[]
  /** STYRK-08 codes or prefixes (2, 3 or 4 digits). */
  styrk?: string[]
  languages?: string[]
  drivingLicences?: string[]
  availability?: string[]
  educationLevel?: string[]
  experienceLevel?: string[]
  /** Adaptation groups (ARBEIDSTID, FYSISK, …). */
  adaptation?: string[]
  schemeHints?: string[]
  targetGroups?: string[]
  /** Profiles needing no adaptation outside these groups (the employer can meet only these). */
  adaptationWithin?: string[]
  /** A position percentage the person's work capacity must cover. */
  positionPercent?: number
  /** The person's maximum work capacity reaches at least this. */
  minCapacity?: number
}

export const FACET_FIELDS = [
  'fylke',
  'availability',
  'educationLevel',
  'experienceLevel',
  'languages',
  'drivingLicences',
  'adaptation',
  'schemeHints',
] as const
export type FacetField = (typeof FACET_FIELDS)[number]
export type Facets = Record<FacetField, Record<string, number>>

export const PROFILE_SORTS = ['relevance', 'newest', 'oldest', 'capacity'] as const
export type ProfileSort = (typeof PROFILE_SORTS)[number]

export type SearchProfilesQuery = {
  text?: string
  filters?: ProfileFilters
  sort?: ProfileSort
  /** 1-based. */
  page?: number
  pageSize?: number
}

export type SearchProfilesResult = {
  ids: number[]
  total: number
  page: number
  pageSize: number
  facets: Facets
}

export type MatchHit = { id: number; score: number; reasons: MatchReason[] }

export type ReindexSource = {
  profiles: () => Iterable<ProfileDocument>
  vacancies: () => Iterable<VacancyDocument>
}

export interface SearchPort {
  readonly engine: 'embedded' | 'meilisearch'
  /** Creates tables / applies settings; idempotent. */
  init(): Promise<void>
  indexProfiles(docs: ProfileDocument[]): Promise<void>
  removeProfiles(ids: number[]): Promise<void>
  indexVacancies(docs: VacancyDocument[]): Promise<void>
  removeVacancies(ids: number[]): Promise<void>
  searchProfiles(query: SearchProfilesQuery): Promise<SearchProfilesResult>
  /** Best published profiles for a vacancy, scored by the domain rules. */
  candidatesForVacancy(vacancy: VacancyDocument, limit: number, ctx: MatchContext): Promise<MatchHit[]>
  /** Best published vacancies for a profile, scored by the domain rules. */
  vacanciesForProfile(profile: ProfileDocument, limit: number, ctx: MatchContext): Promise<MatchHit[]>
  /** Rebuilds everything from the source (Meilisearch: into fresh indexes, then an atomic swap). */
  reindexAll(source: ReindexSource): Promise<{ profiles: number; vacancies: number }>
}

/**
 * What only the embedded engine offers, beside the port: synchronous writes
 * on the app's own SQLite connection, so the index changes inside the
 * caller's write transaction and commits or rolls back with it (ADR 0005),
 * and a count of what the index holds (compared with SQLite at start).
 * Meilisearch has neither: its updates go through the outbox worker.
 */
export interface EmbeddedSearchExtras {
  writeProfileSync(doc: ProfileDocument): void
  removeProfileSync(id: number): void
  writeVacancySync(doc: VacancyDocument): void
  removeVacancySync(id: number): void
  indexedCounts(): { profiles: number; vacancies: number }
}

/** Bad input the user can fix (shown next to the field); never an engine error. */
export class SearchInputError extends Error {
  constructor(
    public field: string,
    message: string,
  ) {
    super(message)
  }
}

export const MAX_PAGE_SIZE = 100
export const MAX_PAGE = 500

export function emptyFacets(): Facets {
  return {
    fylke: {},
    availability: {},
    educationLevel: {},
    experienceLevel: {},
    languages: {},
    drivingLicences: {},
    adaptation: {},
    schemeHints: {},
  }
}
