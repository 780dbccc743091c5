/** The person on Min side (issue 14): their own agreements, approving and saying no. */
import { eq } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { users } from '@db/schema'
import { enqueueEmail } from '@emails/outbox.server'
import { agreementDeclinedEmail } from '@emails/templates/min-side'
import { checkDecline } from '~/domain/agreements'
import type { AgreementStatus } from '~/domain/codes'
import { appUrl } from '~/env.server'
import { audit, personActor } from '~/services/audit.server'
import { fail, ok, type Result } from '~/utils/result'
import { markApprovalLinksUsed, recordApproval } from './approvals.server'
import {
  activeApprovals,
  bumpVersion,
  detailOf,
  listItems,
  requirePersonsAgreement,
  staleVersion,
  visibleToPerson,
  withdrawApprovals,
  writeVersion,
  type AgreementListItem,
} from './shared.server'

const NOT_AWAITING_PERSON = 'Avtalen venter ikke på svar fra deg.'

/** The person's own agreements, newest first. */
export function listAgreementsForPerson(candidateId: number): Array<AgreementListItem & { declined: boolean }> {
  const db = getDb()
  return listItems(db, visibleToPerson(db, candidateId)).map((a) => ({ ...a, declined: a.status === 'PABEGYNT' }))
}

/** One of the person's own agreements: the plan, the next follow-up and the contact at the employer. `not_found` for anyone else's. */
export function getAgreementForPerson(candidateId: number, id: number) {
  const db = getDb()
  const own = requirePersonsAgreement(candidateId, id, db)
  if (!own.ok) return own
  const d = detailOf(db, own.value)
  return ok({
    id: d.id,
    version: d.version,
    status: d.status,
    organisationName: d.organisationName,
    jobbspesialistName: d.jobbspesialistName,
    jobbspesialistEmail: d.jobbspesialistEmail,
    content: d.content,
    styrkLabel: d.styrkLabel,
    schemes: d.schemes.map((s) => ({ scheme: s.scheme, total: s.total })),
    approvals: d.approvals,
    awaiting: d.awaiting,
    nextFollowUp: d.nextFollowUp,
    declinedAt: d.declinedByPersonAt,
    canApprove: d.status === 'MANGLER_GODKJENNING' && d.awaiting.includes('PERSON'),
  })
}

/** The person approves on Min side (signed in): same rules as every other approval. */
export function approveAsPerson(candidateId: number, id: number, version: number): Result<{ status: AgreementStatus }> {
  return getDb().transaction((tx) => {
    const own = requirePersonsAgreement(candidateId, id, tx)
    if (!own.ok) return own
    if (own.value.status === 'PABEGYNT') return fail('conflict', NOT_AWAITING_PERSON)
    const result = recordApproval(tx, own.value, 'PERSON', 'INNLOGGET', null, version, personActor(candidateId))
    if (result.ok) markApprovalLinksUsed(tx, id)
    return result
  })
}

/**
 * The person says no to the agreement as it stands (workflow event
 * IKKE_GODKJENT): it goes back to PABEGYNT for the jobbspesialist to change,
 * every approval given so far is withdrawn (a new version will be approved
 * again), unused approval links stop working, and the jobbspesialist is
 * e-mailed. The employer no longer sees it until it is sent for approval again.
 */
export function declineAsPerson(candidateId: number, id: number, version: number): Result<{ status: AgreementStatus }> {
  return getDb().transaction((tx) => {
    const own = requirePersonsAgreement(candidateId, id, tx)
    if (!own.ok) return own
    const row = own.value
    const check = checkDecline(
      row.status,
      activeApprovals(tx, id).map((a) => a.party),
      'PERSON',
    )
    if (!check.ok) return fail('conflict', row.status === 'MANGLER_GODKJENNING' ? check.message : NOT_AWAITING_PERSON)
    const readAgain = 'Avtalen er endret siden du åpnet den. Les den nye versjonen.'
    if (row.version !== version) return staleVersion(readAgain)
    if (!bumpVersion(tx, id, version, { status: check.status, approvedAt: null })) return staleVersion(readAgain)
    const withdrawn = withdrawApprovals(tx, id)
    writeVersion(tx, id, null, 'IKKE_GODKJENT', { approvalsWithdrawn: withdrawn })
    audit(tx, personActor(candidateId), {
      action: 'MIN_SIDE_AGREEMENT_DECLINED',
      subjectType: 'agreement',
      subjectId: id,
      candidateId,
      details: { version, from: row.status, to: check.status, approvalsWithdrawn: withdrawn },
    })
    const owner = tx.select({ email: users.email }).from(users).where(eq(users.id, row.jobbspesialistUserId)).get()
    if (owner)
      enqueueEmail(
        tx,
        owner.email,
        'agreement-declined-by-person',
        agreementDeclinedEmail({ url: `${appUrl()}/jobbspesialist/avtaler/${id}` }),
      )
    return ok({ status: check.status })
  })
}
