import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { getEnv } from '~/env.server'
import * as schema from './schema'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }
/** A drizzle transaction or the database itself: services accept either. */
export type DbOrTx = Pick<
  Db,
  'select' | 'insert' | 'update' | 'delete' | 'run' | 'all' | 'get' | 'values' | 'query' | 'transaction' | '$count'
>

export function openSqlite(file: string, options: { readonly?: boolean } = {}): Database.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const sqlite = new Database(file, { readonly: options.readonly ?? false })
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // NORMAL in WAL mode: never corrupts; a power cut may lose the last commits (README «Backup and restore»).
  sqlite.pragma('synchronous = NORMAL')
  // 64 MB page cache (default 2 MB): matching scans the search engine's narrow tables at national scale.
  sqlite.pragma('cache_size = -65536')
  return sqlite
}

export function createDb(file: string): Db {
  return drizzle(openSqlite(file), { schema })
}

let current: { file: string; db: Db } | undefined

/**
 * The process-wide database. The path comes from the validated DATABASE_PATH
 * (default data/app.db); tests point DATABASE_PATH at a fresh copy per test,
 * and this reopens when it changes.
 */
export function getDb(): Db {
  const file = getEnv().DATABASE_PATH
  if (current?.file !== file) {
    current?.db.$client.close()
    current = { file, db: createDb(file) }
  }
  return current.db
}

export function closeDb(): void {
  current?.db.$client.close()
  current = undefined
}

export { schema }
