import { Meilisearch, type EnqueuedTaskPromise, type Index, type Settings, type Task } from 'meilisearch'
import type { MatchContext } from '~/domain/matching'
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
import { candidateFylker, normaliseQuery, rankProfiles, rankVacancies, twoDigitGroups, vacancyFylkerFor } from '../shared'
import {
  candidateFilter,
  FACET_ATTRIBUTE,
  fromMeiliProfile,
  fromMeiliVacancy,
  meiliQueryText,
  profileFilter,
  profileSettings,
  profileSort,
  toMeiliProfile,
  toMeiliVacancy,
  UNKNOWN_FYLKE,
  vacancyFilter,
  vacancySettings,
  type MeiliProfile,
  type MeiliVacancy,
} from './translate'

export type MeiliConfig = { host: string; adminKey?: string; searchKey?: string; prefix: string }

export class MeiliTaskError extends Error {}

/** Awaits a task and checks its status: anything but «succeeded» is an error. */
export async function awaitTask(enqueued: EnqueuedTaskPromise, what: string): Promise<Task> {
  const task = await enqueued.waitTask({ timeout: 120_000, interval: 50 })
  if (task.status !== 'succeeded') {
    throw new MeiliTaskError(`Meilisearch-oppgave ${task.uid} (${what}) endte med status ${task.status}: ${task.error?.message ?? 'ukjent feil'}`)
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
    await this.add(this.profilesUid, docs.map(toMeiliProfile))
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
    const profiles = [...source.profiles()].map(toMeiliProfile)
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

  async candidatesForVacancy(vacancy: VacancyDocument, limit: number, ctx: MatchContext): Promise<MatchHit[]> {
    const fylker = candidateFylker(vacancy.fylkesnummer)
    const first = await this.profiles().search('', { filter: candidateFilter(fylker, vacancy.positionPercent, vacancy.styrkCode.slice(0, 2)), limit: 2_000 })
    let hits = rankProfiles(vacancy, first.hits.map(fromMeiliProfile), limit, ctx)
    if (hits.length < limit) {
      const seen = new Set(hits.map((h) => h.id))
      const more = await this.profiles().search('', {
        filter: candidateFilter(fylker, vacancy.positionPercent, null),
        sort: ['publishedAtTs:desc'],
        limit: 500,
      })
      hits = [...hits, ...rankProfiles(vacancy, more.hits.map(fromMeiliProfile).filter((p) => !seen.has(p.id)), limit - hits.length, ctx)]
    }
    return hits
  }

  async vacanciesForProfile(profile: ProfileDocument, limit: number, ctx: MatchContext): Promise<MatchHit[]> {
    const fylker = vacancyFylkerFor(profile.fylkesnummer)
    const groups = twoDigitGroups(profile.desiredStyrkCodes)
    let hits: MatchHit[] = []
    if (groups.length) {
      const first = await this.vacancies().search('', {
        filter: vacancyFilter(fylker, profile.workCapacityMin, profile.workCapacityMax, groups),
        limit: 2_000,
      })
      hits = rankVacancies(profile, first.hits.map(fromMeiliVacancy), limit, ctx)
    }
    if (hits.length < limit) {
      const seen = new Set(hits.map((h) => h.id))
      const more = await this.vacancies().search('', {
        filter: vacancyFilter(fylker, profile.workCapacityMin, profile.workCapacityMax, null),
        sort: ['publishedAtTs:desc'],
        limit: 500,
      })
      hits = [...hits, ...rankVacancies(profile, more.hits.map(fromMeiliVacancy).filter((v) => !seen.has(v.id)), limit - hits.length, ctx)]
    }
    return hits
  }
}
