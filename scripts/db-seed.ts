/**
 * `npm run db:seed`: demo data into an empty database at DATABASE_PATH, under
 * the same rule as a start: never in production unless SEED_DEMO=always and
 * UNSAFE_DEMO_DATA_IN_PRODUCTION=true (demo users have a published password).
 */
import { shouldSeedDemoData } from '../app/env.server'
import { envOrExit } from './run-app'

const env = envOrExit()
if (!shouldSeedDemoData({ ...env, SEED_DEMO: env.SEED_DEMO === 'never' ? 'auto' : env.SEED_DEMO })) {
  console.error('Demodata lages ikke i produksjon (NODE_ENV=production). Se SEED_DEMO i README.')
  process.exit(1)
}
const { closeDb, getDb } = await import('../db/client.server')
const { migrateDatabase } = await import('../db/migrate.server')
const { seedDemoDataIfEmpty } = await import('../db/seed/demo.server')
const db = getDb()
migrateDatabase(db)
const seeded = await seedDemoDataIfEmpty(db)
closeDb()
console.log(seeded ? `Demodata lagt inn i ${env.DATABASE_PATH}.` : `${env.DATABASE_PATH} har allerede data: ingenting gjort.`)
