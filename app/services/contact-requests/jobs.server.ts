/**
 * Scheduled jobs (every minute, from app/services/background.server.ts): a
 * request past its reply deadline expires, and what was shared disappears
 * after 6 months. Both are idempotent.
 */
import { and, eq, isNull, lt, lte } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { contactRequests, profiles } from '@db/schema'
import { contactNotCompletedEmail } from '@emails/templates/contact-requests'
import type { Env } from '~/env.server'
import { nowIso, todayIso } from '~/utils/clock.server'
import { auditRequest, changeStatus, employerRequestUrl, loadRequest, notifyEmployer } from './shared.server'

/** SPURT_KANDIDAT past its deadline → UTLOPT; the employer is told only that it did not go ahead. Idempotent. */
export function expireOverdueRequests(): number {
  const db = getDb()
  const due = db
    .select({ id: contactRequests.id })
    .from(contactRequests)
    .where(and(eq(contactRequests.status, 'SPURT_KANDIDAT'), lt(contactRequests.replyDeadline, todayIso())))
    .all()
  let expired = 0
  for (const { id } of due) {
    db.transaction((tx) => {
      const row = loadRequest(tx, id)
      if (!row || !changeStatus(tx, row, 'EXPIRE', {})) return
      auditRequest(tx, null, 'CONTACT_EXPIRED', row, { deadline: row.replyDeadline })
      notifyEmployer(
        tx,
        row,
        'contact-not-completed',
        contactNotCompletedEmail({ profileCode: row.profileCode, url: employerRequestUrl(id) }),
      )
      expired++
    })
  }
  return expired
}

/** After 6 months what was shared disappears: sets sharingExpiredAt once. Idempotent. */
export function expireSharing(): number {
  const now = nowIso()
  return getDb().transaction((tx) => {
    const due = tx
      .select({ id: contactRequests.id, candidateId: profiles.candidateId })
      .from(contactRequests)
      .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
      .where(and(eq(contactRequests.status, 'GODKJENT'), isNull(contactRequests.sharingExpiredAt), lte(contactRequests.sharedUntil, now)))
      .all()
    for (const row of due) {
      tx.update(contactRequests)
        .set({ sharingExpiredAt: now, updatedAt: now })
        .where(and(eq(contactRequests.id, row.id), isNull(contactRequests.sharingExpiredAt)))
        .run()
      auditRequest(tx, null, 'CONTACT_SHARING_EXPIRED', row)
    }
    return due.length
  })
}

export function runContactJobs(): { expiredRequests: number; expiredSharing: number } {
  return { expiredRequests: expireOverdueRequests(), expiredSharing: expireSharing() }
}

/** Background starter (app/services/background.server.ts): runs the contact jobs every minute. */
export function startContactJobs(_env: Env, intervalMs = 60_000): () => void {
  const tick = () => {
    try {
      runContactJobs()
    } catch (error) {
      console.error('Kontaktjobbene feilet:', error instanceof Error ? error.message : 'ukjent feil')
    }
  }
  tick()
  const timer = setInterval(tick, intervalMs)
  timer.unref?.()
  return () => clearInterval(timer)
}
