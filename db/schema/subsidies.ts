import { sql } from 'drizzle-orm'
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { AGA_ZONES } from './reference'
import { users } from './accounts'

/**
 * Dated rates for the subsidy calculator (issue 5). A row applies from
 * `valid_from` until the next row's `valid_from`; rows are only added, never
 * changed, and each carries its source. Seeded from the specification
 * (`DEFAULT_RATES` in app/domain/subsidies/rates.ts) by the subsidy service.
 */
const addedAt = () =>
  text('added_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
const addedBy = () => integer('added_by').references(() => users.id, { onDelete: 'set null' })

/** Grunnbeløp G (kroner), normally from 1 May. */
export const grunnbelopRates = sqliteTable(
  'grunnbelop_rates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    validFrom: text('valid_from').notNull(),
    amount: integer('amount').notNull(),
    source: text('source').notNull(),
    addedAt: addedAt(),
    addedBy: addedBy(),
  },
  (t) => [uniqueIndex('grunnbelop_rates_valid_from_unique').on(t.validFrom)],
)

/** Inkluderingstilskudd yearly maximum (kroner); `valid_from` is 1 January of the year it applies to. */
export const inclusionSubsidyMaxRates = sqliteTable(
  'inclusion_subsidy_max_rates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    validFrom: text('valid_from').notNull(),
    amount: integer('amount').notNull(),
    source: text('source').notNull(),
    addedAt: addedAt(),
    addedBy: addedBy(),
  },
  (t) => [uniqueIndex('inclusion_subsidy_max_rates_valid_from_unique').on(t.validFrom)],
)

/** Arbeidsgiveravgift per zone, in hundredths of a percent (14.1 % → 1410) so no float is stored. */
export const employerTaxRates = sqliteTable(
  'employer_tax_rates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    zone: text('zone', { enum: AGA_ZONES }).notNull(),
    validFrom: text('valid_from').notNull(),
    rateHundredths: integer('rate_hundredths').notNull(),
    source: text('source').notNull(),
    addedAt: addedAt(),
    addedBy: addedBy(),
  },
  (t) => [uniqueIndex('employer_tax_rates_zone_valid_from_unique').on(t.zone, t.validFrom)],
)

/** VTAO fixed monthly amount (kroner) for a calendar year; `valid_from` is 1 January of that year. */
export const vtaoRates = sqliteTable(
  'vtao_rates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    validFrom: text('valid_from').notNull(),
    amount: integer('amount').notNull(),
    source: text('source').notNull(),
    addedAt: addedAt(),
    addedBy: addedBy(),
  },
  (t) => [uniqueIndex('vtao_rates_valid_from_unique').on(t.validFrom)],
)
