/**
 * What employers search and see: the profile listing through the search
 * engine (re-read from SQLite, published only), one profile by code
 * (audit-logged), and the projection matching results use.
 */
import { and, eq, inArray } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { profiles } from '@db/schema'
import {
  availabilityUpTo,
  isProfileCode,
  PROFILE_PAGE_SIZE,
  type EmployerProfile,
  type ProfileFilters,
  type ProfileSort,
} from '~/domain/profiles'
import { placeOf } from '@db/geo.server'
import { extractPlaces } from '@search/text/places'
import { getSearch } from '@search/index.server'
import {
  MAX_PAGE,
  type Facets,
  type ProfileFilters as EngineFilters,
  type ProfileSort as EngineSort,
  type SearchProfilesResult,
} from '@search/port'
import { audit } from '~/services/audit.server'
import { type CaseloadUser } from '~/services/candidates.server'
import { fail, ok, type Result } from '~/utils/result'
import { employerColumns, project } from './shared.server'

export type ProfilePage = {
  total: number
  page: number
  pageSize: number
  pageCount: number
  items: EmployerProfile[]
  /** Counts per filter value in the current result (from the search engine). */
  facets: Facets
  /** Place names in the query used as «can work in» instead of as words. */
  placesInQuery: string[]
}

/**
 * The employer's profile search through the engine. Ids come back in the
 * engine's order; the caller projects them (published rows only) — anything
 * no longer published is dropped and the total adjusted.
 */
export async function searchProfilesWithEngine(
  text: string | undefined,
  filters: EngineFilters,
  sort: EngineSort,
  page: number,
  pageSize: number,
): Promise<SearchProfilesResult> {
  const search = await getSearch()
  const result = await search.searchProfiles({ text, filters, sort, page, pageSize })
  // Read by primary key and checked here: with the status in the WHERE, SQLite walks the whole status index instead.
  const stillPublished = new Set(
    result.ids.length
      ? getDb()
          .select({ id: profiles.id, status: profiles.status })
          .from(profiles)
          .where(inArray(profiles.id, result.ids))
          .all()
          .flatMap((r) => (r.status === 'PUBLISERT' ? [r.id] : []))
      : [],
  )
  const ids = result.ids.filter((id) => stillPublished.has(id))
  return { ...result, ids, total: Math.max(0, result.total - (result.ids.length - ids.length)) }
}

/**
 * THE employer listing query (pages and API), through the search port
 * (`searchProfilesWithEngine`): free text with Norwegian stemming, synonyms and
 * typo tolerance, filters and facet counts. Hits are re-read from SQLite and
 * only published profiles are shown.
 */
export async function searchPublishedProfiles(filters: ProfileFilters, sort: ProfileSort = 'newest', page = 1): Promise<ProfilePage> {
  const db = getDb()
  const safePage = Math.min(Math.max(Math.trunc(page) || 1, 1), MAX_PAGE)
  // «kokk oslo»: the place filters on where people can work; the rest is searched as text
  const places = filters.q ? extractPlaces(filters.q, placeOf) : null
  const placeFylker = places?.fylker.length ? places.fylker : undefined
  const fylkeFilter = filters.fylke ? [filters.fylke] : undefined
  const result = await searchProfilesWithEngine(
    places ? places.text : filters.q,
    {
      styrk: filters.styrk ? [filters.styrk] : undefined,
      // a chosen fylke and a fylke named in the query must both hold
      fylke:
        fylkeFilter && placeFylker ? (placeFylker.includes(fylkeFilter[0]) ? fylkeFilter : ['__NONE__']) : (fylkeFilter ?? placeFylker),
      canWorkIn: places?.kommuner.length ? places.kommuner : undefined,
      minCapacity: filters.minCapacity,
      availability: filters.availability ? availabilityUpTo(filters.availability) : undefined,
      languages: filters.language ? [filters.language] : undefined,
      drivingLicences: filters.drivingLicence ? [filters.drivingLicence] : undefined,
      adaptationWithin: filters.adaptationGroups,
    },
    sort,
    safePage,
    PROFILE_PAGE_SIZE,
  )
  const rows = result.ids.length
    ? db
        .select({ ...employerColumns, id: profiles.id, status: profiles.status })
        .from(profiles)
        .where(inArray(profiles.id, result.ids))
        .all()
    : []
  const byId = new Map(rows.flatMap(({ status, ...r }) => (status === 'PUBLISERT' ? [[r.id, r] as const] : [])))
  return {
    total: result.total,
    page: safePage,
    pageSize: PROFILE_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(result.total / PROFILE_PAGE_SIZE)),
    items: result.ids.flatMap((id) => {
      const row = byId.get(id)
      return row ? [project(row, db)] : []
    }),
    facets: result.facets,
    placesInQuery: places?.names ?? [],
  }
}

export type ProfileViewer = Pick<CaseloadUser, 'id' | 'role' | 'organisationId'>

const NOT_PUBLISHED = 'Profilen finnes ikke eller er ikke lenger publisert.'

/** One published profile by code, audit-logged as PROFILE_VIEWED (with the viewer's organisation); `not_found` when not published. */
export function viewPublishedProfile(viewer: ProfileViewer, code: string, via: 'page' | 'api' = 'page'): Result<EmployerProfile> {
  if (!isProfileCode(code)) return fail('not_found', NOT_PUBLISHED)
  const db = getDb()
  return db.transaction((tx) => {
    const row = tx
      .select({ ...employerColumns, id: profiles.id, candidateId: profiles.candidateId })
      .from(profiles)
      .where(and(eq(profiles.code, code), eq(profiles.status, 'PUBLISERT')))
      .get()
    if (!row) return fail('not_found', NOT_PUBLISHED)
    audit(tx, viewer, {
      action: 'PROFILE_VIEWED',
      subjectType: 'profile',
      subjectId: row.id,
      candidateId: row.candidateId,
      details: { code: row.code, organisationId: viewer.organisationId, via },
    })
    return ok(project(row, tx))
  })
}

/** The employer-facing projection of any profile row by id (e.g. for matching results), or null when not published. */
export function employerProfileById(db: DbOrTx, profileId: number): EmployerProfile | null {
  const row = db
    .select(employerColumns)
    .from(profiles)
    .where(and(eq(profiles.id, profileId), eq(profiles.status, 'PUBLISERT')))
    .get()
  return row ? project(row, db) : null
}
