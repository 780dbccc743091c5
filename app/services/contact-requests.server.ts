import { aliasedTable, and, asc, desc, eq, inArray, isNotNull, isNull, lt, lte } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { candidates, candidateTokens, consents, contactRequests, kommuner, organisations, profiles, users, vacancies } from '@db/schema'
import { enqueueEmail } from '@emails/outbox.server'
import {
  consentRequestEmail,
  contactApprovedEmail,
  contactNotCompletedEmail,
  contactRequestedEmail,
  contactWithdrawnEmail,
  hiredEmail,
} from '@emails/templates/contact'
import type { ContactRequestStatus } from '~/domain/codes'
import { EMPLOYER_MARKING_CODES, isCode } from '~/domain/codes'
import {
  CV_PART_CODES,
  cvPartLabel,
  endOfOsloDay,
  isDeadlinePassed,
  isSharingActive,
  nextStatus,
  OPEN_STATUSES,
  pickCvParts,
  resolveDeadline,
  sharedUntilFrom,
  type ContactEvent,
  type Cv,
} from '~/domain/contact'
import { appUrl, type Env } from '~/env.server'
import { actorOf, audit, personActor, type AuditActor, type PersonActor } from '~/services/audit.server'
import { sharingEndedEmail } from '@emails/templates/min-side'
import { fail, notFoundResult, ok, type Result } from '~/utils/result'
import { randomToken, sha256, type SessionUser } from '~/services/auth.server'
import { nowIso, todayIso } from '~/utils/clock.server'
import { formatLongDate } from '~/utils/format'

/**
 * «Be om kontakt»: an employer asks to get in touch about a published profile;
 * the owning jobbspesialist asks the person; on consent the employer (and only
 * that employer) sees name, contact details and the chosen CV parts for 6
 * months. Every status change e-mails the party who must act next; every view
 * of shared contact details is audit-logged.
 */

type Employer = Pick<SessionUser, 'id' | 'role'> & { organisationId: number }
type Staff = Pick<SessionUser, 'id' | 'role' | 'organisationId'>

const NOT_FOUND = 'Fant ikke forespørselen.'

/*
 * Permission guards. A request concerns a person, so to anyone but its
 * parties it does not exist (`not_found`, never `forbidden`).
 */
function requireRequest(db: DbOrTx, id: number, isParty: (row: LoadedRequest) => boolean, message = NOT_FOUND): Result<LoadedRequest> {
  const row = loadForTransition(db, id)
  return row && isParty(row) ? ok(row) : notFoundResult(message)
}

/** The request if the employer's organisation sent it. */
export function requireEmployersRequest(user: Employer, id: number, db: DbOrTx = getDb()): Result<LoadedRequest> {
  return requireRequest(db, id, (row) => row.organisationId === user.organisationId)
}

/** The request if it is about someone in the jobbspesialist's caseload. */
export function requireOwnedRequest(user: Staff, id: number, db: DbOrTx = getDb()): Result<LoadedRequest> {
  return requireRequest(db, id, (row) => row.ownerUserId === user.id)
}

/** The request if it is about this person (Min side). */
export function requirePersonsRequest(candidateId: number, id: number, db: DbOrTx = getDb()): Result<LoadedRequest> {
  return requireRequest(db, id, (row) => row.candidateId === candidateId, PERSON_NOT_FOUND)
}

/* ------------------------------------------------------------------ employer: asking */

/** The published profile and the employer's own published vacancies, for the request form. */
export function getContactFormContext(organisationId: number, code: string) {
  const db = getDb()
  const profile = db
    .select({ id: profiles.id, code: profiles.code, headline: profiles.headline })
    .from(profiles)
    .where(and(eq(profiles.code, code), eq(profiles.status, 'PUBLISERT')))
    .get()
  if (!profile) return null
  const ownVacancies = db
    .select({ id: vacancies.id, title: vacancies.title })
    .from(vacancies)
    .where(and(eq(vacancies.organisationId, organisationId), eq(vacancies.status, 'PUBLISERT')))
    .orderBy(asc(vacancies.title))
    .all()
  const open = db
    .select({ id: contactRequests.id, status: contactRequests.status })
    .from(contactRequests)
    .where(
      and(
        eq(contactRequests.profileId, profile.id),
        eq(contactRequests.organisationId, organisationId),
        inArray(contactRequests.status, [...OPEN_STATUSES]),
      ),
    )
    .get()
  return { profile, vacancies: ownVacancies, openRequestId: open?.id ?? null }
}

/** The employer's own open request about a profile (SENDT or SPURT_KANDIDAT), so the profile page can say it is pending. */
export function openRequestForProfile(
  organisationId: number,
  code: string,
): { id: number; status: ContactRequestStatus; createdAt: string } | null {
  const row = getDb()
    .select({ id: contactRequests.id, status: contactRequests.status, createdAt: contactRequests.createdAt })
    .from(contactRequests)
    .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
    .where(
      and(eq(profiles.code, code), eq(contactRequests.organisationId, organisationId), inArray(contactRequests.status, [...OPEN_STATUSES])),
    )
    .get()
  return row ?? null
}

export type CreateContactRequestInput = { code: string; vacancyId?: number | null; message: string }

/** SENDT. Refused (and nothing changes) when the profile is not published, the vacancy is not the employer's own published one, or a request is already open. */
export function createContactRequest(user: Employer, input: CreateContactRequestInput): Result<{ id: number }> {
  const message = input.message.trim()
  if (!message) return fail('validation', { message: ['Skriv en melding til jobbspesialisten.'] })
  if (message.length > 2000) return fail('validation', { message: ['Meldingen kan være høyst 2000 tegn.'] })
  const db = getDb()
  return db.transaction((tx) => {
    const profile = tx
      .select({ id: profiles.id, code: profiles.code, candidateId: profiles.candidateId, status: profiles.status })
      .from(profiles)
      .where(eq(profiles.code, input.code))
      .get()
    if (!profile || profile.status !== 'PUBLISERT') {
      return fail('conflict', { code: ['Profilen er ikke publisert. Du kan bare be om kontakt for publiserte profiler.'] })
    }
    let vacancyTitle: string | null = null
    if (input.vacancyId != null) {
      const vacancy = tx
        .select({ title: vacancies.title })
        .from(vacancies)
        .where(and(eq(vacancies.id, input.vacancyId), eq(vacancies.organisationId, user.organisationId), eq(vacancies.status, 'PUBLISERT')))
        .get()
      if (!vacancy) return fail('validation', { vacancyId: ['Velg en av virksomhetens publiserte stillinger, eller ingen stilling.'] })
      vacancyTitle = vacancy.title
    }
    const existing = tx
      .select({ id: contactRequests.id })
      .from(contactRequests)
      .where(
        and(
          eq(contactRequests.profileId, profile.id),
          eq(contactRequests.organisationId, user.organisationId),
          inArray(contactRequests.status, [...OPEN_STATUSES]),
        ),
      )
      .get()
    if (existing) return fail('conflict', { code: ['Dere har allerede en åpen forespørsel om denne profilen.'] })

    const row = tx
      .insert(contactRequests)
      .values({
        profileId: profile.id,
        organisationId: user.organisationId,
        requestedByUserId: user.id,
        vacancyId: input.vacancyId ?? null,
        message,
        status: 'SENDT',
        createdAt: nowIso(),
      })
      .returning({ id: contactRequests.id })
      .get()
    audit(tx, actorOf(user), {
      action: 'CONTACT_REQUESTED',
      subjectType: 'contact_request',
      subjectId: row.id,
      candidateId: profile.candidateId,
      details: { profileCode: profile.code, vacancyId: input.vacancyId ?? null },
    })
    const owner = ownerOf(tx, profile.candidateId)
    const org = tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, user.organisationId)).get()
    enqueueEmail(
      tx,
      owner.email,
      'contact-requested',
      contactRequestedEmail({
        organisationName: org?.name ?? 'En arbeidsgiver',
        profileCode: profile.code,
        vacancyTitle,
        url: `${appUrl()}/jobbspesialist/foresporsler/${row.id}`,
      }),
    )
    return ok({ id: row.id })
  })
}

function ownerOf(db: DbOrTx, candidateId: number) {
  return db
    .select({ id: users.id, email: users.email })
    .from(candidates)
    .innerJoin(users, eq(users.id, candidates.jobbspesialistUserId))
    .where(eq(candidates.id, candidateId))
    .get()!
}

/** Who at the employer hears about the answer: the requester, or else the organisation's employer users. */
function employerRecipients(db: DbOrTx, requestedByUserId: number | null, organisationId: number): string[] {
  if (requestedByUserId != null) {
    const u = db.select({ email: users.email, disabledAt: users.disabledAt }).from(users).where(eq(users.id, requestedByUserId)).get()
    if (u && !u.disabledAt) return [u.email]
  }
  return db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.role, 'arbeidsgiver'), isNull(users.disabledAt)))
    .all()
    .map((r) => r.email)
}

/* ------------------------------------------------------------------ employer: reading */

const sharingColumns = {
  status: contactRequests.status,
  sharedUntil: contactRequests.sharedUntil,
  sharingExpiredAt: contactRequests.sharingExpiredAt,
}

/** The consent row behind a GODKJENT request (withdrawal ends the sharing at once). */
function consentWithdrawnAt(db: DbOrTx, requestId: number): string | null {
  const row = db
    .select({ withdrawnAt: consents.withdrawnAt })
    .from(consents)
    .where(and(eq(consents.contactRequestId, requestId), eq(consents.kind, 'DELING_MED_ARBEIDSGIVER')))
    .orderBy(desc(consents.id))
    .get()
  return row?.withdrawnAt ?? null
}

/** Sharing is active: approved, within 6 months, not expired by the job, and the per-employer consent not withdrawn. */
function sharingActiveFor(
  db: DbOrTx,
  row: { id: number; status: string; sharedUntil: string | null; sharingExpiredAt: string | null },
  now = nowIso(),
): boolean {
  return isSharingActive({ ...row, consentWithdrawnAt: row.status === 'GODKJENT' ? consentWithdrawnAt(db, row.id) : null }, now)
}

/** The employer's own requests, newest first. Statuses as the employer may see them; no personal data. */
export function listRequestsForEmployer(organisationId: number) {
  const db = getDb()
  const now = nowIso()
  return db
    .select({
      id: contactRequests.id,
      profileCode: profiles.code,
      vacancyTitle: vacancies.title,
      createdAt: contactRequests.createdAt,
      employerMarking: contactRequests.employerMarking,
      ...sharingColumns,
    })
    .from(contactRequests)
    .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
    .leftJoin(vacancies, eq(vacancies.id, contactRequests.vacancyId))
    .where(eq(contactRequests.organisationId, organisationId))
    .orderBy(desc(contactRequests.createdAt), desc(contactRequests.id))
    .all()
    .map((r) => ({
      id: r.id,
      profileCode: r.profileCode,
      vacancyTitle: r.vacancyTitle,
      createdAt: r.createdAt,
      status: r.status,
      employerMarking: r.employerMarking,
      sharingActive: sharingActiveFor(db, r, now),
    }))
}

export type SharedPerson = {
  firstName: string
  lastName: string
  phone: string | null
  email: string | null
  cv: Cv
  cvParts: string[]
  sharedUntil: string
}

/**
 * One request as its employer sees it. While sharing is active the person's
 * name, contact details and the chosen CV parts are included — and that view
 * is audit-logged (CONTACT_DETAILS_VIEWED). Another organisation gets null (404).
 */
export function getRequestForEmployer(user: Employer, id: number) {
  const db = getDb()
  const row = db
    .select({
      id: contactRequests.id,
      organisationId: contactRequests.organisationId,
      profileCode: profiles.code,
      candidateId: profiles.candidateId,
      vacancyTitle: vacancies.title,
      message: contactRequests.message,
      createdAt: contactRequests.createdAt,
      answeredAt: contactRequests.answeredAt,
      employerMarking: contactRequests.employerMarking,
      markedAt: contactRequests.markedAt,
      sharedCvParts: contactRequests.sharedCvParts,
      ...sharingColumns,
    })
    .from(contactRequests)
    .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
    .leftJoin(vacancies, eq(vacancies.id, contactRequests.vacancyId))
    .where(eq(contactRequests.id, id))
    .get()
  if (!row || row.organisationId !== user.organisationId) return null
  const status = row.status
  const active = sharingActiveFor(db, row)
  let person: SharedPerson | null = null
  if (active) {
    person = db.transaction((tx) => {
      const c = tx
        .select({
          firstName: candidates.firstName,
          lastName: candidates.lastName,
          phone: candidates.phone,
          email: candidates.email,
          cv: candidates.cv,
        })
        .from(candidates)
        .where(eq(candidates.id, row.candidateId))
        .get()!
      audit(tx, actorOf(user), {
        action: 'CONTACT_DETAILS_VIEWED',
        subjectType: 'contact_request',
        subjectId: row.id,
        candidateId: row.candidateId,
        details: { cvParts: row.sharedCvParts },
      })
      return {
        firstName: c.firstName,
        lastName: c.lastName,
        phone: c.phone,
        email: c.email,
        cv: pickCvParts(c.cv, row.sharedCvParts),
        cvParts: row.sharedCvParts,
        sharedUntil: row.sharedUntil!,
      }
    })
  }
  return {
    id: row.id,
    profileCode: row.profileCode,
    vacancyTitle: row.vacancyTitle,
    message: row.message,
    createdAt: row.createdAt,
    status,
    employerMarking: row.employerMarking,
    canWithdraw: nextStatus(status, 'WITHDRAW') != null,
    sharingActive: active,
    sharingEnded: status === 'GODKJENT' && !active,
    person,
  }
}

/** TRUKKET, before the person has answered. */
export function withdrawRequest(user: Employer, id: number): Result<undefined> {
  return getDb().transaction((tx) => {
    const party = requireEmployersRequest(user, id, tx)
    if (!party.ok) return party
    const row = party.value
    const target = nextStatus(row.status, 'WITHDRAW')
    if (!target) return fail('conflict', { id: ['Forespørselen er allerede besvart og kan ikke trekkes.'] })
    if (!changeStatus(tx, row, 'WITHDRAW', { answeredAt: null }))
      return fail('conflict', { id: ['Forespørselen er endret. Last siden på nytt.'] })
    audit(tx, actorOf(user), {
      action: 'CONTACT_WITHDRAWN',
      subjectType: 'contact_request',
      subjectId: id,
      candidateId: row.candidateId,
    })
    const owner = ownerOf(tx, row.candidateId)
    enqueueEmail(
      tx,
      owner.email,
      'contact-withdrawn',
      contactWithdrawnEmail({
        organisationName: row.organisationName,
        profileCode: row.profileCode,
        url: `${appUrl()}/jobbspesialist/foresporsler/${id}`,
      }),
    )
    return ok()
  })
}

/** AKTUELL / TIL_VURDERING / IKKE_AKTUELL / FATT_JOBBEN, only while sharing is active. FATT_JOBBEN asks the jobbspesialist to start a follow-up agreement. */
export function markCandidate(user: Employer, id: number, marking: string): Result<undefined> {
  if (!isCode(EMPLOYER_MARKING_CODES, marking)) return fail('validation', { marking: ['Velg en markering.'] })
  return getDb().transaction((tx) => {
    const party = requireEmployersRequest(user, id, tx)
    if (!party.ok) return party
    const row = party.value
    if (!sharingActiveFor(tx, row))
      return fail('conflict', { marking: ['Dere kan bare markere kandidater som har delt kontaktinformasjonen sin med dere.'] })
    tx.update(contactRequests)
      .set({ employerMarking: marking, markedAt: nowIso(), updatedAt: nowIso() })
      .where(eq(contactRequests.id, id))
      .run()
    audit(tx, actorOf(user), {
      action: 'CONTACT_MARKED',
      subjectType: 'contact_request',
      subjectId: id,
      candidateId: row.candidateId,
      details: { marking },
    })
    if (marking === 'FATT_JOBBEN' && row.employerMarking !== 'FATT_JOBBEN') {
      const owner = ownerOf(tx, row.candidateId)
      enqueueEmail(
        tx,
        owner.email,
        'contact-hired',
        hiredEmail({
          organisationName: row.organisationName,
          profileCode: row.profileCode,
          url: `${appUrl()}/jobbspesialist/foresporsler/${id}`,
        }),
      )
    }
    return ok()
  })
}

/* ------------------------------------------------------------------ shared transition plumbing */

function loadForTransition(db: DbOrTx, id: number) {
  const row = db
    .select({
      id: contactRequests.id,
      status: contactRequests.status,
      organisationId: contactRequests.organisationId,
      organisationName: organisations.name,
      requestedByUserId: contactRequests.requestedByUserId,
      profileCode: profiles.code,
      candidateId: profiles.candidateId,
      ownerUserId: candidates.jobbspesialistUserId,
      sharedCvParts: contactRequests.sharedCvParts,
      sharedUntil: contactRequests.sharedUntil,
      sharingExpiredAt: contactRequests.sharingExpiredAt,
      employerMarking: contactRequests.employerMarking,
      replyDeadline: contactRequests.replyDeadline,
    })
    .from(contactRequests)
    .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
    .innerJoin(candidates, eq(candidates.id, profiles.candidateId))
    .innerJoin(organisations, eq(organisations.id, contactRequests.organisationId))
    .where(eq(contactRequests.id, id))
    .get()
  return row ?? null
}
type LoadedRequest = NonNullable<ReturnType<typeof loadForTransition>>

/** Applies a table transition, guarded on the current status (a concurrent change makes it a no-op → false). */
function changeStatus(tx: DbOrTx, row: LoadedRequest, event: ContactEvent, set: Partial<typeof contactRequests.$inferInsert>): boolean {
  const target = nextStatus(row.status, event)
  if (!target) return false
  const result = tx
    .update(contactRequests)
    .set({ ...set, status: target, updatedAt: nowIso() })
    .where(and(eq(contactRequests.id, row.id), eq(contactRequests.status, row.status)))
    .run()
  return result.changes === 1
}

/* ------------------------------------------------------------------ jobbspesialist */

/** Every request about the jobbspesialist's own persons, newest first. */
export function listRequestsForJobbspesialist(jobbspesialistUserId: number) {
  return getDb()
    .select({
      id: contactRequests.id,
      status: contactRequests.status,
      createdAt: contactRequests.createdAt,
      replyDeadline: contactRequests.replyDeadline,
      employerMarking: contactRequests.employerMarking,
      profileCode: profiles.code,
      candidateId: candidates.id,
      firstName: candidates.firstName,
      lastName: candidates.lastName,
      organisationName: organisations.name,
    })
    .from(contactRequests)
    .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
    .innerJoin(candidates, eq(candidates.id, profiles.candidateId))
    .innerJoin(organisations, eq(organisations.id, contactRequests.organisationId))
    .where(eq(candidates.jobbspesialistUserId, jobbspesialistUserId))
    .orderBy(desc(contactRequests.createdAt), desc(contactRequests.id))
    .all()
}

/** One request for its owning jobbspesialist (null for anyone else). */
export function getRequestForJobbspesialist(jobbspesialistUserId: number, id: number) {
  const db = getDb()
  const requester = aliasedTable(users, 'requester')
  const row = db
    .select({
      id: contactRequests.id,
      status: contactRequests.status,
      message: contactRequests.message,
      createdAt: contactRequests.createdAt,
      askedAt: contactRequests.askedAt,
      answeredAt: contactRequests.answeredAt,
      replyDeadline: contactRequests.replyDeadline,
      sharedCvParts: contactRequests.sharedCvParts,
      sharedUntil: contactRequests.sharedUntil,
      sharingExpiredAt: contactRequests.sharingExpiredAt,
      employerMarking: contactRequests.employerMarking,
      markedAt: contactRequests.markedAt,
      profileCode: profiles.code,
      profileStatus: profiles.status,
      candidateId: candidates.id,
      ownerUserId: candidates.jobbspesialistUserId,
      firstName: candidates.firstName,
      lastName: candidates.lastName,
      candidateEmail: candidates.email,
      organisationName: organisations.name,
      organisationKommune: kommuner.name,
      requesterName: requester.name,
      vacancyTitle: vacancies.title,
    })
    .from(contactRequests)
    .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
    .innerJoin(candidates, eq(candidates.id, profiles.candidateId))
    .innerJoin(organisations, eq(organisations.id, contactRequests.organisationId))
    .leftJoin(kommuner, eq(kommuner.kommunenummer, organisations.kommunenummer))
    .leftJoin(requester, eq(requester.id, contactRequests.requestedByUserId))
    .leftJoin(vacancies, eq(vacancies.id, contactRequests.vacancyId))
    .where(eq(contactRequests.id, id))
    .get()
  if (!row || row.ownerUserId !== jobbspesialistUserId) return null
  const status = row.status
  const consent =
    status === 'GODKJENT' || status === 'AVSLATT'
      ? (db
          .select({ method: consents.method, givenAt: consents.givenAt, withdrawnAt: consents.withdrawnAt })
          .from(consents)
          .where(eq(consents.contactRequestId, id))
          .orderBy(desc(consents.id))
          .get() ?? null)
      : null
  const linkSent =
    db
      .select({ id: candidateTokens.id })
      .from(candidateTokens)
      .where(and(eq(candidateTokens.purpose, 'CONTACT_CONSENT'), eq(candidateTokens.subjectId, id)))
      .get() != null
  return {
    ...row,
    status,
    employerMarking: row.employerMarking,
    hasEmail: Boolean(row.candidateEmail),
    canAsk: nextStatus(status, 'ASK_CANDIDATE') != null,
    canRecordAnswer: nextStatus(status, 'ACCEPT') != null,
    consent,
    linkSent,
  }
}

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
    audit(tx, actorOf(user), {
      action: 'CONTACT_CANDIDATE_ASKED',
      subjectType: 'contact_request',
      subjectId: id,
      candidateId: row.candidateId,
      details: { deadline: deadline.deadline, cvParts: parts, link: input.sendLink },
    })
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
    const row = owned.value
    return applyAnswer(tx, row, answer, method, actorOf(user), user.id)
  })
}

/** GODKJENT (with a DELING_MED_ARBEIDSGIVER consent for this one organisation) or AVSLATT. */
function applyAnswer(
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
  const employerUrl = `${appUrl()}/arbeidsgiver/kontakter/${row.id}`
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
    audit(tx, actor, {
      action: 'CONTACT_APPROVED',
      subjectType: 'contact_request',
      subjectId: row.id,
      candidateId: row.candidateId,
      details: { organisationId: row.organisationId, cvParts: row.sharedCvParts, method, sharedUntil },
    })
    for (const to of employerRecipients(tx, row.requestedByUserId, row.organisationId)) {
      enqueueEmail(tx, to, 'contact-approved', contactApprovedEmail({ profileCode: row.profileCode, url: employerUrl }))
    }
  } else {
    audit(tx, actor, {
      action: 'CONTACT_DECLINED',
      subjectType: 'contact_request',
      subjectId: row.id,
      candidateId: row.candidateId,
      details: { method },
    })
    for (const to of employerRecipients(tx, row.requestedByUserId, row.organisationId)) {
      enqueueEmail(tx, to, 'contact-not-completed', contactNotCompletedEmail({ profileCode: row.profileCode, url: employerUrl }))
    }
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
  const request = loadForTransition(db, row.subjectId)
  if (!request || request.candidateId !== row.candidateId || request.status !== 'SPURT_KANDIDAT') return { state: 'closed' as const }
  return { state: 'valid' as const, token: row, request }
}

/** What the person is consenting to — and nothing else (no login). */
export function getConsentLink(token: string): ConsentLinkState {
  const db = getDb()
  const s = tokenState(db, token)
  if (s.state !== 'valid') return { state: s.state }
  const detail = db
    .select({
      message: contactRequests.message,
      replyDeadline: contactRequests.replyDeadline,
      organisationName: organisations.name,
      organisationKommune: kommuner.name,
      vacancyTitle: vacancies.title,
    })
    .from(contactRequests)
    .innerJoin(organisations, eq(organisations.id, contactRequests.organisationId))
    .leftJoin(kommuner, eq(kommuner.kommunenummer, organisations.kommunenummer))
    .leftJoin(vacancies, eq(vacancies.id, contactRequests.vacancyId))
    .where(eq(contactRequests.id, s.request.id))
    .get()!
  return {
    state: 'valid',
    organisationName: detail.organisationName,
    organisationKommune: detail.organisationKommune,
    vacancyTitle: detail.vacancyTitle,
    message: detail.message,
    cvParts: s.request.sharedCvParts.map((code) => ({ code, label: cvPartLabel(code) })),
    deadline: detail.replyDeadline!,
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

/* ------------------------------------------------------------------ scheduled jobs */

/** SPURT_KANDIDAT past its deadline → UTLOPT; the employer is told only that it did not go ahead. Idempotent. */
export function expireOverdueRequests(): number {
  const db = getDb()
  const today = todayIso()
  const due = db
    .select({ id: contactRequests.id })
    .from(contactRequests)
    .where(and(eq(contactRequests.status, 'SPURT_KANDIDAT'), lt(contactRequests.replyDeadline, today)))
    .all()
  let expired = 0
  for (const { id } of due) {
    db.transaction((tx) => {
      const row = loadForTransition(tx, id)
      if (!row || !changeStatus(tx, row, 'EXPIRE', {})) return
      audit(tx, null, {
        action: 'CONTACT_EXPIRED',
        subjectType: 'contact_request',
        subjectId: id,
        candidateId: row.candidateId,
        details: { deadline: row.replyDeadline },
      })
      const url = `${appUrl()}/arbeidsgiver/kontakter/${id}`
      for (const to of employerRecipients(tx, row.requestedByUserId, row.organisationId)) {
        enqueueEmail(tx, to, 'contact-not-completed', contactNotCompletedEmail({ profileCode: row.profileCode, url }))
      }
      expired++
    })
  }
  return expired
}

/** After 6 months what was shared disappears: sets sharingExpiredAt once. Idempotent. */
export function expireSharing(): number {
  const db = getDb()
  const now = nowIso()
  return db.transaction((tx) => {
    const due = tx
      .select({ id: contactRequests.id, candidateId: profiles.candidateId })
      .from(contactRequests)
      .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
      .where(and(eq(contactRequests.status, 'GODKJENT'), isNull(contactRequests.sharingExpiredAt), lte(contactRequests.sharedUntil, now)))
      .all()
    for (const row of due) {
      tx.update(contactRequests)
        .set({ sharingExpiredAt: now, updatedAt: now })
        .where(and(eq(contactRequests.id, row.id), isNull(contactRequests.sharingExpiredAt)))
        .run()
      audit(tx, null, {
        action: 'CONTACT_SHARING_EXPIRED',
        subjectType: 'contact_request',
        subjectId: row.id,
        candidateId: row.candidateId,
      })
    }
    return due.length
  })
}

export function runContactJobs(): { expiredRequests: number; expiredSharing: number } {
  return { expiredRequests: expireOverdueRequests(), expiredSharing: expireSharing() }
}

/** Background starter (app/services/background.server.ts): runs the contact jobs every minute. */
export function startContactJobs(_env: Env, intervalMs = 60_000): () => void {
  const tick = () => {
    try {
      runContactJobs()
    } catch (error) {
      console.error('Kontaktjobbene feilet:', error instanceof Error ? error.message : 'ukjent feil')
    }
  }
  tick()
  const timer = setInterval(tick, intervalMs)
  timer.unref?.()
  return () => clearInterval(timer)
}

/* ------------------------------------------------------------------ for other capabilities */

/**
 * People the employer marked FATT_JOBBEN, for the owning jobbspesialist: the
 * agreements capability starts a follow-up agreement from these (and filters
 * out the ones that already have one).
 */
export function listHiresAwaitingAgreement(jobbspesialistUserId: number) {
  return getDb()
    .select({
      contactRequestId: contactRequests.id,
      candidateId: candidates.id,
      firstName: candidates.firstName,
      lastName: candidates.lastName,
      profileCode: profiles.code,
      organisationId: contactRequests.organisationId,
      organisationName: organisations.name,
      vacancyId: contactRequests.vacancyId,
      markedAt: contactRequests.markedAt,
    })
    .from(contactRequests)
    .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
    .innerJoin(candidates, eq(candidates.id, profiles.candidateId))
    .innerJoin(organisations, eq(organisations.id, contactRequests.organisationId))
    .where(and(eq(candidates.jobbspesialistUserId, jobbspesialistUserId), eq(contactRequests.employerMarking, 'FATT_JOBBEN')))
    .orderBy(desc(contactRequests.markedAt))
    .all()
}

/** For the jobbspesialist's home page: requests waiting for them (SENDT) and for the person (SPURT_KANDIDAT). */
export function jobbspesialistContactSummary(jobbspesialistUserId: number): { newRequests: number; awaitingPerson: number } {
  const rows = listRequestsForJobbspesialist(jobbspesialistUserId)
  return {
    newRequests: rows.filter((r) => r.status === 'SENDT').length,
    awaitingPerson: rows.filter((r) => r.status === 'SPURT_KANDIDAT').length,
  }
}

/** For the employer's home page: open requests and people currently shared with the organisation. */
export function employerContactSummary(organisationId: number): { open: number; shared: number } {
  const rows = listRequestsForEmployer(organisationId)
  return {
    open: rows.filter((r) => OPEN_STATUSES.includes(r.status)).length,
    shared: rows.filter((r) => r.sharingActive).length,
  }
}

/* ------------------------------------------------------------------ the person on Min side (issue 14) */

const PERSON_NOT_FOUND = 'Fant ikke forespørselen.'

/** Requests the person has been asked about (from SPURT_KANDIDAT on), newest first. Only their own. */
export function listRequestsForPerson(candidateId: number) {
  const db = getDb()
  const now = nowIso()
  return db
    .select({
      id: contactRequests.id,
      status: contactRequests.status,
      askedAt: contactRequests.askedAt,
      replyDeadline: contactRequests.replyDeadline,
      answeredAt: contactRequests.answeredAt,
      organisationName: organisations.name,
      vacancyTitle: vacancies.title,
      sharedUntil: contactRequests.sharedUntil,
      sharingExpiredAt: contactRequests.sharingExpiredAt,
    })
    .from(contactRequests)
    .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
    .innerJoin(organisations, eq(organisations.id, contactRequests.organisationId))
    .leftJoin(vacancies, eq(vacancies.id, contactRequests.vacancyId))
    .where(and(eq(profiles.candidateId, candidateId), isNotNull(contactRequests.askedAt)))
    .orderBy(desc(contactRequests.askedAt), desc(contactRequests.id))
    .all()
    .map((r) => ({ ...r, sharingActive: sharingActiveFor(db, r, now) }))
}

export type PersonRequestList = ReturnType<typeof listRequestsForPerson>

/** One request the person has been asked about: what the employer wrote, the CV parts, the deadline. */
export function getRequestForPerson(candidateId: number, id: number) {
  const db = getDb()
  const row = loadForTransition(db, id)
  if (!row || row.candidateId !== candidateId) return null
  const detail = db
    .select({
      message: contactRequests.message,
      askedAt: contactRequests.askedAt,
      answeredAt: contactRequests.answeredAt,
      organisationKommune: kommuner.name,
      vacancyTitle: vacancies.title,
    })
    .from(contactRequests)
    .innerJoin(organisations, eq(organisations.id, contactRequests.organisationId))
    .leftJoin(kommuner, eq(kommuner.kommunenummer, organisations.kommunenummer))
    .leftJoin(vacancies, eq(vacancies.id, contactRequests.vacancyId))
    .where(eq(contactRequests.id, id))
    .get()!
  if (!detail.askedAt) return null
  const active = sharingActiveFor(db, row)
  return {
    id: row.id,
    status: row.status,
    organisationName: row.organisationName,
    organisationKommune: detail.organisationKommune,
    vacancyTitle: detail.vacancyTitle,
    message: detail.message,
    cvParts: row.sharedCvParts.map((code) => ({ code, label: cvPartLabel(code) })),
    deadline: row.replyDeadline,
    answeredAt: detail.answeredAt,
    canAnswer: row.status === 'SPURT_KANDIDAT' && !isDeadlinePassed(row.replyDeadline, todayIso()),
    sharingActive: active,
    sharedUntil: row.sharedUntil,
  }
}

/** The person answers on Min side: the same transition as the e-mailed link (and it closes that link). */
export function answerAsPerson(candidateId: number, id: number, answer: 'JA' | 'NEI'): Result<{ answer: 'JA' | 'NEI' }> {
  return getDb().transaction((tx) => {
    const own = requirePersonsRequest(candidateId, id, tx)
    if (!own.ok) return own
    const row = own.value
    if (row.status !== 'SPURT_KANDIDAT') return fail('conflict', { answer: ['Du har allerede svart, eller forespørselen er avsluttet.'] })
    if (isDeadlinePassed(row.replyDeadline, todayIso()))
      return fail('conflict', { answer: ['Fristen for å svare har gått ut. Ta kontakt med jobbspesialisten din.'] })
    const result = applyAnswer(tx, row, answer, 'MIN_SIDE', personActor(candidateId), null)
    if (!result.ok) return result
    return ok({ answer })
  })
}

/** The person ends an active sharing before the 6 months are over: the employer loses access at once and is told. */
export function endSharingAsPerson(candidateId: number, id: number): Result<{ ended: true }> {
  return getDb().transaction((tx) => {
    const own = requirePersonsRequest(candidateId, id, tx)
    if (!own.ok) return own
    const row = own.value
    if (!sharingActiveFor(tx, row)) return fail('conflict', 'Delingen er allerede avsluttet.')
    const at = nowIso()
    tx.update(consents)
      .set({ withdrawnAt: at })
      .where(and(eq(consents.contactRequestId, row.id), eq(consents.kind, 'DELING_MED_ARBEIDSGIVER'), isNull(consents.withdrawnAt)))
      .run()
    audit(tx, personActor(candidateId), {
      action: 'CONTACT_SHARING_ENDED',
      subjectType: 'contact_request',
      subjectId: row.id,
      candidateId,
      details: { organisationId: row.organisationId },
    })
    const url = `${appUrl()}/arbeidsgiver/kontakter/${row.id}`
    for (const to of employerRecipients(tx, row.requestedByUserId, row.organisationId)) {
      enqueueEmail(tx, to, 'contact-sharing-ended', sharingEndedEmail({ profileCode: row.profileCode, url }))
    }
    return ok({ ended: true as const })
  })
}
