import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** Reference data loaded from db/reference/*.csv (SSB, Skatteetaten) at migration/seed time. */
export const fylker = sqliteTable('fylker', {
  fylkesnummer: text('fylkesnummer').primaryKey(),
  name: text('name').notNull(),
})

export const AGA_ZONES = ['I', 'Ia', 'II', 'III', 'IV', 'IVa', 'V'] as const
export type AgaZone = (typeof AGA_ZONES)[number]

export const kommuner = sqliteTable(
  'kommuner',
  {
    kommunenummer: text('kommunenummer').primaryKey(),
    name: text('name').notNull(),
    fylkesnummer: text('fylkesnummer')
      .notNull()
      .references(() => fylker.fylkesnummer),
    agaZone: text('aga_zone', { enum: AGA_ZONES }).notNull(),
  },
  (t) => [index('kommuner_fylke_idx').on(t.fylkesnummer)],
)

export const styrk08 = sqliteTable('styrk08', {
  code: text('code').primaryKey(),
  title: text('title').notNull(),
})
