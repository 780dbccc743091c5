import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createDb } from '../../db/client.server'
import { MIGRATIONS_DIR, migrateDatabase } from '../../db/migrate.server'
import { DEMO_PASSWORD } from '../../db/seed/demo.server'
import { attemptLogin } from '~/services/login.server'
import { listPublishedVacancies } from '~/services/vacancies.server'

/**
 * docs/decisions/0008: every database made by an earlier version upgrades by
 * running today's migrations. The fixture is a database built by the baseline
 * migrations (tests/fixtures/migrations-baseline/, the set on main before
 * migrations became incremental) and filled with that version's demo data.
 */
const FIXTURES = path.resolve('tests/fixtures')
const BASELINE_DIR = path.join(FIXTURES, 'migrations-baseline')

type JournalEntry = { idx: number; when: number; tag: string }
const journal = (dir: string) =>
  (JSON.parse(fs.readFileSync(path.join(dir, 'meta/_journal.json'), 'utf8')) as { entries: JournalEntry[] }).entries

/** Tables whose rows the start-up loaders may add to (reference data and default rates). */
const MAY_GROW = new Set(['fylker', 'kommuner', 'styrk08', 'grunnbelop_rates', 'inclusion_subsidy_max_rates', 'employer_tax_rates'])

function rowCounts(file: string): Map<string, number> {
  const sqlite = new Database(file, { readonly: true })
  try {
    const tables = sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'
           AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE '%_fts_%' ORDER BY name`,
      )
      .pluck()
      .all() as string[]
    return new Map(tables.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]))
  } finally {
    sqlite.close()
  }
}

function copyOfBaselineDatabase(): string {
  const file = path.resolve(`tests/.tmp/upgrade-${process.pid}-${Date.now().toString(36)}.db`)
  fs.writeFileSync(file, zlib.gunzipSync(fs.readFileSync(path.join(FIXTURES, 'baseline-demo.db.gz'))))
  return file
}

describe('upgrading a database made by an earlier version', () => {
  it('keeps the baseline migrations unchanged at the start of db/migrations', () => {
    const baseline = journal(BASELINE_DIR)
    const current = journal(MIGRATIONS_DIR)
    expect(current.slice(0, baseline.length)).toEqual(baseline)
    for (const entry of baseline) {
      const sql = (dir: string) => fs.readFileSync(path.join(dir, `${entry.tag}.sql`), 'utf8')
      expect(sql(MIGRATIONS_DIR), `${entry.tag}.sql must never change`).toBe(sql(BASELINE_DIR))
    }
    // Later migrations come after, in order (the migrator applies those newer than the last applied).
    for (let i = 1; i < current.length; i++) {
      expect(current[i].idx).toBeGreaterThan(current[i - 1].idx)
      expect(current[i].when).toBeGreaterThan(current[i - 1].when)
      expect(fs.existsSync(path.join(MIGRATIONS_DIR, `${current[i].tag}.sql`)), current[i].tag).toBe(true)
    }
  })

  it('runs every current migration on a baseline database with demo data, keeps every row, and the app works on it', async () => {
    const file = copyOfBaselineDatabase()
    process.env.DATABASE_PATH = file
    try {
      const before = rowCounts(file)
      expect(before.get('users')).toBeGreaterThan(0)
      expect(before.get('vacancies')).toBeGreaterThan(0)

      const db = createDb(file)
      migrateDatabase(db)
      const applied = db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()
      expect(applied).toBe(journal(MIGRATIONS_DIR).length)
      // Running them again (the next start) changes nothing.
      migrateDatabase(db)
      expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db.$client.pragma('foreign_key_check')).toEqual([])
      db.$client.close()

      const after = rowCounts(file)
      for (const [table, count] of before) {
        expect(after.has(table), `table ${table} is still there`).toBe(true)
        if (MAY_GROW.has(table)) expect(after.get(table), table).toBeGreaterThanOrEqual(count)
        else expect(after.get(table), table).toBe(count)
      }

      // The app's services work on the upgraded database.
      const login = await attemptLogin('admin@demo.no', DEMO_PASSWORD, '127.0.0.1')
      expect(login).toMatchObject({ ok: true, role: 'admin' })
      expect(listPublishedVacancies().total).toBeGreaterThan(0)
    } finally {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
    }
  })
})
