/** Reading agreements: the lists and detail views per reader, the new-agreement helpers and the home-page counts. */
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import {
  agreements,
  agreementVersions,
  candidates,
  contactRequests,
  followUpContacts,
  organisations,
  plannedFollowUps,
  profiles,
  users,
  vacancies,
} from '@db/schema'
import { awaitingApproval, isOverdue, type AgreementContent } from '~/domain/agreements'
import { actorOf, audit } from '~/services/audit.server'
import type { SessionUser } from '~/services/auth.server'
import { listHiresAwaitingAgreement } from '~/services/contact-requests/queries.server'
import { todayIso } from '~/utils/clock.server'
import { notFoundResult, ok } from '~/utils/result'
import {
  activeApprovals,
  detailOf,
  listItems,
  NOT_FOUND_MESSAGE,
  requireEmployersAgreement,
  requireOwnedAgreement,
  requirePartysAgreement,
  sentToEmployer,
  type AgreementListItem,
} from './shared.server'

export function listAgreementsForJobbspesialist(user: SessionUser): AgreementListItem[] {
  return listItems(getDb(), eq(agreements.jobbspesialistUserId, user.id))
}

/** The employer's agreements (not drafts). Names are shown (the person consented to sharing with this employer); the list view is audited. */
export function listAgreementsForEmployer(user: SessionUser & { organisationId: number }): AgreementListItem[] {
  const db = getDb()
  const rows = listItems(
    db,
    and(
      eq(agreements.organisationId, user.organisationId),
      inArray(agreements.status, ['MANGLER_GODKJENNING', 'KLAR_FOR_OPPSTART', 'GJENNOMFORES', 'AVSLUTTET', 'ANNULLERT']),
    ),
  )
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

/** The owning jobbspesialist's full view: detail, follow-up log, planned contacts, versions. */
export function getAgreementForJobbspesialist(user: SessionUser, id: number) {
  const db = getDb()
  const owned = requireOwnedAgreement(user, id, db)
  if (!owned.ok) return owned
  const today = todayIso()
  return ok({
    ...detailOf(db, owned.value),
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
      .map((p) => {
        const planned = { id: p.id, date: p.date, done: p.doneContactId != null, cancelled: false }
        return { id: p.id, date: p.date, done: planned.done, overdue: isOverdue(planned, today) }
      }),
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
  })
}

/** What an employer sees: no calculation input (it holds the person's innsatsgruppe), audited as a reveal. Drafts are not found. */
export function getAgreementForEmployer(user: SessionUser, id: number) {
  const db = getDb()
  const employers = requireEmployersAgreement(user, id, db)
  if (!employers.ok) return employers
  const row = employers.value
  if (!sentToEmployer(row)) return notFoundResult(NOT_FOUND_MESSAGE)
  return db.transaction((tx) => {
    audit(tx, actorOf(user), { action: 'AGREEMENT_VIEWED', subjectType: 'agreement', subjectId: id, candidateId: row.candidateId })
    const { candidateId: _c, personHasEmail: _e, ...detail } = detailOf(tx, row)
    return ok(detail)
  })
}

/** The JSON view for the API (`GET /api/v1/agreements/{id}`): parties only, audited. */
export function getAgreementForApi(user: SessionUser, id: number) {
  const db = getDb()
  const party = requirePartysAgreement(user, id, db)
  if (!party.ok) return party
  const row = party.value
  const d = detailOf(db, row)
  audit(db, actorOf(user), { action: 'AGREEMENT_API_READ', subjectType: 'agreement', subjectId: id, candidateId: row.candidateId })
  return ok({
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
  })
}

/* ------------------------------------------------------- for a new agreement */

export type Prefill = {
  candidateId: number
  organisationId: number
  contactRequestId: number | null
  content: Partial<AgreementContent>
  personName: string
  organisationName: string
}

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
    .map((r) => ({
      contactRequestId: r.contactRequestId,
      organisationName: r.organisationName,
      personName: `${r.firstName} ${r.lastName}`,
      profileCode: r.profileCode,
    }))
}

/** Prefill from a FATT_JOBBEN contact request: the vacancy's job, pay and the requesting employer user as contact person. */
export function prefillFromContact(user: SessionUser, contactRequestId: number, db: DbOrTx = getDb()): Prefill | null {
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

/* ------------------------------------------------------- home page counts */

/** Counts for the employer's home page (no personal data). */
export function employerAgreementSummary(organisationId: number) {
  const db = getDb()
  const rows = db
    .select({ id: agreements.id, status: agreements.status })
    .from(agreements)
    .where(
      and(
        eq(agreements.organisationId, organisationId),
        inArray(agreements.status, ['MANGLER_GODKJENNING', 'KLAR_FOR_OPPSTART', 'GJENNOMFORES']),
      ),
    )
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
