import { sql } from 'drizzle-orm'
import { text } from 'drizzle-orm/sqlite-core'

/** Column helpers every capability's tables use. */

/** ISO timestamp default, stored as text so it sorts and reads well. */
export const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)

/** A JSON column typed as `T`. */
export const json = <T>(name: string) => text(name, { mode: 'json' }).$type<T>()
