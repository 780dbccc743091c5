import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { backupDatabase, claimDatabaseFile, integrityCheck, listBackups, restoreDatabase, runningAppPid } from '@db/backup.server'
import { getDb } from '@db/client.server'
import { setClock } from '~/utils/clock.server'
import { TMP_DIR } from '../setup/paths'

const dir = path.join(TMP_DIR, `backups-${process.pid}-${Math.random().toString(36).slice(2)}`)
const cleanup: string[] = [dir]
afterEach(() => {
  for (const f of cleanup) fs.rmSync(f, { recursive: true, force: true })
})

function countRows(file: string): Map<string, number> {
  const sqlite = new Database(file, { readonly: true })
  try {
    const tables = sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE '%_fts_%'`,
      )
      .pluck()
      .all() as string[]
    return new Map(tables.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]))
  } finally {
    sqlite.close()
  }
}

describe('backup and restore', () => {
  it('backs up the live database while it is written to, and restores a consistent copy', async () => {
    const live = getDb().$client
    live.exec('CREATE TABLE load_test (id INTEGER PRIMARY KEY, body TEXT NOT NULL)')
    const insert = live.prepare('INSERT INTO load_test (body) VALUES (?)')
    const filler = 'x'.repeat(2000)
    for (let i = 0; i < 2000; i++) insert.run(filler) // ~4 MB, so the backup takes many steps
    // Writes keep coming through the app's connection between every backup step
    // (the scheduled backup in the app), and from another process (`npm run db:backup` beside the app).
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const D=require('better-sqlite3');const db=new D(process.argv[1]);db.pragma('busy_timeout=5000');const s=db.prepare('INSERT INTO load_test (body) VALUES (?)');console.log('ready');for(;;){s.run('other process')}`,
        process.env.DATABASE_PATH!,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } },
    )
    await new Promise((resolve) => child.stdout!.once('data', resolve))
    let writing = true
    let written = 0
    const writer = (async () => {
      while (writing) {
        insert.run(`app ${written++}`)
        await new Promise((r) => setImmediate(r))
      }
    })()
    const { file } = await backupDatabase(live, { dir, keep: 3, pagesPerStep: 20 })
    const fromOutside = await backupDatabase(process.env.DATABASE_PATH!, { dir, keep: 3 })
    writing = false
    await writer
    child.kill()
    await new Promise((r) => child.once('exit', r))
    expect(written).toBeGreaterThan(0)
    expect(integrityCheck(fromOutside.file)).toBe('ok')

    expect(integrityCheck(file)).toBe('ok')
    const inBackup = countRows(file)
    const liveCounts = countRows(process.env.DATABASE_PATH!)
    expect(inBackup.get('load_test')).toBeGreaterThanOrEqual(2000)
    expect(inBackup.get('load_test')).toBeLessThanOrEqual(liveCounts.get('load_test')!)
    // A consistent snapshot: the rows it holds are exactly the first ones written, with no gap.
    for (const copy of [file, fromOutside.file]) {
      const backupDb = new Database(copy, { readonly: true })
      expect(backupDb.prepare('SELECT max(id) FROM load_test').pluck().get()).toBe(
        backupDb.prepare('SELECT count(*) FROM load_test').pluck().get(),
      )
      backupDb.close()
    }
    expect(countRows(fromOutside.file).get('load_test')).toBeGreaterThanOrEqual(inBackup.get('load_test')!)
    // Reference data and every other table came along.
    for (const [table, count] of liveCounts) if (table !== 'load_test') expect(inBackup.get(table), table).toBe(count)

    // Restore into another file: the same rows, and the database passes the integrity check.
    const target = path.join(dir, 'restored', 'app.db')
    const restored = restoreDatabase(file, target)
    expect(restored).toMatchObject({ ok: true, previous: null })
    expect(countRows(target)).toEqual(inBackup)
    expect(integrityCheck(target)).toBe('ok')
  })

  it('names backups by time and keeps only the newest BACKUP_KEEP', async () => {
    const made: string[] = []
    for (const at of ['2027-01-01T02:00:00Z', '2027-01-02T02:00:00Z', '2027-01-03T02:00:00Z', '2027-01-04T02:00:00Z']) {
      setClock(new Date(at))
      made.push((await backupDatabase(getDb().$client, { dir, keep: 2 })).file)
    }
    expect(listBackups(dir).map((f) => path.basename(f))).toEqual(['app-20270103T020000000Z.db', 'app-20270104T020000000Z.db'])
    expect(made.slice(0, 2).every((f) => !fs.existsSync(f))).toBe(true)
  })

  it('claims a database file in a folder that does not exist yet (a fresh clone has no data/)', () => {
    const target = path.join(dir, 'not-yet', 'app.db')
    const release = claimDatabaseFile(target)
    expect(runningAppPid(target)).toBe(process.pid)
    release()
    expect(runningAppPid(target)).toBeNull()
  })

  it('refuses to restore while an app runs on the file, and refuses a damaged backup', async () => {
    const { file } = await backupDatabase(getDb().$client, { dir, keep: 5 })
    const target = path.join(dir, 'running.db')
    fs.copyFileSync(file, target)
    const release = claimDatabaseFile(target)
    expect(runningAppPid(target)).toBe(process.pid)
    const refused = restoreDatabase(file, target)
    expect(refused).toMatchObject({ ok: false, reason: 'app_running' })
    release()
    expect(runningAppPid(target)).toBeNull()

    // A stale pid file from a crashed app does not block.
    fs.writeFileSync(`${path.resolve(target)}.pid`, '999999999')
    expect(runningAppPid(target)).toBeNull()

    const damaged = path.join(dir, 'damaged.db')
    const bytes = fs.readFileSync(file)
    bytes.fill(0x41, 4096, 4096 * 3) // overwrite pages after the header
    fs.writeFileSync(damaged, bytes)
    const rejected = restoreDatabase(damaged, target)
    expect(rejected).toMatchObject({ ok: false, reason: 'damaged' })
    // Nothing was changed.
    expect(integrityCheck(target)).toBe('ok')

    const ok = restoreDatabase(file, target)
    expect(ok.ok).toBe(true)
    if (ok.ok) {
      expect(ok.previous).toMatch(/running\.db\.before-restore-/)
      expect(fs.existsSync(ok.previous!)).toBe(true)
    }
  })
})
