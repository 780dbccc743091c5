/**
 * Vacancies (stillinger): employers create, edit, publish, mark filled and close
 * their own organisation's vacancies; jobbspesialister (and admin) see every
 * published one. Other capabilities use `getVacancyForMatching` and
 * `listPublishedVacancies`.
 */
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { readReferenceCsv } from '@db/reference.server'
import { fylker, kommuner, organisations, styrk08, vacancies, type Role } from '@db/schema'
import { isCode, VACANCY_STATUS_CODES, type VacancyStatus } from '~/domain/codes'
import {
  actionBlocker,
  canEdit,
  inclusionTagGroupsFor,
  occupationChoices,
  searchOccupations,
  VACANCY_ACTIONS,
  type Occupation,
  type OccupationChoice,
  type VacancyAction,
  type VacancyInput,
  type VacancyValidationContext,
} from '~/domain/vacancies'
import { audit } from '~/services/audit.server'
import { fail, ok, type Result } from '~/utils/result'
import { nowIso, todayIso } from '~/utils/clock.server'
import { enqueueSearchUpdate } from '@search/outbox.server'

export type VacancyActor = { id: number; role: Role; organisationId: number | null }

// ── Reference data (static per process) ─────────────────────────────────────

let occupationCache: Occupation[] | undefined
let kommuneCache: Array<{ kommunenummer: string; name: string; fylkesnummer: string; fylkeName: string }> | undefined

/**
 * STYRK-08 (SSB's titles) followed by the curated job titles (db/reference/yrkestitler.csv) on their codes,
 * so every picker, search and typed-text resolution finds «oppvasker» as well as «Kjøkkenassistenter».
 */
export function listOccupations(): Occupation[] {
  if (!occupationCache) {
    const groups = getDb().select({ code: styrk08.code, title: styrk08.title }).from(styrk08).orderBy(asc(styrk08.title)).all()
    const titleOf = new Map(groups.map((o) => [o.code, o.title]))
    const jobTitles = readReferenceCsv('yrkestitler.csv').flatMap((row) => {
      const title = titleOf.get(row.styrk)
      return title ? [{ code: row.styrk, title, jobTitle: row.tittel }] : []
    })
    occupationCache = [...groups, ...jobTitles]
  }
  return occupationCache
}

function listKommuner() {
  kommuneCache ??= getDb()
    .select({ kommunenummer: kommuner.kommunenummer, name: kommuner.name, fylkesnummer: kommuner.fylkesnummer, fylkeName: fylker.name })
    .from(kommuner)
    .innerJoin(fylker, eq(fylker.fylkesnummer, kommuner.fylkesnummer))
    .orderBy(asc(kommuner.name))
    .all()
  return kommuneCache
}

/** Occupations matching what was typed (the `/ressurser/yrker?q=` resource route). */
export function findOccupations(query: string, limit = 20): Occupation[] {
  return searchOccupations(query, listOccupations(), limit)
}

/** What the occupation picker shows for saved or submitted values (codes, titles or typed text). */
export function occupationChoicesFor(values: readonly string[]): OccupationChoice[] {
  return occupationChoices(values, listOccupations())
}

/**
 * A submitted occupation field with what was typed (without JavaScript: a title or part of one) replaced by
 * its STYRK-08 code when it names one occupation, so forms that store codes accept the picker's text too.
 * Returns what the picker should show if the form comes back with errors.
 */
export function resolveOccupationField(formData: FormData, name: string): OccupationChoice[] {
  const choices = occupationChoicesFor(formData.getAll(name).map(String))
  formData.delete(name)
  for (const choice of choices) formData.append(name, choice.value)
  return choices
}

function organisationSector(organisationId: number | null): string | null {
  if (organisationId == null) return null
  return (
    getDb().select({ sector: organisations.sector }).from(organisations).where(eq(organisations.id, organisationId)).get()?.sector ?? null
  )
}

/** What the pure validation needs: today, STYRK-08, kommuner and the organisation's sector. */
export function vacancyValidationContext(actor: VacancyActor): VacancyValidationContext {
  const known = new Set(listKommuner().map((k) => k.kommunenummer))
  return {
    today: todayIso(),
    occupations: listOccupations(),
    isKnownKommune: (nr) => known.has(nr),
    sector: organisationSector(actor.organisationId),
  }
}

/** Options for the vacancy form: kommuner grouped by fylke, inclusion tags the organisation may use. */
export function vacancyFormOptions(actor: VacancyActor) {
  const groups = new Map<string, { fylkeName: string; kommuner: Array<{ kommunenummer: string; name: string }> }>()
  for (const k of listKommuner()) {
    const g = groups.get(k.fylkesnummer) ?? { fylkeName: k.fylkeName, kommuner: [] }
    g.kommuner.push({ kommunenummer: k.kommunenummer, name: k.name })
    groups.set(k.fylkesnummer, g)
  }
  const org =
    actor.organisationId == null
      ? undefined
      : getDb()
          .select({ kommunenummer: organisations.kommunenummer, sector: organisations.sector })
          .from(organisations)
          .where(eq(organisations.id, actor.organisationId))
          .get()
  return {
    kommuneGroups: [...groups.values()].sort((a, b) => a.fylkeName.localeCompare(b.fylkeName, 'nb')),
    inclusionTagGroups: inclusionTagGroupsFor(org?.sector ?? null),
    defaultKommunenummer: org?.kommunenummer ?? '',
  }
}

// ── Reading ──────────────────────────────────────────────────────────────────

const viewColumns = {
  id: vacancies.id,
  organisationId: vacancies.organisationId,
  organisationName: organisations.name,
  status: vacancies.status,
  title: vacancies.title,
  styrkCode: vacancies.styrkCode,
  styrkTitle: styrk08.title,
  description: vacancies.description,
  kommunenummer: vacancies.kommunenummer,
  kommuneName: kommuner.name,
  fylkesnummer: kommuner.fylkesnummer,
  fylkeName: fylker.name,
  positionPercent: vacancies.positionPercent,
  contractType: vacancies.contractType,
  startDate: vacancies.startDate,
  startAsap: vacancies.startAsap,
  applicationDeadline: vacancies.applicationDeadline,
  yearlySalary: vacancies.yearlySalary,
  requiredSkills: vacancies.requiredSkills,
  desiredSkills: vacancies.desiredSkills,
  languages: vacancies.languages,
  drivingLicence: vacancies.drivingLicence,
  inclusionTags: vacancies.inclusionTags,
  publishedAt: vacancies.publishedAt,
  filledAt: vacancies.filledAt,
  closedAt: vacancies.closedAt,
  version: vacancies.version,
  createdAt: vacancies.createdAt,
  updatedAt: vacancies.updatedAt,
}

function viewQuery(db: DbOrTx) {
  return db
    .select(viewColumns)
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .innerJoin(styrk08, eq(styrk08.code, vacancies.styrkCode))
    .innerJoin(kommuner, eq(kommuner.kommunenummer, vacancies.kommunenummer))
    .innerJoin(fylker, eq(fylker.fylkesnummer, kommuner.fylkesnummer))
}

export type VacancyView = NonNullable<ReturnType<typeof getOwnVacancy>>

/** One of the actor's own organisation's vacancies (any status), or null (not found or someone else's). */
export function getOwnVacancy(actor: VacancyActor, id: number, db: DbOrTx = getDb()) {
  if (actor.organisationId == null || !Number.isSafeInteger(id)) return null
  return (
    viewQuery(db)
      .where(and(eq(vacancies.id, id), eq(vacancies.organisationId, actor.organisationId)))
      .get() ?? null
  )
}

const NOT_FOUND_MESSAGE = 'Fant ikke stillingen.'

/**
 * Permission guard: the vacancy if it belongs to the actor's organisation.
 * Another organisation's vacancy is `not_found` (its drafts are not public).
 */
export function requireOwnedVacancy(actor: VacancyActor, id: number, db: DbOrTx = getDb()): Result<VacancyView> {
  const own = getOwnVacancy(actor, id, db)
  return own ? ok(own) : fail('not_found', NOT_FOUND_MESSAGE)
}

/** A published vacancy (what jobbspesialister and admin see), or null. */
export function getPublishedVacancy(id: number) {
  if (!Number.isSafeInteger(id)) return null
  return (
    viewQuery(getDb())
      .where(and(eq(vacancies.id, id), eq(vacancies.status, 'PUBLISERT')))
      .get() ?? null
  )
}

/**
 * A vacancy as the actor may see it: the owning organisation's users see every
 * status; jobbspesialister and admin see published ones; everyone else nothing.
 */
export function getVacancyFor(actor: VacancyActor, id: number) {
  const own = getOwnVacancy(actor, id)
  if (own) return own
  if (actor.role === 'jobbspesialist' || actor.role === 'admin') return getPublishedVacancy(id)
  return null
}

/** Permission guard for reading one vacancy (see `getVacancyFor`); `not_found` when the actor may not see it. */
export function requireVisibleVacancy(actor: VacancyActor, id: number): Result<VacancyView> {
  const vacancy = getVacancyFor(actor, id)
  return vacancy ? ok(vacancy) : fail('not_found', NOT_FOUND_MESSAGE)
}

export function listOwnVacancies(actor: VacancyActor, filter: { status?: string | null } = {}) {
  if (actor.organisationId == null) return []
  const conditions: SQL[] = [eq(vacancies.organisationId, actor.organisationId)]
  if (filter.status && isCode(VACANCY_STATUS_CODES, filter.status)) conditions.push(eq(vacancies.status, filter.status))
  return viewQuery(getDb())
    .where(and(...conditions))
    .orderBy(desc(sql`coalesce(${vacancies.updatedAt}, ${vacancies.createdAt})`), desc(vacancies.id))
    .all()
}

/** Counts per status for the actor's organisation (the employer's overview). */
export function countOwnVacanciesByStatus(actor: VacancyActor): Record<VacancyStatus, number> {
  const out: Record<VacancyStatus, number> = { UTKAST: 0, PUBLISERT: 0, BESATT: 0, STENGT: 0 }
  if (actor.organisationId == null) return out
  const rows = getDb()
    .select({ status: vacancies.status, n: count() })
    .from(vacancies)
    .where(eq(vacancies.organisationId, actor.organisationId))
    .groupBy(vacancies.status)
    .all()
  for (const r of rows) out[r.status] = r.n
  return out
}

export const PUBLISHED_PAGE_SIZE = 20

/** Published vacancies, newest first, optionally in one fylke, kommune or occupation(s); paginated (page from 1). */
export function listPublishedVacancies(
  options: {
    page?: number
    pageSize?: number
    fylkesnummer?: string | null
    kommunenummer?: string | null
    styrkCodes?: readonly string[] | null
  } = {},
) {
  const pageSize = Math.min(Math.max(options.pageSize ?? PUBLISHED_PAGE_SIZE, 1), 200)
  const conditions: SQL[] = [eq(vacancies.status, 'PUBLISERT')]
  if (options.fylkesnummer) conditions.push(eq(kommuner.fylkesnummer, options.fylkesnummer))
  if (options.kommunenummer) conditions.push(eq(vacancies.kommunenummer, options.kommunenummer))
  if (options.styrkCodes?.length) conditions.push(inArray(vacancies.styrkCode, [...options.styrkCodes]))
  const where = and(...conditions)
  const db = getDb()
  const total =
    db.select({ n: count() }).from(vacancies).innerJoin(kommuner, eq(kommuner.kommunenummer, vacancies.kommunenummer)).where(where).get()
      ?.n ?? 0
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const page = Math.min(Math.max(Math.trunc(options.page ?? 1) || 1, 1), pageCount)
  const items = viewQuery(db)
    .where(where)
    .orderBy(desc(vacancies.publishedAt), desc(vacancies.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
  return { total, page, pageSize, pageCount, items }
}

/**
 * What matching needs about a vacancy (no employer contact data). Returns the
 * vacancy whatever its status — check `status === 'PUBLISERT'` if that matters.
 */
export function getVacancyForMatching(id: number) {
  if (!Number.isSafeInteger(id)) return null
  return (
    getDb()
      .select({
        id: vacancies.id,
        organisationId: vacancies.organisationId,
        status: vacancies.status,
        title: vacancies.title,
        styrkCode: vacancies.styrkCode,
        kommunenummer: vacancies.kommunenummer,
        fylkesnummer: kommuner.fylkesnummer,
        positionPercent: vacancies.positionPercent,
        contractType: vacancies.contractType,
        startAsap: vacancies.startAsap,
        startDate: vacancies.startDate,
        applicationDeadline: vacancies.applicationDeadline,
        requiredSkills: vacancies.requiredSkills,
        desiredSkills: vacancies.desiredSkills,
        languages: vacancies.languages,
        drivingLicence: vacancies.drivingLicence,
        inclusionTags: vacancies.inclusionTags,
      })
      .from(vacancies)
      .innerJoin(kommuner, eq(kommuner.kommunenummer, vacancies.kommunenummer))
      .where(eq(vacancies.id, id))
      .get() ?? null
  )
}

// ── Changing ─────────────────────────────────────────────────────────────────

/**
 * The one call site for «a vacancy changed» (created, edited, status changed),
 * in the same transaction as the change. Search indexing hooks in here
 * (`enqueueSearchUpdate(tx, { kind: 'vacancy', id })` from search/outbox.server.ts
 * — the search capability updates or removes the index entry.
 */
export function onVacancyChanged(tx: DbOrTx, id: number): void {
  enqueueSearchUpdate(tx, { kind: 'vacancy', id })
}

export const CONFLICT_MESSAGE =
  'Noen andre har lagret endringer i stillingen etter at du åpnet den. Det du skrev er ikke lagret, men står fortsatt i skjemaet. Åpne stillingen på nytt for å se endringene, og gjør dine endringer der.'

function values(input: VacancyInput) {
  return {
    title: input.title,
    styrkCode: input.styrkCode,
    description: input.description,
    kommunenummer: input.kommunenummer,
    positionPercent: input.positionPercent,
    contractType: input.contractType,
    startAsap: input.startAsap,
    startDate: input.startAsap ? null : input.startDate,
    applicationDeadline: input.applicationDeadline,
    yearlySalary: input.yearlySalary,
    requiredSkills: input.requiredSkills,
    desiredSkills: input.desiredSkills,
    languages: input.languages,
    drivingLicence: input.drivingLicence,
    inclusionTags: input.inclusionTags,
  }
}

/** A new draft (UTKAST) for the actor's organisation. Validate with `vacancySchema` first. */
export function createVacancy(actor: VacancyActor, input: VacancyInput): { id: number } {
  if (actor.organisationId == null) throw new Error('createVacancy: the actor has no organisation')
  const organisationId = actor.organisationId
  return getDb().transaction((tx) => {
    const row = tx
      .insert(vacancies)
      .values({ ...values(input), organisationId, createdByUserId: actor.id, status: 'UTKAST', updatedAt: nowIso() })
      .returning({ id: vacancies.id })
      .get()
    audit(tx, actor, { action: 'VACANCY_CREATED', subjectType: 'vacancy', subjectId: row.id })
    onVacancyChanged(tx, row.id)
    return { id: row.id }
  })
}

/** Saves an edit if nobody else saved since `expectedVersion` was read (optimistic locking). */
export function updateVacancy(
  actor: VacancyActor,
  id: number,
  expectedVersion: number | undefined,
  input: VacancyInput,
): Result<undefined> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedVacancy(actor, id, tx)
    if (!owned.ok) return owned
    const current = owned.value
    if (!canEdit(current.status)) return fail('conflict', 'Stillingen er besatt og kan ikke endres.')
    if (expectedVersion === undefined || expectedVersion !== current.version) return fail('conflict', CONFLICT_MESSAGE)
    const changed = tx
      .update(vacancies)
      .set({ ...values(input), version: current.version + 1, updatedAt: nowIso() })
      .where(and(eq(vacancies.id, id), eq(vacancies.version, expectedVersion)))
      .run()
    if (changed.changes !== 1) return fail('conflict', CONFLICT_MESSAGE)
    audit(tx, actor, { action: 'VACANCY_UPDATED', subjectType: 'vacancy', subjectId: id, details: { version: current.version + 1 } })
    onVacancyChanged(tx, id)
    return ok()
  })
}

/** publish (→ PUBLISERT), fill (→ BESATT) or close (→ STENGT), if the current status allows it. */
export function changeVacancyStatus(actor: VacancyActor, id: number, action: VacancyAction, expectedVersion?: number): Result<undefined> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedVacancy(actor, id, tx)
    if (!owned.ok) return owned
    const current = owned.value
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      return fail('conflict', 'Stillingen er endret av noen andre i mellomtiden. Se over den og prøv igjen.')
    }
    // A status the vacancy cannot move from is a conflict with its current state.
    const blocker = actionBlocker(current, action, todayIso())
    if (blocker) return fail('conflict', blocker)
    const to = VACANCY_ACTIONS[action].to
    const at = nowIso()
    tx.update(vacancies)
      .set({
        status: to,
        version: current.version + 1,
        updatedAt: at,
        ...(to === 'PUBLISERT' ? { publishedAt: at, closedAt: null } : {}),
        ...(to === 'BESATT' ? { filledAt: at } : {}),
        ...(to === 'STENGT' ? { closedAt: at } : {}),
      })
      .where(and(eq(vacancies.id, id), eq(vacancies.version, current.version)))
      .run()
    audit(tx, actor, {
      action: VACANCY_ACTIONS[action].audit,
      subjectType: 'vacancy',
      subjectId: id,
      details: { from: current.status, to },
    })
    onVacancyChanged(tx, id)
    return ok()
  })
}
