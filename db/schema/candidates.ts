import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { INNSATSGRUPPE_CODES, IPS_STEP_CODES } from '../../app/domain/codes'
import { users } from './accounts'
import { createdAt, json } from './columns'
import { organisations } from './organisations'
import { kommuner } from './reference'

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
