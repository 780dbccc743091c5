/** Making and changing an agreement: create a draft, save with optimistic locking, attach a calculated scheme, cancel. */
import { and, eq, isNull } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import {
  agreementAdaptations,
  agreements,
  agreementSchemes,
  candidates,
  consents,
  organisations,
  plannedFollowUps,
  styrk08,
} from '@db/schema'
import { changedSections, isEditable, isResubmission, statusAfterSave, transition, type AgreementContent } from '~/domain/agreements'
import type { AttachSchemeInput } from '~/domain/agreements/inputs'
import type { AgreementStatus } from '~/domain/codes'
import { actorOf, audit } from '~/services/audit.server'
import type { SessionUser } from '~/services/auth.server'
import { computeSubsidy } from '~/services/subsidies.server'
import { nowIso } from '~/utils/clock.server'
import { addFieldError, fail, ok, type FieldErrors, type Result } from '~/utils/result'
import { prefillFromContact } from './queries.server'
import {
  bumpVersion,
  CLOSED_MESSAGE,
  contentOf,
  requireOwnedAgreement,
  staleVersion,
  voidApprovalLinks,
  withdrawApprovals,
  writeVersion,
} from './shared.server'

function hasSharingConsent(db: DbOrTx, candidateId: number, organisationId: number): boolean {
  return Boolean(
    db
      .select({ id: consents.id })
      .from(consents)
      .where(
        and(
          eq(consents.candidateId, candidateId),
          eq(consents.kind, 'DELING_MED_ARBEIDSGIVER'),
          eq(consents.organisationId, organisationId),
          isNull(consents.withdrawnAt),
        ),
      )
      .get(),
  )
}

export type NewAgreementInput =
  { contactRequestId: number } | { candidateId: number | null; organisationId: number | null; sharingConsentConfirmed?: boolean }

type Start = { candidateId: number; organisationId: number; contactRequestId: number | null; content: Partial<AgreementContent> }

/** Who and where the new agreement is for, from a hire or chosen directly. */
function startOf(db: DbOrTx, user: SessionUser, input: NewAgreementInput): Result<Start> {
  if ('contactRequestId' in input) {
    const p = prefillFromContact(user, input.contactRequestId, db)
    if (!p) return fail('validation', 'Fant ingen forespørsel merket «Fått jobben» for en person i porteføljen din.')
    const existing = db.select({ id: agreements.id }).from(agreements).where(eq(agreements.contactRequestId, input.contactRequestId)).get()
    if (existing) return fail('conflict', { contactRequestId: [`Avtale nr. ${existing.id} finnes allerede.`] })
    return ok(p)
  }
  const errors: FieldErrors = {}
  const candidate = input.candidateId
    ? db
        .select({ id: candidates.id })
        .from(candidates)
        .where(and(eq(candidates.id, input.candidateId), eq(candidates.jobbspesialistUserId, user.id)))
        .get()
    : undefined
  if (!candidate) addFieldError(errors, 'candidateId', 'Velg en person i porteføljen din.')
  const org = input.organisationId
    ? db
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.id, input.organisationId), eq(organisations.kind, 'EMPLOYER')))
        .get()
    : undefined
  if (!org) addFieldError(errors, 'orgnr', 'Fant ingen registrert arbeidsgiver med dette organisasjonsnummeret.')
  if (!candidate || !org) return fail('validation', errors)
  if (!hasSharingConsent(db, candidate.id, org.id) && !input.sharingConsentConfirmed) {
    return fail('validation', { sharingConsent: ['Bekreft at personen har samtykket til at arbeidsgiveren får navnet og avtalen.'] })
  }
  return ok({ candidateId: candidate.id, organisationId: org.id, contactRequestId: null, content: {} })
}

/**
 * Creates a draft (PABEGYNT). From a FATT_JOBBEN contact the person's sharing
 * consent for that employer exists already; directly, the jobbspesialist must
 * confirm the person agreed to the employer getting their name (recorded as a
 * consent), since the agreement names the person to the employer.
 */
export function createAgreement(user: SessionUser, input: NewAgreementInput): Result<{ id: number }> {
  return getDb().transaction((tx) => {
    const start = startOf(tx, user, input)
    if (!start.ok) return start
    const prefill = start.value
    if (!prefill.contactRequestId && !hasSharingConsent(tx, prefill.candidateId, prefill.organisationId)) {
      tx.insert(consents)
        .values({
          candidateId: prefill.candidateId,
          kind: 'DELING_MED_ARBEIDSGIVER',
          organisationId: prefill.organisationId,
          method: 'MUNTLIG',
          scope: 'Navn og oppfølgingsavtale',
          givenAt: nowIso(),
          recordedByUserId: user.id,
        })
        .run()
    }
    const c = prefill.content
    const row = tx
      .insert(agreements)
      .values({
        candidateId: prefill.candidateId,
        organisationId: prefill.organisationId,
        jobbspesialistUserId: user.id,
        contactRequestId: prefill.contactRequestId,
        jobTitle: c.jobTitle ?? '',
        styrkCode: c.styrkCode ?? null,
        positionPercent: c.positionPercent ?? null,
        startDate: c.startDate ?? null,
        permanent: c.permanent ?? false,
        monthlyPay: c.monthlyPay ?? null,
        contactName: c.contactName ?? '',
        contactEmail: c.contactEmail ?? '',
        updatedAt: nowIso(),
      })
      .returning({ id: agreements.id })
      .get()
    writeVersion(tx, row.id, user.id, 'OPPRETTET')
    audit(tx, actorOf(user), {
      action: 'AGREEMENT_CREATED',
      subjectType: 'agreement',
      subjectId: row.id,
      candidateId: prefill.candidateId,
      details: { organisationId: prefill.organisationId, contactRequestId: prefill.contactRequestId },
    })
    return ok({ id: row.id })
  })
}

/**
 * Saves the content with optimistic locking. A change after any approval
 * withdraws all approvals (the earlier version stays in agreement_versions
 * with the kind of change). The status follows the workflow table.
 */
export function updateAgreement(
  user: SessionUser,
  id: number,
  expectedVersion: number,
  content: AgreementContent,
): Result<{ changed: boolean; approvalsWithdrawn: boolean; status: AgreementStatus }> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedAgreement(user, id, tx)
    if (!owned.ok) return owned
    const row = owned.value
    if (!isEditable(row.status)) return fail('conflict', CLOSED_MESSAGE)
    if (row.version !== expectedVersion) return staleVersion()
    // Whether the code exists is known only to the database; the form checked its shape.
    if (content.styrkCode && !tx.select({ code: styrk08.code }).from(styrk08).where(eq(styrk08.code, content.styrkCode)).get()) {
      return fail('validation', { styrkCode: ['Fant ikke yrkeskoden i STYRK-08. Velg et yrke fra listen.'] })
    }
    const sections = changedSections(contentOf(tx, row), content)
    const resubmitted = sections.length === 0 && isResubmission(row.status, content)
    if (sections.length === 0 && !resubmitted) return ok({ changed: false, approvalsWithdrawn: false, status: row.status })
    const next = statusAfterSave(row.status, content)
    if (!next.ok) return fail('conflict', next.message)
    const saved = bumpVersion(tx, id, expectedVersion, {
      status: next.status,
      jobTitle: content.jobTitle,
      styrkCode: content.styrkCode,
      positionPercent: content.positionPercent,
      startDate: content.startDate,
      endDate: content.permanent ? null : content.endDate,
      permanent: content.permanent,
      monthlyPay: content.monthlyPay,
      contactName: content.contactName,
      contactPhone: content.contactPhone,
      contactEmail: content.contactEmail,
      goals: content.goals,
      followUpFrequency: content.followUpFrequency,
      reviewDates: content.reviewDates,
      approvedAt: null,
    })
    if (!saved) return staleVersion()
    if (sections.includes('TILRETTELEGGING')) {
      tx.delete(agreementAdaptations).where(eq(agreementAdaptations.agreementId, id)).run()
      if (content.adaptations.length > 0) {
        tx.insert(agreementAdaptations)
          .values(content.adaptations.map((a) => ({ agreementId: id, code: a.code, text: a.text })))
          .run()
      }
    }
    const withdrawn = withdrawApprovals(tx, id)
    writeVersion(tx, id, user.id, resubmitted ? 'STATUS_ENDRET' : 'ENDRET', { sections, approvalsWithdrawn: withdrawn })
    audit(tx, actorOf(user), {
      action: 'AGREEMENT_UPDATED',
      subjectType: 'agreement',
      subjectId: id,
      candidateId: row.candidateId,
      details: { sections, approvalsWithdrawn: withdrawn, status: next.status },
    })
    return ok({ changed: true, approvalsWithdrawn: withdrawn, status: next.status })
  })
}

/** Cancels (ANNULLERT) with the reason the form checked: links stop working, planned follow-ups are called off. */
export function cancelAgreement(user: SessionUser, id: number, reason: string): Result<undefined> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedAgreement(user, id, tx)
    if (!owned.ok) return owned
    const row = owned.value
    const t = transition(row.status, 'ANNULLER')
    if (!t.ok) return fail('conflict', t.message)
    tx.update(agreements)
      .set({ status: t.status, cancellationReason: reason, cancelledAt: nowIso(), version: row.version + 1, updatedAt: nowIso() })
      .where(eq(agreements.id, id))
      .run()
    voidApprovalLinks(tx, id)
    tx.update(plannedFollowUps)
      .set({ cancelledAt: nowIso() })
      .where(and(eq(plannedFollowUps.agreementId, id), isNull(plannedFollowUps.doneContactId), isNull(plannedFollowUps.cancelledAt)))
      .run()
    writeVersion(tx, id, user.id, 'ANNULLERT')
    audit(tx, actorOf(user), {
      action: 'AGREEMENT_CANCELLED',
      subjectType: 'agreement',
      subjectId: id,
      candidateId: row.candidateId,
      details: { from: row.status },
    })
    return ok()
  })
}

/** Calculator fields that come from the agreement itself: an error in one of them is shown by the scheme choice. */
const FROM_AGREEMENT = new Set(['startDate', 'monthlyPay', 'innsatsgruppe', 'birthDate', 'kommunenummer', 'employerTaxZone'])

/**
 * Runs the subsidy calculator for the agreement (the person's innsatsgruppe
 * and birth date, the job's dates and pay, the employer's kommune) and saves
 * the scheme with its calculation. Attaching is a change: approvals are withdrawn.
 */
export function attachScheme(user: SessionUser, id: number, input: AttachSchemeInput): Result<{ total: number }> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedAgreement(user, id, tx)
    if (!owned.ok) return owned
    const row = owned.value
    if (!isEditable(row.status)) return fail('conflict', CLOSED_MESSAGE)
    if (row.version !== input.version) return staleVersion()
    const candidate = tx.select().from(candidates).where(eq(candidates.id, row.candidateId)).get()!
    const org = tx.select().from(organisations).where(eq(organisations.id, row.organisationId)).get()!
    const request: Record<string, unknown> = {
      scheme: input.scheme,
      innsatsgruppe: candidate.innsatsgruppe,
      startDate: row.startDate ?? undefined,
      endDate: input.endDate ?? row.endDate ?? undefined,
      birthDate: candidate.birthDate,
      monthlyPay: row.monthlyPay ?? undefined,
      kommunenummer: org.kommunenummer ?? undefined,
      employerTaxZone: org.kommunenummer ? undefined : 'I',
      subsidyPercent: input.subsidyPercent,
      hourlyWage: input.hourlyWage,
      hoursPerMonth: input.hoursPerMonth,
      expenses: input.expenseAmount ? [{ category: 'TILRETTELEGGINGSBEHOV', amount: input.expenseAmount }] : undefined,
    }
    const outcome = computeSubsidy(request, { db: tx })
    if (!outcome.ok) {
      const errors: FieldErrors = {}
      for (const [field, messages] of Object.entries(outcome.errors)) {
        for (const message of messages)
          addFieldError(errors, FROM_AGREEMENT.has(field) ? 'scheme' : field.startsWith('expenses') ? 'expenseAmount' : field, message)
      }
      return fail('validation', errors)
    }
    if (!bumpVersion(tx, id, input.version, {})) return staleVersion()
    tx.insert(agreementSchemes)
      .values({
        agreementId: id,
        scheme: input.scheme,
        input: request,
        calculation: outcome.value,
        total: outcome.value.total,
        calculatedAt: nowIso(),
        byUserId: user.id,
      })
      .run()
    const withdrawn = withdrawApprovals(tx, id)
    if (withdrawn && row.status !== 'PABEGYNT') {
      const next = statusAfterSave(row.status, contentOf(tx, row))
      if (next.ok && next.status !== row.status)
        tx.update(agreements).set({ status: next.status, approvedAt: null }).where(eq(agreements.id, id)).run()
    }
    writeVersion(tx, id, user.id, 'ORDNING_LAGT_TIL', { sections: ['ORDNINGER'], approvalsWithdrawn: withdrawn })
    audit(tx, actorOf(user), {
      action: 'AGREEMENT_SCHEME_ATTACHED',
      subjectType: 'agreement',
      subjectId: id,
      candidateId: row.candidateId,
      details: { scheme: input.scheme },
    })
    return ok({ total: outcome.value.total })
  })
}
