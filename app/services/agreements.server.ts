/**
 * Follow-up agreements (oppfølgingsavtaler, issue 6): create, edit with
 * optimistic locking, approvals (employer, person, jobbspesialist last),
 * cancel, schemes with saved calculations, the follow-up log and the
 * scheduled job that moves statuses by date and sends reminders.
 */
import { and, asc, desc, eq, exists, inArray, isNull, lte, or, type SQL } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import {
  agreementAdaptations,
  agreementApprovals,
  agreementReminders,
  agreements,
  agreementSchemes,
  agreementVersions,
  candidates,
  candidateTokens,
  consents,
  contactRequests,
  followUpContacts,
  organisations,
  plannedFollowUps,
  profiles,
  styrk08,
  users,
  vacancies,
  type ApprovalParty,
} from '@db/schema'
import { enqueueEmail } from '@emails/outbox.server'
import {
  agreementApprovalLinkEmail,
  agreementEndingEmail,
  agreementStartedEmail,
  awaitingApprovalEmail,
  followUpOverdueEmail,
  followUpTomorrowEmail,
} from '@emails/templates/agreements'
import {
  addDays,
  awaitingApproval,
  changedSections,
  checkApproval,
  checkDecline,
  dateMoves,
  daysBetween,
  endsWithin,
  followUpRemindersDue,
  healthWarning,
  isClosed,
  isEditable,
  isResubmission,
  missingRequiredFields,
  statusAfterSave,
  transition,
  type AgreementContent,
  type ChangeKind,
  type ChangeSection,
  type Party,
} from '~/domain/agreements'
import type { AgreementStatus } from '~/domain/codes'
import { SCHEMES, type Scheme } from '~/domain/subsidies'
import { parseDateInput } from '~/domain/vacancies/schema'
import { appUrl } from '~/env.server'
import { actorOf, audit, personActor, type PersonActor } from '~/services/audit.server'
import { agreementDeclinedEmail } from '@emails/templates/min-side'
import { listHiresAwaitingAgreement } from '~/services/contact-requests.server'
import { computeSubsidy } from '~/services/subsidies.server'
import { randomToken, sha256, type SessionUser } from '~/services/auth.server'
import { formatDate } from '~/utils/format'
import { now, nowIso, todayIso } from '~/utils/clock.server'
import { ISO_DATE_PATTERN } from '~/domain/dates'

export type FieldErrors = Array<{ field: string; message: string }>
export type Outcome<T = object> = ({ ok: true } & T) | { ok: false; message: string; errors?: FieldErrors; conflict?: boolean; currentVersion?: number }

type AgreementRow = typeof agreements.$inferSelect
const APPROVAL_LINK_DAYS = 14

function fail(message: string, extra: Partial<Extract<Outcome, { ok: false }>> = {}): Extract<Outcome, { ok: false }> {
  return { ok: false, message, ...extra }
}

/* ------------------------------------------------------------------ reads */

function adaptationsOf(db: DbOrTx, agreementId: number) {
  return db
    .select({ code: agreementAdaptations.code, text: agreementAdaptations.text })
    .from(agreementAdaptations)
    .where(eq(agreementAdaptations.agreementId, agreementId))
    .orderBy(asc(agreementAdaptations.id))
    .all()
}

export function contentOf(db: DbOrTx, row: AgreementRow): AgreementContent {
  return {
    jobTitle: row.jobTitle,
    styrkCode: row.styrkCode,
    positionPercent: row.positionPercent,
    startDate: row.startDate,
    endDate: row.endDate,
    permanent: row.permanent,
    monthlyPay: row.monthlyPay,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    goals: row.goals,
    followUpFrequency: row.followUpFrequency,
    reviewDates: row.reviewDates,
    adaptations: adaptationsOf(db, row.id),
  }
}

function activeApprovals(db: DbOrTx, agreementId: number) {
  return db
    .select()
    .from(agreementApprovals)
    .where(and(eq(agreementApprovals.agreementId, agreementId), isNull(agreementApprovals.withdrawnAt)))
    .orderBy(asc(agreementApprovals.id))
    .all()
}

function schemesOf(db: DbOrTx, agreementId: number) {
  return db.select().from(agreementSchemes).where(eq(agreementSchemes.agreementId, agreementId)).orderBy(asc(agreementSchemes.id)).all()
}

function snapshot(db: DbOrTx, row: AgreementRow): Record<string, unknown> {
  return {
    status: row.status,
    version: row.version,
    ...contentOf(db, row),
    schemes: schemesOf(db, row.id).map((s) => ({ scheme: s.scheme, total: s.total, calculatedAt: s.calculatedAt })),
    approvals: activeApprovals(db, row.id).map((a) => ({ party: a.party, method: a.method, at: a.at })),
    cancellationReason: row.cancellationReason,
  }
}

function writeVersion(
  db: DbOrTx,
  agreementId: number,
  byUserId: number | null,
  kind: ChangeKind,
  extra: { sections?: ChangeSection[]; approvalsWithdrawn?: boolean } = {},
) {
  const row = db.select().from(agreements).where(eq(agreements.id, agreementId)).get()!
  db.insert(agreementVersions)
    .values({
      agreementId,
      version: row.version,
      changeKind: kind,
      changedSections: extra.sections ?? [],
      approvalsWithdrawn: extra.approvalsWithdrawn ?? false,
      snapshot: snapshot(db, row),
      byUserId,
      at: nowIso(),
    })
    .run()
}

function loadOwned(db: DbOrTx, user: SessionUser, id: number): AgreementRow | null {
  const row = db.select().from(agreements).where(eq(agreements.id, id)).get()
  if (!row || row.jobbspesialistUserId !== user.id) return null
  return row
}

function refOf(db: DbOrTx, row: AgreementRow, path: string) {
  const org = db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId)).get()
  return { agreementId: row.id, jobTitle: row.jobTitle, organisationName: org?.name ?? '', url: `${appUrl()}${path}` }
}

export type AgreementListItem = {
  id: number
  status: AgreementStatus
  jobTitle: string
  personName: string | null
  organisationName: string
  startDate: string | null
  endDate: string | null
  permanent: boolean
  nextFollowUp: string | null
  awaiting: Party[]
}

function nextFollowUpOf(db: DbOrTx, agreementId: number): string | null {
  return (
    db
      .select({ date: plannedFollowUps.date })
      .from(plannedFollowUps)
      .where(and(eq(plannedFollowUps.agreementId, agreementId), isNull(plannedFollowUps.doneContactId), isNull(plannedFollowUps.cancelledAt)))
      .orderBy(asc(plannedFollowUps.date))
      .get()?.date ?? null
  )
}

/** The list rows for `where`, newest first, with the next follow-up and who is still awaited. */
function listItems(db: DbOrTx, where: SQL | undefined): AgreementListItem[] {
  const rows = db
    .select({ a: agreements, firstName: candidates.firstName, lastName: candidates.lastName, organisationName: organisations.name })
    .from(agreements)
    .innerJoin(candidates, eq(candidates.id, agreements.candidateId))
    .innerJoin(organisations, eq(organisations.id, agreements.organisationId))
    .where(where)
    .orderBy(desc(agreements.id))
    .all()
  return rows.map(({ a: r, firstName, lastName, organisationName }) => ({
    id: r.id,
    status: r.status,
    jobTitle: r.jobTitle,
    personName: `${firstName} ${lastName}`,
    organisationName,
    startDate: r.startDate,
    endDate: r.endDate,
    permanent: r.permanent,
    nextFollowUp: nextFollowUpOf(db, r.id),
    awaiting:
      r.status === 'MANGLER_GODKJENNING' ? awaitingApproval(activeApprovals(db, r.id).map((x) => x.party)) : [],
  }))
}

export function listAgreementsForJobbspesialist(user: SessionUser): AgreementListItem[] {
  return listItems(getDb(), eq(agreements.jobbspesialistUserId, user.id))
}

/** The employer's agreements (not drafts). Names are shown (the person consented to sharing with this employer); the list view is audited. */
export function listAgreementsForEmployer(user: SessionUser & { organisationId: number }): AgreementListItem[] {
  const db = getDb()
  const rows = listItems(db, and(eq(agreements.organisationId, user.organisationId), inArray(agreements.status, ['MANGLER_GODKJENNING', 'KLAR_FOR_OPPSTART', 'GJENNOMFORES', 'AVSLUTTET', 'ANNULLERT'])))
  if (rows.length > 0) {
    audit(db, actorOf(user), {
      action: 'AGREEMENT_LIST_VIEWED',
      subjectType: 'organisation',
      subjectId: user.organisationId,
      details: { agreementIds: rows.map((r) => r.id) },
    })
  }
  return rows
}

export type AgreementDetail = ReturnType<typeof detailOf>

function detailOf(db: DbOrTx, row: AgreementRow) {
  const candidate = db
    .select({ firstName: candidates.firstName, lastName: candidates.lastName, email: candidates.email, innsatsgruppe: candidates.innsatsgruppe })
    .from(candidates)
    .where(eq(candidates.id, row.candidateId))
    .get()!
  const org = db.select().from(organisations).where(eq(organisations.id, row.organisationId)).get()!
  const js = db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, row.jobbspesialistUserId)).get()!
  const styrk = row.styrkCode ? db.select().from(styrk08).where(eq(styrk08.code, row.styrkCode)).get() : undefined
  const approvals = activeApprovals(db, row.id)
  const approvedBy = approvals.map((a) => a.party)
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    candidateId: row.candidateId,
    contactRequestId: row.contactRequestId,
    personName: `${candidate.firstName} ${candidate.lastName}`,
    personHasEmail: Boolean(candidate.email),
    organisationId: org.id,
    organisationName: org.name,
    orgnr: org.orgnr,
    jobbspesialistName: js.name,
    jobbspesialistEmail: js.email,
    content: contentOf(db, row),
    styrkLabel: styrk ? `${styrk.title} (${styrk.code})` : null,
    missing: missingRequiredFields(contentOf(db, row)),
    approvals: approvals.map((a) => ({ party: a.party, method: a.method, at: a.at })),
    awaiting: row.status === 'MANGLER_GODKJENNING' ? awaitingApproval(approvedBy) : [],
    schemes: schemesOf(db, row.id).map((s) => ({
      id: s.id,
      scheme: s.scheme,
      total: s.total,
      calculatedAt: s.calculatedAt,
      result: s.calculation,
    })),
    cancellationReason: row.cancellationReason,
    nextFollowUp: nextFollowUpOf(db, row.id),
    /** While the agreement is back in PABEGYNT because the person said no: when they said it. */
    declinedByPersonAt: row.status === 'PABEGYNT' ? lastDeclineAt(db, row.id) : null,
    createdAt: row.createdAt,
  }
}

/** When the person last said no to the agreement (a version of kind IKKE_GODKJENT), or null. */
function lastDeclineAt(db: DbOrTx, agreementId: number): string | null {
  return (
    db
      .select({ at: agreementVersions.at })
      .from(agreementVersions)
      .where(and(eq(agreementVersions.agreementId, agreementId), eq(agreementVersions.changeKind, 'IKKE_GODKJENT')))
      .orderBy(desc(agreementVersions.id))
      .get()?.at ?? null
  )
}

/** The owning jobbspesialist's full view: detail, follow-up log, planned contacts, versions. */
export function getAgreementForJobbspesialist(user: SessionUser, id: number) {
  const db = getDb()
  const row = loadOwned(db, user, id)
  if (!row) return null
  return {
    ...detailOf(db, row),
    contacts: db
      .select()
      .from(followUpContacts)
      .where(eq(followUpContacts.agreementId, id))
      .orderBy(desc(followUpContacts.date), desc(followUpContacts.id))
      .all(),
    planned: db
      .select()
      .from(plannedFollowUps)
      .where(and(eq(plannedFollowUps.agreementId, id), isNull(plannedFollowUps.cancelledAt)))
      .orderBy(asc(plannedFollowUps.date))
      .all()
      .map((p) => ({ id: p.id, date: p.date, done: p.doneContactId != null, overdue: p.doneContactId == null && p.date < todayIso() })),
    versions: db
      .select({
        version: agreementVersions.version,
        changeKind: agreementVersions.changeKind,
        changedSections: agreementVersions.changedSections,
        approvalsWithdrawn: agreementVersions.approvalsWithdrawn,
        at: agreementVersions.at,
        byName: users.name,
      })
      .from(agreementVersions)
      .leftJoin(users, eq(users.id, agreementVersions.byUserId))
      .where(eq(agreementVersions.agreementId, id))
      .orderBy(desc(agreementVersions.id))
      .all(),
  }
}

/** What an employer sees: no calculation input (it holds the person's innsatsgruppe), audited as a reveal. */
export function getAgreementForEmployer(user: SessionUser, id: number) {
  const db = getDb()
  const row = db.select().from(agreements).where(eq(agreements.id, id)).get()
  if (!row || row.organisationId !== user.organisationId || row.status === 'PABEGYNT') return null
  return db.transaction((tx) => {
    audit(tx, actorOf(user), { action: 'AGREEMENT_VIEWED', subjectType: 'agreement', subjectId: id, candidateId: row.candidateId })
    const { candidateId: _c, personHasEmail: _e, ...detail } = detailOf(tx, row)
    return detail
  })
}

/** The JSON view for the API (`GET /api/v1/agreements/{id}`): parties only, audited. */
export function getAgreementForApi(user: SessionUser, id: number) {
  const db = getDb()
  const row = db.select().from(agreements).where(eq(agreements.id, id)).get()
  if (!row) return null
  const isOwner = user.role === 'jobbspesialist' && row.jobbspesialistUserId === user.id
  const isEmployer = user.role === 'arbeidsgiver' && row.organisationId === user.organisationId && row.status !== 'PABEGYNT'
  if (!isOwner && !isEmployer) return null
  const d = detailOf(db, row)
  audit(db, actorOf(user), { action: 'AGREEMENT_API_READ', subjectType: 'agreement', subjectId: id, candidateId: row.candidateId })
  return {
    id: d.id,
    status: d.status,
    version: d.version,
    person: { name: d.personName },
    employer: { organisationId: d.organisationId, name: d.organisationName, orgnr: d.orgnr },
    jobbspesialist: { name: d.jobbspesialistName, email: d.jobbspesialistEmail },
    job: {
      title: d.content.jobTitle,
      styrkCode: d.content.styrkCode,
      positionPercent: d.content.positionPercent,
      startDate: d.content.startDate,
      endDate: d.content.endDate,
      permanent: d.content.permanent,
      monthlyPay: d.content.monthlyPay,
    },
    contactPerson: { name: d.content.contactName, phone: d.content.contactPhone, email: d.content.contactEmail },
    goals: d.content.goals,
    followUpFrequency: d.content.followUpFrequency,
    reviewDates: d.content.reviewDates,
    nextFollowUp: d.nextFollowUp,
    adaptations: d.content.adaptations,
    schemes: d.schemes.map((s) => ({ scheme: s.scheme, total: s.total, calculatedAt: s.calculatedAt })),
    approvals: d.approvals,
    awaitingApproval: d.awaiting,
    cancellationReason: d.cancellationReason,
  }
}

/* ----------------------------------------------------------------- create */

export type Prefill = { candidateId: number; organisationId: number; contactRequestId: number | null; content: Partial<AgreementContent>; personName: string; organisationName: string }

/** The contacts marked FATT_JOBBEN for this jobbspesialist's people that have no agreement yet. */
export function hiresWithoutAgreement(user: SessionUser) {
  const taken = new Set(
    getDb()
      .select({ id: agreements.contactRequestId })
      .from(agreements)
      .where(eq(agreements.jobbspesialistUserId, user.id))
      .all()
      .map((r) => r.id),
  )
  return listHiresAwaitingAgreement(user.id)
    .filter((r) => !taken.has(r.contactRequestId))
    .map((r) => ({ contactRequestId: r.contactRequestId, organisationName: r.organisationName, personName: `${r.firstName} ${r.lastName}`, profileCode: r.profileCode }))
}

/** Prefill from a FATT_JOBBEN contact request: the vacancy's job, pay and the requesting employer user as contact person. */
export function prefillFromContact(user: SessionUser, contactRequestId: number): Prefill | null {
  const db = getDb()
  const r = db
    .select({ cr: contactRequests, candidate: candidates, org: organisations, vacancy: vacancies, requester: users })
    .from(contactRequests)
    .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
    .innerJoin(candidates, eq(candidates.id, profiles.candidateId))
    .innerJoin(organisations, eq(organisations.id, contactRequests.organisationId))
    .leftJoin(vacancies, eq(vacancies.id, contactRequests.vacancyId))
    .leftJoin(users, eq(users.id, contactRequests.requestedByUserId))
    .where(eq(contactRequests.id, contactRequestId))
    .get()
  if (!r || r.candidate.jobbspesialistUserId !== user.id || r.cr.employerMarking !== 'FATT_JOBBEN') return null
  const v = r.vacancy
  return {
    candidateId: r.candidate.id,
    organisationId: r.org.id,
    contactRequestId,
    personName: `${r.candidate.firstName} ${r.candidate.lastName}`,
    organisationName: r.org.name,
    content: {
      jobTitle: v?.title ?? '',
      styrkCode: v?.styrkCode ?? null,
      positionPercent: v?.positionPercent ?? null,
      startDate: v?.startDate ?? null,
      permanent: v?.contractType === 'FAST',
      monthlyPay: v?.yearlySalary ? Math.round(((v.yearlySalary / 12) * (v.positionPercent ?? 100)) / 100) : null,
      contactName: r.requester?.name ?? '',
      contactEmail: r.requester?.email ?? '',
    },
  }
}

/** Prefill for a person in the caseload and an employer organisation (no contact request). */
export function prefillDirect(user: SessionUser, candidateId: number, organisationId: number | null) {
  const db = getDb()
  const candidate = db.select().from(candidates).where(eq(candidates.id, candidateId)).get()
  if (!candidate || candidate.jobbspesialistUserId !== user.id) return null
  const org = organisationId
    ? db.select().from(organisations).where(and(eq(organisations.id, organisationId), eq(organisations.kind, 'EMPLOYER'))).get()
    : undefined
  return { candidateId, personName: `${candidate.firstName} ${candidate.lastName}`, organisation: org ? { id: org.id, name: org.name } : null }
}

export function findEmployerByOrgnr(orgnr: string) {
  return getDb()
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.orgnr, orgnr.replace(/\s/g, '')), eq(organisations.kind, 'EMPLOYER')))
    .get()
}

export function myActiveCandidates(user: SessionUser) {
  return getDb()
    .select({ id: candidates.id, firstName: candidates.firstName, lastName: candidates.lastName, ipsStep: candidates.ipsStep })
    .from(candidates)
    .where(eq(candidates.jobbspesialistUserId, user.id))
    .orderBy(asc(candidates.lastName), asc(candidates.firstName))
    .all()
    .filter((c) => c.ipsStep !== 'AVSLUTTET' && c.ipsStep !== 'PASSIV')
}

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

/**
 * Creates a draft (PABEGYNT). From a FATT_JOBBEN contact the person's sharing
 * consent for that employer exists already; directly, the jobbspesialist must
 * confirm the person agreed to the employer getting their name (recorded as a
 * consent), since the agreement names the person to the employer.
 */
export function createAgreement(
  user: SessionUser,
  input: { contactRequestId?: number | null; candidateId?: number | null; organisationId?: number | null; sharingConsentConfirmed?: boolean },
): Outcome<{ id: number }> {
  const db = getDb()
  let prefill: { candidateId: number; organisationId: number; contactRequestId: number | null; content: Partial<AgreementContent> }
  if (input.contactRequestId) {
    const p = prefillFromContact(user, input.contactRequestId)
    if (!p) return fail('Fant ingen forespørsel merket «Fått jobben» for en person i porteføljen din.')
    const existing = db.select({ id: agreements.id }).from(agreements).where(eq(agreements.contactRequestId, input.contactRequestId)).get()
    if (existing) return fail('Det finnes allerede en avtale for denne ansettelsen.', { errors: [{ field: 'contactRequestId', message: `Avtale nr. ${existing.id} finnes allerede.` }] })
    prefill = p
  } else {
    const errors: FieldErrors = []
    const direct = input.candidateId ? prefillDirect(user, input.candidateId, input.organisationId ?? null) : null
    if (!direct) errors.push({ field: 'candidateId', message: 'Velg en person i porteføljen din.' })
    const org = input.organisationId
      ? db.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.id, input.organisationId), eq(organisations.kind, 'EMPLOYER'))).get()
      : undefined
    if (!org) errors.push({ field: 'orgnr', message: 'Fant ingen registrert arbeidsgiver med dette organisasjonsnummeret.' })
    if (errors.length === 0 && !hasSharingConsent(db, direct!.candidateId, direct!.organisation!.id) && !input.sharingConsentConfirmed) {
      errors.push({ field: 'sharingConsent', message: 'Bekreft at personen har samtykket til at arbeidsgiveren får navnet og avtalen.' })
    }
    if (errors.length > 0) return fail('Avtalen ble ikke opprettet.', { errors })
    prefill = { candidateId: direct!.candidateId, organisationId: direct!.organisation!.id, contactRequestId: null, content: {} }
  }
  const id = db.transaction((tx) => {
    if (!input.contactRequestId && !hasSharingConsent(tx, prefill.candidateId, prefill.organisationId)) {
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
    return row.id
  })
  return { ok: true, id }
}

/* ----------------------------------------------------------------- update */

export const CONFLICT_MESSAGE =
  'Noen andre har lagret endringer i avtalen mens du redigerte. Endringene dine er ikke lagret ennå, men de står fortsatt i skjemaet: se over avtalen og lagre på nytt.'

/** Withdraws all active approvals and voids unused approval links; returns whether any were withdrawn. */
function withdrawApprovals(db: DbOrTx, agreementId: number): boolean {
  const at = nowIso()
  const withdrawn = db
    .update(agreementApprovals)
    .set({ withdrawnAt: at })
    .where(and(eq(agreementApprovals.agreementId, agreementId), isNull(agreementApprovals.withdrawnAt)))
    .returning({ id: agreementApprovals.id })
    .all()
  db.update(candidateTokens)
    .set({ expiresAt: at })
    .where(and(eq(candidateTokens.purpose, 'AGREEMENT_APPROVAL'), eq(candidateTokens.subjectId, agreementId), isNull(candidateTokens.usedAt)))
    .run()
  return withdrawn.length > 0
}

/** Bumps the version only if it is still `expected`; false = someone else saved first. */
function bumpVersion(db: DbOrTx, id: number, expected: number, set: Partial<typeof agreements.$inferInsert>): boolean {
  const res = db
    .update(agreements)
    .set({ ...set, version: expected + 1, updatedAt: nowIso() })
    .where(and(eq(agreements.id, id), eq(agreements.version, expected)))
    .returning({ id: agreements.id })
    .all()
  return res.length > 0
}

/**
 * Saves the content with optimistic locking. A change after any approval
 * withdraws all approvals (the earlier version stays in agreement_versions
 * with the kind of change). The status follows the workflow table.
 */
export function updateAgreement(user: SessionUser, id: number, expectedVersion: number, content: AgreementContent): Outcome<{ changed: boolean; approvalsWithdrawn: boolean; status: AgreementStatus }> {
  const db = getDb()
  return db.transaction((tx) => {
    const row = loadOwned(tx, user, id)
    if (!row) return fail('Fant ikke avtalen.')
    if (!isEditable(row.status)) return fail('Avtalen er avsluttet eller annullert og kan ikke endres.')
    if (row.version !== expectedVersion) return fail(CONFLICT_MESSAGE, { conflict: true, currentVersion: row.version })
    if (content.styrkCode && !tx.select({ code: styrk08.code }).from(styrk08).where(eq(styrk08.code, content.styrkCode)).get()) {
      return fail('Avtalen ble ikke lagret.', { errors: [{ field: 'styrkCode', message: 'Fant ikke yrkeskoden i STYRK-08. Velg et yrke fra listen.' }] })
    }
    const before = contentOf(tx, row)
    const sections = changedSections(before, content)
    const resubmitted = sections.length === 0 && isResubmission(row.status, content)
    if (sections.length === 0 && !resubmitted) return { ok: true as const, changed: false, approvalsWithdrawn: false, status: row.status }
    const next = statusAfterSave(row.status, content)
    if (!next.ok) return fail(next.message)
    const ok = bumpVersion(tx, id, expectedVersion, {
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
    if (!ok) return fail(CONFLICT_MESSAGE, { conflict: true, currentVersion: row.version })
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
    return { ok: true as const, changed: true, approvalsWithdrawn: withdrawn, status: next.status }
  })
}

/* -------------------------------------------------------------- approvals */

function recordApproval(
  tx: DbOrTx,
  row: AgreementRow,
  party: Party,
  method: (typeof agreementApprovals.$inferInsert)['method'],
  byUser: SessionUser | null,
  expectedVersion: number,
  person?: PersonActor,
): Outcome<{ status: AgreementStatus }> {
  if (row.version !== expectedVersion) {
    return fail('Avtalen er endret siden du åpnet den. Les den nye versjonen og godkjenn på nytt.', { conflict: true, currentVersion: row.version })
  }
  const approvedBy = activeApprovals(tx, row.id).map((a) => a.party)
  const check = checkApproval(row.status, approvedBy, party)
  if (!check.ok) return fail(check.message)
  let status = row.status
  const set: Partial<typeof agreements.$inferInsert> = {}
  if (check.allApproved) {
    const t = transition(status, 'GODKJENT_AV_ALLE')
    if (!t.ok) return fail(t.message)
    status = t.status
    set.status = status
    set.approvedAt = nowIso()
  }
  if (!bumpVersion(tx, row.id, expectedVersion, set)) {
    return fail('Avtalen er endret siden du åpnet den. Les den nye versjonen og godkjenn på nytt.', { conflict: true })
  }
  tx.insert(agreementApprovals)
    .values({ agreementId: row.id, party: party as ApprovalParty, method, byUserId: byUser?.id ?? null, agreementVersion: expectedVersion, at: nowIso() })
    .run()
  writeVersion(tx, row.id, byUser?.id ?? null, 'GODKJENT')
  audit(tx, person ?? actorOf(byUser), {
    action: 'AGREEMENT_APPROVED',
    subjectType: 'agreement',
    subjectId: row.id,
    candidateId: row.candidateId,
    details: { party, method, version: expectedVersion },
  })
  if (check.allApproved) {
    status = applyDateMoves(tx, row.id, todayIso()) ?? status
  }
  return { ok: true, status }
}

export function approveAsEmployer(user: SessionUser, id: number, version: number): Outcome<{ status: AgreementStatus }> {
  return getDb().transaction((tx) => {
    const row = tx.select().from(agreements).where(eq(agreements.id, id)).get()
    if (!row || row.organisationId !== user.organisationId || user.role !== 'arbeidsgiver') return fail('Fant ikke avtalen.')
    return recordApproval(tx, row, 'EMPLOYER', 'INNLOGGET', user, version)
  })
}

export function approveAsJobbspesialist(user: SessionUser, id: number, version: number): Outcome<{ status: AgreementStatus }> {
  return getDb().transaction((tx) => {
    const row = loadOwned(tx, user, id)
    if (!row) return fail('Fant ikke avtalen.')
    return recordApproval(tx, row, 'JOBBSPESIALIST', 'INNLOGGET', user, version)
  })
}

/** The jobbspesialist records the person's approval (given orally or in writing). */
export function recordPersonApproval(user: SessionUser, id: number, version: number, method: 'MUNTLIG' | 'SKRIFTLIG'): Outcome<{ status: AgreementStatus }> {
  return getDb().transaction((tx) => {
    const row = loadOwned(tx, user, id)
    if (!row) return fail('Fant ikke avtalen.')
    return recordApproval(tx, row, 'PERSON', method, user, version)
  })
}

/** E-mails the person a single-use link to approve (the token's hash is stored; the link is only in the mail). */
export function sendPersonApprovalLink(user: SessionUser, id: number): Outcome {
  return getDb().transaction((tx) => {
    const row = loadOwned(tx, user, id)
    if (!row) return fail('Fant ikke avtalen.')
    if (row.status !== 'MANGLER_GODKJENNING') return fail('Lenken kan bare sendes når avtalen venter på godkjenning.')
    if (activeApprovals(tx, id).some((a) => a.party === 'PERSON')) return fail('Deltakeren har allerede godkjent avtalen.')
    const candidate = tx.select({ email: candidates.email }).from(candidates).where(eq(candidates.id, row.candidateId)).get()
    if (!candidate?.email) return fail('Personen har ingen e-postadresse registrert. Registrer godkjenningen selv, eller legg inn e-postadressen i porteføljen.')
    // One live link at a time: older unused links stop working.
    tx.update(candidateTokens)
      .set({ expiresAt: nowIso() })
      .where(and(eq(candidateTokens.purpose, 'AGREEMENT_APPROVAL'), eq(candidateTokens.subjectId, id), isNull(candidateTokens.usedAt)))
      .run()
    const token = randomToken()
    const expiresAt = new Date(now().getTime() + APPROVAL_LINK_DAYS * 86_400_000).toISOString()
    tx.insert(candidateTokens)
      .values({ purpose: 'AGREEMENT_APPROVAL', tokenHash: sha256(token), candidateId: row.candidateId, subjectId: id, expiresAt })
      .run()
    const ref = refOf(tx, row, `/avtale-godkjenning/${token}`)
    enqueueEmail(tx, candidate.email, 'agreement-approval-link', agreementApprovalLinkEmail({ ...ref, expires: formatDate(expiresAt) }))
    audit(tx, actorOf(user), { action: 'AGREEMENT_APPROVAL_LINK_SENT', subjectType: 'agreement', subjectId: id, candidateId: row.candidateId })
    return { ok: true }
  })
}

function tokenRow(db: DbOrTx, token: string): { error: string } | { token: typeof candidateTokens.$inferSelect } {
  const t = db.select().from(candidateTokens).where(eq(candidateTokens.tokenHash, sha256(token))).get()
  if (!t || t.purpose !== 'AGREEMENT_APPROVAL') return { error: 'Lenken er ugyldig.' }
  if (t.usedAt) return { error: 'Lenken er allerede brukt. Godkjenningen din er registrert.' }
  if (t.expiresAt <= nowIso()) return { error: 'Lenken har utløpt eller avtalen er endret siden den ble sendt. Be jobbspesialisten din om en ny lenke.' }
  return { token: t }
}

/** What the person sees through the link: only the agreement they approve, nothing else. */
export function getAgreementForToken(token: string) {
  const db = getDb()
  const t = tokenRow(db, token)
  if ('error' in t) return { ok: false as const, message: t.error }
  const row = db.select().from(agreements).where(eq(agreements.id, t.token.subjectId)).get()
  if (!row) return { ok: false as const, message: 'Lenken er ugyldig.' }
  const d = detailOf(db, row)
  return {
    ok: true as const,
    agreement: {
      version: d.version,
      status: d.status,
      organisationName: d.organisationName,
      jobbspesialistName: d.jobbspesialistName,
      content: d.content,
      styrkLabel: d.styrkLabel,
      schemes: d.schemes.map((s) => ({ scheme: s.scheme, total: s.total })),
      personAlreadyApproved: d.approvals.some((a) => a.party === 'PERSON'),
    },
  }
}

export function approveWithToken(token: string, version: number): Outcome<{ status: AgreementStatus }> {
  return getDb().transaction((tx) => {
    const t = tokenRow(tx, token)
    if ('error' in t) return fail(t.error)
    const row = tx.select().from(agreements).where(eq(agreements.id, t.token.subjectId)).get()
    if (!row) return fail('Lenken er ugyldig.')
    const result = recordApproval(tx, row, 'PERSON', 'DIGITAL_LENKE', null, version)
    if (result.ok) tx.update(candidateTokens).set({ usedAt: nowIso() }).where(eq(candidateTokens.id, t.token.id)).run()
    return result
  })
}

/* ----------------------------------------------------------------- cancel */

export function cancelAgreement(user: SessionUser, id: number, reason: string): Outcome {
  const trimmed = reason.trim()
  if (trimmed.length < 5) return fail('Avtalen ble ikke annullert.', { errors: [{ field: 'reason', message: 'Skriv hvorfor avtalen annulleres (minst 5 tegn).' }] })
  if (trimmed.length > 1000) return fail('Avtalen ble ikke annullert.', { errors: [{ field: 'reason', message: 'Begrunnelsen kan ha høyst 1000 tegn.' }] })
  return getDb().transaction((tx) => {
    const row = loadOwned(tx, user, id)
    if (!row) return fail('Fant ikke avtalen.')
    const t = transition(row.status, 'ANNULLER')
    if (!t.ok) return fail(t.message)
    tx.update(agreements)
      .set({ status: t.status, cancellationReason: trimmed, cancelledAt: nowIso(), version: row.version + 1, updatedAt: nowIso() })
      .where(eq(agreements.id, id))
      .run()
    tx.update(candidateTokens)
      .set({ expiresAt: nowIso() })
      .where(and(eq(candidateTokens.purpose, 'AGREEMENT_APPROVAL'), eq(candidateTokens.subjectId, id), isNull(candidateTokens.usedAt)))
      .run()
    tx.update(plannedFollowUps)
      .set({ cancelledAt: nowIso() })
      .where(and(eq(plannedFollowUps.agreementId, id), isNull(plannedFollowUps.doneContactId), isNull(plannedFollowUps.cancelledAt)))
      .run()
    writeVersion(tx, id, user.id, 'ANNULLERT')
    audit(tx, actorOf(user), { action: 'AGREEMENT_CANCELLED', subjectType: 'agreement', subjectId: id, candidateId: row.candidateId, details: { from: row.status } })
    return { ok: true }
  })
}

/* ---------------------------------------------------------------- schemes */

export type SchemeInput = { scheme: string; endDate?: string; subsidyPercent?: string; hourlyWage?: string; hoursPerMonth?: string; expenseAmount?: string }

/**
 * Runs the subsidy calculator for the agreement (the person's innsatsgruppe
 * and birth date, the job's dates and pay, the employer's kommune) and saves
 * the scheme with its calculation. Attaching is a change: approvals are withdrawn.
 */
export function attachScheme(user: SessionUser, id: number, expectedVersion: number, input: SchemeInput): Outcome<{ total: number }> {
  const db = getDb()
  return db.transaction((tx) => {
    const row = loadOwned(tx, user, id)
    if (!row) return fail('Fant ikke avtalen.')
    if (!isEditable(row.status)) return fail('Avtalen er avsluttet eller annullert og kan ikke endres.')
    if (row.version !== expectedVersion) return fail(CONFLICT_MESSAGE, { conflict: true, currentVersion: row.version })
    if (!(SCHEMES as readonly string[]).includes(input.scheme)) return fail('Beregningen ble ikke lagret.', { errors: [{ field: 'scheme', message: 'Velg en ordning.' }] })
    const candidate = tx.select().from(candidates).where(eq(candidates.id, row.candidateId)).get()!
    const org = tx.select().from(organisations).where(eq(organisations.id, row.organisationId)).get()!
    const num = (v?: string) => (v == null || v.trim() === '' ? undefined : v.replace(/[\s\u00a0]/g, '').replace(',', '.'))
    const request: Record<string, unknown> = {
      scheme: input.scheme,
      innsatsgruppe: candidate.innsatsgruppe,
      startDate: row.startDate ?? undefined,
      endDate: (input.endDate?.trim() ? (parseDateInput(input.endDate) ?? input.endDate) : undefined) ?? row.endDate ?? undefined,
      birthDate: candidate.birthDate,
      monthlyPay: row.monthlyPay ?? undefined,
      kommunenummer: org.kommunenummer ?? undefined,
      subsidyPercent: num(input.subsidyPercent),
      hourlyWage: num(input.hourlyWage),
      hoursPerMonth: num(input.hoursPerMonth),
      expenses: num(input.expenseAmount) ? [{ category: 'TILRETTELEGGINGSBEHOV', amount: num(input.expenseAmount) }] : undefined,
    }
    if (!request.employerTaxZone && !request.kommunenummer) request.employerTaxZone = 'I'
    const outcome = computeSubsidy(request, { db: tx })
    if (!outcome.ok) {
      const map: Record<string, string> = { startDate: 'scheme', monthlyPay: 'scheme', innsatsgruppe: 'scheme', birthDate: 'scheme', kommunenummer: 'scheme', employerTaxZone: 'scheme' }
      return fail('Beregningen ble ikke lagret.', {
        errors: outcome.errors.map((e) => ({ field: map[e.field] ?? (e.field.startsWith('expenses') ? 'expenseAmount' : e.field), message: e.message })),
      })
    }
    if (!bumpVersion(tx, id, expectedVersion, {})) return fail(CONFLICT_MESSAGE, { conflict: true })
    tx.insert(agreementSchemes)
      .values({
        agreementId: id,
        scheme: input.scheme as Scheme,
        input: request,
        calculation: outcome.result,
        total: outcome.result.total,
        calculatedAt: nowIso(),
        byUserId: user.id,
      })
      .run()
    const withdrawn = withdrawApprovals(tx, id)
    if (withdrawn && row.status !== 'PABEGYNT') {
      const next = statusAfterSave(row.status, contentOf(tx, row))
      if (next.ok && next.status !== row.status) tx.update(agreements).set({ status: next.status, approvedAt: null }).where(eq(agreements.id, id)).run()
    }
    writeVersion(tx, id, user.id, 'ORDNING_LAGT_TIL', { sections: ['ORDNINGER'], approvalsWithdrawn: withdrawn })
    audit(tx, actorOf(user), { action: 'AGREEMENT_SCHEME_ATTACHED', subjectType: 'agreement', subjectId: id, candidateId: row.candidateId, details: { scheme: input.scheme } })
    return { ok: true, total: outcome.result.total }
  })
}

/* -------------------------------------------------------------- follow-up */

export type FollowUpInput = { kind: string; withWhom: string; date: string; note: string; nextDate?: string; confirmHealth?: boolean }

/**
 * Logs a follow-up contact and (optionally) plans the next one. The note is
 * checked for health details: the first time it warns and saves nothing.
 */
export function logFollowUp(user: SessionUser, id: number, raw: FollowUpInput): Outcome<{ warning?: string }> {
  const input = { ...raw, date: parseDateInput(raw.date) ?? raw.date, nextDate: raw.nextDate ? (parseDateInput(raw.nextDate) ?? raw.nextDate) : undefined }
  const errors: FieldErrors = []
  if (!['MOTE', 'TELEFON', 'BESOK', 'DIGITAL'].includes(input.kind)) errors.push({ field: 'kind', message: 'Velg hva slags kontakt det var.' })
  if (!['DELTAKER', 'ARBEIDSGIVER', 'BEGGE'].includes(input.withWhom)) errors.push({ field: 'withWhom', message: 'Velg hvem du hadde kontakt med.' })
  const today = todayIso()
  if (!ISO_DATE_PATTERN.test(input.date)) errors.push({ field: 'date', message: 'Skriv datoen som dd.mm.åååå, for eksempel 08.12.2026.' })
  else if (input.date > today) errors.push({ field: 'date', message: 'Datoen kan ikke være fram i tid. Planlegg framtidige kontakter under «Neste oppfølging».' })
  if (input.note.length > 2000) errors.push({ field: 'note', message: 'Notatet kan ha høyst 2000 tegn.' })
  if (input.nextDate && !ISO_DATE_PATTERN.test(input.nextDate)) errors.push({ field: 'nextDate', message: 'Skriv datoen som dd.mm.åååå, for eksempel 08.12.2026.' })
  else if (input.nextDate && input.nextDate <= today) errors.push({ field: 'nextDate', message: 'Neste oppfølging må være etter i dag.' })
  if (errors.length > 0) return fail('Kontakten ble ikke logget.', { errors })
  const warning = healthWarning(input.note)
  if (warning && !input.confirmHealth) return fail('Kontakten ble ikke logget.', { errors: [{ field: 'note', message: warning }] })
  return getDb().transaction((tx) => {
    const row = loadOwned(tx, user, id)
    if (!row) return fail('Fant ikke avtalen.')
    if (row.status === 'ANNULLERT') return fail('Avtalen er annullert.')
    const contact = tx
      .insert(followUpContacts)
      .values({
        candidateId: row.candidateId,
        agreementId: id,
        kind: input.kind as 'MOTE',
        withWhom: input.withWhom as 'DELTAKER',
        date: input.date,
        note: input.note.trim(),
        byUserId: user.id,
      })
      .returning({ id: followUpContacts.id })
      .get()
    // The contact fulfils every planned follow-up due on or before its date.
    tx.update(plannedFollowUps)
      .set({ doneContactId: contact.id })
      .where(and(eq(plannedFollowUps.agreementId, id), isNull(plannedFollowUps.doneContactId), isNull(plannedFollowUps.cancelledAt), lte(plannedFollowUps.date, input.date)))
      .run()
    if (input.nextDate) tx.insert(plannedFollowUps).values({ candidateId: row.candidateId, agreementId: id, date: input.nextDate, byUserId: user.id }).run()
    audit(tx, actorOf(user), { action: 'FOLLOW_UP_LOGGED', subjectType: 'agreement', subjectId: id, candidateId: row.candidateId, details: { kind: input.kind, healthWarningConfirmed: Boolean(warning) } })
    return { ok: true, warning: warning ?? undefined }
  })
}

export function planFollowUp(user: SessionUser, id: number, typed: string): Outcome {
  const date = parseDateInput(typed) ?? typed
  if (!ISO_DATE_PATTERN.test(date)) return fail('Oppfølgingen ble ikke planlagt.', { errors: [{ field: 'planDate', message: 'Skriv datoen som dd.mm.åååå, for eksempel 08.12.2026.' }] })
  if (date <= todayIso()) return fail('Oppfølgingen ble ikke planlagt.', { errors: [{ field: 'planDate', message: 'Datoen må være etter i dag.' }] })
  return getDb().transaction((tx) => {
    const row = loadOwned(tx, user, id)
    if (!row) return fail('Fant ikke avtalen.')
    if (isClosed(row.status)) return fail('Avtalen er avsluttet eller annullert.')
    tx.insert(plannedFollowUps).values({ candidateId: row.candidateId, agreementId: id, date, byUserId: user.id }).run()
    return { ok: true }
  })
}

/* ----------------------------------------------------------- scheduled job */

/** Applies the date moves to one agreement; returns the new status if it moved. */
function applyDateMoves(tx: DbOrTx, id: number, today: string): AgreementStatus | null {
  const row = tx.select().from(agreements).where(eq(agreements.id, id)).get()
  if (!row) return null
  const moves = dateMoves({ status: row.status, startDate: row.startDate, endDate: row.endDate, permanent: row.permanent }, today)
  if (moves.length === 0) return null
  const last = moves[moves.length - 1].to
  const set: Partial<typeof agreements.$inferInsert> = { status: last, version: row.version + 1, updatedAt: nowIso() }
  if (moves.some((m) => m.to === 'GJENNOMFORES')) set.startedAt = nowIso()
  if (last === 'AVSLUTTET') set.endedAt = nowIso()
  // Guarded on the old status so two runs at once cannot both move it.
  const res = tx.update(agreements).set(set).where(and(eq(agreements.id, id), eq(agreements.status, row.status))).returning({ id: agreements.id }).all()
  if (res.length === 0) return null
  writeVersion(tx, id, null, 'STATUS_ENDRET')
  audit(tx, null, { action: 'AGREEMENT_STATUS_CHANGED_BY_DATE', subjectType: 'agreement', subjectId: id, details: { from: row.status, to: last, today } })
  return last
}

/** Records a reminder once; true when this call recorded it (so the mail should go out). */
function once(tx: DbOrTx, kind: string, key: string, agreementId: number | null): boolean {
  const res = tx.insert(agreementReminders).values({ kind, key, agreementId, sentAt: nowIso() }).onConflictDoNothing().returning({ id: agreementReminders.id }).all()
  return res.length > 0
}

function employerEmails(db: DbOrTx, organisationId: number): string[] {
  return db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.role, 'arbeidsgiver'), isNull(users.disabledAt)))
    .all()
    .map((u) => u.email)
}

export type JobSummary = { moved: number; reminders: number }

/**
 * The agreement job (every minute, and after POST /dev/clock): moves statuses
 * by date and sends each reminder once. Idempotent: all state is in the
 * database (statuses, agreement_reminders), so a restart or a second run the
 * same day changes nothing.
 */
export function runAgreementJobs(today: string = todayIso()): JobSummary {
  const db = getDb()
  return db.transaction((tx) => {
    let moved = 0
    let reminders = 0
    const dated = tx
      .select({ id: agreements.id })
      .from(agreements)
      .where(inArray(agreements.status, ['KLAR_FOR_OPPSTART', 'GJENNOMFORES']))
      .all()
    for (const { id } of dated) if (applyDateMoves(tx, id, today)) moved++

    const live = tx
      .select()
      .from(agreements)
      .where(inArray(agreements.status, ['MANGLER_GODKJENNING', 'KLAR_FOR_OPPSTART', 'GJENNOMFORES', 'AVSLUTTET']))
      .all()
    for (const row of live) {
      const jsEmail = tx.select({ email: users.email }).from(users).where(eq(users.id, row.jobbspesialistUserId)).get()?.email
      const jsRef = refOf(tx, row, `/jobbspesialist/avtaler/${row.id}`)
      const agRef = refOf(tx, row, `/arbeidsgiver/avtaler/${row.id}`)
      if (row.status === 'MANGLER_GODKJENNING') {
        const awaiting = awaitingApproval(activeApprovals(tx, row.id).map((a) => a.party))
        if (awaiting.includes('EMPLOYER') && once(tx, 'AWAITING_EMPLOYER', `${row.id}:${row.version}`, row.id)) {
          for (const to of employerEmails(tx, row.organisationId)) {
            enqueueEmail(tx, to, 'agreement-awaiting-approval', awaitingApprovalEmail({ ...agRef, party: 'dere som arbeidsgiver' }))
            reminders++
          }
        }
        if (awaiting.length === 1 && awaiting[0] === 'JOBBSPESIALIST' && jsEmail && once(tx, 'AWAITING_JOBBSPESIALIST', `${row.id}:${row.version}`, row.id)) {
          enqueueEmail(tx, jsEmail, 'agreement-awaiting-approval', awaitingApprovalEmail({ ...jsRef, party: 'deg som jobbspesialist (de andre har godkjent)' }))
          reminders++
        }
      }
      if (row.status === 'GJENNOMFORES' && row.startDate && once(tx, 'STARTED', String(row.id), row.id)) {
        const date = formatDate(row.startDate)
        if (jsEmail) enqueueEmail(tx, jsEmail, 'agreement-started', agreementStartedEmail({ ...jsRef, date }))
        for (const to of employerEmails(tx, row.organisationId)) enqueueEmail(tx, to, 'agreement-started', agreementStartedEmail({ ...agRef, date }))
        reminders++
      }
      const dated = { status: row.status, startDate: row.startDate, endDate: row.endDate, permanent: row.permanent }
      if (endsWithin(dated, today, 30) && once(tx, 'ENDING', `${row.id}:${row.endDate}`, row.id)) {
        const p = { date: formatDate(row.endDate), daysLeft: daysBetween(today, row.endDate!) }
        if (jsEmail) enqueueEmail(tx, jsEmail, 'agreement-ending', agreementEndingEmail({ ...jsRef, ...p }))
        for (const to of employerEmails(tx, row.organisationId)) enqueueEmail(tx, to, 'agreement-ending', agreementEndingEmail({ ...agRef, ...p }))
        reminders++
      }
    }

    // Planned follow-ups: the day before, and once overdue.
    const planned = tx
      .select({ p: plannedFollowUps, a: agreements })
      .from(plannedFollowUps)
      .innerJoin(agreements, eq(agreements.id, plannedFollowUps.agreementId))
      .where(
        and(
          isNull(plannedFollowUps.doneContactId),
          isNull(plannedFollowUps.cancelledAt),
          lte(plannedFollowUps.date, addDays(today, 1)),
          or(eq(agreements.status, 'GJENNOMFORES'), eq(agreements.status, 'KLAR_FOR_OPPSTART'), eq(agreements.status, 'MANGLER_GODKJENNING')),
        ),
      )
      .all()
    for (const { p, a } of planned) {
      for (const due of followUpRemindersDue({ id: p.id, date: p.date, done: false, cancelled: false }, today)) {
        if (!once(tx, due.kind, String(p.id), a.id)) continue
        const jsEmail = tx.select({ email: users.email }).from(users).where(eq(users.id, a.jobbspesialistUserId)).get()?.email
        if (!jsEmail) continue
        const ref = refOf(tx, a, `/jobbspesialist/avtaler/${a.id}`)
        const email = due.kind === 'FOLLOW_UP_TOMORROW' ? followUpTomorrowEmail({ ...ref, date: formatDate(p.date) }) : followUpOverdueEmail({ ...ref, date: formatDate(p.date) })
        enqueueEmail(tx, jsEmail, due.kind === 'FOLLOW_UP_TOMORROW' ? 'follow-up-tomorrow' : 'follow-up-overdue', email)
        reminders++
      }
    }
    return { moved, reminders }
  })
}

/** Background starter: runs the job at start and then every minute. */
export function startAgreementJobs(intervalMs = 60_000): () => void {
  const run = () => {
    try {
      runAgreementJobs()
    } catch (error) {
      console.error('Avtalejobben feilet:', error instanceof Error ? error.message : error)
    }
  }
  run()
  const timer = setInterval(run, intervalMs)
  timer.unref?.()
  return () => clearInterval(timer)
}


/* ------------------------------------------------------- home page counts */

/** Counts for the employer's home page (no personal data). */
export function employerAgreementSummary(organisationId: number) {
  const db = getDb()
  const rows = db
    .select({ id: agreements.id, status: agreements.status })
    .from(agreements)
    .where(and(eq(agreements.organisationId, organisationId), inArray(agreements.status, ['MANGLER_GODKJENNING', 'KLAR_FOR_OPPSTART', 'GJENNOMFORES'])))
    .all()
  const awaitingUs = rows.filter(
    (r) => r.status === 'MANGLER_GODKJENNING' && !activeApprovals(db, r.id).some((a) => a.party === 'EMPLOYER'),
  ).length
  return { awaitingUs, active: rows.filter((r) => r.status !== 'MANGLER_GODKJENNING').length }
}

/** Counts for the jobbspesialist's home page. */
export function jobbspesialistAgreementSummary(user: SessionUser) {
  const db = getDb()
  const waiting = db
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(eq(agreements.jobbspesialistUserId, user.id), eq(agreements.status, 'MANGLER_GODKJENNING')))
    .all()
  const awaitingMe = waiting.filter((r) => {
    const left = awaitingApproval(activeApprovals(db, r.id).map((a) => a.party))
    return left.length === 1 && left[0] === 'JOBBSPESIALIST'
  }).length
  return { hires: hiresWithoutAgreement(user).length, awaitingMe }
}

/* ------------------------------------------------------------------ the person on Min side (issue 14) */

/**
 * Which agreements the person sees: every one that has been sent to them for
 * approval — not drafts, except one they said no to (it is back in PABEGYNT
 * while the jobbspesialist changes it, and they should still find it).
 */
function visibleToPerson(candidateId: number): SQL | undefined {
  return and(
    eq(agreements.candidateId, candidateId),
    or(
      inArray(agreements.status, ['MANGLER_GODKJENNING', 'KLAR_FOR_OPPSTART', 'GJENNOMFORES', 'AVSLUTTET', 'ANNULLERT']),
      exists(
        getDb()
          .select({ id: agreementVersions.id })
          .from(agreementVersions)
          .where(and(eq(agreementVersions.agreementId, agreements.id), eq(agreementVersions.changeKind, 'IKKE_GODKJENT'))),
      ),
    ),
  )
}

function loadForPerson(db: DbOrTx, candidateId: number, id: number): AgreementRow | null {
  return db.select().from(agreements).where(and(eq(agreements.id, id), visibleToPerson(candidateId))).get() ?? null
}

/** The person's own agreements, newest first. */
export function listAgreementsForPerson(candidateId: number): Array<AgreementListItem & { declined: boolean }> {
  const db = getDb()
  return listItems(db, visibleToPerson(candidateId)).map((a) => ({ ...a, declined: a.status === 'PABEGYNT' }))
}

/** One of the person's own agreements: the plan, the next follow-up and the contact at the employer. null for anyone else's. */
export function getAgreementForPerson(candidateId: number, id: number) {
  const db = getDb()
  const row = loadForPerson(db, candidateId, id)
  if (!row) return null
  const d = detailOf(db, row)
  return {
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
  }
}

const NOT_AWAITING_PERSON = 'Avtalen venter ikke på svar fra deg.'

/** The person approves on Min side (signed in): same rules as every other approval. */
export function approveAsPerson(candidateId: number, id: number, version: number): Outcome<{ status: AgreementStatus }> {
  return getDb().transaction((tx) => {
    const row = loadForPerson(tx, candidateId, id)
    if (!row) return fail('Fant ikke avtalen.')
    if (row.status === 'PABEGYNT') return fail(NOT_AWAITING_PERSON)
    const result = recordApproval(tx, row, 'PERSON', 'INNLOGGET', null, version, personActor(candidateId))
    if (result.ok) {
      // A link sent earlier is no longer needed.
      tx.update(candidateTokens)
        .set({ usedAt: nowIso() })
        .where(and(eq(candidateTokens.purpose, 'AGREEMENT_APPROVAL'), eq(candidateTokens.subjectId, id), isNull(candidateTokens.usedAt)))
        .run()
    }
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
export function declineAsPerson(candidateId: number, id: number, version: number): Outcome<{ status: AgreementStatus }> {
  return getDb().transaction((tx) => {
    const row = loadForPerson(tx, candidateId, id)
    if (!row) return fail('Fant ikke avtalen.')
    const check = checkDecline(row.status, activeApprovals(tx, id).map((a) => a.party), 'PERSON')
    if (!check.ok) return fail(row.status === 'MANGLER_GODKJENNING' ? check.message : NOT_AWAITING_PERSON)
    const conflict = () => fail('Avtalen er endret siden du åpnet den. Les den nye versjonen.', { conflict: true, currentVersion: row.version })
    if (row.version !== version) return conflict()
    if (!bumpVersion(tx, id, version, { status: check.status, approvedAt: null })) return conflict()
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
    if (owner) enqueueEmail(tx, owner.email, 'agreement-declined-by-person', agreementDeclinedEmail({ url: `${appUrl()}/jobbspesialist/avtaler/${id}` }))
    return { ok: true, status: check.status }
  })
}

/** Follow-up log entries for the person's data export: notes only from contacts the person took part in. */
export function followUpLogForPerson(db: DbOrTx, candidateId: number) {
  return db
    .select({ date: followUpContacts.date, kind: followUpContacts.kind, withWhom: followUpContacts.withWhom, note: followUpContacts.note, agreementId: followUpContacts.agreementId })
    .from(followUpContacts)
    .where(eq(followUpContacts.candidateId, candidateId))
    .orderBy(desc(followUpContacts.date), desc(followUpContacts.id))
    .all()
    .map((c) => ({ ...c, note: c.withWhom === 'ARBEIDSGIVER' ? null : c.note }))
}
