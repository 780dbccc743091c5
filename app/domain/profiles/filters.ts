import { z } from 'zod'
import {
  ADAPTATION_GROUP_CODES,
  AVAILABILITY_CODES,
  DRIVING_LICENCE_CODES,
  LANGUAGE_CODES,
  type AdaptationGroup,
  type Availability,
} from '~/domain/codes'

/** Filters on the employers' profile listing and GET /api/v1/profiles. */
export type ProfileFilters = {
  q?: string
  styrk?: string
  fylke?: string
  /** The employer needs at least this stillingsprosent (profiles whose max capacity reaches it). */
  minCapacity?: number
  /** Can start no later than this. */
  availability?: Availability
  language?: string
  drivingLicence?: string
  /** Adaptation groups the employer can meet: profiles needing only these (or nothing). */
  adaptationGroups?: AdaptationGroup[]
}
export const PROFILE_SORT_CODES = ['relevance', 'newest', 'oldest', 'capacity'] as const
export type ProfileSort = (typeof PROFILE_SORT_CODES)[number]
export const PROFILE_SORTS = {
  relevance: 'Best treff på søket',
  newest: 'Nyeste først',
  oldest: 'Eldste først',
  capacity: 'Høyest stillingsprosent',
} as const satisfies Record<ProfileSort, string>
export const PROFILE_PAGE_SIZE = 20

/** Availability codes that are «no later than» the chosen one. */
export function availabilityUpTo(code: Availability): Availability[] {
  return AVAILABILITY_CODES.slice(0, AVAILABILITY_CODES.indexOf(code) + 1)
}

const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional())

/** The listing's query (page and GET /api/v1/profiles); also documents the API. */
export const ProfileQuerySchema = z.object({
  q: optional(z.string().trim().max(200, 'Søketeksten kan være høyst 200 tegn.')),
  styrk: optional(z.string().regex(/^\d{4}$/, 'Yrkeskoden må være fire siffer (STYRK-08).')),
  fylke: optional(z.string().regex(/^\d{2}$/, 'Fylkesnummeret må være to siffer.')),
  minCapacity: optional(
    z.coerce
      .number({ invalid_type_error: 'Stillingsprosenten må være et tall.' })
      .int('Stillingsprosenten må være et helt tall.')
      .min(1, 'Stillingsprosenten må være mellom 1 og 100.')
      .max(100, 'Stillingsprosenten må være mellom 1 og 100.'),
  ),
  availability: optional(z.enum(AVAILABILITY_CODES, { errorMap: () => ({ message: 'Ukjent oppstartstidspunkt.' }) })),
  language: optional(z.enum(LANGUAGE_CODES, { errorMap: () => ({ message: 'Ukjent språk.' }) })),
  drivingLicence: optional(z.enum(DRIVING_LICENCE_CODES, { errorMap: () => ({ message: 'Ukjent førerkortklasse.' }) })),
  adaptationGroups: z.array(z.enum(ADAPTATION_GROUP_CODES, { errorMap: () => ({ message: 'Ukjent tilretteleggingsgruppe.' }) })).optional(),
  sort: optional(z.enum(PROFILE_SORT_CODES, { errorMap: () => ({ message: 'Ukjent sortering.' }) })),
  page: optional(
    z.coerce
      .number({ invalid_type_error: 'Sidenummeret må være et tall.' })
      .int('Sidenummeret må være et helt tall.')
      .min(1, 'Sidenummeret må være minst 1.')
      .max(100000, 'Sidenummeret er for stort.'),
  ),
})

export type ParsedProfileQuery =
  { ok: true; filters: ProfileFilters; sort: ProfileSort; page: number } | { ok: false; errors: Array<{ field: string; message: string }> }

/** Parses the listing's query string (page and API share it). Unknown parameters are ignored. */
export function parseProfileQuery(params: URLSearchParams): ParsedProfileQuery {
  const raw: Record<string, unknown> = {}
  for (const key of ['q', 'styrk', 'fylke', 'minCapacity', 'availability', 'language', 'drivingLicence', 'sort', 'page']) {
    const value = params.get(key)
    if (value !== null) raw[key] = value
  }
  const groups = params.getAll('adaptationGroups').filter(Boolean)
  if (groups.length) raw.adaptationGroups = groups
  const result = ProfileQuerySchema.safeParse(raw)
  if (!result.success) {
    return { ok: false, errors: result.error.issues.map((i) => ({ field: String(i.path[0] ?? 'query'), message: i.message })) }
  }
  const { sort, page, ...filters } = result.data
  return {
    ok: true,
    filters,
    // with a query the best hits come first unless another order is chosen; without one, the newest
    sort: sort ?? (filters.q ? 'relevance' : 'newest'),
    page: page ?? 1,
  }
}
