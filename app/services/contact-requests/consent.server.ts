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
import { isCode } from '~/domain/codes'
import {
  CV_PART_CODES,
  cvPartLabel,
  endOfOsloDay,
  nextStatus,
  resolveDeadline,
  sharedUntilFrom,
  type ContactEvent,
} from '~/domain/contact-requests'
import { appUrl } from '~/env.server'
import { actorOf, type AuditActor, type PersonActor } from '~/services/audit.server'
import { randomToken, sha256 } from '~/services/auth.server'
import { nowIso, todayIso } from '~/utils/clock.server'
import { formatLongDate } from '~/utils/format'
import { fail, ok, type Result } from '~/utils/result'
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

export type AskCandidateInput = {
  deadlineOption?: string
  deadlineDate?: string
  cvParts: string[]
  sendLink: boolean
}

/**
 * «Spør kandidaten»: SENDT → SPURT_KANDIDAT with a reply deadline and the CV
 * parts to share on a yes. With `sendLink`, a single-use link (SHA-256 stored,
 * expiring at the end of the deadline day) is e-mailed to the person.
 */
export function askCandidate(user: Staff, id: number, input: AskCandidateInput): Result<{ deadline: string; linkSent: boolean }> {
  const deadline = resolveDeadline(input.deadlineOption, input.deadlineDate, todayIso())
  if (!deadline.ok) return fail('validation', { [deadline.field]: [deadline.message] })
  const parts = [...new Set(input.cvParts)]
  if (parts.some((p) => !isCode(CV_PART_CODES, p))) return fail('validation', { cvParts: ['Velg bare blant CV-delene i listen.'] })
  return getDb().transaction((tx) => {
    const owned = requireOwnedRequest(user, id, tx)
    if (!owned.ok) return owned
    const row = owned.value
    if (!nextStatus(row.status, 'ASK_CANDIDATE')) return fail('conflict', { id: ['Kandidaten er allerede spurt om denne forespørselen.'] })
    const candidate = tx.select({ email: candidates.email }).from(candidates).where(eq(candidates.id, row.candidateId)).get()!
    if (input.sendLink && !candidate.email) {
      return fail('validation', { sendLink: ['Personen har ingen e-postadresse registrert. Spør personen selv og registrer svaret.'] })
    }
    if (!changeStatus(tx, row, 'ASK_CANDIDATE', { replyDeadline: deadline.deadline, askedAt: nowIso(), sharedCvParts: parts })) {
      return fail('conflict', { id: ['Forespørselen er endret. Last siden på nytt.'] })
    }
    auditRequest(tx, actorOf(user), 'CONTACT_CANDIDATE_ASKED', row, { deadline: deadline.deadline, cvParts: parts, link: input.sendLink })
    if (input.sendLink && candidate.email) {
      const token = randomToken()
      tx.insert(candidateTokens)
        .values({
          purpose: 'CONTACT_CONSENT',
          tokenHash: sha256(token),
          candidateId: row.candidateId,
          subjectId: id,
          expiresAt: endOfOsloDay(deadline.deadline),
          createdAt: nowIso(),
        })
        .run()
      enqueueEmail(
        tx,
        candidate.email,
        'contact-consent-request',
        consentRequestEmail({
          organisationName: row.organisationName,
          deadline: formatLongDate(deadline.deadline),
          url: `${appUrl()}/samtykke/${token}`,
        }),
      )
    }
    return ok({ deadline: deadline.deadline, linkSent: input.sendLink })
  })
}

/** The jobbspesialist records the person's answer (yes/no, and how it was given). */
export function recordAnswer(user: Staff, id: number, input: { answer?: string; method?: string }): Result<undefined> {
  if (input.answer !== 'JA' && input.answer !== 'NEI') return fail('validation', { answer: ['Velg hva kandidaten svarte.'] })
  if (input.method !== 'MUNTLIG' && input.method !== 'SKRIFTLIG') return fail('validation', { method: ['Velg hvordan kandidaten svarte.'] })
  const method = input.method
  const answer = input.answer
  return getDb().transaction((tx) => {
    const owned = requireOwnedRequest(user, id, tx)
    if (!owned.ok) return owned
    return applyAnswer(tx, owned.value, answer, method, actorOf(user), user.id)
  })
}

/** GODKJENT (with a DELING_MED_ARBEIDSGIVER consent for this one organisation) or AVSLATT. */
export function applyAnswer(
  tx: DbOrTx,
  row: LoadedRequest,
  answer: 'JA' | 'NEI',
  method: 'MUNTLIG' | 'SKRIFTLIG' | 'DIGITAL_LENKE' | 'MIN_SIDE',
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

export type ConsentLinkState =
  | { state: 'invalid' | 'used' | 'expired' | 'closed' }
  | {
      state: 'valid'
      organisationName: string
      organisationKommune: string | null
      vacancyTitle: string | null
      message: string
      cvParts: Array<{ code: string; label: string }>
      deadline: string
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

function tokenState(db: DbOrTx, token: string) {
  const row = findToken(db, token)
  if (!row) return { state: 'invalid' as const }
  if (row.usedAt) return { state: 'used' as const }
  if (nowIso() >= row.expiresAt) return { state: 'expired' as const }
  const request = loadRequest(db, row.subjectId)
  if (!request || request.candidateId !== row.candidateId || request.status !== 'SPURT_KANDIDAT') return { state: 'closed' as const }
  return { state: 'valid' as const, token: row, request }
}

/** What the person is consenting to — and nothing else (no login). */
export function getConsentLink(token: string): ConsentLinkState {
  const db = getDb()
  const s = tokenState(db, token)
  if (s.state !== 'valid') return { state: s.state }
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
    .where(eq(contactRequests.id, s.request.id))
    .get()!
  return {
    state: 'valid',
    organisationName: s.request.organisationName,
    organisationKommune: detail.organisationKommune,
    vacancyTitle: detail.vacancyTitle,
    message: detail.message,
    cvParts: s.request.sharedCvParts.map((code) => ({ code, label: cvPartLabel(code) })),
    deadline: s.request.replyDeadline!,
  }
}

/** The person answers through the link: single use; a used, expired or tampered link changes nothing. */
export function answerConsentLink(
  token: string,
  answer: string,
): { ok: true; answer: 'JA' | 'NEI' } | { ok: false; state: 'invalid' | 'used' | 'expired' | 'closed' | 'answer' } {
  if (answer !== 'JA' && answer !== 'NEI') return { ok: false, state: 'answer' }
  return getDb().transaction((tx) => {
    const s = tokenState(tx, token)
    if (s.state !== 'valid') return { ok: false as const, state: s.state }
    const used = tx
      .update(candidateTokens)
      .set({ usedAt: nowIso() })
      .where(and(eq(candidateTokens.id, s.token.id), isNull(candidateTokens.usedAt)))
      .run()
    if (used.changes !== 1) return { ok: false as const, state: 'used' as const }
    const result = applyAnswer(tx, s.request, answer, 'DIGITAL_LENKE', null, null)
    if (!result.ok) throw new Error('consent link: the request changed during the answer')
    return { ok: true as const, answer }
  })
}
