import { getDb, closeDb } from '../db/client.server'
import { migrateDatabase } from '../db/migrate.server'

const db = getDb()
migrateDatabase(db)
closeDb()
console.log(`Database migrated: ${process.env.DATABASE_PATH || 'data/app.db'}`)
