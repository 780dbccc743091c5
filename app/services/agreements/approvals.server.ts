/**
 * Approvals: the employer and the jobbspesialist signed in, the person's
 * approval recorded by the jobbspesialist or given through a single-use
 * e-mailed link (the person on Min side: ./person.server). The jobbspesialist
 * approves last; the last approval moves the agreement on.
 */
import { and, eq, isNull } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { agreementApprovals, agreements, candidates, candidateTokens, type ApprovalParty } from '@db/schema'
import { enqueueEmail } from '@emails/outbox.server'
import { agreementApprovalLinkEmail } from '@emails/templates/agreements'
import { checkApproval, transition } from '~/domain/agreements'
import type { PersonApprovalInput } from '~/domain/agreements/inputs'
import type { AgreementStatus } from '~/domain/codes'
import { actorOf, audit, type PersonActor } from '~/services/audit.server'
import { randomToken, sha256, type SessionUser } from '~/services/auth.server'
import { now, nowIso, todayIso } from '~/utils/clock.server'
import { formatDate } from '~/utils/format'
import { fail, notFoundResult, ok, type Result } from '~/utils/result'
import { applyDateMoves } from './jobs.server'
import {
  activeApprovals,
  bumpVersion,
  detailOf,
  refOf,
  requireEmployersAgreement,
  requireOwnedAgreement,
  staleVersion,
  voidApprovalLinks,
  writeVersion,
  type AgreementRow,
} from './shared.server'

const APPROVAL_LINK_DAYS = 14
const READ_AGAIN = 'Avtalen er endret siden du åpnet den. Les den nye versjonen og godkjenn på nytt.'

/** Records one party's approval of the version they saw; the last one moves the agreement on (and on by date if it is due). */
export function recordApproval(
  tx: DbOrTx,
  row: AgreementRow,
  party: ApprovalParty,
  method: (typeof agreementApprovals.$inferInsert)['method'],
  byUser: SessionUser | null,
  expectedVersion: number,
  person?: PersonActor,
): Result<{ status: AgreementStatus }> {
  if (row.version !== expectedVersion) return staleVersion(READ_AGAIN)
  const check = checkApproval(
    row.status,
    activeApprovals(tx, row.id).map((a) => a.party),
    party,
  )
  if (!check.ok) return fail('conflict', check.message)
  let status = row.status
  const set: Partial<typeof agreements.$inferInsert> = {}
  if (check.allApproved) {
    const t = transition(status, 'GODKJENT_AV_ALLE')
    if (!t.ok) return fail('conflict', t.message)
    status = t.status
    set.status = status
    set.approvedAt = nowIso()
  }
  if (!bumpVersion(tx, row.id, expectedVersion, set)) return staleVersion(READ_AGAIN)
  tx.insert(agreementApprovals)
    .values({ agreementId: row.id, party, method, byUserId: byUser?.id ?? null, agreementVersion: expectedVersion, at: nowIso() })
    .run()
  writeVersion(tx, row.id, byUser?.id ?? null, 'GODKJENT')
  audit(tx, person ?? actorOf(byUser), {
    action: 'AGREEMENT_APPROVED',
    subjectType: 'agreement',
    subjectId: row.id,
    candidateId: row.candidateId,
    details: { party, method, version: expectedVersion },
  })
  if (check.allApproved) status = applyDateMoves(tx, row.id, todayIso()) ?? status
  return ok({ status })
}

export function approveAsEmployer(user: SessionUser, id: number, version: number): Result<{ status: AgreementStatus }> {
  return getDb().transaction((tx) => {
    const employers = requireEmployersAgreement(user, id, tx)
    return employers.ok ? recordApproval(tx, employers.value, 'EMPLOYER', 'INNLOGGET', user, version) : employers
  })
}

export function approveAsJobbspesialist(user: SessionUser, id: number, version: number): Result<{ status: AgreementStatus }> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedAgreement(user, id, tx)
    return owned.ok ? recordApproval(tx, owned.value, 'JOBBSPESIALIST', 'INNLOGGET', user, version) : owned
  })
}

/** The jobbspesialist records the person's approval (given orally or in writing). */
export function recordPersonApproval(
  user: SessionUser,
  id: number,
  version: number,
  method: PersonApprovalInput['method'],
): Result<{ status: AgreementStatus }> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedAgreement(user, id, tx)
    return owned.ok ? recordApproval(tx, owned.value, 'PERSON', method, user, version) : owned
  })
}

/** E-mails the person a single-use link to approve (the token's hash is stored; the link is only in the mail). */
export function sendPersonApprovalLink(user: SessionUser, id: number): Result<undefined> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedAgreement(user, id, tx)
    if (!owned.ok) return owned
    const row = owned.value
    if (row.status !== 'MANGLER_GODKJENNING') return fail('conflict', 'Lenken kan bare sendes når avtalen venter på godkjenning.')
    if (activeApprovals(tx, id).some((a) => a.party === 'PERSON')) return fail('conflict', 'Deltakeren har allerede godkjent avtalen.')
    const candidate = tx.select({ email: candidates.email }).from(candidates).where(eq(candidates.id, row.candidateId)).get()
    if (!candidate?.email) {
      return fail(
        'conflict',
        'Personen har ingen e-postadresse registrert. Registrer godkjenningen selv, eller legg inn e-postadressen i porteføljen.',
      )
    }
    // One live link at a time: older unused links stop working.
    voidApprovalLinks(tx, id)
    const token = randomToken()
    const expiresAt = new Date(now().getTime() + APPROVAL_LINK_DAYS * 86_400_000).toISOString()
    tx.insert(candidateTokens)
      .values({ purpose: 'AGREEMENT_APPROVAL', tokenHash: sha256(token), candidateId: row.candidateId, subjectId: id, expiresAt })
      .run()
    const ref = refOf(tx, row, `/avtale-godkjenning/${token}`)
    enqueueEmail(tx, candidate.email, 'agreement-approval-link', agreementApprovalLinkEmail({ ...ref, expires: formatDate(expiresAt) }))
    audit(tx, actorOf(user), {
      action: 'AGREEMENT_APPROVAL_LINK_SENT',
      subjectType: 'agreement',
      subjectId: id,
      candidateId: row.candidateId,
    })
    return ok()
  })
}

/** The link's token and its agreement; an unknown link is `not_found`, a used or expired one `conflict` (with what to do). */
function requireLinkedAgreement(db: DbOrTx, token: string): Result<{ tokenId: number; row: AgreementRow }> {
  const t = db
    .select()
    .from(candidateTokens)
    .where(eq(candidateTokens.tokenHash, sha256(token)))
    .get()
  if (!t || t.purpose !== 'AGREEMENT_APPROVAL') return notFoundResult('Lenken er ugyldig.')
  if (t.usedAt) return fail('conflict', 'Lenken er allerede brukt. Godkjenningen din er registrert.')
  if (t.expiresAt <= nowIso())
    return fail('conflict', 'Lenken har utløpt eller avtalen er endret siden den ble sendt. Be jobbspesialisten din om en ny lenke.')
  const row = db.select().from(agreements).where(eq(agreements.id, t.subjectId)).get()
  return row ? ok({ tokenId: t.id, row }) : notFoundResult('Lenken er ugyldig.')
}

/** What the person sees through the link: only the agreement they approve, nothing else. */
export function getAgreementForToken(token: string) {
  const db = getDb()
  const linked = requireLinkedAgreement(db, token)
  if (!linked.ok) return linked
  const d = detailOf(db, linked.value.row)
  return ok({
    version: d.version,
    status: d.status,
    organisationName: d.organisationName,
    jobbspesialistName: d.jobbspesialistName,
    content: d.content,
    styrkLabel: d.styrkLabel,
    schemes: d.schemes.map((s) => ({ scheme: s.scheme, total: s.total })),
    personAlreadyApproved: d.approvals.some((a) => a.party === 'PERSON'),
  })
}

export function approveWithToken(token: string, version: number): Result<{ status: AgreementStatus }> {
  return getDb().transaction((tx) => {
    const linked = requireLinkedAgreement(tx, token)
    if (!linked.ok) return linked
    const result = recordApproval(tx, linked.value.row, 'PERSON', 'DIGITAL_LENKE', null, version)
    if (result.ok) tx.update(candidateTokens).set({ usedAt: nowIso() }).where(eq(candidateTokens.id, linked.value.tokenId)).run()
    return result
  })
}

/** A link sent earlier is no longer needed once the person approved another way. */
export function markApprovalLinksUsed(tx: DbOrTx, agreementId: number) {
  tx.update(candidateTokens)
    .set({ usedAt: nowIso() })
    .where(
      and(eq(candidateTokens.purpose, 'AGREEMENT_APPROVAL'), eq(candidateTokens.subjectId, agreementId), isNull(candidateTokens.usedAt)),
    )
    .run()
}
