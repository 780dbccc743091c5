/**
 * `npm run search:reindex`: rebuilds the search index from SQLite — the
 * embedded FTS5 tables, or (with MEILI_URL) fresh Meilisearch indexes that are
 * swapped in atomically.
 */
import { EnvError, parseEnv } from '../app/env.server'

try {
  parseEnv(process.env)
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}

const { getDb, closeDb } = await import('../db/client.server')
const { migrateDatabase } = await import('../db/migrate.server')
const { reindexEverything } = await import('../search/outbox.server')
const { engineName } = await import('../search/index.server')

const db = getDb()
migrateDatabase(db)
const result = await reindexEverything(db)
console.log(
  `Søkeindeksen (${engineName()}) er bygget på nytt: ${result.profiles} profiler og ${result.vacancies} stillinger på ${result.ms} ms.`,
)
closeDb()
