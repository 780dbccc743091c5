import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from './columns'

export const OUTBOX_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const

/** E-mail outbox: written in the same transaction as the change; a worker delivers. */
export const emailOutbox = sqliteTable(
  'email_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    template: text('template').notNull(),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    lastError: text('last_error'),
    sentAt: text('sent_at'),
    createdAt: createdAt(),
    /** The worker (one per app instance) sending it now; with the expiry below, a lease so two instances never send one mail twice. */
    leaseOwner: text('lease_owner'),
    /** Wall-clock ISO time the lease ends: a worker that died mid-send leaves the mail to another after this. */
    leaseExpiresAt: text('lease_expires_at'),
  },
  (t) => [index('email_outbox_due_idx').on(t.status, t.nextAttemptAt)],
)

/** Mail caught by the local development SMTP catcher, shown at /dev/mailbox. */
export const devMailbox = sqliteTable('dev_mailbox', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  receivedAt: text('received_at').notNull(),
  fromAddress: text('from_address').notNull(),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  textBody: text('text_body').notNull(),
  htmlBody: text('html_body'),
})
