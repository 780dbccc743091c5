import type { Db, DbOrTx } from '@db/client.server'
import { getDb } from '@db/client.server'
import { getEnv } from '~/env.server'
import { EmbeddedSearch } from './embedded/adapter'
import { MeilisearchSearch } from './meilisearch/adapter'
import type { SearchPort } from './port'

/**
 * The search engine in use: Meilisearch when MEILI_URL is set, otherwise the
 * embedded engine on the app's own SQLite database.
 */
const embedded = new WeakMap<object, EmbeddedSearch>()
let meili: { key: string; port: MeilisearchSearch; ready: Promise<void> | null } | undefined

export function engineName(): 'embedded' | 'meilisearch' {
  return getEnv().MEILI_URL ? 'meilisearch' : 'embedded'
}

/** The embedded engine bound to a database (created, with its tables, on first use). */
export function embeddedSearch(db: Db = getDb()): EmbeddedSearch {
  let engine = embedded.get(db.$client)
  if (!engine) {
    engine = new EmbeddedSearch(db.$client)
    embedded.set(db.$client, engine)
  }
  return engine
}

/** The raw SQLite handle behind a drizzle database or transaction (same connection, same transaction). */
export function rawClient(db: DbOrTx): Db['$client'] {
  const anyDb = db as unknown as { $client?: Db['$client']; session?: { client: Db['$client'] } }
  const client = anyDb.$client ?? anyDb.session?.client
  if (!client) throw new Error('Fant ikke SQLite-tilkoblingen')
  return client
}

export function embeddedSearchFor(db: DbOrTx): EmbeddedSearch {
  const client = rawClient(db)
  let engine = embedded.get(client)
  if (!engine) {
    engine = new EmbeddedSearch(client)
    embedded.set(client, engine)
  }
  return engine
}

export function meilisearchSearch(): MeilisearchSearch {
  const env = getEnv()
  const key = `${env.MEILI_URL}|${env.MEILI_INDEX_PREFIX}`
  if (!meili || meili.key !== key) {
    meili = {
      key,
      port: new MeilisearchSearch({
        host: env.MEILI_URL!,
        adminKey: env.MEILI_MASTER_KEY,
        searchKey: env.MEILI_SEARCH_KEY,
        prefix: env.MEILI_INDEX_PREFIX,
      }),
      ready: null,
    }
  }
  return meili.port
}

/** The active engine, initialised (Meilisearch settings applied before any document). */
export async function getSearch(): Promise<SearchPort> {
  if (engineName() === 'embedded') return embeddedSearch()
  const port = meilisearchSearch()
  meili!.ready ??= port.init().catch((error) => {
    meili!.ready = null
    throw error
  })
  await meili!.ready
  return port
}
