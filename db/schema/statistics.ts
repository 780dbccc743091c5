import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './accounts'
import { createdAt } from './columns'
import { organisations } from './organisations'

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

/**
 * Monthly pre-aggregates behind the partner dashboard, rebuilt from the
 * source tables by the statistics job (INSERT … SELECT … GROUP BY, never row
 * by row). One row per (source, month, dimension, key, partner filter):
 * `n` = how many, `units` = distinct people behind it in that month, `orgs` =
 * distinct employers (what the suppression rules test, ADR 0007), `amount` =
 * kroner where relevant.
 * partner_id 0 = all employers; otherwise only members of that partner.
 */
export const statRollup = sqliteTable(
  'stat_rollup',
  {
    source: text('source').notNull(),
    month: text('month').notNull(),
    dim: text('dim').notNull(),
    key: text('key').notNull(),
    partnerId: integer('partner_id').notNull().default(0),
    n: integer('n').notNull(),
    units: integer('units').notNull(),
    amount: integer('amount').notNull().default(0),
    orgs: integer('orgs').notNull().default(0),
    /** Which build wrote the row; readers read only the current one (stat_rollup_runs.generation). */
    generation: integer('generation').notNull().default(0),
  },
  (t) => [uniqueIndex('stat_rollup_pk').on(t.generation, t.partnerId, t.dim, t.month, t.source, t.key)],
)

/** When the rollup was last rebuilt (one row). */
export const statRollupRuns = sqliteTable('stat_rollup_runs', {
  id: integer('id').primaryKey(),
  builtAt: text('built_at').notNull(),
  /** The date «still running after N months» was measured against. */
  today: text('today').notNull(),
  durationMs: integer('duration_ms').notNull(),
  /** The generation of stat_rollup rows the dashboards read. */
  generation: integer('generation').notNull().default(0),
  /** Which code built it (a hash of the rollup statements); another version's rollup is rebuilt, not read. */
  version: text('version').notNull().default(''),
})
