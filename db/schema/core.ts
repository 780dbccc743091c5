import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { kommuner } from './reference'

/** ISO timestamp default, stored as text so it sorts and reads well. */
export const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)

/** A JSON column typed as `T`. */
export const json = <T>(name: string) => text(name, { mode: 'json' }).$type<T>()

export const ORGANISATION_KINDS = ['EMPLOYER', 'PARTNER', 'NAV_UNIT'] as const
export const SECTORS = ['PRIVAT', 'KOMMUNAL', 'FYLKESKOMMUNAL', 'STATLIG'] as const
/** NACE Rev. 2 sections (SN2007 «næringshovedområder»). */
export const NACE_SECTIONS = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
] as const
export const PARTNER_CODES = ['NHO', 'VIRKE', 'KS', 'SPEKTER', 'LO', 'YS', 'UNIO', 'AKADEMIKERNE'] as const
export const ROLES = ['arbeidsgiver', 'jobbspesialist', 'partner', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    name: text('name').notNull(),
    /** Employers: 9-digit organisasjonsnummer with a valid modulus-11 check digit. */
    orgnr: text('orgnr'),
    kommunenummer: text('kommunenummer').references(() => kommuner.kommunenummer),
    sector: text('sector', { enum: SECTORS }),
    naceSection: text('nace_section', { enum: NACE_SECTIONS }),
    /** Partner organisations: NHO, LO, … */
    partnerCode: text('partner_code', { enum: PARTNER_CODES }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('organisations_orgnr_unique').on(t.orgnr),
    uniqueIndex('organisations_partner_code_unique').on(t.partnerCode),
    index('organisations_kind_idx').on(t.kind),
  ],
)

/** An employer's membership in partner organisations (an employer may be in NHO and Virke). */
export const partnerMemberships = sqliteTable(
  'partner_memberships',
  {
    employerId: integer('employer_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('partner_memberships_pk').on(t.employerId, t.partnerId), index('partner_memberships_partner_idx').on(t.partnerId)],
)

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    role: text('role', { enum: ROLES }).notNull(),
    organisationId: integer('organisation_id').references(() => organisations.id),
    emailVerifiedAt: text('email_verified_at'),
    disabledAt: text('disabled_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email), index('users_org_idx').on(t.organisationId)],
)

export const sessions = sqliteTable(
  'sessions',
  {
    /** Random 32-byte id (base64url); the cookie carries only this. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: text('expires_at').notNull(),
    createdAt: createdAt(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
)

export const TOKEN_PURPOSES = ['PASSWORD_RESET', 'EMAIL_VERIFICATION', 'INVITATION'] as const

/** Single-use e-mailed tokens. Only the SHA-256 of the token is stored. */
export const userTokens = sqliteTable(
  'user_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    purpose: text('purpose', { enum: TOKEN_PURPOSES }).notNull(),
    tokenHash: text('token_hash').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('user_tokens_hash_unique').on(t.tokenHash)],
)

/** Failed login attempts, for rate limiting per account and per IP. */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)],
)

/**
 * Append-only audit log: every reveal of personal data, every profile view,
 * every admin read of a person. Triggers in the migration refuse UPDATE/DELETE.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorUserId: integer('actor_user_id'),
    actorRole: text('actor_role'),
    actorOrganisationId: integer('actor_organisation_id'),
    /** Set when the actor is the person themself (signed in on Min side); actorRole is then 'person'. */
    actorCandidateId: integer('actor_candidate_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    /** The person the entry concerns (candidates.id) so a person's history is one query. */
    candidateId: integer('candidate_id'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_log_subject_idx').on(t.subjectType, t.subjectId),
    index('audit_log_candidate_idx').on(t.candidateId),
    index('audit_log_actor_idx').on(t.actorUserId),
    index('audit_log_action_idx').on(t.action, t.at),
    index('audit_log_actor_candidate_idx').on(t.actorCandidateId),
  ],
)

export const OUTBOX_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const

/** E-mail outbox: written in the same transaction as the change; a worker delivers. */
export const emailOutbox = sqliteTable(
  'email_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    template: text('template').notNull(),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    lastError: text('last_error'),
    sentAt: text('sent_at'),
    createdAt: createdAt(),
    /** The worker (one per app instance) sending it now; with the expiry below, a lease so two instances never send one mail twice. */
    leaseOwner: text('lease_owner'),
    /** Wall-clock ISO time the lease ends: a worker that died mid-send leaves the mail to another after this. */
    leaseExpiresAt: text('lease_expires_at'),
  },
  (t) => [index('email_outbox_due_idx').on(t.status, t.nextAttemptAt)],
)

/**
 * One row per form submission that created something (issue 10 §6): the
 * second submit with the same key (double click, resend after a slow
 * response) is sent to `location`, the result page of the first, instead of
 * creating a second row. Keys are random per rendered form and scoped to who
 * submitted it, so one user's key never leads to another user's page.
 */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    owner: text('owner').notNull(),
    purpose: text('purpose').notNull(),
    key: text('key').notNull(),
    location: text('location').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.owner, t.purpose, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
)

/** Mail caught by the local development SMTP catcher, shown at /dev/mailbox. */
export const devMailbox = sqliteTable('dev_mailbox', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  receivedAt: text('received_at').notNull(),
  fromAddress: text('from_address').notNull(),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  textBody: text('text_body').notNull(),
  htmlBody: text('html_body'),
})

/** Jobs that must run once per key (scheduled jobs record their runs here). */
export const jobRuns = sqliteTable(
  'job_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    job: text('job').notNull(),
    runKey: text('run_key').notNull(),
    at: text('at').notNull(),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [uniqueIndex('job_runs_key_unique').on(t.job, t.runKey)],
)
