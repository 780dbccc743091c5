/**
 * What the agreement use-cases share: the permission guards, the content and
 * detail read models, versions with optimistic locking, and withdrawing
 * approvals. Only the files in this folder import it.
 */
import { and, asc, desc, eq, exists, inArray, isNull, or, type SQL } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import {
  agreementAdaptations,
  agreementApprovals,
  agreements,
  agreementSchemes,
  agreementVersions,
  candidates,
  candidateTokens,
  organisations,
  plannedFollowUps,
  styrk08,
  users,
} from '@db/schema'
import {
  awaitingApproval,
  missingRequiredFields,
  type AgreementContent,
  type ChangeKind,
  type ChangeSection,
  type Party,
} from '~/domain/agreements'
import type { AgreementStatus } from '~/domain/codes'
import { appUrl } from '~/env.server'
import type { SessionUser } from '~/services/auth.server'
import { nowIso } from '~/utils/clock.server'
import { fail, forbiddenResult, notFoundResult, ok, type Result } from '~/utils/result'

export type AgreementRow = typeof agreements.$inferSelect

export const NOT_FOUND_MESSAGE = 'Fant ikke avtalen.'
export const CONFLICT_MESSAGE =
  'Noen andre har lagret endringer i avtalen mens du redigerte. Endringene dine er ikke lagret ennå, men de står fortsatt i skjemaet: se over avtalen og lagre på nytt.'
export const CLOSED_MESSAGE = 'Avtalen er avsluttet eller annullert og kan ikke endres.'

/* ------------------------------------------------------------------ guards */

/**
 * The agreement if this jobbspesialist owns it. An agreement names a person,
 * so anyone else's is `not_found` (its existence is not revealed); another
 * role is `forbidden` before anything is read.
 */
export function requireOwnedAgreement(user: SessionUser, id: number, db: DbOrTx = getDb()): Result<AgreementRow> {
  if (user.role !== 'jobbspesialist') return forbiddenResult('Bare jobbspesialisten som følger opp avtalen, kan gjøre dette.')
  const row = db
    .select()
    .from(agreements)
    .where(and(eq(agreements.id, id), eq(agreements.jobbspesialistUserId, user.id)))
    .get()
  return row ? ok(row) : notFoundResult(NOT_FOUND_MESSAGE)
}

/**
 * The agreement if the employer user's organisation is its employer, drafts
 * included (approving one explains what is still missing; the views hide
 * drafts with `sentToEmployer`). Another role is `forbidden`.
 */
export function requireEmployersAgreement(user: SessionUser, id: number, db: DbOrTx = getDb()): Result<AgreementRow> {
  if (user.role !== 'arbeidsgiver' || user.organisationId == null) return forbiddenResult('Bare arbeidsgiveren i avtalen kan gjøre dette.')
  const row = db
    .select()
    .from(agreements)
    .where(and(eq(agreements.id, id), eq(agreements.organisationId, user.organisationId)))
    .get()
  return row ? ok(row) : notFoundResult(NOT_FOUND_MESSAGE)
}

/** The employer sees an agreement once it has been sent for approval. */
export const sentToEmployer = (row: AgreementRow) => row.status !== 'PABEGYNT'

/** Either party with a login (the API): the owning jobbspesialist, or the employer once it is sent. Others: `not_found`. */
export function requirePartysAgreement(user: SessionUser, id: number, db: DbOrTx = getDb()): Result<AgreementRow> {
  if (user.role === 'jobbspesialist') return requireOwnedAgreement(user, id, db)
  if (user.role !== 'arbeidsgiver') return forbiddenResult()
  const employers = requireEmployersAgreement(user, id, db)
  return employers.ok && !sentToEmployer(employers.value) ? notFoundResult(NOT_FOUND_MESSAGE) : employers
}

/**
 * Which agreements the person sees on Min side: every one that has been sent
 * to them for approval — not drafts, except one they said no to (it is back
 * in PABEGYNT while the jobbspesialist changes it, and they should find it).
 */
export function visibleToPerson(db: DbOrTx, candidateId: number): SQL | undefined {
  return and(
    eq(agreements.candidateId, candidateId),
    or(
      inArray(agreements.status, ['MANGLER_GODKJENNING', 'KLAR_FOR_OPPSTART', 'GJENNOMFORES', 'AVSLUTTET', 'ANNULLERT']),
      exists(
        db
          .select({ id: agreementVersions.id })
          .from(agreementVersions)
          .where(and(eq(agreementVersions.agreementId, agreements.id), eq(agreementVersions.changeKind, 'IKKE_GODKJENT'))),
      ),
    ),
  )
}

/** The person's own agreement as Min side shows it; anyone else's is `not_found`. */
export function requirePersonsAgreement(candidateId: number, id: number, db: DbOrTx = getDb()): Result<AgreementRow> {
  const row = db
    .select()
    .from(agreements)
    .where(and(eq(agreements.id, id), visibleToPerson(db, candidateId)))
    .get()
  return row ? ok(row) : notFoundResult(NOT_FOUND_MESSAGE)
}

/** A version that is no longer the current one: `conflict` with the given message. */
export const staleVersion = (message = CONFLICT_MESSAGE) => fail('conflict', message)

/* ------------------------------------------------------------------- reads */

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

export function activeApprovals(db: DbOrTx, agreementId: number) {
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

/** Keeps the agreement as it now stands in agreement_versions, with the kind of change. */
export function writeVersion(
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

/** What an e-mail about the agreement says and links to (no personal data). */
export function refOf(db: DbOrTx, row: AgreementRow, path: string) {
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
      .where(
        and(eq(plannedFollowUps.agreementId, agreementId), isNull(plannedFollowUps.doneContactId), isNull(plannedFollowUps.cancelledAt)),
      )
      .orderBy(asc(plannedFollowUps.date))
      .get()?.date ?? null
  )
}

/** The list rows for `where`, newest first, with the next follow-up and who is still awaited. */
export function listItems(db: DbOrTx, where: SQL | undefined): AgreementListItem[] {
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
    awaiting: r.status === 'MANGLER_GODKJENNING' ? awaitingApproval(activeApprovals(db, r.id).map((x) => x.party)) : [],
  }))
}

export type AgreementDetail = ReturnType<typeof detailOf>

/** Everything about one agreement; each view picks what its reader may see. */
export function detailOf(db: DbOrTx, row: AgreementRow) {
  const candidate = db
    .select({
      firstName: candidates.firstName,
      lastName: candidates.lastName,
      email: candidates.email,
      innsatsgruppe: candidates.innsatsgruppe,
    })
    .from(candidates)
    .where(eq(candidates.id, row.candidateId))
    .get()!
  const org = db.select().from(organisations).where(eq(organisations.id, row.organisationId)).get()!
  const js = db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, row.jobbspesialistUserId)).get()!
  const styrk = row.styrkCode ? db.select().from(styrk08).where(eq(styrk08.code, row.styrkCode)).get() : undefined
  const approvals = activeApprovals(db, row.id)
  const approvedBy = approvals.map((a) => a.party)
  const content = contentOf(db, row)
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
    content,
    styrkLabel: styrk ? `${styrk.title} (${styrk.code})` : null,
    missing: missingRequiredFields(content),
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

/* ----------------------------------------------------------------- writes */

/** Unused approval links for the agreement stop working (a change, a new link, a cancellation). */
export function voidApprovalLinks(db: DbOrTx, agreementId: number) {
  db.update(candidateTokens)
    .set({ expiresAt: nowIso() })
    .where(
      and(eq(candidateTokens.purpose, 'AGREEMENT_APPROVAL'), eq(candidateTokens.subjectId, agreementId), isNull(candidateTokens.usedAt)),
    )
    .run()
}

/** Withdraws all active approvals and voids unused approval links; returns whether any were withdrawn. */
export function withdrawApprovals(db: DbOrTx, agreementId: number): boolean {
  const withdrawn = db
    .update(agreementApprovals)
    .set({ withdrawnAt: nowIso() })
    .where(and(eq(agreementApprovals.agreementId, agreementId), isNull(agreementApprovals.withdrawnAt)))
    .returning({ id: agreementApprovals.id })
    .all()
  voidApprovalLinks(db, agreementId)
  return withdrawn.length > 0
}

/** Bumps the version only if it is still `expected`; false = someone else saved first. */
export function bumpVersion(db: DbOrTx, id: number, expected: number, set: Partial<typeof agreements.$inferInsert>): boolean {
  const res = db
    .update(agreements)
    .set({ ...set, version: expected + 1, updatedAt: nowIso() })
    .where(and(eq(agreements.id, id), eq(agreements.version, expected)))
    .returning({ id: agreements.id })
    .all()
  return res.length > 0
}
