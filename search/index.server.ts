import type { Db, DbOrTx } from '@db/client.server'
import { getDb } from '@db/client.server'
import { getEnv } from '~/env.server'
import { EmbeddedSearch } from './embedded/adapter'
import { MeilisearchSearch } from './meilisearch/adapter'
import type { EmbeddedSearchExtras, SearchPort } from './port'

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

/**
 * The embedded engine's synchronous writes for a change made with `tx` — the
 * app database (`getDb()`) or one of its transactions. better-sqlite3 runs a
 * transaction on the database's one connection, so the engine bound to that
 * database writes inside it: the index rows commit or roll back with the
 * change (ADR 0005). null when Meilisearch is in use (the outbox worker
 * applies the change).
 */
export function transactionalSearchSync(tx: DbOrTx): EmbeddedSearchExtras | null {
  if (engineName() !== 'embedded') return null
  const db = getDb()
  // A write on another database (or a transaction on another connection) would leave its index behind.
  if (tx !== db && !db.$client.inTransaction) throw new Error('Søkeindeksen oppdateres bare i en transaksjon på appens database')
  return embeddedSearch(db)
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
