import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import {
  AGE_BAND_CODES,
  AVAILABILITY_CODES,
  EDUCATION_LEVEL_CODES,
  EXPERIENCE_LEVEL_CODES,
  type DrivingLicence,
  type InclusionTag,
  type LanguageCode,
} from '../../app/domain/codes'
import type { WorkArea } from '../../app/domain/matching/work-area'
import { candidates } from './candidates'
import { createdAt, json } from './columns'
import { fylker } from './reference'

export const PROFILE_STATUSES = ['UTKAST', 'PUBLISERT', 'AVPUBLISERT'] as const

/**
 * The anonymised, publishable projection of a candidate. Only this is ever
 * indexed or shown to employers. `code` is random and reveals nothing.
 */
export const profiles = sqliteTable(
  'profiles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    status: text('status', { enum: PROFILE_STATUSES }).notNull().default('UTKAST'),
    headline: text('headline').notNull().default(''),
    /** Free text; must pass the PII check before publishing. */
    summary: text('summary').notNull().default(''),
    desiredStyrkCodes: json<string[]>('desired_styrk_codes').notNull().default([]),
    skills: json<string[]>('skills').notNull().default([]),
    experienceLevel: text('experience_level', { enum: EXPERIENCE_LEVEL_CODES }),
    educationLevel: text('education_level', { enum: EDUCATION_LEVEL_CODES }),
    languages: json<LanguageCode[]>('languages').notNull().default([]),
    drivingLicences: json<DrivingLicence[]>('driving_licences').notNull().default([]),
    workCapacityMin: integer('work_capacity_min').notNull().default(100),
    workCapacityMax: integer('work_capacity_max').notNull().default(100),
    availability: text('availability', { enum: AVAILABILITY_CODES }).notNull().default('ETTER_AVTALE'),
    /** Adaptation needs as NAV's codes: groups (ARBEIDSTID) and details (ARBEIDSTID__FLEKSIBEL). */
    adaptationNeeds: json<string[]>('adaptation_needs').notNull().default([]),
    /** The person's disclosure plan (Min side): needs they chose not to show employers. Never employer-visible. */
    withheldAdaptationNeeds: json<string[]>('withheld_adaptation_needs').notNull().default([]),
    /** Target-group flags (PRIORITERT_MALGRUPPE__* codes) the jobbspesialist chose to show. */
    targetGroups: json<InclusionTag[]>('target_groups').notNull().default([]),
    /** Scheme hints derived from the innsatsgruppe at publishing (SCHEME_HINTS codes). */
    schemeHints: json<string[]>('scheme_hints').notNull().default([]),
    /** Where the person can work («ønsket arbeidssted»): chosen kommuner, whole fylker or the whole country, and travel distance. */
    workKommuner: json<string[]>('work_kommuner').notNull().default([]),
    workFylker: json<string[]>('work_fylker').notNull().default([]),
    workWholeCountry: integer('work_whole_country', { mode: 'boolean' }).notNull().default(false),
    maxTravelKm: integer('max_travel_km').notNull().default(0),
    /** When the jobbspesialist confirmed the work area; null = derived from the residence (migration) and not yet confirmed. */
    workAreaConfirmedAt: text('work_area_confirmed_at'),
    /** What employers see after the re-identification guard (possibly coarsened). */
    shownAgeBand: text('shown_age_band', { enum: AGE_BAND_CODES }),
    /** The one fylke the shown work area lies in (for statistics); never the residence, never shown to employers as such. */
    shownFylkesnummer: text('shown_fylkesnummer').references(() => fylker.fylkesnummer),
    /** The work area employers see and matching uses (WorkArea JSON, possibly coarsened); null = none shown (matches nothing). */
    shownWorkArea: json<WorkArea>('shown_work_area'),
    /** Which quasi-identifiers were coarsened at publishing, e.g. ['ageBand', 'fylke']. */
    coarsened: json<string[]>('coarsened').notNull().default([]),
    publishedAt: text('published_at'),
    unpublishedAt: text('unpublished_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [
    uniqueIndex('profiles_code_unique').on(t.code),
    uniqueIndex('profiles_candidate_unique').on(t.candidateId),
    index('profiles_status_idx').on(t.status, t.publishedAt),
    index('profiles_published_idx').on(t.publishedAt),
  ],
)

/**
 * The ONLY profile columns that may leave the jobbspesialist's hands: employer
 * pages, the API and search documents all select exactly these.
 */
export const PUBLISHABLE_PROFILE_COLUMNS = {
  code: profiles.code,
  headline: profiles.headline,
  summary: profiles.summary,
  desiredStyrkCodes: profiles.desiredStyrkCodes,
  skills: profiles.skills,
  experienceLevel: profiles.experienceLevel,
  educationLevel: profiles.educationLevel,
  languages: profiles.languages,
  drivingLicences: profiles.drivingLicences,
  workCapacityMin: profiles.workCapacityMin,
  workCapacityMax: profiles.workCapacityMax,
  availability: profiles.availability,
  adaptationNeeds: profiles.adaptationNeeds,
  targetGroups: profiles.targetGroups,
  schemeHints: profiles.schemeHints,
  shownAgeBand: profiles.shownAgeBand,
  shownFylkesnummer: profiles.shownFylkesnummer,
  shownWorkArea: profiles.shownWorkArea,
  publishedAt: profiles.publishedAt,
}
