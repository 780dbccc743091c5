import crypto from 'node:crypto'
import { hash, verify } from '@node-rs/argon2'
import { createCookie, redirect } from '@remix-run/node'
import { and, eq, gt, lt } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { organisations, sessions, users, type Role } from '@db/schema'
import { getEnv, sessionSecret } from '~/env.server'
import { now } from '~/utils/clock.server'

export const SESSION_TTL_MS = 1000 * 60 * 60 * 24 * 14

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS)
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) return false
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url')
}

export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex')
}

/**
 * The cookie holds only the session id; the session itself lives in the
 * database (revocable). Signed with SESSION_SECRET, so a forged or altered
 * cookie is ignored before any lookup.
 */
export const sessionCookie = createCookie('vi_session', {
  secrets: [sessionSecret()],
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  secure: getEnv().NODE_ENV === 'production',
  maxAge: SESSION_TTL_MS / 1000,
})

export type SessionUser = {
  id: number
  email: string
  name: string
  role: Role
  organisationId: number | null
  organisationName: string | null
}

export async function getSessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie.parse(request.headers.get('Cookie'))
  return typeof value === 'string' ? value : null
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  const sessionId = await getSessionId(request)
  if (!sessionId) return null
  const row = getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      disabledAt: users.disabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now().toISOString())))
    .get()
  if (!row || row.disabledAt) return null
  const { disabledAt: _disabled, ...user } = row
  return user
}

export async function createSession(userId: number, request: Request): Promise<string> {
  const id = randomToken()
  const db = getDb()
  db.delete(sessions).where(lt(sessions.expiresAt, now().toISOString())).run()
  db.insert(sessions)
    .values({
      id,
      userId,
      expiresAt: new Date(now().getTime() + SESSION_TTL_MS).toISOString(),
      userAgent: request.headers.get('User-Agent')?.slice(0, 200) ?? null,
    })
    .run()
  return sessionCookie.serialize(id)
}

export async function destroySession(request: Request): Promise<string> {
  const sessionId = await getSessionId(request)
  if (sessionId) getDb().delete(sessions).where(eq(sessions.id, sessionId)).run()
  return sessionCookie.serialize('', { maxAge: 0 })
}

/** Ends every session of a user (password reset, disabled account). */
export function revokeAllSessions(userId: number): void {
  getDb().delete(sessions).where(eq(sessions.userId, userId)).run()
}

export function homeFor(role: Role): string {
  switch (role) {
    case 'arbeidsgiver':
      return '/arbeidsgiver'
    case 'jobbspesialist':
      return '/jobbspesialist'
    case 'partner':
      return '/partner'
    case 'admin':
      return '/admin'
  }
}

export async function logoutRedirect(request: Request, to = '/'): Promise<Response> {
  return redirect(to, { headers: { 'Set-Cookie': await destroySession(request) } })
}
