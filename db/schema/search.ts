import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from './columns'

export const SEARCH_OUTBOX_KINDS = ['profile', 'vacancy'] as const
export const SEARCH_OUTBOX_STATUSES = ['PENDING', 'DONE', 'FAILED'] as const

/**
 * Index updates, written in the same transaction as the change that causes
 * them (search/outbox.server.ts). The worker re-reads the entity and indexes
 * or removes it, with retries. Rows hold only a kind and an id.
 */
export const searchOutbox = sqliteTable(
  'search_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: SEARCH_OUTBOX_KINDS }).notNull(),
    entityId: integer('entity_id').notNull(),
    status: text('status', { enum: SEARCH_OUTBOX_STATUSES }).notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    lastError: text('last_error'),
    appliedAt: text('applied_at'),
    createdAt: createdAt(),
  },
  (t) => [index('search_outbox_due_idx').on(t.status, t.nextAttemptAt)],
)
