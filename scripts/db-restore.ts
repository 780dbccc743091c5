/**
 * `npm run db:restore <file>`: replaces DATABASE_PATH by a backup after
 * `PRAGMA integrity_check`. Refuses while the app runs on that file. The file
 * it replaces is kept as `<file>.before-restore-<time>`.
 */
import { restoreDatabase } from '../db/backup.server'
import { envOrExit } from './run-app'

const env = envOrExit()
const backup = process.argv[2]
if (!backup) {
  console.error('Bruk: npm run db:restore -- <sikkerhetskopi.db>   (se BACKUP_DIR, standard data/backups)')
  process.exit(2)
}
const result = restoreDatabase(backup, env.DATABASE_PATH)
if (!result.ok) {
  console.error(result.message)
  process.exit(1)
}
console.log(`Gjenopprettet ${result.restored} fra ${backup}.`)
if (result.previous) console.log(`Databasen som ble erstattet, ligger i ${result.previous}.`)
console.log('Start appen: den kjører nye migrasjoner på kopien om den er eldre enn koden.')
