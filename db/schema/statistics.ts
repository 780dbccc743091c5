import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { createdAt, organisations, users } from './core'

/**
 * State employers' (sector STATLIG) own report of their total new hires per
 * calendar year — the denominator of the 5 % inclusion goal (issue 7). One row
 * per organisation and year; a new report for the same year replaces the number.
 */
export const stateHireReports = sqliteTable(
  'state_hire_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    totalHires: integer('total_hires').notNull(),
    reportedByUserId: integer('reported_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    reportedAt: text('reported_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('state_hire_reports_org_year_unique').on(t.organisationId, t.year), index('state_hire_reports_year_idx').on(t.year)],
)
