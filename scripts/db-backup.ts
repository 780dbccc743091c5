/**
 * `npm run db:backup`: a consistent copy of DATABASE_PATH into BACKUP_DIR,
 * named by time, keeping the newest BACKUP_KEEP. Safe while the app runs
 * (SQLite's online backup).
 */
import { backupDatabase } from '../db/backup.server'
import { envOrExit } from './run-app'

const env = envOrExit()
const { file, bytes, removed } = await backupDatabase(env.DATABASE_PATH, { dir: env.BACKUP_DIR, keep: env.BACKUP_KEEP })
console.log(`Sikkerhetskopi: ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB)`)
if (removed.length) console.log(`Slettet eldre kopier: ${removed.join(', ')}`)
