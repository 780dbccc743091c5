import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { startMailCatcher } from '../../emails/catcher.server'
import { deliverDueEmails } from '../../emails/worker.server'
import { getDb } from '../../db/client.server'
import { devMailbox } from '../../db/schema'
import { desc } from 'drizzle-orm'

/**
 * A real SMTP server on a free port for a test. Mail the app sends through
 * nodemailer lands in the test database's dev_mailbox table.
 */
export async function withSmtpServer<T>(
  fn: (smtp: { url: string; deliver: () => Promise<number>; inbox: () => Array<typeof devMailbox.$inferSelect> }) => Promise<T>,
): Promise<T> {
  const catcher = await startMailCatcher(getDb, 0)
  try {
    return await fn({
      url: catcher.url,
      deliver: () => deliverDueEmails(getDb(), catcher.url, 'Vi inkluderer <test@vi-inkluderer.no>'),
      inbox: () => getDb().select().from(devMailbox).orderBy(desc(devMailbox.id)).all(),
    })
  } finally {
    await catcher.close()
  }
}

export type ReceivedMail = { to: string; subject: string }

/**
 * A real SMTP server on `port` (0: a free one) that keeps what it receives in
 * memory, for tests of the e-mail worker. `hold(subject)` may return a promise
 * the server waits for before answering that message (a slow server);
 * `refuse(address)` may return an SMTP code to refuse that recipient with.
 */
export async function startSmtpServer(
  options: { port?: number; hold?: (subject: string) => Promise<void> | undefined; refuse?: (address: string) => number | undefined } = {},
): Promise<{ port: number; url: string; received: ReceivedMail[]; close: () => Promise<void> }> {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = options.refuse?.(address.address)
      if (!code) return callback()
      callback(Object.assign(new Error(`${address.address}: mottakeren finnes ikke`), { responseCode: code }))
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const subject = parsed.subject ?? ''
          await options.hold?.(subject)
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(', '), subject })
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0)
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Waits until `condition` holds, checking every few milliseconds (the test's timeout bounds it). */
export async function waitUntil(condition: () => boolean, everyMs = 10): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, everyMs))
}
