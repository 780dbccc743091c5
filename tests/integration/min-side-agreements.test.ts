import { and, eq, isNull } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { agreementApprovals, agreements, agreementVersions, auditLog, emailOutbox } from '@db/schema'
import { approveAsEmployer, approveAsJobbspesialist } from '~/services/agreements/approvals.server'
import { createAgreement, updateAgreement } from '~/services/agreements/commands.server'
import { getAgreementForEmployer, getAgreementForJobbspesialist } from '~/services/agreements/queries.server'
import { AgreementAnswerSchema } from '~/domain/person'
import { messageOf, parseInput } from '~/utils/result'
import { answerMyAgreement, getMyAgreement, listMyAgreements } from '~/services/min-side.server'
import { setClock } from '~/utils/clock.server'
import { addCandidate, agreementWorld, COMPLETE } from './agreements-fixtures'
import { valueOf } from './profiles-fixtures'

const jobbspesialistView = (user: Parameters<typeof getAgreementForJobbspesialist>[0], id: number) => {
  const view = getAgreementForJobbspesialist(user, id)
  if (!view.ok) throw new Error(messageOf(view))
  return view.value
}
const rowOf = (id: number) => getDb().select().from(agreements).where(eq(agreements.id, id)).get()!
const activeParties = (id: number) =>
  getDb()
    .select({ party: agreementApprovals.party })
    .from(agreementApprovals)
    .where(and(eq(agreementApprovals.agreementId, id), isNull(agreementApprovals.withdrawnAt)))
    .all()
    .map((a) => a.party)

/** A complete agreement awaiting approval, already approved by the employer. */
function awaitingThePerson() {
  setClock(new Date('2026-11-22T09:00:00Z'))
  const w = agreementWorld()
  const created = createAgreement(w.js, { candidateId: w.person.id, organisationId: w.employer.id, sharingConsentConfirmed: true })
  if (!created.ok) throw new Error(messageOf(created))
  const id = created.value.id
  const saved = updateAgreement(w.js, id, 1, COMPLETE)
  if (!saved.ok) throw new Error(messageOf(saved))
  expect(approveAsEmployer(w.ag, id, rowOf(id).version).ok).toBe(true)
  return { ...w, id }
}

describe('the person answers a follow-up agreement on Min side', () => {
  it('«Jeg godkjenner ikke» sends the agreement back to PABEGYNT, withdraws the approvals, tells the jobbspesialist, and the person still sees it', () => {
    const w = awaitingThePerson()
    const before = rowOf(w.id)
    expect(before.status).toBe('MANGLER_GODKJENNING')
    expect(activeParties(w.id)).toEqual(['EMPLOYER'])

    const declined = answerMyAgreement(
      w.person.id,
      w.id,
      valueOf(parseInput(AgreementAnswerSchema, { answer: 'AVSLA', version: String(before.version) })),
    )
    expect(declined).toEqual({ ok: true, value: { answer: 'AVSLA' } })

    const after = rowOf(w.id)
    expect(after.status).toBe('PABEGYNT')
    expect(after.version).toBe(before.version + 1)
    expect(activeParties(w.id)).toEqual([]) // the employer's approval was for the version the person said no to
    const version = getDb().select().from(agreementVersions).where(eq(agreementVersions.agreementId, w.id)).all().at(-1)!
    expect(version).toMatchObject({ changeKind: 'IKKE_GODKJENT', approvalsWithdrawn: true, byUserId: null })
    // Audited with the person as actor; details hold codes only.
    const entry = getDb().select().from(auditLog).where(eq(auditLog.action, 'MIN_SIDE_AGREEMENT_DECLINED')).get()!
    expect(entry).toMatchObject({ actorRole: 'person', actorCandidateId: w.person.id, actorUserId: null, subjectId: String(w.id) })
    expect(entry.details).toEqual({ version: before.version, from: 'MANGLER_GODKJENNING', to: 'PABEGYNT', approvalsWithdrawn: true })
    // The jobbspesialist is e-mailed (no health details, no name) and sees why it is back.
    const mail = getDb().select().from(emailOutbox).where(eq(emailOutbox.template, 'agreement-declined-by-person')).get()!
    expect(mail.toAddress).toBe(w.js.email)
    expect(mail.textBody).toContain('sendt tilbake')
    expect(mail.textBody).not.toContain(w.person.firstName)
    expect(jobbspesialistView(w.js, w.id).declinedByPersonAt).toBeTruthy()

    // The person still finds it, now as «sent back»; nothing to answer.
    const mine = getMyAgreement(w.person.id, w.id)
    expect(mine.ok && mine.value).toMatchObject({ status: 'PABEGYNT', canApprove: false, declinedAt: expect.any(String) })
    expect(listMyAgreements(w.person.id).map((a) => [a.id, a.status, a.declined])).toEqual([[w.id, 'PABEGYNT', true]])
    // The employer no longer sees a draft.
    expect(getAgreementForEmployer(w.ag, w.id)).toMatchObject({ ok: false, kind: 'not_found' })

    // Neither a second «no» nor a «yes» is taken while it is back with the jobbspesialist.
    expect(answerMyAgreement(w.person.id, w.id, { answer: 'AVSLA', version: after.version })).toMatchObject({
      ok: false,
      kind: 'conflict',
      errors: { '': ['Avtalen venter ikke på svar fra deg.'] },
    })
    expect(answerMyAgreement(w.person.id, w.id, { answer: 'GODKJENN', version: after.version })).toMatchObject({
      ok: false,
      kind: 'conflict',
    })
    expect(rowOf(w.id).version).toBe(after.version)
  })

  it('after a «no» the jobbspesialist sends it again (even unchanged); the person approves and the workflow goes on', () => {
    const w = awaitingThePerson()
    expect(answerMyAgreement(w.person.id, w.id, { answer: 'AVSLA', version: rowOf(w.id).version }).ok).toBe(true)
    // Saved unchanged: a complete draft goes back to awaiting approval.
    const resent = updateAgreement(w.js, w.id, rowOf(w.id).version, COMPLETE)
    expect(resent).toMatchObject({ ok: true, value: { status: 'MANGLER_GODKJENNING' } })
    expect(rowOf(w.id).status).toBe('MANGLER_GODKJENNING')
    expect(jobbspesialistView(w.js, w.id).declinedByPersonAt).toBeNull()
    const mine = getMyAgreement(w.person.id, w.id)
    expect(mine.ok && mine.value.canApprove).toBe(true)

    expect(answerMyAgreement(w.person.id, w.id, { answer: 'GODKJENN', version: rowOf(w.id).version })).toEqual({
      ok: true,
      value: { answer: 'GODKJENN' },
    })
    expect(activeParties(w.id)).toEqual(['PERSON'])
    const approved = getDb().select().from(auditLog).where(eq(auditLog.action, 'AGREEMENT_APPROVED')).all().at(-1)!
    expect(approved).toMatchObject({ actorRole: 'person', actorCandidateId: w.person.id })
    expect(approveAsEmployer(w.ag, w.id, rowOf(w.id).version).ok).toBe(true)
    expect(approveAsJobbspesialist(w.js, w.id, rowOf(w.id).version)).toMatchObject({ ok: true, value: { status: 'KLAR_FOR_OPPSTART' } })

    // An unchanged save of an approved agreement changes nothing (it does not reopen the approvals).
    const version = rowOf(w.id).version
    expect(updateAgreement(w.js, w.id, version, COMPLETE)).toMatchObject({
      ok: true,
      value: { changed: false, status: 'KLAR_FOR_OPPSTART' },
    })
    expect(rowOf(w.id).version).toBe(version)
    // Once approved, the person can no longer say no.
    expect(answerMyAgreement(w.person.id, w.id, { answer: 'AVSLA', version })).toMatchObject({ ok: false, kind: 'conflict' })
    expect(rowOf(w.id).status).toBe('KLAR_FOR_OPPSTART')
  })

  it('a stale version, a missing answer and someone else’s agreement are refused without changing anything', () => {
    const w = awaitingThePerson()
    const version = rowOf(w.id).version
    expect(answerMyAgreement(w.person.id, w.id, { answer: 'AVSLA', version: version - 1 })).toMatchObject({
      ok: false,
      kind: 'conflict',
      errors: { '': ['Avtalen er endret siden du åpnet den. Les den nye versjonen.'] },
    })
    expect(parseInput(AgreementAnswerSchema, { version })).toMatchObject({
      ok: false,
      kind: 'validation',
      errors: { answer: ['Velg om du godkjenner avtalen.'] },
    })
    const other = addCandidate(w.js.id, w.nav.id, { email: 'kari@example.no' })
    expect(answerMyAgreement(other.id, w.id, { answer: 'AVSLA', version })).toMatchObject({ ok: false, kind: 'not_found' })
    expect(getMyAgreement(other.id, w.id).ok).toBe(false)
    expect(rowOf(w.id)).toMatchObject({ status: 'MANGLER_GODKJENNING', version })
    expect(activeParties(w.id)).toEqual(['EMPLOYER'])
  })
})
