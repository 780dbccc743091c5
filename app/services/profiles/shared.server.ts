/**
 * Anonymised profiles, the parts every use-case shares: reference lookups,
 * THE employer projection (employer-facing data leaves the profiles services
 * ONLY through `project` → `toEmployerProfile`), the search-index hook and
 * the permission guards. The use-cases: editor.server.ts (the jobbspesialist
 * writes and publishes), publishing.server.ts (consent, unpublishing),
 * reidentification.server.ts (the k-anonymity guard), person.server.ts (Min
 * side), employer.server.ts (what employers search and see).
 */
import { and, desc, eq, isNull } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { candidates, consents, fylker, profiles, styrk08, CONSENT_METHODS, PUBLISHABLE_PROFILE_COLUMNS } from '@db/schema'
import { toEmployerProfile, type EmployerProfile, type ProfileDraft, type ProfileSource } from '~/domain/profiles'
import { enqueueSearchUpdate } from '@search/outbox.server'
import { kommunePlaceNames } from '@db/geo.server'
import { allAdaptationNeeds } from '~/domain/person'
import { requireOwnedCandidate, requireReadableCandidate, type CaseloadUser } from '~/services/candidates.server'
import { ok, type Result } from '~/utils/result'

export type ProfileRow = typeof profiles.$inferSelect
export type CandidateRow = typeof candidates.$inferSelect
/** How the jobbspesialist recorded a publishing consent (MIN_SIDE is only used for the person's own answers). */
export type ConsentMethod = Exclude<(typeof CONSENT_METHODS)[number], 'MIN_SIDE'>

// ---------------------------------------------------------------------------
// Reference lookups (static reference data; cached per process)
let refCache: { styrk: Map<string, string>; fylker: Map<string, string> } | undefined
export function refs(db: DbOrTx = getDb()) {
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

export function project(row: ProfileSource, db?: DbOrTx): EmployerProfile {
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

export function activePublishingConsent(db: DbOrTx, candidateId: number) {
  return (
    db
      .select()
      .from(consents)
      .where(and(eq(consents.candidateId, candidateId), eq(consents.kind, 'PUBLISERING'), isNull(consents.withdrawnAt)))
      .orderBy(desc(consents.givenAt), desc(consents.id))
      .get() ?? null
  )
}

export function sortedUnique<T extends string>(values: T[]): T[] {
  return [...new Set(values)].sort()
}

export function rowToDraft(row: ProfileRow | undefined): ProfileDraft {
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

export const employerColumns = PUBLISHABLE_PROFILE_COLUMNS

// ---------------------------------------------------------------------------
// Permission guards (a profile belongs to the person in a jobbspesialist's caseload)

export type ProfileAccess = { candidate: CandidateRow; profile: ProfileRow | undefined }

function profileOf(db: DbOrTx, candidateId: number): ProfileRow | undefined {
  return db.select().from(profiles).where(eq(profiles.candidateId, candidateId)).get()
}

/**
 * Permission guard for reading a person's profile (the editor): the owning
 * jobbspesialist, or admin (audited as CANDIDATE_VIEWED unless `audit: false`).
 * Anyone else gets `not_found`, as for the person (`requireReadableCandidate`).
 */
export function requireReadableProfile(
  user: CaseloadUser,
  candidateId: number,
  db: DbOrTx = getDb(),
  options: { audit?: boolean } = {},
): Result<ProfileAccess> {
  const readable = requireReadableCandidate(user, candidateId, db, options)
  if (!readable.ok) return readable
  return ok({ candidate: readable.value, profile: profileOf(db, readable.value.id) })
}

/**
 * Permission guard for changing a person's profile or publishing consent:
 * only the owning jobbspesialist. Admin (who may read) gets `forbidden`;
 * anyone else `not_found` (`requireOwnedCandidate`).
 */
export function requireOwnedProfile(user: CaseloadUser, candidateId: number, db: DbOrTx = getDb()): Result<ProfileAccess> {
  const owned = requireOwnedCandidate(user, candidateId, db)
  if (!owned.ok) return owned
  return ok({ candidate: owned.value, profile: profileOf(db, owned.value.id) })
}
