import fs from 'node:fs'
import { createDb } from '../../db/client.server'
import { migrateDatabase } from '../../db/migrate.server'
import { TEMPLATE_DB, TMP_DIR } from './paths'

/** Builds one migrated database (with reference data); every test gets a copy of it. */
export default function setup() {
  fs.mkdirSync(TMP_DIR, { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(TEMPLATE_DB + suffix, { force: true })
  const db = createDb(TEMPLATE_DB)
  migrateDatabase(db)
  db.$client.pragma('wal_checkpoint(TRUNCATE)')
  db.$client.pragma('journal_mode = DELETE')
  db.$client.close()
  return () => {
    for (const file of fs.readdirSync(TMP_DIR)) {
      if (file.startsWith('test-')) fs.rmSync(`${TMP_DIR}/${file}`, { force: true })
    }
  }
}
