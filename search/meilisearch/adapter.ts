import { Meilisearch, type EnqueuedTaskPromise, type Index, type Settings, type Task } from 'meilisearch'
import { matchScore, MIN_MATCH_SCORE, prepareProfile, prepareVacancy, type MatchContext } from '~/domain/matching'
import { profileToMatch, vacancyToMatch } from '../documents'
import {
  emptyFacets,
  FACET_FIELDS,
  type MatchHit,
  type ProfileDocument,
  type ReindexSource,
  type SearchPort,
  type SearchProfilesQuery,
  type SearchProfilesResult,
  type VacancyDocument,
} from '../port'
import { normaliseQuery, topProfiles, topVacancies } from '../shared'
import {
  FACET_ATTRIBUTE,
  fromMeiliProfile,
  fromMeiliVacancy,
  meiliQueryText,
  profileFilter,
  profileSettings,
  profileSort,
  toMeiliProfile,
  toMeiliVacancy,
  profileTierFilter,
  UNKNOWN_FYLKE,
  vacancySettings,
  vacancyTierFilter,
  type MeiliProfile,
  type MeiliVacancy,
} from './translate'

export type MeiliConfig = { host: string; adminKey?: string; searchKey?: string; prefix: string }

export class MeiliTaskError extends Error {}

/** Awaits a task and checks its status: anything but «succeeded» is an error. */
export async function awaitTask(enqueued: EnqueuedTaskPromise, what: string): Promise<Task> {
  const task = await enqueued.waitTask({ timeout: 120_000, interval: 50 })
  if (task.status !== 'succeeded') {
    throw new MeiliTaskError(
      `Meilisearch-oppgave ${task.uid} (${what}) endte med status ${task.status}: ${task.error?.message ?? 'ukjent feil'}`,
    )
  }
  return task
}

/** Retries a step a few times (a failed task is an error that is retried, never ignored). */
export async function withRetry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
  let last: unknown
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn()
    } catch (error) {
      last = error
      await new Promise((r) => setTimeout(r, 200 * 2 ** i))
    }
  }
  throw last
}

const BATCH = 5_000
/** Hits fetched per request when a matching tier is read whole. */
const TIER_PAGE = 1_000

export class MeilisearchSearch implements SearchPort {
  readonly engine = 'meilisearch' as const
  private admin: Meilisearch
  private reader: Meilisearch
  readonly profilesUid: string
  readonly vacanciesUid: string

  constructor(private readonly config: MeiliConfig) {
    this.admin = new Meilisearch({ host: config.host, apiKey: config.adminKey })
    // Queries go through the search-only key when one is configured.
    this.reader = new Meilisearch({ host: config.host, apiKey: config.searchKey ?? config.adminKey })
    this.profilesUid = `${config.prefix}_profiles`
    this.vacanciesUid = `${config.prefix}_vacancies`
  }

  private async ensureIndex(uid: string, settings: Settings): Promise<void> {
    await withRetry(async () => {
      const task = await this.admin.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 60_000, interval: 50 })
      if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') {
        throw new MeiliTaskError(`Kunne ikke opprette indeksen ${uid}: ${task.error?.message}`)
      }
      // Settings as code, applied idempotently before any document.
      await awaitTask(this.admin.index(uid).updateSettings(settings), `innstillinger for ${uid}`)
    })
  }

  async init(): Promise<void> {
    await this.ensureIndex(this.profilesUid, profileSettings())
    await this.ensureIndex(this.vacanciesUid, vacancySettings())
  }

  private async add(uid: string, docs: object[]): Promise<void> {
    for (let i = 0; i < docs.length; i += BATCH) {
      const batch = docs.slice(i, i + BATCH)
      await withRetry(() => awaitTask(this.admin.index(uid).addDocuments(batch, { primaryKey: 'id' }), `dokumenter til ${uid}`))
    }
  }

  async indexProfiles(docs: ProfileDocument[]): Promise<void> {
    await this.add(
      this.profilesUid,
      docs.map((d) => toMeiliProfile(d)),
    )
  }
  async removeProfiles(ids: number[]): Promise<void> {
    if (ids.length) await withRetry(() => awaitTask(this.admin.index(this.profilesUid).deleteDocuments(ids), 'fjerne profiler'))
  }
  async indexVacancies(docs: VacancyDocument[]): Promise<void> {
    await this.add(this.vacanciesUid, docs.map(toMeiliVacancy))
  }
  async removeVacancies(ids: number[]): Promise<void> {
    if (ids.length) await withRetry(() => awaitTask(this.admin.index(this.vacanciesUid).deleteDocuments(ids), 'fjerne stillinger'))
  }

  /** Full reindex into fresh indexes, then one atomic swap; the old data is deleted afterwards. */
  async reindexAll(source: ReindexSource): Promise<{ profiles: number; vacancies: number }> {
    await this.init()
    const suffix = `_reindex_${Date.now()}`
    const freshProfiles = this.profilesUid + suffix
    const freshVacancies = this.vacanciesUid + suffix
    await this.ensureIndex(freshProfiles, profileSettings())
    await this.ensureIndex(freshVacancies, vacancySettings())
    const profiles = [...source.profiles()].map((d) => toMeiliProfile(d))
    const vacancies = [...source.vacancies()].map(toMeiliVacancy)
    await this.add(freshProfiles, profiles)
    await this.add(freshVacancies, vacancies)
    await withRetry(() =>
      awaitTask(
        this.admin.swapIndexes([
          { indexes: [this.profilesUid, freshProfiles], rename: false },
          { indexes: [this.vacanciesUid, freshVacancies], rename: false },
        ]),
        'bytte indekser',
      ),
    )
    await awaitTask(this.admin.deleteIndex(freshProfiles), 'slette gammel indeks')
    await awaitTask(this.admin.deleteIndex(freshVacancies), 'slette gammel indeks')
    return { profiles: profiles.length, vacancies: vacancies.length }
  }

  private profiles(): Index<MeiliProfile> {
    return this.reader.index<MeiliProfile>(this.profilesUid)
  }
  private vacancies(): Index<MeiliVacancy> {
    return this.reader.index<MeiliVacancy>(this.vacanciesUid)
  }

  async searchProfiles(query: SearchProfilesQuery): Promise<SearchProfilesResult> {
    const q = normaliseQuery(query)
    const text = meiliQueryText(q.text)
    const result = await this.profiles().search(text, {
      filter: profileFilter(q.filters),
      facets: FACET_FIELDS.map((f) => FACET_ATTRIBUTE[f]),
      sort: profileSort(q.sort, !!text),
      page: q.page,
      hitsPerPage: q.pageSize,
      attributesToRetrieve: ['id'],
    })
    const facets = emptyFacets()
    for (const field of FACET_FIELDS) {
      for (const [value, n] of Object.entries(result.facetDistribution?.[FACET_ATTRIBUTE[field]] ?? {})) {
        if (value !== UNKNOWN_FYLKE) facets[field][value] = n
      }
    }
    return { ids: result.hits.map((h) => h.id), total: result.totalHits ?? 0, page: q.page, pageSize: q.pageSize, facets }
  }

  /** Every document matching `filter` (placeholder search, paged; exact: an incomplete tier is an error, never a silent cut). */
  private async allHits<T extends Record<string, unknown>>(index: Index<T>, filter: string[]): Promise<T[]> {
    const out: T[] = []
    for (let page = 1; ; page++) {
      const result = await index.search('', { filter, page, hitsPerPage: TIER_PAGE })
      out.push(...result.hits)
      if (page >= (result.totalPages ?? 0)) {
        if (out.length !== result.totalHits)
          throw new MeiliTaskError(`Fikk ${out.length} av ${result.totalHits} treff (maxTotalHits er for lav)`)
        return out
      }
    }
  }

  /** Exact top N (search/shared.ts): the same tiers as the embedded engine, each one filtered search. */
  async candidatesForVacancy(vacancy: VacancyDocument, limit: number, ctx: MatchContext): Promise<MatchHit[]> {
    return topProfiles(vacancy, limit, ctx, MIN_MATCH_SCORE, async (tier, pv, top, winners) => {
      const hits = await this.allHits(this.profiles(), profileTierFilter(vacancy, tier, ctx.relatedOccupations))
      for (const hit of hits) {
        const pp = prepareProfile(profileToMatch(fromMeiliProfile(hit)))
        const score = matchScore(pv, pp, ctx)
        top.offer(hit.id, score)
        if (score !== null) winners.set(hit.id, pp)
      }
    })
  }

  async vacanciesForProfile(profile: ProfileDocument, limit: number, ctx: MatchContext): Promise<MatchHit[]> {
    return topVacancies(profile, limit, ctx, MIN_MATCH_SCORE, async (tier, pp, top, winners) => {
      const hits = await this.allHits(this.vacancies(), vacancyTierFilter(profile, tier, undefined, ctx.relatedOccupations))
      for (const hit of hits) {
        const pv = prepareVacancy(vacancyToMatch(fromMeiliVacancy(hit)), ctx)
        const score = matchScore(pv, pp, ctx)
        top.offer(hit.id, score)
        if (score !== null) winners.set(hit.id, pv)
      }
    })
  }
}
