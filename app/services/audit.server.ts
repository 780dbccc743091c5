import { auditLog } from '@db/schema'
import type { DbOrTx } from '@db/client.server'
import type { AuditAction } from '~/domain/audit/actions'
import { nowIso } from '~/utils/clock.server'

/**
 * The one audit mechanism: every reveal of personal data, every profile view
 * and every admin read of a person goes through `audit`. Pass the same
 * transaction as the change so the log and the change commit together.
 * Never put personal data in `details` (ids and codes only).
 * Actions come from the catalogue in `app/domain/audit/actions.ts`.
 */
export type AuditActor = { id: number; role: string; organisationId: number | null } | null
/** The person themself, signed in on Min side (issue 14): no user id, the candidate is the actor. */
export type PersonActor = { role: 'person'; candidateId: number }
export const personActor = (candidateId: number): PersonActor => ({ role: 'person', candidateId })

export type { AuditAction }

export type AuditEntry = {
  action: AuditAction
  subjectType: string
  subjectId: string | number
  candidateId?: number | null
  details?: Record<string, unknown>
}

/** The audit actor for a signed-in user; `null` (the system or a token link) stays `null`. */
export function actorOf(user: { id: number; role: string; organisationId: number | null }): NonNullable<AuditActor>
export function actorOf(user: { id: number; role: string; organisationId: number | null } | null | undefined): AuditActor
export function actorOf(user: { id: number; role: string; organisationId: number | null } | null | undefined): AuditActor {
  return user ? { id: user.id, role: user.role, organisationId: user.organisationId } : null
}

export function audit(db: DbOrTx, actor: AuditActor | PersonActor, entry: AuditEntry): void {
  db.insert(auditLog)
    .values({
      at: nowIso(),
      actorUserId: actor && 'id' in actor ? actor.id : null,
      actorRole: actor?.role ?? null,
      actorOrganisationId: actor && 'organisationId' in actor ? actor.organisationId : null,
      actorCandidateId: actor && 'candidateId' in actor ? actor.candidateId : null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: String(entry.subjectId),
      candidateId: entry.candidateId ?? null,
      details: entry.details ?? null,
    })
    .run()
}
