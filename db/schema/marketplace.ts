import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import {
  AVAILABILITY_CODES,
  CONTACT_REQUEST_STATUS_CODES,
  CONTRACT_TYPE_CODES,
  EDUCATION_LEVEL_CODES,
  EMPLOYER_MARKING_CODES,
  EXPERIENCE_LEVEL_CODES,
  INNSATSGRUPPE_CODES,
  IPS_STEP_CODES,
  VACANCY_STATUS_CODES,
  type DrivingLicence,
  type InclusionTag,
  type LanguageCode,
} from '../../app/domain/codes'
import { createdAt, organisations, users } from './core'
import { fylker, kommuner, styrk08 } from './reference'
import type { WorkArea } from '../../app/domain/matching/work-area'

const json = <T>(name: string) => text(name, { mode: 'json' }).$type<T>()

/** An employer's vacancy (stilling). */
export const vacancies = sqliteTable(
  'vacancies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    status: text('status', { enum: VACANCY_STATUS_CODES }).notNull().default('UTKAST'),
    title: text('title').notNull(),
    styrkCode: text('styrk_code')
      .notNull()
      .references(() => styrk08.code),
    description: text('description').notNull().default(''),
    kommunenummer: text('kommunenummer')
      .notNull()
      .references(() => kommuner.kommunenummer),
    positionPercent: integer('position_percent').notNull(),
    contractType: text('contract_type', { enum: CONTRACT_TYPE_CODES }).notNull(),
    /** null with startAsap = «snarest». */
    startDate: text('start_date'),
    startAsap: integer('start_asap', { mode: 'boolean' }).notNull().default(false),
    applicationDeadline: text('application_deadline'),
    /** Optional yearly full-time salary in kroner (used by the subsidy calculator). */
    yearlySalary: integer('yearly_salary'),
    requiredSkills: json<string[]>('required_skills').notNull().default([]),
    desiredSkills: json<string[]>('desired_skills').notNull().default([]),
    languages: json<LanguageCode[]>('languages').notNull().default([]),
    drivingLicence: text('driving_licence'),
    /** NAV's inclusion tags: INKLUDERING__*, TILTAK_ELLER_VIRKEMIDDEL__*, PRIORITERT_MALGRUPPE__*, STATLIG_INKLUDERINGSDUGNAD. */
    inclusionTags: json<string[]>('inclusion_tags').notNull().default([]),
    publishedAt: text('published_at'),
    filledAt: text('filled_at'),
    closedAt: text('closed_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [
    index('vacancies_org_idx').on(t.organisationId),
    index('vacancies_status_idx').on(t.status, t.publishedAt),
    index('vacancies_styrk_idx').on(t.styrkCode),
    // Partner statistics (issue 7): range scans by publishing time, covering the organisation.
    index('vacancies_published_idx').on(t.publishedAt, t.organisationId, t.kommunenummer),
  ],
)

/**
 * A person in a jobbspesialist's caseload: PERSONAL DATA. Readable only by the
 * owning jobbspesialist (and admin, audited). Never indexed, never shown to
 * employers without a per-employer consent.
 */
export const candidates = sqliteTable(
  'candidates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jobbspesialistUserId: integer('jobbspesialist_user_id')
      .notNull()
      .references(() => users.id),
    navUnitId: integer('nav_unit_id').references(() => organisations.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** Fødselsnummer or d-nummer (11 digits, validated with @navikt/fnrvalidator). */
    fnr: text('fnr').notNull(),
    birthDate: text('birth_date').notNull(),
    phone: text('phone'),
    email: text('email'),
    kommunenummer: text('kommunenummer')
      .notNull()
      .references(() => kommuner.kommunenummer),
    innsatsgruppe: text('innsatsgruppe', { enum: INNSATSGRUPPE_CODES }).notNull(),
    referralDate: text('referral_date').notNull(),
    ipsStep: text('ips_step', { enum: IPS_STEP_CODES }).notNull().default('HENVIST'),
    ipsStepChangedAt: text('ips_step_changed_at'),
    /** The CV the jobbspesialist keeps for the person; parts are shared per employer after consent. */
    cv: json<{
      summary?: string
      experience?: Array<{ employer: string; title: string; from?: string; to?: string }>
      education?: Array<{ institution: string; programme: string; year?: string }>
      certificates?: string[]
    }>('cv'),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [
    index('candidates_owner_idx').on(t.jobbspesialistUserId),
    uniqueIndex('candidates_fnr_unique').on(t.fnr),
    index('candidates_owner_step_idx').on(t.jobbspesialistUserId, t.ipsStep),
  ],
)

/** Every IPS step change (for caseload outcomes such as days in work). */
export const candidateStepHistory = sqliteTable(
  'candidate_step_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    step: text('step', { enum: IPS_STEP_CODES }).notNull(),
    at: text('at').notNull(),
    byUserId: integer('by_user_id').references(() => users.id),
  },
  (t) => [index('candidate_step_history_idx').on(t.candidateId, t.at)],
)

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
    shownAgeBand: text('shown_age_band'),
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

export const CONSENT_KINDS = ['PUBLISERING', 'DELING_MED_ARBEIDSGIVER'] as const
export const CONSENT_METHODS = ['MUNTLIG', 'SKRIFTLIG', 'DIGITAL_LENKE', 'MIN_SIDE'] as const

/** Recorded consents: who recorded it, when, how, scope. Withdrawal is a timestamp, never a delete. */
export const consents = sqliteTable(
  'consents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: CONSENT_KINDS }).notNull(),
    /** For DELING_MED_ARBEIDSGIVER: the one employer it covers. */
    organisationId: integer('organisation_id').references(() => organisations.id),
    contactRequestId: integer('contact_request_id'),
    method: text('method', { enum: CONSENT_METHODS }).notNull(),
    scope: text('scope').notNull(),
    givenAt: text('given_at').notNull(),
    recordedByUserId: integer('recorded_by_user_id').references(() => users.id),
    withdrawnAt: text('withdrawn_at'),
    withdrawnByUserId: integer('withdrawn_by_user_id').references(() => users.id),
  },
  (t) => [index('consents_candidate_idx').on(t.candidateId, t.kind)],
)

/** «Be om kontakt»: an employer asks to get in touch about a profile. */
export const contactRequests = sqliteTable(
  'contact_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    profileId: integer('profile_id')
      .notNull()
      .references(() => profiles.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    requestedByUserId: integer('requested_by_user_id').references(() => users.id),
    vacancyId: integer('vacancy_id').references(() => vacancies.id),
    message: text('message').notNull().default(''),
    status: text('status', { enum: CONTACT_REQUEST_STATUS_CODES }).notNull().default('SENDT'),
    replyDeadline: text('reply_deadline'),
    askedAt: text('asked_at'),
    answeredAt: text('answered_at'),
    /** CV parts the jobbspesialist chose to share on consent: SUMMARY, EXPERIENCE, EDUCATION, CERTIFICATES. */
    sharedCvParts: json<string[]>('shared_cv_parts').notNull().default([]),
    employerMarking: text('employer_marking', { enum: EMPLOYER_MARKING_CODES }),
    markedAt: text('marked_at'),
    /** Shared data disappears from the employer's view after this (6 months after consent). */
    sharedUntil: text('shared_until'),
    sharingExpiredAt: text('sharing_expired_at'),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [
    index('contact_requests_org_idx').on(t.organisationId, t.status),
    index('contact_requests_profile_idx').on(t.profileId),
    index('contact_requests_status_idx').on(t.status, t.replyDeadline),
    index('contact_requests_created_idx').on(t.createdAt, t.organisationId, t.status),
    index('contact_requests_marking_idx').on(t.employerMarking, t.markedAt, t.organisationId),
  ],
)

export const CANDIDATE_TOKEN_PURPOSES = ['CONTACT_CONSENT', 'AGREEMENT_APPROVAL', 'MIN_SIDE_LOGIN'] as const

/** Single-use links e-mailed to a person (no login). Only the SHA-256 of the token is stored. */
export const candidateTokens = sqliteTable(
  'candidate_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    purpose: text('purpose', { enum: CANDIDATE_TOKEN_PURPOSES }).notNull(),
    tokenHash: text('token_hash').notNull(),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    /** contact_requests.id or agreements.id, by purpose (MIN_SIDE_LOGIN: the candidate's own id). */
    subjectId: integer('subject_id').notNull(),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('candidate_tokens_hash_unique').on(t.tokenHash)],
)
