/**
 * The jobbspesialist's profile editor: the draft with a live preview of what
 * employers would see, and saving — with publishing, the PII check, the
 * consent check and the re-identification guard. Nothing is written on errors.
 */
import crypto from 'node:crypto'
import { eq } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { profiles } from '@db/schema'
import {
  checkFreeText,
  generateProfileCode,
  publishingGaps,
  type PersonContext,
  type PiiFinding,
  type ProfileDraft,
} from '~/domain/profiles'
import { kommuneGeo, kommuneNumberOf } from '@db/geo.server'
import { DERIVED_TRAVEL_KM, workAreaKey } from '~/domain/matching/work-area'
import { splitDisclosure } from '~/domain/person'
import { audit } from '~/services/audit.server'
import { placeNames } from '~/services/kommuner.server'
import { type CaseloadUser } from '~/services/candidates.server'
import { addFieldError, fail, FORM_ERROR_KEY, ok, type FieldErrors, type Result } from '~/utils/result'
import { nowIso } from '~/utils/clock.server'
import {
  activePublishingConsent,
  onProfileChanged,
  project,
  refs,
  requireOwnedProfile,
  requireReadableProfile,
  rowToDraft,
  sortedUnique,
  type CandidateRow,
  type ProfileRow,
} from './shared.server'
import { describeCoarsening, draftWorkArea, guardFor, reguardPeers, shownColumns, derivedFor } from './reidentification.server'

/** Places that are not in the kommune/fylke register: a clear message naming what was typed. */
function workAreaErrors(draft: Pick<ProfileDraft, 'workKommuner' | 'workFylker'>, errors: FieldErrors = {}): FieldErrors {
  const geo = kommuneGeo()
  const unknown = draft.workKommuner.filter((k) => !geo.fylkeOf(k))
  if (unknown.length) {
    addFieldError(errors, 'workKommuner', `Fant ingen kommune som heter ${unknown.map((k) => `«${k}»`).join(', ')}. Velg fra listen.`)
  }
  if (draft.workFylker.some((f) => geo.kommunerIn(f).length === 0)) addFieldError(errors, 'workFylker', 'Velg fylker fra listen.')
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
    const readable = requireReadableProfile(user, candidateId, tx)
    if (!readable.ok) return readable
    const { candidate, profile: row } = readable.value
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
    return ok({
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
      consent: consent ? { method: consent.method, givenAt: consent.givenAt, recordedByUserId: consent.recordedByUserId } : null,
      preview,
      guard,
      coarseningNotes,
      /** The person's disclosure plan from Min side: needs they chose not to show employers. */
      withheldAdaptationNeeds,
    })
  })
}

export type SavedProfile = { published: boolean; coarseningNotes: string[]; code: string; savedAsDraftForConsent?: boolean }

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

/**
 * Everything that must hold before employer-visible text and values change
 * (nothing is written on errors). A missing consent is told apart: before the
 * first publishing, the edit is then kept as a draft.
 */
function publishChecks(tx: DbOrTx, candidate: CandidateRow, draft: ProfileDraft): { consentMissing: boolean; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const consentMissing = !activePublishingConsent(tx, candidate.id)
  if (consentMissing)
    addFieldError(errors, FORM_ERROR_KEY, 'Profilen kan ikke publiseres før personens samtykke til publisering er registrert.')
  for (const gap of publishingGaps(draft)) addFieldError(errors, gap.field, gap.message)
  const unknownStyrk = draft.desiredStyrkCodes.filter((c) => !refs(tx).styrkTitle(c))
  if (unknownStyrk.length) addFieldError(errors, 'desiredStyrkCodes', 'Velg yrker fra listen.')
  workAreaErrors(draft, errors)
  for (const f of freeTextFindings(draft, candidate)) addFieldError(errors, f.field, f.message)
  return { consentMissing, errors }
}

/**
 * Saves the profile draft; with `publish`, also publishes it. A profile that
 * is already published is re-checked on every save (free text, guard), so
 * employer-visible text never skips the checks. Nothing is written on errors.
 */
export function saveProfile(
  user: CaseloadUser,
  candidateId: number,
  typed: ProfileDraft,
  options: { publish?: boolean } = {},
): Result<SavedProfile> {
  const draft = withKommuneNumbers(typed)
  const db = getDb()
  return db.transaction((tx) => {
    const owned = requireOwnedProfile(user, candidateId, tx)
    if (!owned.ok) return owned
    const { candidate, profile: existing } = owned.value
    const willBePublished = options.publish || existing?.status === 'PUBLISERT'
    const areaErrors = workAreaErrors(draft)
    if (Object.keys(areaErrors).length) return fail('validation', areaErrors)
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
    if (!willBePublished) return ok({ published: false, coarseningNotes: [], code: saveDraft() })
    const { consentMissing, errors } = publishChecks(tx, candidate, draft)
    const problems = Object.keys(errors).length
    // «Lagre og publiser» before consent is registered: keep the edit as a draft (never shown to employers) and say why.
    if (consentMissing && problems === 1 && existing?.status !== 'PUBLISERT') {
      return ok({ published: false, coarseningNotes: [], code: saveDraft(), savedAsDraftForConsent: true })
    }
    if (problems) return fail('validation', errors)
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
    return ok({ published: true, coarseningNotes: describeCoarsening(guard), code })
  })
}
