import { and, asc, desc, eq, isNull } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import {
  candidates,
  consents,
  contactRequests,
  kommuner,
  organisations,
  personDeletionRequests,
  personSessions,
  profiles,
  users,
  vacancies,
} from '@db/schema'
import { enqueueEmail } from '@emails/outbox.server'
import { deletionRequestedEmail, publishingWithdrawnNoticeEmail } from '@emails/templates/min-side'
import { FOLLOW_UP_KIND_LABELS, FOLLOW_UP_WITH_LABELS } from '~/domain/agreements'
import { INNSATSGRUPPER, IPS_STEPS } from '~/domain/codes'
import { cvPartLabel, type ContactAnswer, type ContactAnswerInput } from '~/domain/contact-requests'
import {
  adaptationNeedLabel,
  allAdaptationNeeds,
  coarseningNotesForPerson,
  RETENTION_RULES,
  type AgreementAnswerInput,
  type DeletionRequestInput,
  type DisclosureInput,
  type WithdrawConsentInput,
} from '~/domain/person'
import { appUrl } from '~/env.server'
import { followUpLogForPerson } from '~/services/agreements/follow-up.server'
import { requirePersonsAgreement } from '~/services/agreements/shared.server'
import { approveAsPerson, declineAsPerson, getAgreementForPerson, listAgreementsForPerson } from '~/services/agreements/person.server'
import { audit, personActor } from '~/services/audit.server'
import { requireOwnedCandidate, type CaseloadUser } from '~/services/candidates.server'
import { answerAsPerson, endSharingAsPerson, getRequestForPerson, listRequestsForPerson } from '~/services/contact-requests/person.server'
import { readPersonHistory } from '~/services/person-history.server'
import { minSideAccessOf } from '~/services/person-auth.server'
import { disclosureOf, ownProfileAsEmployersSeeIt, setDisclosureIn } from '~/services/profiles/person.server'
import { withdrawPublishingConsentIn } from '~/services/profiles/publishing.server'
import { nowIso } from '~/utils/clock.server'
import { fail, notFoundResult, ok, type Result } from '~/utils/result'

/**
 * «Min side» (issue 14): what the signed-in person can see and do. Every
 * function takes the candidate id FROM THE PERSON'S SESSION (never from the
 * URL) and reads only rows that belong to that candidate; ids in the URL are
 * looked up and refused (404) when they belong to someone else. Every action
 * is audit-logged with the person as actor.
 */

function personName(candidateId: number) {
  return getDb()
    .select({ firstName: candidates.firstName, lastName: candidates.lastName })
    .from(candidates)
    .where(eq(candidates.id, candidateId))
    .get()
}

/* ------------------------------------------------------------------ overview */

export function getOverview(candidateId: number) {
  const name = personName(candidateId)
  const profile = disclosureOf(getDb(), candidateId)
  const requests = listRequestsForPerson(candidateId)
  const agreements = listAgreementsForPerson(candidateId)
  return {
    firstName: name?.firstName ?? '',
    profileStatus: profile?.status ?? null,
    waitingRequests: requests.filter((r) => r.status === 'SPURT_KANDIDAT').length,
    activeSharings: requests.filter((r) => r.sharingActive).length,
    agreementsAwaitingYou: agreements.filter((a) => a.awaiting.includes('PERSON')).length,
  }
}

/* ------------------------------------------------------------------ 1. the profile as employers see it */

export function viewOwnProfile(candidateId: number) {
  return getDb().transaction((tx) => {
    const own = ownProfileAsEmployersSeeIt(tx, candidateId)
    // The person's own view: its own action, never PROFILE_VIEWED (which is an employer's view).
    audit(tx, personActor(candidateId), {
      action: 'MIN_SIDE_PROFILE_VIEWED',
      subjectType: 'candidate',
      subjectId: candidateId,
      candidateId,
    })
    return { status: own.status, profile: own.profile, notes: coarseningNotesForPerson(own.coarsened) }
  })
}

/* ------------------------------------------------------------------ 2. disclosure plan */

export function getDisclosurePlan(candidateId: number) {
  const row = disclosureOf(getDb(), candidateId)
  if (!row) return { hasProfile: false as const, published: false, needs: [] }
  const shown = new Set(row.shown)
  return {
    hasProfile: true as const,
    published: row.status === 'PUBLISERT',
    needs: allAdaptationNeeds(row.shown, row.withheld).map((code) => ({ code, label: adaptationNeedLabel(code), shown: shown.has(code) })),
  }
}

export function saveDisclosurePlan(candidateId: number, input: DisclosureInput): Result<{ shown: number; withheld: number }> {
  return getDb().transaction((tx) => {
    const result = setDisclosureIn(tx, candidateId, input.shown)
    if (!result) return notFoundResult('Du har ingen profil ennå.')
    if (result.changed) {
      // Counts only: which needs a person has is not written to the log.
      audit(tx, personActor(candidateId), {
        action: 'MIN_SIDE_DISCLOSURE_CHANGED',
        subjectType: 'candidate',
        subjectId: candidateId,
        candidateId,
        details: { shown: result.shown.length, withheld: result.withheld.length },
      })
    }
    return ok({ shown: result.shown.length, withheld: result.withheld.length })
  })
}

/* ------------------------------------------------------------------ 3. withdraw consent to publication */

export function getPublishingState(candidateId: number) {
  const db = getDb()
  const profile = disclosureOf(db, candidateId)
  const consent = db
    .select({ givenAt: consents.givenAt })
    .from(consents)
    .where(and(eq(consents.candidateId, candidateId), eq(consents.kind, 'PUBLISERING'), isNull(consents.withdrawnAt)))
    .get()
  return { published: profile?.status === 'PUBLISERT', consentGivenAt: consent?.givenAt ?? null }
}

/** One button, confirmed (`WithdrawConsentSchema`): the same withdrawal path as the jobbspesialist's; the jobbspesialist is e-mailed. */
export function withdrawPublishing(candidateId: number, _confirmed: WithdrawConsentInput): Result<{ unpublished: boolean }> {
  return getDb().transaction((tx) => {
    const { unpublished, hadConsent } = withdrawPublishingConsentIn(tx, personActor(candidateId), candidateId)
    if (!unpublished && !hadConsent)
      return fail('conflict', 'Profilen din er ikke publisert, og du har ikke noe samtykke å trekke tilbake.')
    const owner = tx
      .select({ email: users.email, code: profiles.code })
      .from(candidates)
      .innerJoin(users, eq(users.id, candidates.jobbspesialistUserId))
      .leftJoin(profiles, eq(profiles.candidateId, candidates.id))
      .where(eq(candidates.id, candidateId))
      .get()
    if (owner) {
      enqueueEmail(
        tx,
        owner.email,
        'min-side-publishing-withdrawn',
        publishingWithdrawnNoticeEmail({ profileCode: owner.code, url: `${appUrl()}/jobbspesialist/portefolje/${candidateId}/min-side` }),
      )
    }
    return ok({ unpublished })
  })
}

/* ------------------------------------------------------------------ 4. contact requests */

export const listMyRequests = listRequestsForPerson

export const getMyRequest = getRequestForPerson

export function answerMyRequest(candidateId: number, id: number, input: ContactAnswerInput): Result<{ answer: ContactAnswer }> {
  // A request the person has not been asked about yet is «not found», like on its page.
  const own = getRequestForPerson(candidateId, id)
  if (!own.ok) return own
  return answerAsPerson(candidateId, id, input.answer)
}

export function endMySharing(candidateId: number, id: number): Result<{ ended: true }> {
  return endSharingAsPerson(candidateId, id)
}

/* ------------------------------------------------------------------ 5. follow-up agreements */

export const listMyAgreements = listAgreementsForPerson

export const getMyAgreement = getAgreementForPerson

export function answerMyAgreement(candidateId: number, id: number, input: AgreementAnswerInput): Result<{ answer: 'GODKJENN' | 'AVSLA' }> {
  const own = requirePersonsAgreement(candidateId, id)
  if (!own.ok) return own
  const { answer, version } = input
  const outcome = answer === 'GODKJENN' ? approveAsPerson(candidateId, id, version) : declineAsPerson(candidateId, id, version)
  return outcome.ok ? ok({ answer }) : outcome
}

/* ------------------------------------------------------------------ 6. innsyn */

export function getMyInnsyn(candidateId: number) {
  return getDb().transaction((tx) => {
    const history = readPersonHistory(tx, candidateId)
    audit(tx, personActor(candidateId), { action: 'MIN_SIDE_INNSYN_VIEWED', subjectType: 'candidate', subjectId: candidateId, candidateId })
    const byEmployer = history.events.filter((e) => e.actorRole === 'arbeidsgiver')
    return {
      viewed: byEmployer.filter((e) => e.action === 'PROFILE_VIEWED').map((e) => ({ id: e.id, at: e.at, who: e.who })),
      asked: byEmployer.filter((e) => e.action === 'CONTACT_REQUESTED').map((e) => ({ id: e.id, at: e.at, who: e.who })),
      sawIdentity: byEmployer
        .filter((e) => e.action === 'CONTACT_DETAILS_VIEWED' || e.action === 'AGREEMENT_VIEWED')
        .map((e) => ({ id: e.id, at: e.at, who: e.who })),
      // In the person's own words: what they did themself is «Du».
      events: history.events.map((e) => ({ id: e.id, at: e.at, label: e.label, who: e.actorRole === 'person' ? 'Du (Min side)' : e.who })),
    }
  })
}

/* ------------------------------------------------------------------ 7. take your data with you, ask for deletion */

/** Everything stored about the person, in their words. Audit-logged (format: json or print). */
export function exportMyData(candidateId: number, format: 'json' | 'print') {
  return getDb().transaction((tx) => {
    const c = tx.select().from(candidates).where(eq(candidates.id, candidateId)).get()
    if (!c) throw new Error('person session without a candidate')
    const owner = tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, c.jobbspesialistUserId)).get()
    const navUnit = c.navUnitId
      ? tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, c.navUnitId)).get()
      : undefined
    const kommune = tx.select({ name: kommuner.name }).from(kommuner).where(eq(kommuner.kommunenummer, c.kommunenummer)).get()
    const profileRow = tx.select().from(profiles).where(eq(profiles.candidateId, candidateId)).get()
    const own = ownProfileAsEmployersSeeIt(tx, candidateId)
    const consentRows = tx
      .select({
        kind: consents.kind,
        method: consents.method,
        scope: consents.scope,
        givenAt: consents.givenAt,
        withdrawnAt: consents.withdrawnAt,
        organisationName: organisations.name,
      })
      .from(consents)
      .leftJoin(organisations, eq(organisations.id, consents.organisationId))
      .where(eq(consents.candidateId, candidateId))
      .orderBy(asc(consents.givenAt), asc(consents.id))
      .all()
    const requestRows = tx
      .select({
        id: contactRequests.id,
        organisationName: organisations.name,
        vacancyTitle: vacancies.title,
        message: contactRequests.message,
        status: contactRequests.status,
        createdAt: contactRequests.createdAt,
        askedAt: contactRequests.askedAt,
        replyDeadline: contactRequests.replyDeadline,
        answeredAt: contactRequests.answeredAt,
        sharedCvParts: contactRequests.sharedCvParts,
        sharedUntil: contactRequests.sharedUntil,
        sharingExpiredAt: contactRequests.sharingExpiredAt,
      })
      .from(contactRequests)
      .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
      .innerJoin(organisations, eq(organisations.id, contactRequests.organisationId))
      .leftJoin(vacancies, eq(vacancies.id, contactRequests.vacancyId))
      .where(eq(profiles.candidateId, candidateId))
      .orderBy(asc(contactRequests.createdAt), asc(contactRequests.id))
      .all()
    const agreementList = listAgreementsForPerson(candidateId).flatMap((a) => {
      const own = getAgreementForPerson(candidateId, a.id)
      return own.ok ? [own.value] : []
    })
    const signIns = tx
      .select({
        method: personSessions.method,
        createdAt: personSessions.createdAt,
        endedAt: personSessions.endedAt,
        endedReason: personSessions.endedReason,
      })
      .from(personSessions)
      .where(eq(personSessions.candidateId, candidateId))
      .orderBy(desc(personSessions.id))
      .all()
    const deletionRequests = tx
      .select({
        message: personDeletionRequests.message,
        requestedAt: personDeletionRequests.requestedAt,
        handledAt: personDeletionRequests.handledAt,
      })
      .from(personDeletionRequests)
      .where(eq(personDeletionRequests.candidateId, candidateId))
      .all()
    const history = readPersonHistory(tx, candidateId)
    audit(tx, personActor(candidateId), {
      action: 'MIN_SIDE_DATA_EXPORTED',
      subjectType: 'candidate',
      subjectId: candidateId,
      candidateId,
      details: { format },
    })
    return {
      exportedAt: nowIso(),
      about: 'Alt Vi inkluderer har lagret om deg. Laget på Min side.',
      person: {
        firstName: c.firstName,
        lastName: c.lastName,
        fnr: c.fnr,
        birthDate: c.birthDate,
        phone: c.phone,
        email: c.email,
        kommune: kommune?.name ?? c.kommunenummer,
        innsatsgruppe: INNSATSGRUPPER[c.innsatsgruppe] ?? c.innsatsgruppe,
        referralDate: c.referralDate,
        ipsStep: IPS_STEPS[c.ipsStep] ?? c.ipsStep,
        navUnit: navUnit?.name ?? null,
        jobbspesialist: owner ? { name: owner.name, email: owner.email } : null,
      },
      cv: c.cv ?? {},
      profile: profileRow
        ? {
            code: profileRow.code,
            status: profileRow.status,
            publishedAt: profileRow.publishedAt,
            unpublishedAt: profileRow.unpublishedAt,
            asEmployersSeeIt: own.profile,
            adaptationNeedsShown: profileRow.adaptationNeeds.map(adaptationNeedLabel),
            adaptationNeedsWithheld: profileRow.withheldAdaptationNeeds.map(adaptationNeedLabel),
            coarsened: profileRow.coarsened,
          }
        : null,
      consents: consentRows,
      contactRequests: requestRows.map((r) => ({ ...r, sharedCvParts: r.sharedCvParts.map(cvPartLabel) })),
      agreements: agreementList,
      followUpLog: followUpLogForPerson(tx, candidateId).map((f) => ({
        ...f,
        kind: FOLLOW_UP_KIND_LABELS[f.kind],
        withWhom: FOLLOW_UP_WITH_LABELS[f.withWhom],
      })),
      signIns,
      deletionRequests,
      innsyn: history.events.map((e) => ({ at: e.at, event: e.label, who: e.who })),
    }
  })
}

export type PersonDataExport = ReturnType<typeof exportMyData>

/**
 * «Slett opplysningene mine»: goes to the jobbspesialist with the retention
 * rules (ADR 0012). The first rule applies at once: a published profile is
 * unpublished (the same path as withdrawing consent).
 */
export function requestDeletion(candidateId: number, input: DeletionRequestInput): Result<{ id: number; unpublished: boolean }> {
  return getDb().transaction((tx) => {
    const open = tx
      .select({ id: personDeletionRequests.id })
      .from(personDeletionRequests)
      .where(and(eq(personDeletionRequests.candidateId, candidateId), isNull(personDeletionRequests.handledAt)))
      .get()
    if (open) return fail('conflict', 'Du har allerede bedt om sletting. Jobbspesialisten din behandler forespørselen.')
    const row = tx
      .insert(personDeletionRequests)
      .values({ candidateId, message: input.message ?? '', requestedAt: nowIso() })
      .returning({ id: personDeletionRequests.id })
      .get()
    audit(tx, personActor(candidateId), {
      action: 'MIN_SIDE_DELETION_REQUESTED',
      subjectType: 'candidate',
      subjectId: candidateId,
      candidateId,
      details: { requestId: row.id },
    })
    const consentActive = tx
      .select({ id: consents.id })
      .from(consents)
      .where(and(eq(consents.candidateId, candidateId), eq(consents.kind, 'PUBLISERING'), isNull(consents.withdrawnAt)))
      .get()
    const unpublished =
      consentActive || disclosureOf(tx, candidateId)?.status === 'PUBLISERT'
        ? withdrawPublishingConsentIn(tx, personActor(candidateId), candidateId).unpublished
        : false
    const owner = tx
      .select({ email: users.email })
      .from(candidates)
      .innerJoin(users, eq(users.id, candidates.jobbspesialistUserId))
      .where(eq(candidates.id, candidateId))
      .get()
    if (owner)
      enqueueEmail(
        tx,
        owner.email,
        'min-side-deletion-requested',
        deletionRequestedEmail({ url: `${appUrl()}/jobbspesialist/portefolje/${candidateId}/min-side`, unpublished }),
      )
    return ok({ id: row.id, unpublished })
  })
}

export function openDeletionRequest(candidateId: number) {
  return (
    getDb()
      .select({ requestedAt: personDeletionRequests.requestedAt })
      .from(personDeletionRequests)
      .where(and(eq(personDeletionRequests.candidateId, candidateId), isNull(personDeletionRequests.handledAt)))
      .get() ?? null
  )
}

/* ------------------------------------------------------------------ the jobbspesialist's view of Min side */

function ownedBy(user: CaseloadUser, candidateId: number) {
  const owned = requireOwnedCandidate(user, candidateId)
  return owned.ok ? owned.value : null
}

/** For the owning jobbspesialist: access, the person's disclosure choice, withdrawals and deletion requests. */
export function getMinSideForJobbspesialist(user: CaseloadUser, candidateId: number) {
  const candidate = ownedBy(user, candidateId)
  if (!candidate) return notFoundResult('Fant ikke personen i porteføljen din.')
  const db = getDb()
  const profile = disclosureOf(db, candidateId)
  const withdrawnByPerson = db
    .select({ withdrawnAt: consents.withdrawnAt })
    .from(consents)
    .where(and(eq(consents.candidateId, candidateId), eq(consents.kind, 'PUBLISERING'), isNull(consents.withdrawnByUserId)))
    .orderBy(desc(consents.withdrawnAt))
    .all()
    .find((c) => c.withdrawnAt != null)
  return ok({
    person: { id: candidate.id, name: `${candidate.firstName} ${candidate.lastName}`, email: candidate.email },
    access: minSideAccessOf(db, candidateId),
    disclosure: profile
      ? {
          shown: profile.shown.map(adaptationNeedLabel),
          withheld: profile.withheld.map(adaptationNeedLabel),
        }
      : null,
    publishingWithdrawnByPersonAt: withdrawnByPerson?.withdrawnAt ?? null,
    deletionRequests: db
      .select({
        id: personDeletionRequests.id,
        message: personDeletionRequests.message,
        requestedAt: personDeletionRequests.requestedAt,
        handledAt: personDeletionRequests.handledAt,
      })
      .from(personDeletionRequests)
      .where(eq(personDeletionRequests.candidateId, candidateId))
      .orderBy(desc(personDeletionRequests.id))
      .all(),
    retentionRules: RETENTION_RULES,
  })
}

/** The jobbspesialist marks a deletion request as handled (after applying the retention rules). */
export function markDeletionRequestHandled(user: CaseloadUser, candidateId: number, requestId: number): Result<{ handled: true }> {
  const candidate = ownedBy(user, candidateId)
  if (!candidate) return notFoundResult('Fant ikke personen i porteføljen din.')
  return getDb().transaction((tx) => {
    const done = tx
      .update(personDeletionRequests)
      .set({ handledAt: nowIso(), handledByUserId: user.id })
      .where(
        and(
          eq(personDeletionRequests.id, requestId),
          eq(personDeletionRequests.candidateId, candidateId),
          isNull(personDeletionRequests.handledAt),
        ),
      )
      .run()
    if (done.changes !== 1) return fail('conflict', 'Forespørselen er allerede behandlet.')
    audit(tx, user, {
      action: 'MIN_SIDE_DELETION_HANDLED',
      subjectType: 'candidate',
      subjectId: candidateId,
      candidateId,
      details: { requestId },
    })
    return ok({ handled: true as const })
  })
}
