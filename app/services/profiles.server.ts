import crypto from 'node:crypto'
import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { candidates, consents, fylker, kommuner, profiles, styrk08, CONSENT_METHODS, PUBLISHABLE_PROFILE_COLUMNS } from '@db/schema'
import { AGE_BANDS, type AgeBand, type EducationLevel, type InclusionTag } from '~/domain/codes'
import { ageBandFor, ageOn, schemeHintsFor } from '~/domain/candidates'
import {
  applyReidentificationGuard,
  availabilityUpTo,
  checkFreeText,
  generateProfileCode,
  isProfileCode,
  publishingGaps,
  PROFILE_PAGE_SIZE,
  toEmployerProfile,
  type EmployerProfile,
  type GuardResult,
  type PersonContext,
  type PiiFinding,
  type ProfileDraft,
  type ProfileFilters,
  type ProfileSort,
  type ProfileSource,
  type QuasiIdentifiers,
} from '~/domain/anonymisation'
import { enqueueSearchUpdate } from '@search/outbox.server'
import { kommuneGeo, kommuneNumberOf, kommunePlaceNames, placeOf } from '@db/geo.server'
import { extractPlaces } from '@search/text/places'
import {
  coarsenWorkArea,
  DERIVED_TRAVEL_KM,
  isEmptyWorkArea,
  normaliseWorkArea,
  singleFylkeOf,
  workAreaKey,
  type WorkArea,
} from '~/domain/matching/work-area'
import { getSearch } from '@search/index.server'
import {
  MAX_PAGE,
  type Facets,
  type ProfileFilters as EngineFilters,
  type ProfileSort as EngineSort,
  type SearchProfilesResult,
} from '@search/port'
import { getEnv } from '~/env.server'
import { allAdaptationNeeds, splitDisclosure } from '~/domain/person'
import { audit, type AuditActor, type PersonActor } from '~/services/audit.server'
import { placeNames } from '~/services/kommuner.server'
import { loadCandidateFor, type CaseloadUser, type FieldError } from '~/services/candidates.server'
import { nowIso, todayIso } from '~/utils/clock.server'

/**
 * Anonymised profiles: writing, consent, publishing (PII check +
 * re-identification guard), unpublishing, and the employer-facing reads.
 * Employer-facing data leaves this module ONLY through `toEmployerProfile`.
 */
type ProfileRow = typeof profiles.$inferSelect
type CandidateRow = typeof candidates.$inferSelect
/** How the jobbspesialist recorded a publishing consent (MIN_SIDE is only used for the person's own answers). */
export type ConsentMethod = Exclude<(typeof CONSENT_METHODS)[number], 'MIN_SIDE'>

// ---------------------------------------------------------------------------
// Reference lookups (static reference data; cached per process)
let refCache: { styrk: Map<string, string>; fylker: Map<string, string> } | undefined
function refs(db: DbOrTx = getDb()) {
  if (!refCache || refCache.styrk.size === 0) {
    refCache = {
      styrk: new Map(
        db
          .select({ code: styrk08.code, title: styrk08.title })
          .from(styrk08)
          .all()
          .map((r) => [r.code, r.title]),
      ),
      fylker: new Map(
        db
          .select({ nr: fylker.fylkesnummer, name: fylker.name })
          .from(fylker)
          .all()
          .map((r) => [r.nr, r.name]),
      ),
    }
  }
  return {
    styrkTitle: (code: string) => refCache!.styrk.get(code),
    fylkeName: (nr: string) => refCache!.fylker.get(nr),
    kommuneName: (nr: string) => kommunePlaceNames().kommuneName(nr),
  }
}

export function referenceLists() {
  const db = getDb()
  return {
    styrk: db.select({ code: styrk08.code, title: styrk08.title }).from(styrk08).orderBy(asc(styrk08.title)).all(),
    fylker: db.select({ nr: fylker.fylkesnummer, name: fylker.name }).from(fylker).orderBy(asc(fylker.name)).all(),
  }
}

function project(row: ProfileSource, db?: DbOrTx): EmployerProfile {
  return toEmployerProfile(row, refs(db))
}

// ---------------------------------------------------------------------------
// Search-index hook
/**
 * Called in the same transaction as every change to a profile's
 * employer-visible state (publish, edit while published, unpublish): the
 * search capability's outbox updates (or removes) the index entry.
 */
export function onProfileChanged(tx: DbOrTx, profileId: number): void {
  enqueueSearchUpdate(tx, { kind: 'profile', id: profileId })
}

// ---------------------------------------------------------------------------
// Derived, person-based values (computed from the candidate; never stored on the profile as such)
function derivedFor(db: DbOrTx, candidate: CandidateRow, today = todayIso()) {
  const age = ageOn(candidate.birthDate, today)
  const fylkesnummer =
    db.select({ nr: kommuner.fylkesnummer }).from(kommuner).where(eq(kommuner.kommunenummer, candidate.kommunenummer)).get()?.nr ?? null
  return {
    age,
    ageBand: ageBandFor(age),
    fylkesnummer,
    schemeHints: schemeHintsFor(candidate.innsatsgruppe, age),
  }
}

function activePublishingConsent(db: DbOrTx, candidateId: number) {
  return (
    db
      .select()
      .from(consents)
      .where(and(eq(consents.candidateId, candidateId), eq(consents.kind, 'PUBLISERING'), isNull(consents.withdrawnAt)))
      .orderBy(desc(consents.givenAt), desc(consents.id))
      .get() ?? null
  )
}

function sortedUnique<T extends string>(values: T[]): T[] {
  return [...new Set(values)].sort()
}

/** Other published profiles' shown quasi-identifiers with the same education level and target groups. */
function peersFor(db: DbOrTx, candidateId: number, educationLevel: EducationLevel | null, targetGroups: string[]): QuasiIdentifiers[] {
  const tg = JSON.stringify(sortedUnique(targetGroups))
  return db
    .select({
      ageBand: profiles.shownAgeBand,
      kommuner: profiles.workKommuner,
      fylker: profiles.workFylker,
      wholeCountry: profiles.workWholeCountry,
      maxTravelKm: profiles.maxTravelKm,
    })
    .from(profiles)
    .where(
      and(
        eq(profiles.status, 'PUBLISERT'),
        ne(profiles.candidateId, candidateId),
        educationLevel ? eq(profiles.educationLevel, educationLevel) : isNull(profiles.educationLevel),
        sql`${profiles.targetGroups} = ${tg}`,
      ),
    )
    .all()
    .map((r) => ({ ageBand: (r.ageBand ?? 'ALLE') as AgeBand, workArea: statedArea(r), educationLevel, targetGroups }))
}

function statedArea(row: { kommuner: string[]; fylker: string[]; wholeCountry: boolean; maxTravelKm: number }): WorkArea | null {
  return draftWorkArea({
    workAreaMode: row.wholeCountry ? 'HELE_LANDET' : 'STEDER',
    workKommuner: row.kommuner,
    workFylker: row.fylker,
    maxTravelKm: row.maxTravelKm,
  })
}

/** The work area as the jobbspesialist entered it, in canonical form; null when none is stated. */
export function draftWorkArea(draft: Pick<ProfileDraft, 'workAreaMode' | 'workKommuner' | 'workFylker' | 'maxTravelKm'>): WorkArea | null {
  const area = normaliseWorkArea(
    {
      kommuner: draft.workKommuner,
      fylker: draft.workFylker,
      partFylker: [],
      wholeCountry: draft.workAreaMode === 'HELE_LANDET',
      maxTravelKm: draft.maxTravelKm,
    },
    kommuneGeo(),
  )
  return isEmptyWorkArea(area) ? null : area
}

const coarsenArea = (area: WorkArea) => coarsenWorkArea(area, kommuneGeo())

function guardFor(
  db: DbOrTx,
  candidate: CandidateRow,
  draft: Pick<ProfileDraft, 'educationLevel' | 'targetGroups' | 'workAreaMode' | 'workKommuner' | 'workFylker' | 'maxTravelKm'>,
): GuardResult {
  const d = derivedFor(db, candidate)
  const own: QuasiIdentifiers = {
    ageBand: d.ageBand,
    workArea: draftWorkArea(draft),
    educationLevel: draft.educationLevel ?? null,
    targetGroups: draft.targetGroups,
  }
  return applyReidentificationGuard(
    own,
    peersFor(db, candidate.id, draft.educationLevel ?? null, draft.targetGroups),
    getEnv().K_ANONYMITY,
    coarsenArea,
  )
}

/** The shown-columns the guard decides: age band, work area, and the one fylke that area lies in (statistics). */
function shownColumns(guard: GuardResult) {
  return {
    shownAgeBand: guard.ageBand,
    shownWorkArea: guard.workArea,
    shownFylkesnummer: singleFylkeOf(guard.workArea, kommuneGeo()),
    coarsened: guard.coarsened,
  }
}

/** Bokmål explanation of what the guard coarsened. */
export function describeCoarsening(guard: GuardResult): string[] {
  const lines: string[] = []
  if (guard.coarsened.includes('ageBand'))
    lines.push(`Alder vises som «${AGE_BANDS[guard.ageBand]}» i stedet for den nøyaktige aldersgruppen.`)
  if (guard.coarsened.includes('workArea')) {
    lines.push(
      'Arbeidssted vises bare som fylke («deler av …») i stedet for kommunene, og uten reiseavstand. Arbeidsgivere i hele fylket kan se profilen.',
    )
  }
  if (!guard.satisfied) {
    lines.push(
      `Selv etter dette deler færre enn ${getEnv().K_ANONYMITY} publiserte profiler utdanningsnivå og målgrupper med denne. Vurder å fjerne målgrupper eller utdanningsnivå.`,
    )
  }
  return lines
}

/** Places that are not in the kommune/fylke register: a clear message naming what was typed. */
function workAreaErrors(draft: Pick<ProfileDraft, 'workKommuner' | 'workFylker'>): FieldError[] {
  const geo = kommuneGeo()
  const errors: FieldError[] = []
  const unknown = draft.workKommuner.filter((k) => !geo.fylkeOf(k))
  if (unknown.length) {
    errors.push({
      field: 'workKommuner',
      message: `Fant ingen kommune som heter ${unknown.map((k) => `«${k}»`).join(', ')}. Velg fra listen.`,
    })
  }
  if (draft.workFylker.some((f) => geo.kommunerIn(f).length === 0)) errors.push({ field: 'workFylker', message: 'Velg fylker fra listen.' })
  return errors
}

/** Kommune names as typed (any case, Norwegian or parallel name, or the number) → kommunenummer; unknown ones are kept as typed. */
function withKommuneNumbers<T extends Pick<ProfileDraft, 'workKommuner'>>(draft: T): T {
  return { ...draft, workKommuner: draft.workKommuner.filter(Boolean).map((typed) => kommuneNumberOf(typed) ?? typed) }
}

function freeTextFindings(draft: Pick<ProfileDraft, 'headline' | 'summary' | 'skills'>, candidate: CandidateRow): PiiFinding[] {
  return checkFreeText(
    [
      { field: 'headline', label: 'Overskrift', text: draft.headline },
      { field: 'summary', label: 'Om personen', text: draft.summary },
      { field: 'skills', label: 'Ferdigheter', text: draft.skills.join(', ') },
    ],
    personContextOf(candidate),
  )
}

/** What the privacy filter needs to know about the person: names, the CV's employers, and the country's place names. */
function personContextOf(candidate: CandidateRow): PersonContext {
  return {
    names: [candidate.firstName, candidate.lastName],
    employerNames: (candidate.cv?.experience ?? []).map((e) => e.employer),
    placeNames: placeNames(),
  }
}

function newCode(db: DbOrTx): string {
  for (;;) {
    const code = generateProfileCode((n) => crypto.randomInt(n))
    if (!db.select({ id: profiles.id }).from(profiles).where(eq(profiles.code, code)).get()) return code
  }
}

function rowToDraft(row: ProfileRow | undefined): ProfileDraft {
  return {
    headline: row?.headline ?? '',
    summary: row?.summary ?? '',
    desiredStyrkCodes: row?.desiredStyrkCodes ?? [],
    skills: row?.skills ?? [],
    experienceLevel: row?.experienceLevel ?? undefined,
    educationLevel: row?.educationLevel ?? undefined,
    languages: row?.languages ?? ['no'],
    drivingLicences: row?.drivingLicences ?? [],
    workCapacityMin: row?.workCapacityMin ?? 50,
    workCapacityMax: row?.workCapacityMax ?? 100,
    availability: row?.availability ?? 'ETTER_AVTALE',
    // The jobbspesialist edits every registered need; the person's disclosure plan decides which are shown.
    adaptationNeeds: allAdaptationNeeds(row?.adaptationNeeds ?? [], row?.withheldAdaptationNeeds ?? []),
    targetGroups: row?.targetGroups ?? [],
    workAreaMode: row?.workWholeCountry ? 'HELE_LANDET' : 'STEDER',
    workKommuner: row?.workKommuner ?? [],
    workFylker: row?.workFylker ?? [],
    maxTravelKm: row?.maxTravelKm ?? 0,
    confirmWorkArea: false,
  }
}

/** What the employer would see for this draft right now (after the guard), for the side-by-side preview. */
function previewOf(
  db: DbOrTx,
  candidate: CandidateRow,
  code: string,
  draft: ProfileDraft,
  publishedAt: string | null,
  withheld: string[] = [],
) {
  const guard = guardFor(db, candidate, draft)
  const d = derivedFor(db, candidate)
  const preview = project(
    {
      code,
      ...draft,
      adaptationNeeds: splitDisclosure(draft.adaptationNeeds, withheld).shown,
      experienceLevel: draft.experienceLevel ?? null,
      educationLevel: draft.educationLevel ?? null,
      targetGroups: sortedUnique(draft.targetGroups),
      schemeHints: d.schemeHints,
      shownAgeBand: guard.ageBand,
      shownWorkArea: guard.workArea,
      publishedAt,
    },
    db,
  )
  return { preview, guard, coarseningNotes: describeCoarsening(guard) }
}

// ---------------------------------------------------------------------------
// The jobbspesialist's profile editor

export function getProfileEditor(user: CaseloadUser, candidateId: number) {
  const db = getDb()
  return db.transaction((tx) => {
    const candidate = loadCandidateFor(tx, user, candidateId)
    const row = tx.select().from(profiles).where(eq(profiles.candidateId, candidate.id)).get()
    // A new profile starts with a suggestion the jobbspesialist sees and can change: around where the person lives.
    const draft = row
      ? rowToDraft(row)
      : { ...rowToDraft(undefined), workKommuner: [candidate.kommunenummer], maxTravelKm: DERIVED_TRAVEL_KM }
    const consent = activePublishingConsent(tx, candidate.id)
    const withheldAdaptationNeeds = row?.withheldAdaptationNeeds ?? []
    const { preview, guard, coarseningNotes } = previewOf(
      tx,
      candidate,
      row?.code ?? 'K-XXXXXX',
      draft,
      row?.publishedAt ?? null,
      withheldAdaptationNeeds,
    )
    return {
      candidate: {
        id: candidate.id,
        firstName: candidate.firstName,
        lastName: candidate.lastName,
        isOwner: candidate.jobbspesialistUserId === user.id,
      },
      profile: row ? { code: row.code, status: row.status, publishedAt: row.publishedAt, coarsened: row.coarsened } : null,
      /** A work area derived from the residence (migration) that the jobbspesialist has not confirmed yet. */
      workAreaNeedsConfirmation:
        !!row && !row.workAreaConfirmedAt && (row.workKommuner.length > 0 || row.workFylker.length > 0 || row.workWholeCountry),
      draft,
      consent: consent
        ? { method: consent.method as ConsentMethod, givenAt: consent.givenAt, recordedByUserId: consent.recordedByUserId }
        : null,
      preview,
      guard,
      coarseningNotes,
      /** The person's disclosure plan from Min side: needs they chose not to show employers. */
      withheldAdaptationNeeds,
    }
  })
}

function requireOwner(tx: DbOrTx, user: CaseloadUser, candidateId: number): CandidateRow {
  const candidate = loadCandidateFor(tx, user, candidateId, { audit: false })
  if (candidate.jobbspesialistUserId !== user.id) throw new Response('Ingen tilgang', { status: 403 })
  return candidate
}

export type SaveResult =
  | { ok: true; published: boolean; coarseningNotes: string[]; code: string; savedAsDraftForConsent?: boolean }
  | { ok: false; errors: FieldError[] }

function toColumns(draft: ProfileDraft, withheldChoice: string[] = [], existing?: ProfileRow) {
  const disclosure = splitDisclosure(draft.adaptationNeeds, withheldChoice)
  const area = draftWorkArea(draft)
  const areaChanged = !existing || workAreaKey(area) !== workAreaKey(draftWorkArea(rowToDraft(existing)))
  return {
    headline: draft.headline,
    summary: draft.summary,
    desiredStyrkCodes: [...new Set(draft.desiredStyrkCodes)],
    skills: draft.skills,
    experienceLevel: draft.experienceLevel ?? null,
    educationLevel: draft.educationLevel ?? null,
    languages: sortedUnique(draft.languages),
    drivingLicences: sortedUnique(draft.drivingLicences),
    workCapacityMin: draft.workCapacityMin,
    workCapacityMax: draft.workCapacityMax,
    availability: draft.availability,
    adaptationNeeds: disclosure.shown,
    withheldAdaptationNeeds: disclosure.withheld,
    targetGroups: sortedUnique(draft.targetGroups),
    workKommuner: area?.kommuner ?? [],
    workFylker: area?.fylker ?? [],
    workWholeCountry: area?.wholeCountry ?? false,
    maxTravelKm: area?.maxTravelKm ?? 0,
    // Entering or changing the area is stating it; an unchanged derived area counts as confirmed only when ticked.
    workAreaConfirmedAt: draft.confirmWorkArea || (areaChanged && area) ? nowIso() : (existing?.workAreaConfirmedAt ?? null),
  }
}

/** Everything that must hold before employer-visible text and values change. Returns field errors (nothing is written). */
function publishChecks(tx: DbOrTx, candidate: CandidateRow, draft: ProfileDraft): FieldError[] {
  const errors: FieldError[] = []
  if (!activePublishingConsent(tx, candidate.id)) {
    errors.push({ field: 'consent', message: 'Profilen kan ikke publiseres før personens samtykke til publisering er registrert.' })
  }
  errors.push(...publishingGaps(draft))
  const unknownStyrk = draft.desiredStyrkCodes.filter((c) => !refs(tx).styrkTitle(c))
  if (unknownStyrk.length) errors.push({ field: 'desiredStyrkCodes', message: 'Velg yrker fra listen.' })
  errors.push(...workAreaErrors(draft))
  for (const f of freeTextFindings(draft, candidate)) errors.push({ field: f.field, message: f.message })
  return errors
}

/**
 * Saves the profile draft; with `publish`, also publishes it. A profile that
 * is already published is re-checked on every save (free text, guard), so
 * employer-visible text never skips the checks. Nothing is written on errors.
 */
export function saveProfile(user: CaseloadUser, candidateId: number, typed: ProfileDraft, options: { publish?: boolean } = {}): SaveResult {
  const draft = withKommuneNumbers(typed)
  const db = getDb()
  return db.transaction((tx) => {
    const candidate = requireOwner(tx, user, candidateId)
    const existing = tx.select().from(profiles).where(eq(profiles.candidateId, candidate.id)).get()
    const willBePublished = options.publish || existing?.status === 'PUBLISERT'
    const areaErrors = workAreaErrors(draft)
    if (areaErrors.length) return { ok: false as const, errors: areaErrors }
    const columns = toColumns(draft, existing?.withheldAdaptationNeeds ?? [], existing)
    const at = nowIso()
    const saveDraft = () => {
      if (existing) {
        tx.update(profiles)
          .set({ ...columns, updatedAt: at })
          .where(eq(profiles.id, existing.id))
          .run()
        return existing.code
      }
      const code = newCode(tx)
      tx.insert(profiles)
        .values({ candidateId: candidate.id, code, status: 'UTKAST', ...columns })
        .run()
      return code
    }
    if (!willBePublished) return { ok: true as const, published: false, coarseningNotes: [], code: saveDraft() }
    const errors = publishChecks(tx, candidate, draft)
    // «Lagre og publiser» before consent is registered: keep the edit as a draft (never shown to employers) and say why.
    if (errors.length === 1 && errors[0].field === 'consent' && existing?.status !== 'PUBLISERT') {
      return { ok: true as const, published: false, coarseningNotes: [], code: saveDraft(), savedAsDraftForConsent: true }
    }
    if (errors.length) return { ok: false as const, errors }
    const guard = guardFor(tx, candidate, draft)
    const d = derivedFor(tx, candidate)
    const published = {
      ...columns,
      status: 'PUBLISERT' as const,
      schemeHints: d.schemeHints,
      ...shownColumns(guard),
      unpublishedAt: null,
      updatedAt: at,
    }
    let profileId: number
    let code: string
    if (existing) {
      tx.update(profiles)
        .set({ ...published, publishedAt: existing.status === 'PUBLISERT' ? existing.publishedAt : at, version: existing.version + 1 })
        .where(eq(profiles.id, existing.id))
        .run()
      profileId = existing.id
      code = existing.code
    } else {
      code = newCode(tx)
      profileId = tx
        .insert(profiles)
        .values({ candidateId: candidate.id, code, publishedAt: at, ...published })
        .returning({ id: profiles.id })
        .get().id
    }
    if (existing?.status !== 'PUBLISERT') {
      audit(tx, user, {
        action: 'PROFILE_PUBLISHED',
        subjectType: 'profile',
        subjectId: profileId,
        candidateId: candidate.id,
        details: { code, coarsened: guard.coarsened },
      })
    }
    onProfileChanged(tx, profileId)
    reguardPeers(tx, draft.educationLevel ?? null, draft.targetGroups, draftWorkArea(draft), profileId)
    return { ok: true as const, published: true, coarseningNotes: describeCoarsening(guard), code }
  })
}

function unpublishIn(
  tx: DbOrTx,
  user: AuditActor | PersonActor,
  candidateId: number,
  reason: 'UNPUBLISHED' | 'CONSENT_WITHDRAWN',
): boolean {
  const row = tx.select().from(profiles).where(eq(profiles.candidateId, candidateId)).get()
  if (!row || row.status !== 'PUBLISERT') return false
  const at = nowIso()
  tx.update(profiles)
    .set({ status: 'AVPUBLISERT', unpublishedAt: at, updatedAt: at, version: row.version + 1 })
    .where(eq(profiles.id, row.id))
    .run()
  audit(tx, user, {
    action: 'PROFILE_UNPUBLISHED',
    subjectType: 'profile',
    subjectId: row.id,
    candidateId,
    details: { code: row.code, reason },
  })
  onProfileChanged(tx, row.id)
  reguardPeers(
    tx,
    row.educationLevel ?? null,
    row.targetGroups,
    statedArea({ kommuner: row.workKommuner, fylker: row.workFylker, wholeCountry: row.workWholeCountry, maxTravelKm: row.maxTravelKm }),
  )
  return true
}

/**
 * After a profile enters or leaves the published set, re-runs the guard for
 * the published profiles that could share its shown values (same education
 * level and target groups, stated areas that coarsen alike) and updates those
 * whose shown values change — finer when enough now share them, coarser when
 * too few do — in the same transaction, so everyone showing a value has k
 * peers showing the same.
 */
function reguardPeers(
  tx: DbOrTx,
  educationLevel: EducationLevel | null,
  targetGroups: InclusionTag[],
  area: WorkArea | null,
  exceptProfileId?: number,
): void {
  const tg = JSON.stringify(sortedUnique(targetGroups))
  const coarseKey = workAreaKey(area ? coarsenArea(area) : null)
  const peers = tx
    .select()
    .from(profiles)
    .where(
      and(
        eq(profiles.status, 'PUBLISERT'),
        educationLevel ? eq(profiles.educationLevel, educationLevel) : isNull(profiles.educationLevel),
        sql`${profiles.targetGroups} = ${tg}`,
      ),
    )
    .all()
    .filter((p) => p.id !== exceptProfileId)
    .filter((p) => {
      const stated = draftWorkArea(rowToDraft(p))
      return workAreaKey(stated ? coarsenArea(stated) : null) === coarseKey
    })
  for (const peer of peers) {
    const candidate = tx.select().from(candidates).where(eq(candidates.id, peer.candidateId)).get()
    if (!candidate) continue
    const guard = guardFor(tx, candidate, rowToDraft(peer))
    if (guard.ageBand === peer.shownAgeBand && workAreaKey(guard.workArea) === workAreaKey(peer.shownWorkArea)) continue
    tx.update(profiles)
      .set({ ...shownColumns(guard), updatedAt: nowIso(), version: peer.version + 1 })
      .where(eq(profiles.id, peer.id))
      .run()
    onProfileChanged(tx, peer.id)
  }
}

/** Unpublishes at once: the profile disappears from every employer view and API in the same transaction. */
export function unpublishProfile(user: CaseloadUser, candidateId: number): boolean {
  return getDb().transaction((tx) => {
    const candidate = requireOwner(tx, user, candidateId)
    return unpublishIn(tx, user, candidate.id, 'UNPUBLISHED')
  })
}

/** Records the person's consent to publishing (who recorded it, when, how). */
export function recordPublishingConsent(
  user: CaseloadUser,
  candidateId: number,
  input: { method: ConsentMethod; givenAt: string },
): { ok: true } | { ok: false; errors: FieldError[] } {
  if (input.givenAt > todayIso())
    return { ok: false, errors: [{ field: 'givenAt', message: 'Datoen for samtykket kan ikke være fram i tid.' }] }
  return getDb().transaction((tx) => {
    const candidate = requireOwner(tx, user, candidateId)
    if (activePublishingConsent(tx, candidate.id)) return { ok: true as const }
    tx.insert(consents)
      .values({
        candidateId: candidate.id,
        kind: 'PUBLISERING',
        method: input.method,
        scope: 'Publisering av anonymisert profil i Vi inkluderer',
        givenAt: input.givenAt,
        recordedByUserId: user.id,
      })
      .run()
    audit(tx, user, {
      action: 'CONSENT_RECORDED',
      subjectType: 'candidate',
      subjectId: candidate.id,
      candidateId: candidate.id,
      details: { kind: 'PUBLISERING', method: input.method },
    })
    return { ok: true as const }
  })
}

/** Withdrawal of the publishing consent: recorded, and the profile is unpublished in the same transaction. */
export function withdrawPublishingConsent(user: CaseloadUser, candidateId: number): { unpublished: boolean } {
  return getDb().transaction((tx) => {
    const candidate = requireOwner(tx, user, candidateId)
    return { unpublished: withdrawPublishingConsentIn(tx, user, candidate.id).unpublished }
  })
}

/**
 * The one withdrawal path, for the jobbspesialist and for the person on Min
 * side (pass the person's actor): consent marked withdrawn, audit-logged, and
 * the profile unpublished (search index included) in the caller's transaction.
 */
export function withdrawPublishingConsentIn(
  tx: DbOrTx,
  actor: CaseloadUser | PersonActor,
  candidateId: number,
): { unpublished: boolean; hadConsent: boolean } {
  const at = nowIso()
  const withdrawn = tx
    .update(consents)
    .set({ withdrawnAt: at, withdrawnByUserId: 'id' in actor ? actor.id : null })
    .where(and(eq(consents.candidateId, candidateId), eq(consents.kind, 'PUBLISERING'), isNull(consents.withdrawnAt)))
    .run()
  audit(tx, actor, {
    action: 'CONSENT_WITHDRAWN',
    subjectType: 'candidate',
    subjectId: candidateId,
    candidateId,
    details: { kind: 'PUBLISERING' },
  })
  return { unpublished: unpublishIn(tx, actor, candidateId, 'CONSENT_WITHDRAWN'), hadConsent: withdrawn.changes > 0 }
}

// ---------------------------------------------------------------------------
// The person's own view (Min side, issue 14)

/**
 * The person's profile through THE employer data path (whitelisted columns →
 * `toEmployerProfile`), without counting as an employer view. null profile =
 * not published (nothing is shown to employers).
 */
export function ownProfileAsEmployersSeeIt(tx: DbOrTx, candidateId: number) {
  const row = tx
    .select({ ...employerColumns, id: profiles.id, status: profiles.status, coarsened: profiles.coarsened })
    .from(profiles)
    .where(eq(profiles.candidateId, candidateId))
    .get()
  if (!row) return { status: null, profile: null, coarsened: [] as string[] }
  return { status: row.status, profile: row.status === 'PUBLISERT' ? project(row, tx) : null, coarsened: row.coarsened }
}

/** The person's disclosure plan as stored: shown (employer-visible) and withheld needs. */
export function disclosureOf(db: DbOrTx, candidateId: number) {
  const row = db
    .select({ id: profiles.id, shown: profiles.adaptationNeeds, withheld: profiles.withheldAdaptationNeeds, status: profiles.status })
    .from(profiles)
    .where(eq(profiles.candidateId, candidateId))
    .get()
  return row ?? null
}

/** Applies the person's disclosure plan; a published profile (and its index entry) follows in the same transaction. */
export function setDisclosureIn(
  tx: DbOrTx,
  candidateId: number,
  shownChoice: string[],
): { changed: boolean; shown: string[]; withheld: string[] } | null {
  const row = tx.select().from(profiles).where(eq(profiles.candidateId, candidateId)).get()
  if (!row) return null
  const all = allAdaptationNeeds(row.adaptationNeeds, row.withheldAdaptationNeeds)
  const chosen = new Set(shownChoice)
  const { shown, withheld } = splitDisclosure(
    all,
    all.filter((code) => !chosen.has(code)),
  )
  const changed = JSON.stringify(withheld) !== JSON.stringify(sortedUnique(row.withheldAdaptationNeeds))
  if (!changed) return { changed, shown, withheld }
  tx.update(profiles)
    .set({ adaptationNeeds: shown, withheldAdaptationNeeds: withheld, updatedAt: nowIso(), version: row.version + 1 })
    .where(eq(profiles.id, row.id))
    .run()
  if (row.status === 'PUBLISERT') onProfileChanged(tx, row.id)
  return { changed, shown, withheld }
}

// ---------------------------------------------------------------------------
// Employer-facing reads

const employerColumns = PUBLISHABLE_PROFILE_COLUMNS

export type ProfilePage = {
  total: number
  page: number
  pageSize: number
  pageCount: number
  items: EmployerProfile[]
  /** Counts per filter value in the current result (from the search engine). */
  facets: Facets
  /** Place names in the query used as «can work in» instead of as words. */
  placesInQuery: string[]
}

/**
 * The employer's profile search through the engine. Ids come back in the
 * engine's order; the caller projects them (published rows only) — anything
 * no longer published is dropped and the total adjusted.
 */
export async function searchProfilesWithEngine(
  text: string | undefined,
  filters: EngineFilters,
  sort: EngineSort,
  page: number,
  pageSize: number,
): Promise<SearchProfilesResult> {
  const search = await getSearch()
  const result = await search.searchProfiles({ text, filters, sort, page, pageSize })
  const stillPublished = new Set(
    result.ids.length
      ? getDb()
          .select({ id: profiles.id })
          .from(profiles)
          .where(and(inArray(profiles.id, result.ids), eq(profiles.status, 'PUBLISERT')))
          .all()
          .map((r) => r.id)
      : [],
  )
  const ids = result.ids.filter((id) => stillPublished.has(id))
  return { ...result, ids, total: Math.max(0, result.total - (result.ids.length - ids.length)) }
}

/**
 * THE employer listing query (pages and API), through the search port
 * (`searchProfilesWithEngine`): free text with Norwegian stemming, synonyms and
 * typo tolerance, filters and facet counts. Hits are re-read from SQLite and
 * only published profiles are shown.
 */
export async function searchPublishedProfiles(filters: ProfileFilters, sort: ProfileSort = 'newest', page = 1): Promise<ProfilePage> {
  const db = getDb()
  const safePage = Math.min(Math.max(Math.trunc(page) || 1, 1), MAX_PAGE)
  // «kokk oslo»: the place filters on where people can work; the rest is searched as text
  const places = filters.q ? extractPlaces(filters.q, placeOf) : null
  const placeFylker = places?.fylker.length ? places.fylker : undefined
  const fylkeFilter = filters.fylke ? [filters.fylke] : undefined
  const result = await searchProfilesWithEngine(
    places ? places.text : filters.q,
    {
      styrk: filters.styrk ? [filters.styrk] : undefined,
      // a chosen fylke and a fylke named in the query must both hold
      fylke:
        fylkeFilter && placeFylker ? (placeFylker.includes(fylkeFilter[0]) ? fylkeFilter : ['__NONE__']) : (fylkeFilter ?? placeFylker),
      canWorkIn: places?.kommuner.length ? places.kommuner : undefined,
      minCapacity: filters.minCapacity,
      availability: filters.availability ? availabilityUpTo(filters.availability) : undefined,
      languages: filters.language ? [filters.language] : undefined,
      drivingLicences: filters.drivingLicence ? [filters.drivingLicence] : undefined,
      adaptationWithin: filters.adaptationGroups,
    },
    sort,
    safePage,
    PROFILE_PAGE_SIZE,
  )
  const rows = result.ids.length
    ? db
        .select({ ...employerColumns, id: profiles.id })
        .from(profiles)
        .where(and(inArray(profiles.id, result.ids), eq(profiles.status, 'PUBLISERT')))
        .all()
    : []
  const byId = new Map(rows.map((r) => [r.id, r]))
  return {
    total: result.total,
    page: safePage,
    pageSize: PROFILE_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(result.total / PROFILE_PAGE_SIZE)),
    items: result.ids.flatMap((id) => {
      const row = byId.get(id)
      return row ? [project(row, db)] : []
    }),
    facets: result.facets,
    placesInQuery: places?.names ?? [],
  }
}

export type ProfileViewer = Pick<CaseloadUser, 'id' | 'role' | 'organisationId'>

/** One published profile by code, audit-logged as PROFILE_VIEWED (with the viewer's organisation). null = not published. */
export function viewPublishedProfile(viewer: ProfileViewer, code: string, via: 'page' | 'api' = 'page'): EmployerProfile | null {
  if (!isProfileCode(code)) return null
  const db = getDb()
  return db.transaction((tx) => {
    const row = tx
      .select({ ...employerColumns, id: profiles.id, candidateId: profiles.candidateId })
      .from(profiles)
      .where(and(eq(profiles.code, code), eq(profiles.status, 'PUBLISERT')))
      .get()
    if (!row) return null
    audit(tx, viewer, {
      action: 'PROFILE_VIEWED',
      subjectType: 'profile',
      subjectId: row.id,
      candidateId: row.candidateId,
      details: { code: row.code, organisationId: viewer.organisationId, via },
    })
    return project(row, tx)
  })
}

/** The employer-facing projection of any profile row by id (e.g. for matching results), or null when not published. */
export function employerProfileById(db: DbOrTx, profileId: number): EmployerProfile | null {
  const row = db
    .select(employerColumns)
    .from(profiles)
    .where(and(eq(profiles.id, profileId), eq(profiles.status, 'PUBLISERT')))
    .get()
  return row ? project(row, db) : null
}
