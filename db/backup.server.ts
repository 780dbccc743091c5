import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { now } from '~/utils/clock.server'

/**
 * Online backup of the live SQLite database (SQLite's backup API through
 * better-sqlite3's `db.backup()`): a consistent copy while the app keeps
 * writing, named by time (UTC), keeping the newest `keep`. Restore checks
 * `PRAGMA integrity_check` and refuses while an app runs on the target file.
 * See README «Backup and restore» and docs/decisions/0008.
 */
/** better-sqlite3 clamps the pages per step to 0…2^31−1; this is "the rest in one step". */
const ALL_PAGES = 0x7fffffff
const BACKUP_NAME = /^app-\d{8}T\d{9}Z\.db$/

/** `app-20261202T182700123Z.db`: UTC, so names sort in time order whatever the time zone or DST. */
export function backupFileName(at: Date = now()): string {
  return `app-${at.toISOString().replace(/[-:.]/g, '')}.db`
}

/** Backups in `dir`, oldest first. */
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => BACKUP_NAME.test(f))
    .sort()
    .map((f) => path.join(dir, f))
}

/**
 * Writes a consistent copy of `source` (an open connection, usually the app's
 * own, or a file path) into `dir` and deletes all but the newest `keep`.
 * Written under a temporary name and renamed when complete, so an
 * interrupted backup never looks like a good one.
 */
export async function backupDatabase(
  source: Database.Database | string,
  options: { dir: string; keep: number; pagesPerStep?: number },
): Promise<{ file: string; bytes: number; removed: string[] }> {
  fs.mkdirSync(options.dir, { recursive: true })
  const file = path.join(options.dir, backupFileName())
  const partial = `${file}.partial`
  const sqlite = typeof source === 'string' ? new Database(source, { fileMustExist: true }) : source
  // In steps, so the app keeps serving while it copies. A write through another
  // connection restarts SQLite's backup; after a few restarts it copies the rest
  // in one step (a read transaction: writers in WAL mode are not blocked).
  // From a separate process (`npm run db:backup`) every write is "another
  // connection", so it copies in one step from the start.
  const pagesPerStep = options.pagesPerStep ?? (typeof source === 'string' ? ALL_PAGES : 1000)
  let restarts = 0
  let lastRemaining = Infinity
  try {
    await sqlite.backup(partial, {
      progress: ({ remainingPages }) => {
        if (remainingPages > lastRemaining) restarts++
        lastRemaining = remainingPages
        return restarts >= 3 ? ALL_PAGES : pagesPerStep
      },
    })
  } catch (error) {
    fs.rmSync(partial, { force: true })
    throw error
  } finally {
    if (typeof source === 'string') sqlite.close()
  }
  const check = integrityCheck(partial)
  if (check !== 'ok') {
    fs.rmSync(partial, { force: true })
    throw new Error(`Sikkerhetskopien er skadet (integrity_check: ${check})`)
  }
  fs.renameSync(partial, file)
  const all = listBackups(options.dir)
  const removed = all.slice(0, Math.max(0, all.length - Math.max(1, options.keep)))
  for (const old of removed) fs.rmSync(old, { force: true })
  return { file, bytes: fs.statSync(file).size, removed }
}

export function integrityCheck(file: string): string {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const rows = sqlite.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>
    return rows.map((r) => r.integrity_check).join('; ')
  } finally {
    sqlite.close()
  }
}

// ---------------------------------------------------------------------------
// Which process runs on a database file: `<file>.pid`, written at start.

export function pidFile(databaseFile: string): string {
  return `${path.resolve(databaseFile)}.pid`
}

/** Marks `databaseFile` as in use by this process until it exits. */
export function claimDatabaseFile(databaseFile: string): () => void {
  const file = pidFile(databaseFile)
  // On a fresh clone the database folder does not exist yet: the app claims the file before opening it.
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, String(process.pid))
  const release = () => {
    try {
      if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.rmSync(file, { force: true })
    } catch {
      // already gone
    }
  }
  process.once('exit', release)
  return release
}

/** The pid of a live process that runs on `databaseFile`, or null (a stale pid file from a crash counts as none). */
export function runningAppPid(databaseFile: string): number | null {
  let pid: number
  try {
    pid = Number(fs.readFileSync(pidFile(databaseFile), 'utf8').trim())
  } catch {
    return null
  }
  if (!Number.isInteger(pid) || pid <= 0) return null
  try {
    process.kill(pid, 0)
    return pid
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null
  }
}

export type RestoreResult =
  { ok: true; restored: string; previous: string | null } | { ok: false; reason: 'app_running' | 'damaged' | 'missing'; message: string }

/**
 * Replaces `databaseFile` by `backupFile` after checking the backup's
 * integrity. The file it replaces is kept beside it as
 * `<file>.before-restore-<time>` (with its WAL checkpointed into it).
 */
export function restoreDatabase(backupFile: string, databaseFile: string): RestoreResult {
  if (!fs.existsSync(backupFile)) return { ok: false, reason: 'missing', message: `Fant ikke ${backupFile}.` }
  const pid = runningAppPid(databaseFile)
  if (pid !== null)
    return {
      ok: false,
      reason: 'app_running',
      message: `Appen kjører på ${databaseFile} (prosess ${pid}). Stopp den før du gjenoppretter.`,
    }
  let check: string
  try {
    check = integrityCheck(backupFile)
  } catch (error) {
    check = (error as Error).message
  }
  if (check !== 'ok')
    return { ok: false, reason: 'damaged', message: `Sikkerhetskopien er skadet (integrity_check: ${check}). Ingenting er endret.` }

  const target = path.resolve(databaseFile)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  let previous: string | null = null
  if (fs.existsSync(target)) {
    // Fold the WAL into the old file so the kept copy is complete on its own.
    const old = new Database(target)
    old.pragma('wal_checkpoint(TRUNCATE)')
    old.close()
    previous = `${target}.before-restore-${backupFileName().slice(4, -3)}`
    fs.renameSync(target, previous)
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true })
  const incoming = `${target}.restoring`
  fs.copyFileSync(backupFile, incoming)
  fs.renameSync(incoming, target)
  return { ok: true, restored: target, previous }
}
