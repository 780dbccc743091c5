/**
 * Reading contact requests: the employer's and the jobbspesialist's lists and
 * detail pages, the request form's context, and the counts and hires other
 * capabilities read. Each list and its detail share one column set; the
 * employer's detail reveals the person only through `reveal.server.ts`.
 */
import { and, asc, desc, eq } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { candidates, candidateTokens, consents, contactRequests, kommuner, organisations, profiles, vacancies } from '@db/schema'
import { nextStatus, OPEN_STATUSES } from '~/domain/contact-requests'
import { nowIso } from '~/utils/clock.server'
import { ok } from '~/utils/result'
import { revealSharedPerson } from './reveal.server'
import {
  aboutOwnedPerson,
  findOpenRequest,
  requesterName,
  requestNotFound,
  sentBy,
  sharingActiveFor,
  sharingColumns,
  withRequestJoins,
  type Employer,
} from './shared.server'

/* ------------------------------------------------------------------ employer */

/** The published profile and the employer's own published vacancies, for the request form. */
export function getContactFormContext(organisationId: number, code: string) {
  const db = getDb()
  const profile = db
    .select({ id: profiles.id, code: profiles.code, headline: profiles.headline })
    .from(profiles)
    .where(and(eq(profiles.code, code), eq(profiles.status, 'PUBLISERT')))
    .get()
  if (!profile) return null
  const ownVacancies = db
    .select({ id: vacancies.id, title: vacancies.title })
    .from(vacancies)
    .where(and(eq(vacancies.organisationId, organisationId), eq(vacancies.status, 'PUBLISERT')))
    .orderBy(asc(vacancies.title))
    .all()
  return { profile, vacancies: ownVacancies, openRequestId: findOpenRequest(db, organisationId, code)?.id ?? null }
}

/** The employer's own open request about a profile (SENDT or SPURT_KANDIDAT), so the profile page can say it is pending. */
export function openRequestForProfile(organisationId: number, code: string) {
  return findOpenRequest(getDb(), organisationId, code)
}

/** What the employer sees of a request: no personal data. */
const employerListColumns = {
  ...sharingColumns,
  profileCode: profiles.code,
  vacancyTitle: vacancies.title,
  createdAt: contactRequests.createdAt,
  employerMarking: contactRequests.employerMarking,
}

/** The employer's own requests, newest first. Statuses as the employer may see them; no personal data. */
export function listRequestsForEmployer(organisationId: number) {
  const db = getDb()
  const now = nowIso()
  return withRequestJoins(db.select(employerListColumns).from(contactRequests).$dynamic())
    .where(eq(contactRequests.organisationId, organisationId))
    .orderBy(desc(contactRequests.createdAt), desc(contactRequests.id))
    .all()
    .map((r) => ({
      id: r.id,
      profileCode: r.profileCode,
      vacancyTitle: r.vacancyTitle,
      createdAt: r.createdAt,
      status: r.status,
      employerMarking: r.employerMarking,
      sharingActive: sharingActiveFor(db, r, now),
    }))
}

/**
 * One request as its employer sees it. While sharing is active the person's
 * name, contact details and the chosen CV parts are included — and that view
 * is audit-logged (CONTACT_DETAILS_VIEWED). Another organisation's request is «not found».
 */
export function getRequestForEmployer(user: Employer, id: number) {
  const db = getDb()
  const row = withRequestJoins(
    db
      .select({
        ...employerListColumns,
        organisationId: contactRequests.organisationId,
        candidateId: profiles.candidateId,
        message: contactRequests.message,
        sharedCvParts: contactRequests.sharedCvParts,
      })
      .from(contactRequests)
      .$dynamic(),
  )
    .where(eq(contactRequests.id, id))
    .get()
  if (!row || !sentBy(user.organisationId)(row)) return requestNotFound()
  const status = row.status
  const active = sharingActiveFor(db, row)
  return ok({
    id: row.id,
    profileCode: row.profileCode,
    vacancyTitle: row.vacancyTitle,
    message: row.message,
    createdAt: row.createdAt,
    status,
    employerMarking: row.employerMarking,
    canWithdraw: nextStatus(status, 'WITHDRAW') != null,
    sharingActive: active,
    sharingEnded: status === 'GODKJENT' && !active,
    person: active ? revealSharedPerson(user, row) : null,
  })
}

/** For the employer's home page: open requests and people currently shared with the organisation. */
export function employerContactSummary(organisationId: number): { open: number; shared: number } {
  const rows = listRequestsForEmployer(organisationId)
  return {
    open: rows.filter((r) => OPEN_STATUSES.includes(r.status)).length,
    shared: rows.filter((r) => r.sharingActive).length,
  }
}

/* ------------------------------------------------------------------ jobbspesialist */

const jobbspesialistListColumns = {
  id: contactRequests.id,
  status: contactRequests.status,
  createdAt: contactRequests.createdAt,
  replyDeadline: contactRequests.replyDeadline,
  employerMarking: contactRequests.employerMarking,
  profileCode: profiles.code,
  candidateId: candidates.id,
  firstName: candidates.firstName,
  lastName: candidates.lastName,
  organisationName: organisations.name,
}

/** Every request about the jobbspesialist's own persons, newest first. */
export function listRequestsForJobbspesialist(jobbspesialistUserId: number) {
  return withRequestJoins(getDb().select(jobbspesialistListColumns).from(contactRequests).$dynamic())
    .where(eq(candidates.jobbspesialistUserId, jobbspesialistUserId))
    .orderBy(desc(contactRequests.createdAt), desc(contactRequests.id))
    .all()
}

/** One request for its owning jobbspesialist («not found» for anyone else). */
export function getRequestForJobbspesialist(jobbspesialistUserId: number, id: number) {
  const db = getDb()
  const row = withRequestJoins(
    db
      .select({
        ...jobbspesialistListColumns,
        message: contactRequests.message,
        askedAt: contactRequests.askedAt,
        answeredAt: contactRequests.answeredAt,
        sharedCvParts: contactRequests.sharedCvParts,
        sharedUntil: contactRequests.sharedUntil,
        sharingExpiredAt: contactRequests.sharingExpiredAt,
        markedAt: contactRequests.markedAt,
        profileStatus: profiles.status,
        ownerUserId: candidates.jobbspesialistUserId,
        candidateEmail: candidates.email,
        organisationKommune: kommuner.name,
        requesterName,
        vacancyTitle: vacancies.title,
      })
      .from(contactRequests)
      .$dynamic(),
  )
    .where(eq(contactRequests.id, id))
    .get()
  if (!row || !aboutOwnedPerson(jobbspesialistUserId)(row)) return requestNotFound()
  const status = row.status
  const consent =
    status === 'GODKJENT' || status === 'AVSLATT'
      ? (db
          .select({ method: consents.method, givenAt: consents.givenAt, withdrawnAt: consents.withdrawnAt })
          .from(consents)
          .where(eq(consents.contactRequestId, id))
          .orderBy(desc(consents.id))
          .get() ?? null)
      : null
  const linkSent =
    db
      .select({ id: candidateTokens.id })
      .from(candidateTokens)
      .where(and(eq(candidateTokens.purpose, 'CONTACT_CONSENT'), eq(candidateTokens.subjectId, id)))
      .get() != null
  return ok({
    ...row,
    status,
    employerMarking: row.employerMarking,
    hasEmail: Boolean(row.candidateEmail),
    canAsk: nextStatus(status, 'ASK_CANDIDATE') != null,
    canRecordAnswer: nextStatus(status, 'ACCEPT') != null,
    consent,
    linkSent,
  })
}

/** For the jobbspesialist's home page: requests waiting for them (SENDT) and for the person (SPURT_KANDIDAT). */
export function jobbspesialistContactSummary(jobbspesialistUserId: number): { newRequests: number; awaitingPerson: number } {
  const rows = listRequestsForJobbspesialist(jobbspesialistUserId)
  return {
    newRequests: rows.filter((r) => r.status === 'SENDT').length,
    awaitingPerson: rows.filter((r) => r.status === 'SPURT_KANDIDAT').length,
  }
}

/**
 * People the employer marked FATT_JOBBEN, for the owning jobbspesialist: the
 * agreements capability starts a follow-up agreement from these (and filters
 * out the ones that already have one).
 */
export function listHiresAwaitingAgreement(jobbspesialistUserId: number) {
  return withRequestJoins(
    getDb()
      .select({
        contactRequestId: contactRequests.id,
        candidateId: candidates.id,
        firstName: candidates.firstName,
        lastName: candidates.lastName,
        profileCode: profiles.code,
        organisationId: contactRequests.organisationId,
        organisationName: organisations.name,
        vacancyId: contactRequests.vacancyId,
        markedAt: contactRequests.markedAt,
      })
      .from(contactRequests)
      .$dynamic(),
  )
    .where(and(eq(candidates.jobbspesialistUserId, jobbspesialistUserId), eq(contactRequests.employerMarking, 'FATT_JOBBEN')))
    .orderBy(desc(contactRequests.markedAt))
    .all()
}
