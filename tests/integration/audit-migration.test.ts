import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { createDb, type Db } from '@db/client.server'
import { migrateDatabase, MIGRATIONS_DIR } from '@db/migrate.server'
import { RENAMED_AUDIT_ACTIONS } from '~/domain/audit/actions'
import { TMP_DIR } from '../setup/paths'

/** A database as it was before migration 0004: only 0000_init applied, triggers in place, old names stored. */
function databaseBeforeRename(dir: string): Db {
  const oldMigrations = path.join(dir, 'migrations')
  fs.mkdirSync(path.join(oldMigrations, 'meta'), { recursive: true })
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8'))
  journal.entries = journal.entries.filter((e: { tag: string }) => e.tag === '0000_init')
  fs.writeFileSync(path.join(oldMigrations, 'meta', '_journal.json'), JSON.stringify(journal))
  fs.copyFileSync(path.join(MIGRATIONS_DIR, '0000_init.sql'), path.join(oldMigrations, '0000_init.sql'))
  const db = createDb(path.join(dir, 'old.db'))
  migrate(db, { migrationsFolder: oldMigrations })
  db.$client.exec(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`)
  return db
}

let dir: string | undefined
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

describe('migration 0004: audit action names', () => {
  it('renames stored rows to the catalogue names, keeps the other rows, and the log stays append-only', () => {
    dir = fs.mkdtempSync(path.join(TMP_DIR, 'audit-migration-'))
    const db = databaseBeforeRename(dir)
    const insert = db.$client.prepare(
      "INSERT INTO audit_log (at, action, subject_type, subject_id) VALUES ('2026-01-01T10:00:00.000Z', ?, 'x', '1')",
    )
    for (const old of Object.keys(RENAMED_AUDIT_ACTIONS)) insert.run(old)
    insert.run('PROFILE_VIEWED')
    expect(() => db.$client.prepare("UPDATE audit_log SET action = 'X'").run()).toThrow(/append-only/)

    migrateDatabase(db)

    const actions = db.$client.prepare('SELECT action FROM audit_log ORDER BY id').all() as Array<{ action: string }>
    expect(actions.map((r) => r.action)).toEqual([...Object.values(RENAMED_AUDIT_ACTIONS), 'PROFILE_VIEWED'])
    expect(() => db.$client.prepare("UPDATE audit_log SET action = 'X'").run()).toThrow(/append-only/)
    expect(() => db.$client.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
    db.$client.close()
  })
})
