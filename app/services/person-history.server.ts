import { desc, eq } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { auditLog, candidates, contactRequests, organisations, profiles, users } from '@db/schema'
import { auditActionLabel } from '~/domain/audit/actions'
import { EMPLOYER_MARKING_CODES, isCode } from '~/domain/codes'
import { actorOf, audit } from '~/services/audit.server'
import type { SessionUser } from '~/services/auth.server'

/**
 * «Innsyn» for one person: every employer view of their profile, every contact
 * request and every reveal of their personal data, read from the audit log and
 * the requests. Only the owning jobbspesialist and admin may read it; an
 * admin's read is itself audit-logged.
 */

/** The kinds of entries, so the page can tell views, requests and reveals apart. */
export function historyKind(action: string): 'VIEW' | 'REQUEST' | 'REVEAL' | 'OTHER' {
  if (action === 'PROFILE_VIEWED') return 'VIEW'
  if (action === 'CONTACT_DETAILS_VIEWED' || action === 'CONTACT_APPROVED') return 'REVEAL'
  if (action.startsWith('CONTACT_')) return 'REQUEST'
  return 'OTHER'
}

export type PersonHistory = NonNullable<ReturnType<typeof getPersonHistory>>

export function getPersonHistory(actor: Pick<SessionUser, 'id' | 'role' | 'organisationId'>, candidateId: number) {
  const db = getDb()
  const person = db
    .select({
      id: candidates.id,
      firstName: candidates.firstName,
      lastName: candidates.lastName,
      ownerUserId: candidates.jobbspesialistUserId,
    })
    .from(candidates)
    .where(eq(candidates.id, candidateId))
    .get()
  if (!person) return null
  if (actor.role === 'jobbspesialist' ? person.ownerUserId !== actor.id : actor.role !== 'admin') return null
  if (actor.role === 'admin') {
    audit(db, actorOf(actor), {
      action: 'PERSON_HISTORY_VIEWED',
      subjectType: 'candidate',
      subjectId: candidateId,
      candidateId,
    })
  }
  return {
    person: { id: person.id, name: `${person.firstName} ${person.lastName}` },
    ...readPersonHistory(db, candidateId),
  }
}

/**
 * The history itself, with the same rules for every reader (the owning
 * jobbspesialist, admin, and the person on Min side). Callers check access.
 */
export function readPersonHistory(db: DbOrTx, candidateId: number) {
  const events = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorRole: auditLog.actorRole,
      actorName: users.name,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(organisations, eq(organisations.id, auditLog.actorOrganisationId))
    .where(eq(auditLog.candidateId, candidateId))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .all()
    .map((e) => ({
      id: e.id,
      at: e.at,
      action: e.action,
      label:
        e.action === 'PROFILE_VIEWED'
          ? e.actorRole === 'arbeidsgiver'
            ? 'Arbeidsgiver så profilen'
            : 'Profilen ble vist (NAV)'
          : auditActionLabel(e.action),
      kind: historyKind(e.action),
      actorRole: e.actorRole,
      // Employers are shown by organisation; NAV staff by name and role; the person's own link answers as «Kandidaten».
      who:
        e.actorRole === 'person'
          ? 'Personen selv (Min side)'
          : e.actorRole === 'arbeidsgiver'
            ? (e.organisationName ?? 'Ukjent arbeidsgiver')
            : e.actorName
              ? `${e.actorName}${e.organisationName ? ` (${e.organisationName})` : ''}`
              : e.action === 'CONTACT_APPROVED' || e.action === 'CONTACT_DECLINED'
                ? 'Kandidaten (via lenke)'
                : 'Systemet',
      marking: isCode(EMPLOYER_MARKING_CODES, e.details?.marking) ? e.details.marking : null,
    }))
  const requests = db
    .select({
      id: contactRequests.id,
      status: contactRequests.status,
      createdAt: contactRequests.createdAt,
      answeredAt: contactRequests.answeredAt,
      sharedUntil: contactRequests.sharedUntil,
      sharingExpiredAt: contactRequests.sharingExpiredAt,
      employerMarking: contactRequests.employerMarking,
      organisationName: organisations.name,
    })
    .from(contactRequests)
    .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
    .innerJoin(organisations, eq(organisations.id, contactRequests.organisationId))
    .where(eq(profiles.candidateId, candidateId))
    .orderBy(desc(contactRequests.createdAt), desc(contactRequests.id))
    .all()
  return { events, requests }
}

/** Admin: find a person by fødselsnummer/d-nummer (exact), audited. Returns the id or null. */
export function findPersonIdByFnr(actor: Pick<SessionUser, 'id' | 'role' | 'organisationId'>, fnr: string): number | null {
  const db = getDb()
  const row = db.select({ id: candidates.id }).from(candidates).where(eq(candidates.fnr, fnr)).get()
  audit(db, actorOf(actor), {
    action: 'PERSON_LOOKED_UP',
    subjectType: 'candidate',
    subjectId: row?.id ?? 'ingen treff',
    candidateId: row?.id ?? null,
  })
  return row?.id ?? null
}
