import { and, asc, eq, gt, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { loginAttempts, organisations, partnerMemberships, userTokens, users, type Role, type TOKEN_PURPOSES } from '@db/schema'
import { ROLE_LABELS } from '~/domain/codes'
import {
  accountMessages,
  EMAIL_VERIFICATION_TTL_MS,
  INVITATION_TTL_MS,
  invitedOrganisationId,
  PASSWORD_RESET_TTL_MS,
  tokenState,
  type AcceptInvitationInput,
  type InviteInput,
  type SignupInput,
  type TokenState,
} from '~/domain/accounts/schemas'
import { appUrl } from '~/env.server'
import { now, nowIso } from '~/utils/clock.server'
import { enqueueEmail } from '@emails/outbox.server'
import { invitationEmail, passwordResetEmail, verificationEmail } from '@emails/templates/accounts'
import { actorOf, audit, type AuditActor } from './audit.server'
import { hashPassword, randomToken, revokeAllSessions, sha256, type SessionUser } from './auth.server'
import { normaliseEmail } from './login.server'
import { fail, forbiddenResult, notFoundResult, ok, type Failure, type FieldErrors, type Result } from '~/utils/result'
import { findOrganisation, kommuneExists, orgnrTaken } from './organisations.server'

type TokenPurpose = (typeof TOKEN_PURPOSES)[number]

function emailTaken(db: DbOrTx, email: string): boolean {
  return !!db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT')
}

/**
 * Creates a single-use token (only its SHA-256 is stored) and retires the
 * user's earlier unused tokens for the same purpose, so only the newest link works.
 */
function issueToken(db: DbOrTx, userId: number, purpose: TokenPurpose, ttlMs: number): string {
  const token = randomToken()
  const at = nowIso()
  db.update(userTokens)
    .set({ usedAt: at })
    .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)))
    .run()
  db.insert(userTokens)
    .values({ purpose, tokenHash: sha256(token), userId, expiresAt: new Date(now().getTime() + ttlMs).toISOString() })
    .run()
  return token
}

/** At most this many links of one kind per account while earlier ones are still live: no mail-bombing. */
export const MAX_LIVE_TOKENS = 5

function tooManyLiveTokens(db: DbOrTx, userId: number, purpose: TokenPurpose): boolean {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(userTokens)
    .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), gt(userTokens.expiresAt, nowIso())))
    .get()
  return (row?.n ?? 0) >= MAX_LIVE_TOKENS
}

function findToken(db: DbOrTx, rawToken: string, purpose: TokenPurpose) {
  const row = db
    .select({ id: userTokens.id, userId: userTokens.userId, expiresAt: userTokens.expiresAt, usedAt: userTokens.usedAt })
    .from(userTokens)
    .where(and(eq(userTokens.tokenHash, sha256(rawToken)), eq(userTokens.purpose, purpose)))
    .get()
  return { row, state: tokenState(row, nowIso()) }
}

/** Marks a token used; false when someone else used it first (single use even under races). */
function consumeToken(db: DbOrTx, tokenId: number): boolean {
  const result = db
    .update(userTokens)
    .set({ usedAt: nowIso() })
    .where(and(eq(userTokens.id, tokenId), isNull(userTokens.usedAt)))
    .run()
  return result.changes === 1
}

export function tokenStatus(rawToken: string, purpose: TokenPurpose): TokenState {
  return findToken(getDb(), rawToken, purpose).state
}

// ─── Employer sign-up and e-mail verification ──────────────────────────────

/**
 * Registers an employer: organisation, partner memberships, an unverified
 * user, an EMAIL_VERIFICATION token and the verification e-mail, all in one
 * transaction. Known conflicts come back as field errors.
 */
export async function registerEmployer(input: SignupInput): Promise<Result<{ userId: number; organisationId: number }>> {
  const db = getDb()
  /** What the database refuses: an unknown kommune (validation), an orgnr or e-mail already registered (conflict). */
  const refusal = (): Failure | null => {
    const errors: FieldErrors = {}
    if (!kommuneExists(db, input.kommunenummer)) errors.kommunenummer = [accountMessages.kommune]
    if (orgnrTaken(db, input.orgnr)) errors.orgnr = [accountMessages.orgnrTaken]
    if (emailTaken(db, input.email)) errors.email = [accountMessages.emailTaken]
    if (Object.keys(errors).length === 0) return null
    return fail(errors.orgnr || errors.email ? 'conflict' : 'validation', errors)
  }
  const before = refusal()
  if (before) return before
  const passwordHash = await hashPassword(input.password)
  try {
    return db.transaction((tx) => {
      const organisation = tx
        .insert(organisations)
        .values({
          kind: 'EMPLOYER',
          name: input.organisationName,
          orgnr: input.orgnr,
          kommunenummer: input.kommunenummer,
          sector: input.sector,
          naceSection: input.naceSection,
        })
        .returning({ id: organisations.id })
        .get()
      if (input.partners.length) {
        const partners = tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(and(eq(organisations.kind, 'PARTNER'), inArray(organisations.partnerCode, input.partners)))
          .all()
        for (const partner of partners) {
          tx.insert(partnerMemberships).values({ employerId: organisation.id, partnerId: partner.id }).run()
        }
      }
      const user = tx
        .insert(users)
        .values({ email: input.email, name: input.name, role: 'arbeidsgiver', organisationId: organisation.id, passwordHash })
        .returning({ id: users.id })
        .get()
      const token = issueToken(tx, user.id, 'EMAIL_VERIFICATION', EMAIL_VERIFICATION_TTL_MS)
      enqueueEmail(
        tx,
        input.email,
        'accounts.verification',
        verificationEmail({ name: input.name, organisationName: input.organisationName, url: `${appUrl()}/bekreft-epost/${token}` }),
      )
      const actor: AuditActor = { id: user.id, role: 'arbeidsgiver', organisationId: organisation.id }
      audit(tx, actor, { action: 'ORGANISATION_REGISTERED', subjectType: 'organisation', subjectId: organisation.id })
      return ok({ userId: user.id, organisationId: organisation.id })
    })
  } catch (error) {
    // Someone registered the same orgnr or e-mail between the check and the insert.
    if (isUniqueViolation(error)) {
      const after = refusal()
      if (after) return after
    }
    throw error
  }
}

/** Who used the token (to sign them in). */
export type TokenUser = { userId: number; role: Role }

/**
 * A refused token use: `not_found` for a token that does not exist,
 * `conflict` for one that is used or expired. The one message is the
 * token's state, which the page shows (`refusedTokenState`).
 */
function refuseToken(state: TokenState): Failure {
  return fail(state === 'unknown' ? 'not_found' : 'conflict', state)
}

function roleOf(db: DbOrTx, userId: number): Role {
  return db.select({ role: users.role }).from(users).where(eq(users.id, userId)).get()!.role
}

/** Uses an EMAIL_VERIFICATION token (single use, 24 h) and marks the user's e-mail verified. */
export function verifyEmail(rawToken: string): Result<TokenUser> {
  return getDb().transaction((tx) => {
    const { row, state } = findToken(tx, rawToken, 'EMAIL_VERIFICATION')
    if (state !== 'valid' || !row) return refuseToken(state)
    if (!consumeToken(tx, row.id)) return refuseToken('used')
    tx.update(users)
      .set({ emailVerifiedAt: nowIso() })
      .where(and(eq(users.id, row.userId), isNull(users.emailVerifiedAt)))
      .run()
    return ok({ userId: row.userId, role: roleOf(tx, row.userId) })
  })
}

/** Sends a new verification link when the address belongs to an unverified account. Always silent. */
export function resendVerification(rawEmail: string): void {
  const email = normaliseEmail(rawEmail)
  const db = getDb()
  db.transaction((tx) => {
    const user = tx
      .select({
        id: users.id,
        name: users.name,
        verified: users.emailVerifiedAt,
        disabled: users.disabledAt,
        organisation: organisations.name,
      })
      .from(users)
      .leftJoin(organisations, eq(organisations.id, users.organisationId))
      .where(and(eq(users.email, email), sql`${users.passwordHash} is not null`))
      .get()
    if (!user || user.verified || user.disabled) return
    if (tooManyLiveTokens(tx, user.id, 'EMAIL_VERIFICATION')) return
    const token = issueToken(tx, user.id, 'EMAIL_VERIFICATION', EMAIL_VERIFICATION_TTL_MS)
    enqueueEmail(
      tx,
      email,
      'accounts.verification',
      verificationEmail({
        name: user.name,
        organisationName: user.organisation ?? 'virksomheten din',
        url: `${appUrl()}/bekreft-epost/${token}`,
      }),
    )
  })
}

// ─── Password reset ─────────────────────────────────────────────────────────

/**
 * Sends a reset link (single use, 1 hour) when the address belongs to an
 * active account with a password. The caller always shows the same neutral
 * answer, so nobody learns which addresses have accounts.
 */
export function requestPasswordReset(rawEmail: string): void {
  const email = normaliseEmail(rawEmail)
  getDb().transaction((tx) => {
    const user = tx
      .select({ id: users.id, name: users.name, disabled: users.disabledAt, hasPassword: sql<number>`${users.passwordHash} is not null` })
      .from(users)
      .where(eq(users.email, email))
      .get()
    if (!user || user.disabled || !user.hasPassword) return
    if (tooManyLiveTokens(tx, user.id, 'PASSWORD_RESET')) return
    const token = issueToken(tx, user.id, 'PASSWORD_RESET', PASSWORD_RESET_TTL_MS)
    enqueueEmail(
      tx,
      email,
      'accounts.password-reset',
      passwordResetEmail({ name: user.name, url: `${appUrl()}/tilbakestill-passord/${token}` }),
    )
  })
}

/** Sets a new password with a reset token, revokes every session and clears failed-login counts. */
export async function resetPassword(rawToken: string, password: string): Promise<Result<TokenUser>> {
  const check = findToken(getDb(), rawToken, 'PASSWORD_RESET')
  if (check.state !== 'valid') return refuseToken(check.state)
  const passwordHash = await hashPassword(password)
  return getDb().transaction((tx) => {
    const { row, state } = findToken(tx, rawToken, 'PASSWORD_RESET')
    if (state !== 'valid' || !row) return refuseToken(state)
    if (!consumeToken(tx, row.id)) return refuseToken('used')
    const user = tx.select({ email: users.email, verified: users.emailVerifiedAt }).from(users).where(eq(users.id, row.userId)).get()!
    // The link arrived by e-mail, so the address is proven as well.
    tx.update(users)
      .set({ passwordHash, emailVerifiedAt: user.verified ?? nowIso() })
      .where(eq(users.id, row.userId))
      .run()
    revokeAllSessions(row.userId)
    tx.delete(loginAttempts).where(eq(loginAttempts.email, user.email)).run()
    audit(tx, null, { action: 'USER_PASSWORD_RESET', subjectType: 'user', subjectId: row.userId })
    return ok({ userId: row.userId, role: roleOf(tx, row.userId) })
  })
}

// ─── Invitations (admin) ────────────────────────────────────────────────────

/**
 * Invites a jobbspesialist or admin (to a NAV unit) or a partner user (to a
 * partner organisation): creates the user without a password, an INVITATION
 * token (7 days) and the e-mail. Inviting a pending invitee again sends a new link.
 */
export function inviteUser(admin: SessionUser, input: InviteInput): Result<{ userId: number }> {
  const organisationId = invitedOrganisationId(input)
  const field = input.role === 'partner' ? 'partnerOrganisationId' : 'navUnitId'
  return getDb().transaction((tx) => {
    const organisation = findOrganisation(tx, organisationId)
    const expectedKind = input.role === 'partner' ? 'PARTNER' : 'NAV_UNIT'
    if (!organisation || organisation.kind !== expectedKind) {
      return fail('validation', { [field]: [input.role === 'partner' ? accountMessages.partnerOrganisation : accountMessages.navUnit] })
    }
    const existing = tx.select().from(users).where(eq(users.email, input.email)).get()
    let userId: number
    if (existing) {
      if (existing.passwordHash) return fail('conflict', { email: ['Det finnes allerede en bruker med denne e-postadressen.'] })
      tx.update(users).set({ role: input.role, organisationId, disabledAt: null }).where(eq(users.id, existing.id)).run()
      userId = existing.id
    } else {
      userId = tx
        .insert(users)
        .values({ email: input.email, name: '', role: input.role, organisationId })
        .returning({ id: users.id })
        .get().id
    }
    const token = issueToken(tx, userId, 'INVITATION', INVITATION_TTL_MS)
    enqueueEmail(
      tx,
      input.email,
      'accounts.invitation',
      invitationEmail({ roleLabel: ROLE_LABELS[input.role], organisationName: organisation.name, url: `${appUrl()}/invitasjon/${token}` }),
    )
    audit(tx, actorOf(admin), {
      action: 'USER_INVITED',
      subjectType: 'user',
      subjectId: userId,
      details: { role: input.role, organisationId },
    })
    return ok({ userId })
  })
}

/** What the invitation page shows: the state, and for a valid one the address, role and organisation. */
export function getInvitation(rawToken: string) {
  const db = getDb()
  const { row, state } = findToken(db, rawToken, 'INVITATION')
  if (state !== 'valid' || !row) return { state }
  const user = db
    .select({ email: users.email, role: users.role, organisation: organisations.name })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, row.userId))
    .get()
  return { state, user }
}

/** The invited person sets name and password; the address is verified by the e-mailed link. */
export async function acceptInvitation(rawToken: string, input: AcceptInvitationInput): Promise<Result<TokenUser>> {
  const check = findToken(getDb(), rawToken, 'INVITATION')
  if (check.state !== 'valid') return refuseToken(check.state)
  const passwordHash = await hashPassword(input.password)
  return getDb().transaction((tx) => {
    const { row, state } = findToken(tx, rawToken, 'INVITATION')
    if (state !== 'valid' || !row) return refuseToken(state)
    if (!consumeToken(tx, row.id)) return refuseToken('used')
    tx.update(users).set({ name: input.name, passwordHash, emailVerifiedAt: nowIso() }).where(eq(users.id, row.userId)).run()
    audit(tx, null, { action: 'USER_INVITATION_ACCEPTED', subjectType: 'user', subjectId: row.userId })
    return ok({ userId: row.userId, role: roleOf(tx, row.userId) })
  })
}

// ─── User administration ────────────────────────────────────────────────────

export const USER_PAGE_SIZE = 100
export type UserStatus = 'active' | 'invited' | 'unverified' | 'disabled'

/** Admin list of users: search by name or e-mail, filter by role. */
export function listUsers(filter: { q?: string; role?: Role }) {
  const conditions: SQL[] = []
  if (filter.role) conditions.push(eq(users.role, filter.role))
  const q = filter.q?.trim().toLowerCase()
  if (q) {
    const pattern = `%${q.replace(/[%_]/g, '')}%`
    conditions.push(or(like(users.name, pattern), like(users.email, pattern))!)
  }
  const where = conditions.length ? and(...conditions) : undefined
  const db = getDb()
  const rows = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      organisationId: users.organisationId,
      organisation: organisations.name,
      hasPassword: sql<number>`${users.passwordHash} is not null`,
      emailVerifiedAt: users.emailVerifiedAt,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(where)
    .orderBy(asc(users.name), asc(users.email))
    .limit(USER_PAGE_SIZE)
    .all()
  return {
    total:
      db
        .select({ n: sql<number>`count(*)` })
        .from(users)
        .where(where)
        .get()?.n ?? 0,
    rows: rows.map((row) => ({ ...row, status: userStatus(row) })),
  }
}

export function userStatus(user: { hasPassword: number | boolean; emailVerifiedAt: string | null; disabledAt: string | null }): UserStatus {
  if (user.disabledAt) return 'disabled'
  if (!user.hasPassword) return 'invited'
  if (!user.emailVerifiedAt) return 'unverified'
  return 'active'
}

/** Deactivates (revoking every session) or reactivates a user. An admin cannot deactivate themself. */
export function setUserDisabled(admin: SessionUser, userId: number, disabled: boolean): Result<undefined> {
  if (admin.role !== 'admin') return forbiddenResult()
  if (disabled && userId === admin.id) return fail('conflict', 'Du kan ikke deaktivere din egen bruker.')
  return getDb().transaction((tx) => {
    const user = tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get()
    if (!user) return notFoundResult('Fant ikke brukeren.')
    tx.update(users)
      .set({ disabledAt: disabled ? nowIso() : null })
      .where(eq(users.id, userId))
      .run()
    if (disabled) {
      revokeAllSessions(userId)
      // Links already e-mailed (invitation, reset, verification) stop working too.
      tx.update(userTokens)
        .set({ usedAt: nowIso() })
        .where(and(eq(userTokens.userId, userId), isNull(userTokens.usedAt)))
        .run()
    }
    audit(tx, actorOf(admin), { action: disabled ? 'USER_DEACTIVATED' : 'USER_REACTIVATED', subjectType: 'user', subjectId: userId })
    return ok()
  })
}
