import { count, eq } from 'drizzle-orm'
import type { Db } from '@db/client.server'
import { profiles, vacancies } from '@db/schema'
import { embeddedSearch, engineName, getSearch } from './index.server'
import { reindexEverything, startSearchWorker } from './outbox.server'

/**
 * At start: the engine is initialised (Meilisearch: settings applied before
 * any document) and, when the index does not hold what SQLite says is
 * published (a fresh database, demo data inserted in bulk, a new engine),
 * everything is reindexed. Then the outbox worker runs.
 */
export async function startSearch(getDb: () => Db): Promise<() => void> {
  const db = getDb()
  try {
    const search = await getSearch()
    const published = db.select({ n: count() }).from(profiles).where(eq(profiles.status, 'PUBLISERT')).get()?.n ?? 0
    const openVacancies = db.select({ n: count() }).from(vacancies).where(eq(vacancies.status, 'PUBLISERT')).get()?.n ?? 0
    const indexed =
      engineName() === 'embedded'
        ? embeddedSearch(db).indexedCounts()
        : { profiles: (await search.searchProfiles({ pageSize: 1 })).total, vacancies: openVacancies }
    if (indexed.profiles !== published || indexed.vacancies !== openVacancies) {
      const result = await reindexEverything(db)
      console.log(
        `Søkeindeksen (${search.engine}) er bygget på nytt: ${result.profiles} profiler, ${result.vacancies} stillinger på ${result.ms} ms.`,
      )
    }
  } catch (error) {
    console.error('[søk] klarte ikke å starte søkemotoren:', error instanceof Error ? error.message : error)
  }
  return startSearchWorker(getDb)
}
