import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './accounts'
import { candidates } from './candidates'

/**
 * «Min side» (issue 14): the person's own sign-in. Kept apart from `sessions`
 * (employer and NAV users): a person session names one candidate and nothing
 * else, so no user-role check can ever let it through, and vice versa.
 */
export const PERSON_LOGIN_METHODS = ['LENKE', 'IDPORTEN'] as const
export const PERSON_SESSION_END_REASONS = ['LOGGET_UT', 'AVSLUTTET_AV_JOBBSPESIALIST'] as const

export const personSessions = sqliteTable(
  'person_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** SHA-256 of the cookie's random value; the value itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    method: text('method', { enum: PERSON_LOGIN_METHODS }).notNull(),
    createdAt: text('created_at').notNull(),
    /** Idle expiry: the session is valid while the last request is less than 30 minutes ago. */
    lastSeenAt: text('last_seen_at').notNull(),
    endedAt: text('ended_at'),
    endedReason: text('ended_reason', { enum: PERSON_SESSION_END_REASONS }),
    endedByUserId: integer('ended_by_user_id').references(() => users.id),
  },
  (t) => [uniqueIndex('person_sessions_token_unique').on(t.tokenHash), index('person_sessions_candidate_idx').on(t.candidateId, t.endedAt)],
)

/** Requests for a new sign-in link, for rate limiting (per e-mail address hash and per IP). */
export const personLinkRequests = sqliteTable(
  'person_link_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    emailHash: text('email_hash').notNull(),
    ip: text('ip').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('person_link_requests_email_idx').on(t.emailHash, t.at), index('person_link_requests_ip_idx').on(t.ip, t.at)],
)

/** ID-porten (OIDC) logins in progress: state (hashed), PKCE verifier and nonce, single use. */
export const personOidcStates = sqliteTable(
  'person_oidc_states',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stateHash: text('state_hash').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    nonce: text('nonce').notNull(),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [uniqueIndex('person_oidc_states_state_unique').on(t.stateHash)],
)

/** «Slett opplysningene mine»: goes to the jobbspesialist, who applies the retention rules (ADR 0012). */
export const personDeletionRequests = sqliteTable(
  'person_deletion_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    message: text('message').notNull().default(''),
    requestedAt: text('requested_at').notNull(),
    handledAt: text('handled_at'),
    handledByUserId: integer('handled_by_user_id').references(() => users.id),
  },
  (t) => [index('person_deletion_requests_candidate_idx').on(t.candidateId)],
)
