import type { Geo, PlaceNames, WorkArea } from './work-area'

/** The anonymised profile fields matching may use (never anything from `candidates`). */
export type MatchProfile = {
  id: number
  status: string
  desiredStyrkCodes: string[]
  skills: string[]
  languages: string[]
  drivingLicences: string[]
  workCapacityMin: number
  workCapacityMax: number
  availability: string
  adaptationNeeds: string[]
  schemeHints: string[]
  /** Where the person can work, as employers see it; null = not stated/shown (matches nothing). */
  workArea: WorkArea | null
}

export type MatchVacancy = {
  id: number
  status: string
  styrkCode: string
  kommunenummer: string
  fylkesnummer: string
  positionPercent: number
  startDate: string | null
  startAsap: boolean
  applicationDeadline: string | null
  requiredSkills: string[]
  desiredSkills: string[]
  languages: string[]
  drivingLicence: string | null
  inclusionTags: string[]
}

export type ReasonKind =
  'OCCUPATION' | 'SKILLS' | 'LANGUAGES' | 'DRIVING_LICENCE' | 'ADAPTATION' | 'SCHEME' | 'AVAILABILITY' | 'LOCATION' | 'WORK_CAPACITY'

/**
 * One explained part of a score, in bokmål. `effect` says whether it helped or
 * hurt; `points` is what it added to the score (negative when it pulled the
 * score down; the score is the sum, rounded and kept within 0–100).
 */
export type MatchReason = { kind: ReasonKind; text: string; effect: 'positive' | 'negative' | 'neutral'; points: number }

/** Who reads the reasons: the employer («dere tilbyr det») or a jobbspesialist («arbeidsgiveren tilbyr det»). */
export type ReasonAudience = 'employer' | 'jobbspesialist'

export type MatchResult = { score: number; reasons: MatchReason[] }

/** The curated related occupations of a STYRK-08 code (none when it has none). */
export type RelatedOccupations = (code: string) => readonly string[]

export type MatchContext = {
  /** ISO date (Europe/Oslo) — pass it in, domain code never reads the clock. */
  today: string
  /** STYRK-08 title for a code, e.g. 5120 → «Kokker». */
  styrkTitle: (code: string) => string | undefined
  /** Occupations related across STYRK groups (db/reference/beslektede_yrker.csv, both directions): 5120 → 3434, 9412. */
  relatedOccupations: RelatedOccupations
  /** Kommuner, fylker and distances (db/reference). */
  geo: Geo
  places: PlaceNames
  /** Who the reasons are worded for (default: the employer). Never changes the score. */
  audience?: ReasonAudience
}
