import { and, asc, eq, lte } from 'drizzle-orm'
import type { Db } from '@db/client.server'
import { emailOutbox } from '@db/schema'
import { now } from '~/utils/clock.server'
import { getTransport } from './transport.server'

export const MAX_ATTEMPTS = 12

/** Exponential back-off: 30 s, 1 min, 2 min … capped at 1 hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000)
}

/**
 * Sends every due e-mail once. Returns how many were sent. A failure leaves
 * the row PENDING with a later next_attempt_at; after MAX_ATTEMPTS it is FAILED
 * (kept, visible to admin) rather than dropped.
 */
export async function deliverDueEmails(db: Db, smtpUrl: string, from: string, limit = 20): Promise<number> {
  const due = db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, 'PENDING'), lte(emailOutbox.nextAttemptAt, now().toISOString())))
    .orderBy(asc(emailOutbox.id))
    .limit(limit)
    .all()
  let sent = 0
  for (const mail of due) {
    try {
      await getTransport(smtpUrl).sendMail({
        from,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
      })
      db.update(emailOutbox)
        .set({ status: 'SENT', sentAt: now().toISOString(), attempts: mail.attempts + 1, lastError: null })
        .where(eq(emailOutbox.id, mail.id))
        .run()
      sent++
    } catch (error) {
      const attempts = mail.attempts + 1
      db.update(emailOutbox)
        .set({
          attempts,
          status: attempts >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING',
          nextAttemptAt: new Date(now().getTime() + backoffMs(attempts)).toISOString(),
          // Only the error message: never the mail body, which may hold personal data.
          lastError: error instanceof Error ? error.message.slice(0, 500) : 'ukjent feil',
        })
        .where(eq(emailOutbox.id, mail.id))
        .run()
    }
  }
  return sent
}

/** Polls the outbox until stopped. */
export function startEmailWorker(getDb: () => Db, smtpUrl: string, from: string, intervalMs = 1000): () => void {
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  const tick = async () => {
    if (stopped) return
    try {
      await deliverDueEmails(getDb(), smtpUrl, from)
    } catch (error) {
      console.error('[e-post] utsending feilet:', error instanceof Error ? error.message : error)
    }
    if (!stopped) timer = setTimeout(tick, intervalMs)
  }
  timer = setTimeout(tick, 50)
  return () => {
    stopped = true
    if (timer) clearTimeout(timer)
  }
}
