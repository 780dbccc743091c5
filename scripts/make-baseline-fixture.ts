/**
 * Made once, from the commit whose migrations are in
 * tests/fixtures/migrations-baseline/: a database built by that version's
 * migrations and filled with its demo data (tests/fixtures/baseline-demo.db.gz).
 * The upgrade test (tests/integration/upgrade.test.ts) runs today's migrations
 * on a copy of it. Do not re-run on a later schema: the fixture stands for the
 * databases that already exist.
 */
import fs from 'node:fs'
import zlib from 'node:zlib'
import { createDb } from '../db/client.server'
import { migrateDatabase } from '../db/migrate.server'
import { seedDemoDataIfEmpty } from '../db/seed/demo.server'
import { setClock } from '../app/utils/clock.server'

const file = 'tests/.tmp/baseline-demo.db'
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
// A fixed date, so the fixture does not depend on when it was made.
setClock(new Date('2026-12-02T10:00:00Z'))
const db = createDb(file)
migrateDatabase(db)
await seedDemoDataIfEmpty(db)
db.$client.pragma('wal_checkpoint(TRUNCATE)')
db.$client.pragma('journal_mode = DELETE')
db.$client.exec('VACUUM')
db.$client.close()
fs.writeFileSync('tests/fixtures/baseline-demo.db.gz', zlib.gzipSync(fs.readFileSync(file), { level: 9 }))
console.log(`${fs.statSync(file).size} bytes → ${fs.statSync('tests/fixtures/baseline-demo.db.gz').size} bytes gzipped`)
