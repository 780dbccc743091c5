import { and, eq, gt, sql } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { loginAttempts, users, type Role } from '@db/schema'
import { now } from '~/utils/clock.server'
import { hashPassword, randomToken, verifyPassword } from './auth.server'

export const LOGIN_LIMIT = 10
export const LOGIN_WINDOW_MS = 15 * 60 * 1000

export type LoginResult = { ok: true; userId: number; role: Role } | { ok: false; reason: 'invalid' | 'unverified' | 'rate_limited' }

let dummyHash: Promise<string> | undefined
/** An argon2 hash of a random password (same parameters as real ones), made once per process. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomToken())
  return dummyHash
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}

/** Failed attempts in the window, per account and per IP. */
function recentFailures(email: string, ip: string): { byEmail: number; byIp: number } {
  const since = new Date(now().getTime() - LOGIN_WINDOW_MS).toISOString()
  const db = getDb()
  const count = (where: ReturnType<typeof and>) =>
    db
      .select({ n: sql<number>`count(*)` })
      .from(loginAttempts)
      .where(where)
      .get()?.n ?? 0
  return {
    byEmail: count(and(eq(loginAttempts.email, email), gt(loginAttempts.at, since))),
    byIp: count(and(eq(loginAttempts.ip, ip), gt(loginAttempts.at, since))),
  }
}

export async function attemptLogin(rawEmail: string, password: string, ip: string): Promise<LoginResult> {
  const email = normaliseEmail(rawEmail)
  const failures = recentFailures(email, ip)
  if (failures.byEmail >= LOGIN_LIMIT || failures.byIp >= LOGIN_LIMIT) return { ok: false, reason: 'rate_limited' }
  const db = getDb()
  const user = db.select().from(users).where(eq(users.email, email)).get()
  // Equal work for every account (issue 12): an unknown address, or one without a password yet,
  // is checked against a dummy hash, so the answer time does not tell which addresses have accounts.
  const hashed = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password)
  const valid = Boolean(user?.passwordHash) && hashed && !user?.disabledAt
  if (!user || !valid) {
    db.insert(loginAttempts).values({ email, ip, at: now().toISOString() }).run()
    return { ok: false, reason: 'invalid' }
  }
  if (!user.emailVerifiedAt) return { ok: false, reason: 'unverified' }
  db.delete(loginAttempts).where(eq(loginAttempts.email, email)).run()
  return { ok: true, userId: user.id, role: user.role }
}

/** The client's IP as Express saw it: scripts/server.ts overwrites x-client-ip on every request. */
export function clientIp(request: Request): string {
  return request.headers.get('x-client-ip') || 'ukjent'
}
