import type { DbOrTx } from '@db/client.server'
import { emailOutbox } from '@db/schema'
import { nowIso } from '~/utils/clock.server'
import type { RenderedEmail } from './layout'

/**
 * Queues an e-mail. Call it with the same transaction as the change that
 * causes the mail: the worker delivers it later with retries, so a dead SMTP
 * server delays mail but never loses it.
 */
export function enqueueEmail(db: DbOrTx, to: string, template: string, email: RenderedEmail): void {
  db.insert(emailOutbox)
    .values({
      toAddress: to,
      template,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
      nextAttemptAt: nowIso(),
    })
    .run()
}
