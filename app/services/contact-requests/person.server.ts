/**
 * The person on Min side (issue 14): the requests they have been asked about,
 * answering one, and ending a sharing before the 6 months are over. Only their
 * own requests, and only from SPURT_KANDIDAT on.
 */
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { consents, contactRequests, kommuner, organisations, profiles, vacancies } from '@db/schema'
import { sharingEndedEmail } from '@emails/templates/min-side'
import { cvPartLabel, isDeadlinePassed, type ContactAnswer } from '~/domain/contact-requests'
import { personActor } from '~/services/audit.server'
import { nowIso, todayIso } from '~/utils/clock.server'
import { fail, ok, type Result } from '~/utils/result'
import { applyAnswer } from './consent.server'
import {
  auditRequest,
  employerRequestUrl,
  notifyEmployer,
  requirePersonsRequest,
  requestNotFound,
  withRequestJoins,
  sharingActiveFor,
  sharingColumns,
} from './shared.server'

/** Requests the person has been asked about (from SPURT_KANDIDAT on), newest first. Only their own. */
export function listRequestsForPerson(candidateId: number) {
  const db = getDb()
  const now = nowIso()
  return withRequestJoins(
    db
      .select({
        ...sharingColumns,
        askedAt: contactRequests.askedAt,
        replyDeadline: contactRequests.replyDeadline,
        answeredAt: contactRequests.answeredAt,
        organisationName: organisations.name,
        vacancyTitle: vacancies.title,
      })
      .from(contactRequests)
      .$dynamic(),
  )
    .where(and(eq(profiles.candidateId, candidateId), isNotNull(contactRequests.askedAt)))
    .orderBy(desc(contactRequests.askedAt), desc(contactRequests.id))
    .all()
    .map((r) => ({ ...r, sharingActive: sharingActiveFor(db, r, now) }))
}

export type PersonRequestList = ReturnType<typeof listRequestsForPerson>

/** One request the person has been asked about: what the employer wrote, the CV parts, the deadline. Not asked yet is «not found». */
export function getRequestForPerson(candidateId: number, id: number) {
  const db = getDb()
  const own = requirePersonsRequest(candidateId, id, db)
  if (!own.ok) return own
  const row = own.value
  const detail = withRequestJoins(
    db
      .select({
        message: contactRequests.message,
        askedAt: contactRequests.askedAt,
        answeredAt: contactRequests.answeredAt,
        organisationKommune: kommuner.name,
        vacancyTitle: vacancies.title,
      })
      .from(contactRequests)
      .$dynamic(),
  )
    .where(eq(contactRequests.id, id))
    .get()!
  if (!detail.askedAt) return requestNotFound()
  return ok({
    id: row.id,
    status: row.status,
    organisationName: row.organisationName,
    organisationKommune: detail.organisationKommune,
    vacancyTitle: detail.vacancyTitle,
    message: detail.message,
    cvParts: row.sharedCvParts.map((code) => ({ code, label: cvPartLabel(code) })),
    deadline: row.replyDeadline,
    answeredAt: detail.answeredAt,
    canAnswer: row.status === 'SPURT_KANDIDAT' && !isDeadlinePassed(row.replyDeadline, todayIso()),
    sharingActive: sharingActiveFor(db, row),
    sharedUntil: row.sharedUntil,
  })
}

/** The person answers on Min side: the same transition as the e-mailed link (and it closes that link). */
export function answerAsPerson(candidateId: number, id: number, answer: ContactAnswer): Result<{ answer: ContactAnswer }> {
  return getDb().transaction((tx) => {
    const own = requirePersonsRequest(candidateId, id, tx)
    if (!own.ok) return own
    const row = own.value
    if (row.status !== 'SPURT_KANDIDAT') return fail('conflict', { answer: ['Du har allerede svart, eller forespørselen er avsluttet.'] })
    if (isDeadlinePassed(row.replyDeadline, todayIso()))
      return fail('conflict', { answer: ['Fristen for å svare har gått ut. Ta kontakt med jobbspesialisten din.'] })
    const result = applyAnswer(tx, row, answer, 'MIN_SIDE', personActor(candidateId), null)
    if (!result.ok) return result
    return ok({ answer })
  })
}

/** The person ends an active sharing before the 6 months are over: the employer loses access at once and is told. */
export function endSharingAsPerson(candidateId: number, id: number): Result<{ ended: true }> {
  return getDb().transaction((tx) => {
    const own = requirePersonsRequest(candidateId, id, tx)
    if (!own.ok) return own
    const row = own.value
    if (!sharingActiveFor(tx, row)) return fail('conflict', 'Delingen er allerede avsluttet.')
    tx.update(consents)
      .set({ withdrawnAt: nowIso() })
      .where(and(eq(consents.contactRequestId, row.id), eq(consents.kind, 'DELING_MED_ARBEIDSGIVER'), isNull(consents.withdrawnAt)))
      .run()
    auditRequest(tx, personActor(candidateId), 'CONTACT_SHARING_ENDED', row, { organisationId: row.organisationId })
    notifyEmployer(tx, row, 'contact-sharing-ended', sharingEndedEmail({ profileCode: row.profileCode, url: employerRequestUrl(row.id) }))
    return ok({ ended: true as const })
  })
}
