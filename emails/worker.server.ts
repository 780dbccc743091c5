import crypto from 'node:crypto'
import os from 'node:os'
import { and, asc, eq, inArray, isNull, lt, lte, or } from 'drizzle-orm'
import type { Db } from '@db/client.server'
import { emailOutbox } from '@db/schema'
import { now } from '~/utils/clock.server'
import { createPooledTransport, DEFAULT_MAX_CONNECTIONS } from './transport.server'

export const MAX_ATTEMPTS = 12

/** Exponential back-off after a mail the server refused for now: 30 s, 1 min, 2 min … capped at 1 hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000)
}

type OutboxRow = typeof emailOutbox.$inferSelect

export type EmailWorkerOptions = {
  smtpUrl: string
  from: string
  /** Identifies this app instance in the lease. */
  workerId?: string
  /** Pooled connections, and so mails on their way at once. */
  maxConnections?: number
  /** Mails claimed and not finished, at most: a couple per connection keeps the pool busy without hoarding leases. */
  maxInFlight?: number
  /** How often to look for due mail when idle. */
  pollMs?: number
  /** While the server does not answer, how often to try it again (the mails wait for that, not for their back-off). */
  probeMs?: number
  /** How long a claim holds; longer than the slowest send (timeouts in transport.server.ts) with a queue in the pool. */
  leaseMs?: number
}

export type EmailWorker = {
  /** Sends everything due now and waits for it; the number sent. */
  deliverDue: () => Promise<number>
  /** Polls and sends until stopped. */
  start: () => void
  /** Stops polling, lets mails on their way finish, closes the connections. */
  stop: () => Promise<void>
  /** False while the SMTP server is unreachable (mails then wait for it to answer again). */
  serverReachable: () => boolean
}

/**
 * Network and server-level failures: the mail is not at fault. Whether the
 * server is really down is then checked with a fresh connection (`verify`).
 */
const SERVER_ERROR_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'EAUTH',
  'ENOAUTH',
  'EPROXY',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
])

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

function responseCode(error: unknown): number | undefined {
  return error instanceof Error && 'responseCode' in error && typeof error.responseCode === 'number' ? error.responseCode : undefined
}

/** Only the error text, shortened: never the mail body, which may hold personal data. */
function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : 'ukjent feil').slice(0, 500)
}

/**
 * Claims up to `limit` due mails for `owner` in one statement, so two
 * instances on one database never get the same row: a row is due when
 * PENDING, its next attempt has come (app clock) and nobody holds a live
 * lease on it. Leases use the wall clock: they coordinate processes, and must
 * not move when a test or /dev/clock moves the app's clock.
 */
export function claimDueEmails(db: Db, owner: string, limit: number, leaseMs: number): OutboxRow[] {
  if (limit <= 0) return []
  const wallNow = new Date(Date.now()).toISOString()
  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(
      and(
        eq(emailOutbox.status, 'PENDING'),
        lte(emailOutbox.nextAttemptAt, now().toISOString()),
        or(isNull(emailOutbox.leaseExpiresAt), lt(emailOutbox.leaseExpiresAt, wallNow)),
      ),
    )
    .orderBy(asc(emailOutbox.id))
    .limit(limit)
  return db
    .update(emailOutbox)
    .set({ leaseOwner: owner, leaseExpiresAt: new Date(Date.now() + leaseMs).toISOString() })
    .where(inArray(emailOutbox.id, due))
    .returning()
    .all()
    .sort((a, b) => a.id - b.id)
}

/** Updates a row only while `owner` still holds it (a lease that ran out may have passed to another instance). */
function finish(db: Db, mail: OutboxRow, owner: string, values: Partial<OutboxRow>): boolean {
  const result = db
    .update(emailOutbox)
    .set({ ...values, leaseOwner: null, leaseExpiresAt: null })
    .where(and(eq(emailOutbox.id, mail.id), eq(emailOutbox.leaseOwner, owner)))
    .run()
  return result.changes === 1
}

export function createEmailWorker(getDb: () => Db, options: EmailWorkerOptions): EmailWorker {
  const owner = options.workerId ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`
  const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS
  const maxInFlight = options.maxInFlight ?? maxConnections * 2
  const pollMs = options.pollMs ?? 1000
  const probeMs = options.probeMs ?? 2000
  const leaseMs = options.leaseMs ?? 5 * 60_000
  const transport = createPooledTransport(options.smtpUrl, maxConnections)

  let reachable = true
  let serverCheck: Promise<boolean> | undefined
  const inFlight = new Set<Promise<boolean>>()
  let stopped = false
  let running = false
  let ticking = false
  let tickAgain = false
  let timer: NodeJS.Timeout | undefined

  /** One connection attempt at a time, shared by every failure that asks. */
  function checkServer(): Promise<boolean> {
    serverCheck ??= transport
      .verify()
      .then(() => true)
      .catch(() => false)
      .then((up) => {
        serverCheck = undefined
        if (up !== reachable) {
          // Counts only: the log never carries addresses or error texts that may name a recipient.
          console.warn(
            up
              ? '[e-post] SMTP-tjeneren svarer igjen.'
              : '[e-post] SMTP-tjeneren svarer ikke; e-posten venter og sendes straks den svarer.',
          )
        }
        reachable = up
        return up
      })
    return serverCheck
  }

  /** Sends one claimed mail and records the outcome; true when sent. Never rejects: nobody awaits it while polling. */
  async function send(mail: OutboxRow): Promise<boolean> {
    try {
      try {
        await transport.sendMail({
          from: options.from,
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.textBody,
          html: mail.htmlBody,
        })
      } catch (error) {
        await recordFailure(mail, error)
        return false
      }
      const stored = finish(getDb(), mail, owner, {
        status: 'SENT',
        sentAt: now().toISOString(),
        attempts: mail.attempts + 1,
        lastError: null,
      })
      if (!stored) console.warn(`[e-post] e-post ${mail.id} ble sendt etter at leiekontrakten gikk ut.`)
      return true
    } catch (error) {
      // The database refused the outcome: the lease runs out and the mail is tried again.
      console.error(
        `[e-post] kunne ikke lagre utfallet for e-post ${mail.id}:`,
        errorCode(error) ?? (error instanceof Error ? error.name : 'ukjent feil'),
      )
      return false
    }
  }

  async function recordFailure(mail: OutboxRow, error: unknown): Promise<void> {
    const code = responseCode(error)
    const serverLevel =
      code === 421 || SERVER_ERROR_CODES.has(errorCode(error) ?? '') || (code === undefined && errorCode(error) === undefined)
    if (serverLevel && !(await checkServer())) {
      // The server is down, not this mail: give it back untouched (no attempt counted, no back-off),
      // so it goes out as soon as the server answers again.
      finish(getDb(), mail, owner, { lastError: errorText(error) })
      return
    }
    const attempts = mail.attempts + 1
    // 5xx is the server's final answer for this mail (unknown recipient, rejected content); 4xx and the rest may pass later.
    const final = (code !== undefined && code >= 500 && !serverLevel) || attempts >= MAX_ATTEMPTS
    finish(getDb(), mail, owner, {
      attempts,
      status: final ? 'FAILED' : 'PENDING',
      nextAttemptAt: new Date(now().getTime() + backoffMs(attempts)).toISOString(),
      lastError: errorText(error),
    })
  }

  /** Claims what fits and starts sending it; returns the sends started. */
  function claimAndSend(): Array<Promise<boolean>> {
    const mails = claimDueEmails(getDb(), owner, maxInFlight - inFlight.size, leaseMs)
    return mails.map((mail) => {
      const sending = send(mail).finally(() => {
        inFlight.delete(sending)
        // A free slot: look for more at once rather than at the next poll.
        if (running) schedule(0)
      })
      inFlight.add(sending)
      return sending
    })
  }

  function schedule(ms: number) {
    if (stopped) return
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void tick(), ms)
  }

  async function tick() {
    if (ticking) {
      tickAgain = true
      return
    }
    ticking = true
    let next = pollMs
    try {
      if (!reachable && !(await checkServer())) next = probeMs
      else claimAndSend()
    } catch (error) {
      console.error('[e-post] utsendingen feilet:', errorCode(error) ?? (error instanceof Error ? error.name : 'ukjent feil'))
    } finally {
      ticking = false
    }
    if (tickAgain) {
      tickAgain = false
      next = 0
    }
    if (running) schedule(next)
  }

  return {
    serverReachable: () => reachable,
    async deliverDue() {
      let sent = 0
      // Round after round until nothing due is left or the server stops answering.
      while (reachable || (await checkServer())) {
        const started = claimAndSend()
        if (started.length === 0) break
        sent += (await Promise.all(started)).filter(Boolean).length
      }
      return sent
    },
    start() {
      running = true
      schedule(50)
    },
    async stop() {
      if (stopped) return
      running = false
      stopped = true
      if (timer) clearTimeout(timer)
      await Promise.allSettled([...inFlight])
      transport.close()
    },
  }
}

/** Sends every due e-mail once with a worker of its own (tests, one-off scripts); the number sent. */
export async function deliverDueEmails(db: Db, smtpUrl: string, from: string): Promise<number> {
  const worker = createEmailWorker(() => db, { smtpUrl, from })
  try {
    return await worker.deliverDue()
  } finally {
    await worker.stop()
  }
}

/** The app's worker: polls the outbox until stopped. */
export function startEmailWorker(getDb: () => Db, smtpUrl: string, from: string): () => Promise<void> {
  const worker = createEmailWorker(getDb, { smtpUrl, from })
  worker.start()
  return () => worker.stop()
}
