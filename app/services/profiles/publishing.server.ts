/** Publishing consent (recorded, withdrawn) and unpublishing: a profile leaves every employer view in the same transaction. */
import { and, eq, isNull } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { consents, profiles } from '@db/schema'
import { audit, type AuditActor, type PersonActor } from '~/services/audit.server'
import { type CaseloadUser } from '~/services/candidates.server'
import { fail, ok, type Result } from '~/utils/result'
import { nowIso, todayIso } from '~/utils/clock.server'
import { activePublishingConsent, onProfileChanged, requireOwnedProfile, type ConsentMethod } from './shared.server'
import { reguardPeers, statedArea } from './reidentification.server'

export function unpublishIn(
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

/** Unpublishes at once: the profile disappears from every employer view and API in the same transaction. */
export function unpublishProfile(user: CaseloadUser, candidateId: number): Result<boolean> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedProfile(user, candidateId, tx)
    if (!owned.ok) return owned
    return ok(unpublishIn(tx, user, owned.value.candidate.id, 'UNPUBLISHED'))
  })
}

/** Records the person's consent to publishing (who recorded it, when, how). */
export function recordPublishingConsent(
  user: CaseloadUser,
  candidateId: number,
  input: { method: ConsentMethod; givenAt: string },
): Result<undefined> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedProfile(user, candidateId, tx)
    if (!owned.ok) return owned
    if (input.givenAt > todayIso()) return fail('validation', { givenAt: ['Datoen for samtykket kan ikke være fram i tid.'] })
    const { candidate } = owned.value
    if (activePublishingConsent(tx, candidate.id)) return ok()
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
    return ok()
  })
}

/** Withdrawal of the publishing consent: recorded, and the profile is unpublished in the same transaction. */
export function withdrawPublishingConsent(user: CaseloadUser, candidateId: number): Result<{ unpublished: boolean }> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedProfile(user, candidateId, tx)
    if (!owned.ok) return owned
    return ok({ unpublished: withdrawPublishingConsentIn(tx, user, owned.value.candidate.id).unpublished })
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
