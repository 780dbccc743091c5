import { startMailCatcher } from '../../emails/catcher.server'
import { deliverDueEmails } from '../../emails/worker.server'
import { getDb } from '../../db/client.server'
import { devMailbox } from '../../db/schema'
import { desc } from 'drizzle-orm'

/**
 * A real SMTP server on a free port for a test. Mail the app sends through
 * nodemailer lands in the test database's dev_mailbox table.
 */
export async function withSmtpServer<T>(fn: (smtp: { url: string; deliver: () => Promise<number>; inbox: () => Array<typeof devMailbox.$inferSelect> }) => Promise<T>): Promise<T> {
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
