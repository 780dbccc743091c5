import { createCookie, redirect } from '@remix-run/node'
import { and, count, desc, eq, gt, isNull } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { candidates, candidateTokens, personLinkRequests, personSessions, PERSON_LOGIN_METHODS } from '@db/schema'
import { enqueueEmail } from '@emails/outbox.server'
import { minSideInvitationEmail, minSideLoginLinkEmail } from '@emails/templates/min-side'
import {
  isPersonSessionActive,
  LINK_REQUESTS_PER_EMAIL_PER_HOUR,
  LINK_REQUESTS_PER_IP_PER_HOUR,
  LOGIN_LINK_HOURS,
  type RequestLinkInput,
} from '~/domain/person'
import { appUrl, getEnv, sessionSecret } from '~/env.server'
import { audit, personActor } from '~/services/audit.server'
import { randomToken, sha256 } from '~/services/auth.server'
import { requireOwnedCandidate, type CaseloadUser } from '~/services/candidates.server'
import { now, nowIso } from '~/utils/clock.server'
import { fail, notFoundResult, ok, type Result } from '~/utils/result'
import { addHours, subHours } from 'date-fns'

/**
 * Sign-in for the person on «Min side» (issue 14). Deliberately separate from
 * the employer/NAV `sessions`: its own cookie (scoped to /min-side), its own
 * table, and a session names exactly one candidate. Every route under
 * /min-side reads the candidate id from the session — never from the URL.
 */
export type PersonLoginMethod = (typeof PERSON_LOGIN_METHODS)[number]
export type PersonSession = { sessionId: number; candidateId: number; firstName: string }

export const personCookie = createCookie('vi_person', {
  secrets: [sessionSecret()], // signed like the staff session cookie (SESSION_SECRET)
  httpOnly: true,
  sameSite: 'lax',
  path: '/', // the whole site, so the header shows the signed-in person everywhere (ADR 0012)
  secure: getEnv().NODE_ENV === 'production',
})

const LOGIN_PATH = '/min-side/logg-inn'
const tokenShape = /^[A-Za-z0-9_-]{20,100}$/

/* ------------------------------------------------------------------ sessions */

/** Starts a session for the candidate in the caller's transaction; returns the cookie's random value. */
export function startPersonSession(tx: DbOrTx, candidateId: number, method: PersonLoginMethod): string {
  const token = randomToken()
  const at = nowIso()
  tx.insert(personSessions)
    .values({ tokenHash: sha256(token), candidateId, method, createdAt: at, lastSeenAt: at })
    .run()
  audit(tx, personActor(candidateId), {
    action: 'MIN_SIDE_LOGIN',
    subjectType: 'candidate',
    subjectId: candidateId,
    candidateId,
    details: { method },
  })
  return token
}

export function personSessionCookie(token: string): Promise<string> {
  return personCookie.serialize(token)
}

async function sessionToken(request: Request): Promise<string | null> {
  const value = await personCookie.parse(request.headers.get('Cookie'))
  return typeof value === 'string' && tokenShape.test(value) ? value : null
}

/** The signed-in person, or null. A valid request moves the idle window on. */
export async function getPersonSession(request: Request): Promise<PersonSession | null> {
  const token = await sessionToken(request)
  if (!token) return null
  const db = getDb()
  const row = db
    .select({
      id: personSessions.id,
      candidateId: personSessions.candidateId,
      endedAt: personSessions.endedAt,
      lastSeenAt: personSessions.lastSeenAt,
      firstName: candidates.firstName,
    })
    .from(personSessions)
    .innerJoin(candidates, eq(candidates.id, personSessions.candidateId))
    .where(eq(personSessions.tokenHash, sha256(token)))
    .get()
  if (!row || !isPersonSessionActive(row, now().getTime())) return null
  db.update(personSessions).set({ lastSeenAt: nowIso() }).where(eq(personSessions.id, row.id)).run()
  return { sessionId: row.id, candidateId: row.candidateId, firstName: row.firstName }
}

/** The signed-in person, or a redirect to the Min side sign-in page. */
export async function requirePerson(request: Request): Promise<PersonSession> {
  const person = await getPersonSession(request)
  if (!person) {
    if ((await sessionToken(request)) == null) throw redirect(LOGIN_PATH)
    // Clearing the stale cookie also makes Remix reload the header (no longer signed in).
    throw redirect(`${LOGIN_PATH}?utlopt=1`, { headers: { 'Set-Cookie': await personCookie.serialize('', { maxAge: 0 }) } })
  }
  return person
}

/** Ends the person's own session; returns the Set-Cookie that clears the cookie. */
export async function signOutPerson(request: Request): Promise<string> {
  const token = await sessionToken(request)
  if (token) {
    const db = getDb()
    db.transaction((tx) => {
      const row = tx
        .select()
        .from(personSessions)
        .where(and(eq(personSessions.tokenHash, sha256(token)), isNull(personSessions.endedAt)))
        .get()
      if (!row) return
      tx.update(personSessions).set({ endedAt: nowIso(), endedReason: 'LOGGET_UT' }).where(eq(personSessions.id, row.id)).run()
      audit(tx, personActor(row.candidateId), {
        action: 'MIN_SIDE_LOGOUT',
        subjectType: 'candidate',
        subjectId: row.candidateId,
        candidateId: row.candidateId,
      })
    })
  }
  return personCookie.serialize('', { maxAge: 0 })
}

/* ------------------------------------------------------------------ sign-in links */

function issueLoginLink(tx: DbOrTx, candidateId: number): { url: string } {
  const token = randomToken()
  tx.insert(candidateTokens)
    .values({
      purpose: 'MIN_SIDE_LOGIN',
      tokenHash: sha256(token),
      candidateId,
      subjectId: candidateId,
      expiresAt: addHours(now(), LOGIN_LINK_HOURS).toISOString(),
      createdAt: nowIso(),
    })
    .run()
  return { url: `${appUrl()}${LOGIN_PATH}/${token}` }
}

function ownedCandidate(tx: DbOrTx, user: CaseloadUser, candidateId: number) {
  const owned = requireOwnedCandidate(user, candidateId, tx)
  return owned.ok ? owned.value : null
}

/** «Gi tilgang til Min side»: the owning jobbspesialist e-mails the person a single-use sign-in link. */
export function inviteToMinSide(user: CaseloadUser, candidateId: number): Result<{ email: string }> {
  return getDb().transaction((tx) => {
    const candidate = ownedCandidate(tx, user, candidateId)
    if (!candidate) return notFoundResult('Fant ikke personen i porteføljen din.')
    if (!candidate.email) {
      return fail('validation', 'Personen har ingen e-postadresse registrert. Legg inn e-postadressen før du gir tilgang til Min side.')
    }
    const { url } = issueLoginLink(tx, candidate.id)
    enqueueEmail(
      tx,
      candidate.email,
      'min-side-invitation',
      minSideInvitationEmail({ url, requestUrl: `${appUrl()}${LOGIN_PATH}`, hours: LOGIN_LINK_HOURS }),
    )
    audit(tx, user, { action: 'MIN_SIDE_INVITED', subjectType: 'candidate', subjectId: candidate.id, candidateId: candidate.id })
    return ok({ email: candidate.email })
  })
}

export type LinkRequestOutcome = { limited: boolean }

/**
 * «Send meg en ny lenke»: the same answer whether the address is known or not.
 * Only people the jobbspesialist has invited get a link. Rate limited per
 * address and per IP (the limit applies to unknown addresses too, so it
 * reveals nothing).
 */
export function requestLoginLink(input: RequestLinkInput, ip: string): Result<LinkRequestOutcome> {
  const email = input.email.toLowerCase()
  const emailHash = sha256(email)
  return getDb().transaction((tx) => {
    const since = subHours(now(), 1).toISOString()
    const byEmail =
      tx
        .select({ n: count() })
        .from(personLinkRequests)
        .where(and(eq(personLinkRequests.emailHash, emailHash), gt(personLinkRequests.at, since)))
        .get()?.n ?? 0
    const byIp =
      tx
        .select({ n: count() })
        .from(personLinkRequests)
        .where(and(eq(personLinkRequests.ip, ip), gt(personLinkRequests.at, since)))
        .get()?.n ?? 0
    if (byEmail >= LINK_REQUESTS_PER_EMAIL_PER_HOUR || byIp >= LINK_REQUESTS_PER_IP_PER_HOUR) return ok({ limited: true })
    tx.insert(personLinkRequests).values({ emailHash, ip, at: nowIso() }).run()
    const invited = tx
      .selectDistinct({ id: candidates.id })
      .from(candidates)
      .innerJoin(candidateTokens, and(eq(candidateTokens.candidateId, candidates.id), eq(candidateTokens.purpose, 'MIN_SIDE_LOGIN')))
      .where(eq(candidates.email, email))
      .all()
    for (const { id } of invited) {
      const { url } = issueLoginLink(tx, id)
      enqueueEmail(tx, email, 'min-side-login-link', minSideLoginLinkEmail({ url, hours: LOGIN_LINK_HOURS }))
    }
    return ok({ limited: false })
  })
}

export type LoginLinkState = 'valid' | 'invalid' | 'used' | 'expired'

function findLoginToken(db: DbOrTx, token: string) {
  if (!tokenShape.test(token)) return null
  return db
    .select()
    .from(candidateTokens)
    .where(and(eq(candidateTokens.tokenHash, sha256(token)), eq(candidateTokens.purpose, 'MIN_SIDE_LOGIN')))
    .get()
}

function stateOf(row: typeof candidateTokens.$inferSelect | undefined | null): LoginLinkState {
  if (!row) return 'invalid'
  if (row.usedAt) return 'used'
  if (row.expiresAt <= nowIso()) return 'expired'
  return 'valid'
}

/** What the link page shows before the person presses «Logg inn» (opening the link alone changes nothing). */
export function loginLinkState(token: string): LoginLinkState {
  return stateOf(findLoginToken(getDb(), token))
}

/** Uses the single-use link: marks it used and starts a session. */
export async function signInWithLink(token: string): Promise<Result<{ cookie: string }>> {
  const started = getDb().transaction((tx): Result<string> => {
    const row = findLoginToken(tx, token)
    const state = stateOf(row)
    if (state !== 'valid' || !row) return fail('conflict', state)
    const used = tx
      .update(candidateTokens)
      .set({ usedAt: nowIso() })
      .where(and(eq(candidateTokens.id, row.id), isNull(candidateTokens.usedAt)))
      .run()
    if (used.changes !== 1) return fail('conflict', 'used')
    return ok(startPersonSession(tx, row.candidateId, 'LENKE'))
  })
  return started.ok ? ok({ cookie: await personSessionCookie(started.value) }) : started
}

/* ------------------------------------------------------------------ the jobbspesialist's side */

/** Ends every active Min side session of the person and voids unused sign-in links. */
export function endPersonSessions(user: CaseloadUser, candidateId: number): Result<{ ended: number }> {
  return getDb().transaction((tx) => {
    const candidate = ownedCandidate(tx, user, candidateId)
    if (!candidate) return notFoundResult('Fant ikke personen i porteføljen din.')
    const at = nowIso()
    const ended = tx
      .update(personSessions)
      .set({ endedAt: at, endedReason: 'AVSLUTTET_AV_JOBBSPESIALIST', endedByUserId: user.id })
      .where(and(eq(personSessions.candidateId, candidate.id), isNull(personSessions.endedAt)))
      .run().changes
    tx.update(candidateTokens)
      .set({ expiresAt: at })
      .where(
        and(eq(candidateTokens.candidateId, candidate.id), eq(candidateTokens.purpose, 'MIN_SIDE_LOGIN'), isNull(candidateTokens.usedAt)),
      )
      .run()
    audit(tx, user, {
      action: 'MIN_SIDE_SESSIONS_ENDED',
      subjectType: 'candidate',
      subjectId: candidate.id,
      candidateId: candidate.id,
      details: { ended },
    })
    return ok({ ended })
  })
}

/** The jobbspesialist's overview of the person's access: invited when, active sessions, last sign-in. */
export function minSideAccessOf(db: DbOrTx, candidateId: number) {
  const lastInvite = db
    .select({ at: candidateTokens.createdAt })
    .from(candidateTokens)
    .where(and(eq(candidateTokens.candidateId, candidateId), eq(candidateTokens.purpose, 'MIN_SIDE_LOGIN')))
    .orderBy(desc(candidateTokens.id))
    .get()
  const sessions = db
    .select({
      id: personSessions.id,
      createdAt: personSessions.createdAt,
      lastSeenAt: personSessions.lastSeenAt,
      endedAt: personSessions.endedAt,
      method: personSessions.method,
    })
    .from(personSessions)
    .where(eq(personSessions.candidateId, candidateId))
    .orderBy(desc(personSessions.id))
    .all()
  const nowMs = now().getTime()
  return {
    lastLinkAt: lastInvite?.at ?? null,
    activeSessions: sessions.filter((s) => isPersonSessionActive(s, nowMs)).length,
    lastSignInAt: sessions[0]?.createdAt ?? null,
  }
}
