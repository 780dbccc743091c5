import { and, asc, eq, gt, inArray } from 'drizzle-orm'
import type { DbOrTx } from '@db/client.server'
import { kommuner, profiles, styrk08, vacancies, PUBLISHABLE_PROFILE_COLUMNS } from '@db/schema'
import type { MatchProfile, MatchVacancy } from '~/domain/matching'
import type { ProfileDocument, VacancyDocument } from './port'

/**
 * Builds index documents. PRIVACY: a profile document is made ONLY from the
 * whitelisted, anonymised columns of `profiles` below — never from
 * `candidates` (name, fnr, contact, birth date, kommune, innsatsgruppe, CV).
 * tests/contract/privacy checks that documents hold nothing else.
 */
export const PROFILE_DOCUMENT_FIELDS = [
  'id',
  'code',
  'headline',
  'summary',
  'desiredStyrkCodes',
  'desiredStyrkTitles',
  'skills',
  'experienceLevel',
  'educationLevel',
  'languages',
  'drivingLicences',
  'workCapacityMin',
  'workCapacityMax',
  'availability',
  'adaptationNeeds',
  'targetGroups',
  'schemeHints',
  'ageBand',
  'workArea',
  'publishedAt',
] as const satisfies ReadonlyArray<keyof ProfileDocument>

const PROFILE_COLUMNS = { id: profiles.id, status: profiles.status, ...PUBLISHABLE_PROFILE_COLUMNS }
type ProfileRow = Pick<typeof profiles.$inferSelect, keyof typeof PROFILE_COLUMNS>

let styrkCache: { db: unknown; map: Map<string, string> } | undefined
/** STYRK-08 code → title (reference data, cached per database). */
export function styrkTitles(db: DbOrTx): Map<string, string> {
  if (styrkCache?.db !== db) {
    styrkCache = {
      db,
      map: new Map(
        db
          .select()
          .from(styrk08)
          .all()
          .map((r) => [r.code, r.title]),
      ),
    }
  }
  return styrkCache.map
}

function profileFromRow(row: ProfileRow, titles: Map<string, string>): ProfileDocument {
  return {
    id: row.id,
    code: row.code,
    headline: row.headline,
    summary: row.summary,
    desiredStyrkCodes: row.desiredStyrkCodes,
    desiredStyrkTitles: row.desiredStyrkCodes.map((c) => titles.get(c)).filter((t): t is string => !!t),
    skills: row.skills,
    experienceLevel: row.experienceLevel,
    educationLevel: row.educationLevel,
    languages: row.languages,
    drivingLicences: row.drivingLicences,
    workCapacityMin: row.workCapacityMin,
    workCapacityMax: row.workCapacityMax,
    availability: row.availability,
    adaptationNeeds: row.adaptationNeeds,
    targetGroups: row.targetGroups,
    schemeHints: row.schemeHints,
    ageBand: row.shownAgeBand,
    workArea: row.shownWorkArea,
    publishedAt: row.publishedAt,
  }
}

/** Published profiles as documents (all, or the given ids). Unpublished ids are simply absent. */
export function loadProfileDocuments(db: DbOrTx, ids?: number[], options: { includeUnpublished?: boolean } = {}): ProfileDocument[] {
  if (ids && ids.length === 0) return []
  return profilePage(db, styrkTitles(db), ids, options)
}

type PageOptions = { includeUnpublished?: boolean; afterId?: number; limit?: number }

function profilePage(db: DbOrTx, titles: Map<string, string>, ids: number[] | undefined, options: PageOptions): ProfileDocument[] {
  const conditions = []
  // By id: primary-key look-ups, published checked on the rows (with a status condition SQLite walks the whole status index instead).
  if (!options.includeUnpublished && !ids) conditions.push(eq(profiles.status, 'PUBLISERT'))
  if (ids) conditions.push(inArray(profiles.id, ids))
  if (options.afterId !== undefined) conditions.push(gt(profiles.id, options.afterId))
  const where = conditions.length ? and(...conditions) : undefined
  const query = db.select(PROFILE_COLUMNS).from(profiles).where(where)
  const all = options.limit !== undefined ? query.orderBy(asc(profiles.id)).limit(options.limit).all() : query.all()
  const rows = options.includeUnpublished ? all : all.filter((row) => row.status === 'PUBLISERT')
  return rows.map((row) => profileFromRow(row, titles))
}

/** Page size for streaming documents (full reindex): bounded memory at national scale. */
export const DOCUMENT_PAGE_SIZE = 5_000

/**
 * All published profiles as documents in id order, one page (`.all()`) at a
 * time — never an open cursor, so the caller may write on the same connection
 * between pages.
 */
export function* streamProfileDocuments(db: DbOrTx, pageSize = DOCUMENT_PAGE_SIZE): Generator<ProfileDocument> {
  const titles = styrkTitles(db)
  let afterId = 0
  for (;;) {
    const page = profilePage(db, titles, undefined, { afterId, limit: pageSize })
    yield* page
    if (page.length < pageSize) return
    afterId = page[page.length - 1].id
  }
}

const VACANCY_COLUMNS = {
  id: vacancies.id,
  organisationId: vacancies.organisationId,
  status: vacancies.status,
  title: vacancies.title,
  description: vacancies.description,
  styrkCode: vacancies.styrkCode,
  kommunenummer: vacancies.kommunenummer,
  fylkesnummer: kommuner.fylkesnummer,
  positionPercent: vacancies.positionPercent,
  contractType: vacancies.contractType,
  startDate: vacancies.startDate,
  startAsap: vacancies.startAsap,
  applicationDeadline: vacancies.applicationDeadline,
  requiredSkills: vacancies.requiredSkills,
  desiredSkills: vacancies.desiredSkills,
  languages: vacancies.languages,
  drivingLicence: vacancies.drivingLicence,
  inclusionTags: vacancies.inclusionTags,
  publishedAt: vacancies.publishedAt,
}

/** Vacancies as documents; by default only published ones. */
export function loadVacancyDocuments(db: DbOrTx, ids?: number[], options: { includeUnpublished?: boolean } = {}): VacancyDocument[] {
  if (ids && ids.length === 0) return []
  return vacancyPage(db, styrkTitles(db), ids, options)
}

/** All published vacancies as documents in id order, one page at a time (see streamProfileDocuments). */
export function* streamVacancyDocuments(db: DbOrTx, pageSize = DOCUMENT_PAGE_SIZE): Generator<VacancyDocument> {
  const titles = styrkTitles(db)
  let afterId = 0
  for (;;) {
    const page = vacancyPage(db, titles, undefined, { afterId, limit: pageSize })
    yield* page
    if (page.length < pageSize) return
    afterId = page[page.length - 1].id
  }
}

function vacancyPage(db: DbOrTx, titles: Map<string, string>, ids: number[] | undefined, options: PageOptions): VacancyDocument[] {
  const conditions = []
  // By id: primary-key look-ups, published checked on the rows (as for profiles above).
  if (!options.includeUnpublished && !ids) conditions.push(eq(vacancies.status, 'PUBLISERT'))
  if (ids) conditions.push(inArray(vacancies.id, ids))
  if (options.afterId !== undefined) conditions.push(gt(vacancies.id, options.afterId))
  const query = db
    .select(VACANCY_COLUMNS)
    .from(vacancies)
    .innerJoin(kommuner, eq(kommuner.kommunenummer, vacancies.kommunenummer))
    .where(conditions.length ? and(...conditions) : undefined)
  const all = options.limit !== undefined ? query.orderBy(asc(vacancies.id)).limit(options.limit).all() : query.all()
  const rows = options.includeUnpublished ? all : all.filter((row) => row.status === 'PUBLISERT')
  return rows.map(({ status: _status, ...row }) => ({
    ...row,
    styrkTitle: titles.get(row.styrkCode) ?? row.styrkCode,
    requiredSkills: row.requiredSkills ?? [],
    desiredSkills: row.desiredSkills ?? [],
    languages: row.languages ?? [],
    inclusionTags: row.inclusionTags ?? [],
  }))
}

export function profileToMatch(doc: ProfileDocument): MatchProfile {
  return {
    id: doc.id,
    status: 'PUBLISERT',
    desiredStyrkCodes: doc.desiredStyrkCodes,
    skills: doc.skills,
    languages: doc.languages,
    drivingLicences: doc.drivingLicences,
    workCapacityMin: doc.workCapacityMin,
    workCapacityMax: doc.workCapacityMax,
    availability: doc.availability,
    adaptationNeeds: doc.adaptationNeeds,
    schemeHints: doc.schemeHints,
    workArea: doc.workArea,
  }
}

export function vacancyToMatch(doc: VacancyDocument): MatchVacancy {
  return {
    id: doc.id,
    status: 'PUBLISERT',
    styrkCode: doc.styrkCode,
    kommunenummer: doc.kommunenummer,
    fylkesnummer: doc.fylkesnummer,
    positionPercent: doc.positionPercent,
    startDate: doc.startDate,
    startAsap: doc.startAsap,
    applicationDeadline: doc.applicationDeadline,
    requiredSkills: doc.requiredSkills,
    desiredSkills: doc.desiredSkills,
    languages: doc.languages,
    drivingLicence: doc.drivingLicence,
    inclusionTags: doc.inclusionTags,
  }
}

/** The free text of a profile document that full-text search covers, most important first. */
export function profileSearchText(doc: ProfileDocument, synonymsForStyrk: (code: string) => string[]): string {
  return [
    doc.desiredStyrkTitles.join(' '),
    doc.desiredStyrkCodes.flatMap(synonymsForStyrk).join(' '),
    doc.headline,
    doc.skills.join(' '),
    doc.summary,
  ].join(' \n ')
}
