/**
 * What the contact-request use-cases share: the one query over a request and
 * everything it joins, the permission guards, status transitions, the sharing
 * window, and who hears about a change. Only the files in this folder import it.
 */
import { aliasedTable, and, desc, eq, inArray, isNull } from 'drizzle-orm'
import type { SQLiteSelect } from 'drizzle-orm/sqlite-core'
import { getDb, type DbOrTx } from '@db/client.server'
import { candidates, consents, contactRequests, kommuner, organisations, profiles, users, vacancies } from '@db/schema'
import { enqueueEmail } from '@emails/outbox.server'
import type { RenderedEmail } from '@emails/layout'
import { isSharingActive, nextStatus, OPEN_STATUSES, type ContactEvent } from '~/domain/contact-requests'
import { appUrl } from '~/env.server'
import { audit, type AuditAction, type AuditActor, type PersonActor } from '~/services/audit.server'
import type { SessionUser } from '~/services/auth.server'
import { nowIso } from '~/utils/clock.server'
import { notFoundResult, ok, type Result } from '~/utils/result'

export type Employer = Pick<SessionUser, 'id' | 'role'> & { organisationId: number }
export type Staff = Pick<SessionUser, 'id' | 'role' | 'organisationId'>

/** A request that does not exist, or that the reader is no party to: the same answer. */
export const requestNotFound = () => notFoundResult('Fant ikke forespørselen.')

/* ------------------------------------------------------------------ the one query */

const requester = aliasedTable(users, 'requester')

/**
 * Joins a request's profile, person, organisation (and its kommune), vacancy
 * and requester onto `db.select(columns).from(contactRequests).$dynamic()`;
 * each view picks its columns. Every request has a profile, a person and an
 * organisation, so the inner joins never drop a row.
 */
export function withRequestJoins<Query extends SQLiteSelect>(query: Query) {
  return query
    .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
    .innerJoin(candidates, eq(candidates.id, profiles.candidateId))
    .innerJoin(organisations, eq(organisations.id, contactRequests.organisationId))
    .leftJoin(kommuner, eq(kommuner.kommunenummer, organisations.kommunenummer))
    .leftJoin(vacancies, eq(vacancies.id, contactRequests.vacancyId))
    .leftJoin(requester, eq(requester.id, contactRequests.requestedByUserId))
}

/** The requester's name (for the jobbspesialist's view). */
export const requesterName = requester.name

/** What every view needs to tell whether the sharing is active. */
export const sharingColumns = {
  id: contactRequests.id,
  status: contactRequests.status,
  sharedUntil: contactRequests.sharedUntil,
  sharingExpiredAt: contactRequests.sharingExpiredAt,
}

/** What a transition (and a guard) needs to know about a request. */
const transitionColumns = {
  ...sharingColumns,
  organisationId: contactRequests.organisationId,
  organisationName: organisations.name,
  requestedByUserId: contactRequests.requestedByUserId,
  profileCode: profiles.code,
  candidateId: profiles.candidateId,
  ownerUserId: candidates.jobbspesialistUserId,
  sharedCvParts: contactRequests.sharedCvParts,
  employerMarking: contactRequests.employerMarking,
  replyDeadline: contactRequests.replyDeadline,
}

export function loadRequest(db: DbOrTx, id: number) {
  return withRequestJoins(db.select(transitionColumns).from(contactRequests).$dynamic()).where(eq(contactRequests.id, id)).get() ?? null
}
export type LoadedRequest = NonNullable<ReturnType<typeof loadRequest>>

/** The organisation's open request (SENDT or SPURT_KANDIDAT) about a profile, if any: there is at most one. */
export function findOpenRequest(db: DbOrTx, organisationId: number, profileCode: string) {
  return (
    withRequestJoins(
      db
        .select({ id: contactRequests.id, status: contactRequests.status, createdAt: contactRequests.createdAt })
        .from(contactRequests)
        .$dynamic(),
    )
      .where(
        and(
          eq(profiles.code, profileCode),
          eq(contactRequests.organisationId, organisationId),
          inArray(contactRequests.status, [...OPEN_STATUSES]),
        ),
      )
      .get() ?? null
  )
}

/* ------------------------------------------------------------------ guards */

/*
 * Who is a party to a request — written once, for the guards and for the
 * read models that answer null. A request concerns a person, so to anyone
 * but its parties it does not exist (`not_found`, never `forbidden`).
 */
export const sentBy = (organisationId: number) => (row: { organisationId: number }) => row.organisationId === organisationId
export const aboutOwnedPerson = (jobbspesialistUserId: number) => (row: { ownerUserId: number }) => row.ownerUserId === jobbspesialistUserId
export const aboutPerson = (candidateId: number) => (row: { candidateId: number }) => row.candidateId === candidateId

function requireRequest(db: DbOrTx, id: number, isParty: (row: LoadedRequest) => boolean): Result<LoadedRequest> {
  const row = loadRequest(db, id)
  return row && isParty(row) ? ok(row) : requestNotFound()
}

/** The request if the employer's organisation sent it. */
export function requireEmployersRequest(user: Employer, id: number, db: DbOrTx = getDb()): Result<LoadedRequest> {
  return requireRequest(db, id, sentBy(user.organisationId))
}

/** The request if it is about someone in the jobbspesialist's caseload. */
export function requireOwnedRequest(user: Staff, id: number, db: DbOrTx = getDb()): Result<LoadedRequest> {
  return requireRequest(db, id, aboutOwnedPerson(user.id))
}

/** The request if it is about this person (Min side). */
export function requirePersonsRequest(candidateId: number, id: number, db: DbOrTx = getDb()): Result<LoadedRequest> {
  return requireRequest(db, id, aboutPerson(candidateId))
}

/* ------------------------------------------------------------------ transitions */

/** Applies a table transition, guarded on the current status (a concurrent change makes it a no-op → false). */
export function changeStatus(
  tx: DbOrTx,
  row: LoadedRequest,
  event: ContactEvent,
  set: Partial<typeof contactRequests.$inferInsert>,
): boolean {
  const target = nextStatus(row.status, event)
  if (!target) return false
  const result = tx
    .update(contactRequests)
    .set({ ...set, status: target, updatedAt: nowIso() })
    .where(and(eq(contactRequests.id, row.id), eq(contactRequests.status, row.status)))
    .run()
  return result.changes === 1
}

/** One audit row about a request (details hold ids and codes only). */
export function auditRequest(
  tx: DbOrTx,
  actor: AuditActor | PersonActor,
  action: AuditAction,
  row: { id: number; candidateId: number },
  details?: Record<string, unknown>,
): void {
  audit(tx, actor, { action, subjectType: 'contact_request', subjectId: row.id, candidateId: row.candidateId, details })
}

/* ------------------------------------------------------------------ the sharing window */

/** The consent row behind a GODKJENT request (withdrawal ends the sharing at once). */
function consentWithdrawnAt(db: DbOrTx, requestId: number): string | null {
  const row = db
    .select({ withdrawnAt: consents.withdrawnAt })
    .from(consents)
    .where(and(eq(consents.contactRequestId, requestId), eq(consents.kind, 'DELING_MED_ARBEIDSGIVER')))
    .orderBy(desc(consents.id))
    .get()
  return row?.withdrawnAt ?? null
}

/** Sharing is active: approved, within 6 months, not expired by the job, and the per-employer consent not withdrawn. */
export function sharingActiveFor(
  db: DbOrTx,
  row: { id: number; status: string; sharedUntil: string | null; sharingExpiredAt: string | null },
  now = nowIso(),
): boolean {
  return isSharingActive({ ...row, consentWithdrawnAt: row.status === 'GODKJENT' ? consentWithdrawnAt(db, row.id) : null }, now)
}

/* ------------------------------------------------------------------ who hears about it */

export const employerRequestUrl = (id: number) => `${appUrl()}/arbeidsgiver/kontakter/${id}`
export const jobbspesialistRequestUrl = (id: number) => `${appUrl()}/jobbspesialist/foresporsler/${id}`

/** E-mails the jobbspesialist who follows the person up. */
export function notifyOwner(tx: DbOrTx, candidateId: number, template: string, email: RenderedEmail): void {
  const owner = tx
    .select({ email: users.email })
    .from(candidates)
    .innerJoin(users, eq(users.id, candidates.jobbspesialistUserId))
    .where(eq(candidates.id, candidateId))
    .get()!
  enqueueEmail(tx, owner.email, template, email)
}

/** E-mails the employer: the requester, or else (disabled or gone) the organisation's employer users. */
export function notifyEmployer(
  tx: DbOrTx,
  row: { requestedByUserId: number | null; organisationId: number },
  template: string,
  email: RenderedEmail,
): void {
  for (const to of employerRecipients(tx, row.requestedByUserId, row.organisationId)) enqueueEmail(tx, to, template, email)
}

function employerRecipients(db: DbOrTx, requestedByUserId: number | null, organisationId: number): string[] {
  if (requestedByUserId != null) {
    const u = db.select({ email: users.email, disabledAt: users.disabledAt }).from(users).where(eq(users.id, requestedByUserId)).get()
    if (u && !u.disabledAt) return [u.email]
  }
  return db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.role, 'arbeidsgiver'), isNull(users.disabledAt)))
    .all()
    .map((r) => r.email)
}
