import { and, asc, eq, lte } from 'drizzle-orm'
import type { Db, DbOrTx } from '@db/client.server'
import { searchOutbox } from '@db/schema'
import { now, nowIso } from '~/utils/clock.server'
import { loadProfileDocuments, loadVacancyDocuments, streamProfileDocuments, streamVacancyDocuments } from './documents'
import { embeddedSearch, getSearch, transactionalSearchSync } from './index.server'
import type { EmbeddedSearchExtras } from './port'

export type SearchUpdate = { kind: 'profile' | 'vacancy'; id: number }

/**
 * Records that a profile or vacancy changed. Call it with the same
 * transaction as the change. With the embedded engine the index is updated
 * right here, inside that transaction (same SQLite file — it commits or rolls
 * back with the change; ADR 0005) and the row is stored as DONE. With
 * Meilisearch the row stays PENDING and the worker applies it with retries.
 */
export function enqueueSearchUpdate(tx: DbOrTx, update: SearchUpdate): void {
  const sync = transactionalSearchSync(tx)
  const embedded = sync !== null
  if (sync) applyEmbedded(tx, sync, update)
  tx.insert(searchOutbox)
    .values({
      kind: update.kind,
      entityId: update.id,
      status: embedded ? 'DONE' : 'PENDING',
      nextAttemptAt: nowIso(),
      appliedAt: embedded ? nowIso() : null,
    })
    .run()
}

/** Re-reads the entity (in `tx`) and indexes it, or removes it when it is no longer published. */
function applyEmbedded(tx: DbOrTx, engine: EmbeddedSearchExtras, update: SearchUpdate): void {
  if (update.kind === 'profile') {
    const [doc] = loadProfileDocuments(tx, [update.id])
    if (doc) engine.writeProfileSync(doc)
    else engine.removeProfileSync(update.id)
  } else {
    const [doc] = loadVacancyDocuments(tx, [update.id])
    if (doc) engine.writeVacancySync(doc)
    else engine.removeVacancySync(update.id)
  }
}

export const MAX_SEARCH_ATTEMPTS = 10
export function searchBackoffMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 600_000)
}

/** Applies due outbox rows to the active engine. Returns how many were applied. */
export async function applyDueSearchUpdates(db: Db, limit = 200): Promise<number> {
  const due = db
    .select()
    .from(searchOutbox)
    .where(and(eq(searchOutbox.status, 'PENDING'), lte(searchOutbox.nextAttemptAt, nowIso())))
    .orderBy(asc(searchOutbox.id))
    .limit(limit)
    .all()
  if (due.length === 0) return 0
  let applied = 0
  const search = await getSearch()
  for (const row of due) {
    try {
      if (search.engine === 'embedded') {
        const engine = embeddedSearch(db)
        db.transaction((tx) => applyEmbedded(tx, engine, { kind: row.kind, id: row.entityId }))
      } else if (row.kind === 'profile') {
        const docs = loadProfileDocuments(db, [row.entityId])
        if (docs.length) await search.indexProfiles(docs)
        else await search.removeProfiles([row.entityId])
      } else {
        const docs = loadVacancyDocuments(db, [row.entityId])
        if (docs.length) await search.indexVacancies(docs)
        else await search.removeVacancies([row.entityId])
      }
      db.update(searchOutbox)
        .set({ status: 'DONE', attempts: row.attempts + 1, appliedAt: nowIso(), lastError: null })
        .where(eq(searchOutbox.id, row.id))
        .run()
      applied++
    } catch (error) {
      const attempts = row.attempts + 1
      db.update(searchOutbox)
        .set({
          attempts,
          status: attempts >= MAX_SEARCH_ATTEMPTS ? 'FAILED' : 'PENDING',
          nextAttemptAt: new Date(now().getTime() + searchBackoffMs(attempts)).toISOString(),
          lastError: error instanceof Error ? error.message.slice(0, 500) : 'ukjent feil',
        })
        .where(eq(searchOutbox.id, row.id))
        .run()
    }
  }
  return applied
}

/** Polls the search outbox until stopped. */
export function startSearchWorker(getDb: () => Db, intervalMs = 1000): () => void {
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  const tick = async () => {
    if (stopped) return
    try {
      await applyDueSearchUpdates(getDb())
    } catch (error) {
      console.error('[søk] oppdatering av indeksen feilet:', error instanceof Error ? error.message : error)
    }
    if (!stopped) timer = setTimeout(tick, intervalMs)
  }
  timer = setTimeout(tick, 100)
  return () => {
    stopped = true
    if (timer) clearTimeout(timer)
  }
}

/** Rebuilds the whole index from SQLite (npm run search:reindex, and at start when the embedded index is empty). */
export async function reindexEverything(db: Db): Promise<{ profiles: number; vacancies: number; ms: number }> {
  const started = performance.now()
  const search = await getSearch()
  const result = await search.reindexAll({
    profiles: () => streamProfileDocuments(db),
    vacancies: () => streamVacancyDocuments(db),
  })
  return { ...result, ms: Math.round(performance.now() - started) }
}
