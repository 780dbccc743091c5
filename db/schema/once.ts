import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { createdAt } from './columns'

/** Once-only bookkeeping: form submissions that created something, and scheduled job runs. */

/**
 * One row per form submission that created something (issue 10 §6): the
 * second submit with the same key (double click, resend after a slow
 * response) is sent to `location`, the result page of the first, instead of
 * creating a second row. Keys are random per rendered form and scoped to who
 * submitted it, so one user's key never leads to another user's page.
 */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    owner: text('owner').notNull(),
    purpose: text('purpose').notNull(),
    key: text('key').notNull(),
    location: text('location').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.owner, t.purpose, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
)

/** Jobs that must run once per key (scheduled jobs record their runs here). */
export const jobRuns = sqliteTable(
  'job_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    job: text('job').notNull(),
    runKey: text('run_key').notNull(),
    at: text('at').notNull(),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [uniqueIndex('job_runs_key_unique').on(t.job, t.runKey)],
)
