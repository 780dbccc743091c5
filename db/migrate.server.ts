import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import type { Db } from './client.server'
import { loadDefaultSubsidyRates, loadReferenceData } from './reference.server'

const here = path.dirname(fileURLToPath(import.meta.url))
/** Works from source (tsx, vitest) and from the Remix server build (build/ sits beside db/). */
export const MIGRATIONS_DIR =
  [path.join(here, 'migrations'), path.resolve('db/migrations')].find((dir) => fs.existsSync(path.join(dir, 'meta', '_journal.json'))) ??
  path.resolve('db/migrations')

/** Statements drizzle-kit cannot express; idempotent, run after every migration. */
const POST_MIGRATION_SQL = [
  `CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
     BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
  `CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
     BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
]

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_DIR })
  for (const statement of POST_MIGRATION_SQL) db.run(sql.raw(statement))
  loadReferenceData(db)
  loadDefaultSubsidyRates(db)
}
