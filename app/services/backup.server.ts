import { backupDatabase } from '@db/backup.server'
import { getDb } from '@db/client.server'
import { backupIntervalMs, type Env } from '~/env.server'

/**
 * The app's own scheduled backup (BACKUP_INTERVAL, default daily, off in
 * tests): an online copy through the app's connection into BACKUP_DIR,
 * keeping the newest BACKUP_KEEP. A failed backup is logged and retried at
 * the next interval; it never stops the app.
 */
export function startBackupSchedule(env: Env): () => void {
  const interval = backupIntervalMs(env)
  if (interval === null) return () => {}
  let running = false
  const run = async () => {
    if (running) return
    running = true
    try {
      const { file } = await backupDatabase(getDb().$client, { dir: env.BACKUP_DIR, keep: env.BACKUP_KEEP })
      console.log(`Sikkerhetskopi skrevet: ${file}`)
    } catch (error) {
      console.error(`Sikkerhetskopien feilet: ${(error as Error).message}`)
    } finally {
      running = false
    }
  }
  const timer = setInterval(run, interval)
  timer.unref()
  return () => clearInterval(timer)
}
