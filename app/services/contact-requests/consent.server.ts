/**
 * Asking the person and recording their answer: the jobbspesialist asks
 * (SPURT_KANDIDAT, optionally with a single-use link e-mailed to the person),
 * and the answer — recorded by the jobbspesialist, given through the link or
 * on Min side — makes the request GODKJENT (with a consent to share with that
 * one organisation for 6 months) or AVSLATT.
 */
import { and, eq, isNull } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { candidates, candidateTokens, consents, contactRequests, kommuner, vacancies } from '@db/schema'
import { enqueueEmail } from '@emails/outbox.server'
import { consentRequestEmail, contactApprovedEmail, contactNotCompletedEmail } from '@emails/templates/contact-requests'
import {
  CONSENT_LINK_MESSAGES,
  cvPartLabel,
  endOfOsloDay,
  nextStatus,
  sharedUntilFrom,
  type AnswerMethod,
  type AskCandidateInput,
  type ConsentLinkRefusal,
  type ContactAnswer,
  type ContactEvent,
  type RecordAnswerInput,
} from '~/domain/contact-requests'
import { appUrl } from '~/env.server'
import { actorOf, type AuditActor, type PersonActor } from '~/services/audit.server'
import { randomToken, sha256 } from '~/services/auth.server'
import { nowIso } from '~/utils/clock.server'
import { formatLongDate } from '~/utils/format'
import { fail, ok, type Failure, type Result } from '~/utils/result'
import {
  auditRequest,
  changeStatus,
  employerRequestUrl,
  loadRequest,
  notifyEmployer,
  requireOwnedRequest,
  withRequestJoins,
  type LoadedRequest,
  type Staff,
} from './shared.server'

/**
 * «Spør kandidaten»: SENDT → SPURT_KANDIDAT with a reply deadline and the CV
 * parts to share on a yes (`askCandidateSchema` resolved the deadline). With
 * `sendLink`, a single-use link (SHA-256 stored, expiring at the end of the
 * deadline day) is e-mailed to the person.
 */
export function askCandidate(user: Staff, id: number, input: AskCandidateInput): Result<{ deadline: string; linkSent: boolean }> {
  const { deadline, cvParts: parts } = input
  return getDb().transaction((tx) => {
    const owned = requireOwnedRequest(user, id, tx)
    if (!owned.ok) return owned
    const row = owned.value
    if (!nextStatus(row.status, 'ASK_CANDIDATE')) return fail('conflict', { id: ['Kandidaten er allerede spurt om denne forespørselen.'] })
    const candidate = tx.select({ email: candidates.email }).from(candidates).where(eq(candidates.id, row.candidateId)).get()!
    if (input.sendLink && !candidate.email) {
      return fail('validation', { sendLink: ['Personen har ingen e-postadresse registrert. Spør personen selv og registrer svaret.'] })
    }
    if (!changeStatus(tx, row, 'ASK_CANDIDATE', { replyDeadline: deadline, askedAt: nowIso(), sharedCvParts: parts })) {
      return fail('conflict', { id: ['Forespørselen er endret. Last siden på nytt.'] })
    }
    auditRequest(tx, actorOf(user), 'CONTACT_CANDIDATE_ASKED', row, { deadline, cvParts: parts, link: input.sendLink })
    if (input.sendLink && candidate.email) {
      const token = randomToken()
      tx.insert(candidateTokens)
        .values({
          purpose: 'CONTACT_CONSENT',
          tokenHash: sha256(token),
          candidateId: row.candidateId,
          subjectId: id,
          expiresAt: endOfOsloDay(deadline),
          createdAt: nowIso(),
        })
        .run()
      enqueueEmail(
        tx,
        candidate.email,
        'contact-consent-request',
        consentRequestEmail({
          organisationName: row.organisationName,
          deadline: formatLongDate(deadline),
          url: `${appUrl()}/samtykke/${token}`,
        }),
      )
    }
    return ok({ deadline, linkSent: input.sendLink })
  })
}

/** The jobbspesialist records the person's answer (yes/no, and how it was given). */
export function recordAnswer(user: Staff, id: number, input: RecordAnswerInput): Result<undefined> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedRequest(user, id, tx)
    if (!owned.ok) return owned
    return applyAnswer(tx, owned.value, input.answer, input.method, actorOf(user), user.id)
  })
}

/** GODKJENT (with a DELING_MED_ARBEIDSGIVER consent for this one organisation) or AVSLATT. */
export function applyAnswer(
  tx: DbOrTx,
  row: LoadedRequest,
  answer: ContactAnswer,
  method: AnswerMethod,
  actor: AuditActor | PersonActor,
  recordedByUserId: number | null,
): Result<undefined> {
  const event: ContactEvent = answer === 'JA' ? 'ACCEPT' : 'DECLINE'
  if (!nextStatus(row.status, event)) return fail('conflict', { answer: ['Forespørselen venter ikke på svar fra kandidaten.'] })
  const answeredAt = nowIso()
  const sharedUntil = answer === 'JA' ? sharedUntilFrom(answeredAt) : null
  if (!changeStatus(tx, row, event, { answeredAt, sharedUntil }))
    return fail('conflict', { answer: ['Forespørselen er endret. Last siden på nytt.'] })
  // A recorded answer closes any link still out there.
  tx.update(candidateTokens)
    .set({ usedAt: answeredAt })
    .where(and(eq(candidateTokens.purpose, 'CONTACT_CONSENT'), eq(candidateTokens.subjectId, row.id), isNull(candidateTokens.usedAt)))
    .run()
  const url = employerRequestUrl(row.id)
  if (answer === 'JA') {
    tx.insert(consents)
      .values({
        candidateId: row.candidateId,
        kind: 'DELING_MED_ARBEIDSGIVER',
        organisationId: row.organisationId,
        contactRequestId: row.id,
        method,
        scope: ['NAVN', 'KONTAKTINFORMASJON', ...row.sharedCvParts].join(','),
        givenAt: answeredAt,
        recordedByUserId,
      })
      .run()
    auditRequest(tx, actor, 'CONTACT_APPROVED', row, {
      organisationId: row.organisationId,
      cvParts: row.sharedCvParts,
      method,
      sharedUntil,
    })
    notifyEmployer(tx, row, 'contact-approved', contactApprovedEmail({ profileCode: row.profileCode, url }))
  } else {
    auditRequest(tx, actor, 'CONTACT_DECLINED', row, { method })
    notifyEmployer(tx, row, 'contact-not-completed', contactNotCompletedEmail({ profileCode: row.profileCode, url }))
  }
  return ok()
}

/* ------------------------------------------------------------------ the person's single-use link */

/** What the person is asked to consent to through the link. */
export type ConsentLinkView = {
  organisationName: string
  organisationKommune: string | null
  vacancyTitle: string | null
  message: string
  cvParts: Array<{ code: string; label: string }>
  deadline: string
}

/**
 * A refused link: `not_found` for a link that does not exist (or was
 * tampered with), `conflict` for one that is used, expired or whose request
 * is closed. The one message is what the person is told
 * (`CONSENT_LINK_MESSAGES`; the page reads it back with `refusedConsentLink`).
 */
function refuseLink(refusal: ConsentLinkRefusal): Failure {
  return fail(refusal === 'invalid' ? 'not_found' : 'conflict', CONSENT_LINK_MESSAGES[refusal])
}

function findToken(db: DbOrTx, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null
  return (
    db
      .select()
      .from(candidateTokens)
      .where(and(eq(candidateTokens.tokenHash, sha256(token)), eq(candidateTokens.purpose, 'CONTACT_CONSENT')))
      .get() ?? null
  )
}

function usableLink(db: DbOrTx, token: string) {
  const row = findToken(db, token)
  if (!row) return refuseLink('invalid')
  if (row.usedAt) return refuseLink('used')
  if (nowIso() >= row.expiresAt) return refuseLink('expired')
  const request = loadRequest(db, row.subjectId)
  if (!request || request.candidateId !== row.candidateId || request.status !== 'SPURT_KANDIDAT') return refuseLink('closed')
  return ok({ token: row, request })
}

/** What the person is consenting to — and nothing else (no login). */
export function getConsentLink(token: string): Result<ConsentLinkView> {
  const db = getDb()
  const link = usableLink(db, token)
  if (!link.ok) return link
  const { request } = link.value
  const detail = withRequestJoins(
    db
      .select({
        message: contactRequests.message,
        organisationKommune: kommuner.name,
        vacancyTitle: vacancies.title,
      })
      .from(contactRequests)
      .$dynamic(),
  )
    .where(eq(contactRequests.id, request.id))
    .get()!
  return ok({
    organisationName: request.organisationName,
    organisationKommune: detail.organisationKommune,
    vacancyTitle: detail.vacancyTitle,
    message: detail.message,
    cvParts: request.sharedCvParts.map((code) => ({ code, label: cvPartLabel(code) })),
    deadline: request.replyDeadline!,
  })
}

/** The person answers through the link: single use; a used, expired or tampered link changes nothing. */
export function answerConsentLink(token: string, answer: ContactAnswer): Result<{ answer: ContactAnswer }> {
  return getDb().transaction((tx) => {
    const link = usableLink(tx, token)
    if (!link.ok) return link
    const used = tx
      .update(candidateTokens)
      .set({ usedAt: nowIso() })
      .where(and(eq(candidateTokens.id, link.value.token.id), isNull(candidateTokens.usedAt)))
      .run()
    if (used.changes !== 1) return refuseLink('used')
    const result = applyAnswer(tx, link.value.request, answer, 'DIGITAL_LENKE', null, null)
    if (!result.ok) throw new Error('consent link: the request changed during the answer')
    return ok({ answer })
  })
}
