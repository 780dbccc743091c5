import fs from 'node:fs'
import { createDb } from '../../db/client.server'
import { migrateDatabase } from '../../db/migrate.server'
import path from 'node:path'
import { TMP_DIR } from './paths'

/** Builds one migrated database (with reference data); every test gets a copy of it. */
export default function setup() {
  fs.mkdirSync(TMP_DIR, { recursive: true })
  const TEMPLATE_DB = path.join(TMP_DIR, `template-${process.pid}.db`)
  process.env.VI_TEMPLATE_DB = TEMPLATE_DB
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(TEMPLATE_DB + suffix, { force: true })
  const db = createDb(TEMPLATE_DB)
  migrateDatabase(db)
  db.$client.pragma('wal_checkpoint(TRUNCATE)')
  db.$client.pragma('journal_mode = DELETE')
  db.$client.close()
  return () => {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(TEMPLATE_DB + suffix, { force: true })
  }
}
