import { and, asc, count, desc, eq, gt, gte, isNotNull, isNull, or, type SQL } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { emailOutbox } from '@db/schema'
import { actorOf, audit } from '~/services/audit.server'
import { now, nowIso } from '~/utils/clock.server'
import { fail, ok, type Result } from '~/utils/result'
import type { SessionUser } from '~/services/auth.server'

/** Rows shown per list; the counts above each list are complete. */
export const OUTBOX_LIST_LIMIT = 200

export type OutboxMail = {
  id: number
  to: string
  subject: string
  createdAt: string
  attempts: number
  nextAttemptAt: string
  lastError: string | null
  /** A worker holds it right now. */
  sending: boolean
  /** The last try never reached the server: it goes out as soon as the server answers, not at a set time. */
  waitingForServer: boolean
}

export type OutboxOverview = {
  counts: { pending: number; retrying: number; failed: number; sentLastWeek: number }
  pending: OutboxMail[]
  retrying: OutboxMail[]
  failed: OutboxMail[]
}

type Row = typeof emailOutbox.$inferSelect

function toMail(row: Row, wallNow: string): OutboxMail {
  return {
    id: row.id,
    to: row.toAddress,
    subject: row.subject,
    createdAt: row.createdAt,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastError: row.lastError,
    sending: row.leaseExpiresAt !== null && row.leaseExpiresAt > wallNow,
    waitingForServer: row.status === 'PENDING' && row.attempts === 0 && row.lastError !== null,
  }
}

/** Pending mail that has been tried: refused for now (back-off) or the server did not answer. */
const retrying = and(eq(emailOutbox.status, 'PENDING'), or(gt(emailOutbox.attempts, 0), isNotNull(emailOutbox.lastError)))
/** Pending mail not tried yet (or on its way right now). */
const untried = and(eq(emailOutbox.status, 'PENDING'), eq(emailOutbox.attempts, 0), isNull(emailOutbox.lastError))

/**
 * The outbox for the admin page: what waits, what is being retried and what
 * failed for good. Recipients and subjects are personal data, so only admins
 * get here and every look is audited; bodies are never shown (they may carry
 * single-use links).
 */
export function outboxOverview(admin: SessionUser): OutboxOverview {
  const db = getDb()
  const wallNow = new Date(Date.now()).toISOString()
  const list = (where: SQL | undefined, order: 'oldest' | 'newest') =>
    db
      .select()
      .from(emailOutbox)
      .where(where)
      .orderBy(order === 'oldest' ? asc(emailOutbox.id) : desc(emailOutbox.id))
      .limit(OUTBOX_LIST_LIMIT)
      .all()
      .map((row) => toMail(row, wallNow))
  const countOf = (where: SQL | undefined) => db.select({ n: count() }).from(emailOutbox).where(where).get()?.n ?? 0
  const failedWhere = eq(emailOutbox.status, 'FAILED')
  const weekAgo = new Date(now().getTime() - 7 * 24 * 3_600_000).toISOString()
  const overview: OutboxOverview = {
    counts: {
      pending: countOf(untried),
      retrying: countOf(retrying),
      failed: countOf(failedWhere),
      sentLastWeek: countOf(and(eq(emailOutbox.status, 'SENT'), gte(emailOutbox.sentAt, weekAgo))),
    },
    pending: list(untried, 'oldest'),
    retrying: list(retrying, 'oldest'),
    failed: list(failedWhere, 'newest'),
  }
  audit(db, actorOf(admin), {
    action: 'EMAIL_OUTBOX_VIEWED',
    subjectType: 'email_outbox',
    subjectId: 'list',
    details: { pending: overview.counts.pending, retrying: overview.counts.retrying, failed: overview.counts.failed },
  })
  return overview
}

/**
 * «Send på nytt»: puts one failed mail (`id`) or every failed mail back in the
 * queue as if new (attempts from zero, due now). Only FAILED rows move, so a
 * second click changes nothing.
 */
export function requeueFailedEmails(admin: SessionUser, id?: number): Result<{ requeued: number }> {
  return getDb().transaction((tx) => {
    const where = id === undefined ? eq(emailOutbox.status, 'FAILED') : and(eq(emailOutbox.status, 'FAILED'), eq(emailOutbox.id, id))
    const changed = tx
      .update(emailOutbox)
      .set({ status: 'PENDING', attempts: 0, nextAttemptAt: nowIso(), lastError: null, leaseOwner: null, leaseExpiresAt: null })
      .where(where)
      .returning({ id: emailOutbox.id })
      .all()
    if (id !== undefined && changed.length === 0) return fail('not_found', 'E-posten finnes ikke, eller den har ikke feilet.')
    audit(tx, actorOf(admin), {
      action: 'EMAIL_REQUEUED',
      subjectType: 'email_outbox',
      subjectId: id ?? 'all-failed',
      details: { count: changed.length },
    })
    return ok({ requeued: changed.length })
  })
}
