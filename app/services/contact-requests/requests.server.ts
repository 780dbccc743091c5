/**
 * The employer's side: asking to get in touch about a published profile
 * (SENDT), withdrawing before the person has answered, and marking a person
 * who has shared their details. Each change e-mails the jobbspesialist.
 */
import { and, eq } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { contactRequests, organisations, profiles, vacancies } from '@db/schema'
import { contactRequestedEmail, contactWithdrawnEmail, hiredEmail } from '@emails/templates/contact-requests'
import type { EmployerMarking } from '~/domain/codes'
import { nextStatus, type ContactRequestInput } from '~/domain/contact-requests'
import { actorOf } from '~/services/audit.server'
import { nowIso } from '~/utils/clock.server'
import { fail, ok, type Result } from '~/utils/result'
import {
  auditRequest,
  changeStatus,
  findOpenRequest,
  jobbspesialistRequestUrl,
  notifyOwner,
  requireEmployersRequest,
  sharingActiveFor,
  type Employer,
} from './shared.server'

/** The parsed form (`ContactRequestSchema`) and the profile code from the URL. */
export type CreateContactRequestInput = ContactRequestInput & { code: string }

/** SENDT. Refused (and nothing changes) when the profile is not published, the vacancy is not the employer's own published one, or a request is already open. */
export function createContactRequest(user: Employer, input: CreateContactRequestInput): Result<{ id: number }> {
  const { message } = input
  return getDb().transaction((tx) => {
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
    if (findOpenRequest(tx, user.organisationId, profile.code)) {
      return fail('conflict', { code: ['Dere har allerede en åpen forespørsel om denne profilen.'] })
    }

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
    auditRequest(
      tx,
      actorOf(user),
      'CONTACT_REQUESTED',
      { id: row.id, candidateId: profile.candidateId },
      { profileCode: profile.code, vacancyId: input.vacancyId ?? null },
    )
    const org = tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, user.organisationId)).get()
    notifyOwner(
      tx,
      profile.candidateId,
      'contact-requested',
      contactRequestedEmail({
        organisationName: org?.name ?? 'En arbeidsgiver',
        profileCode: profile.code,
        vacancyTitle,
        url: jobbspesialistRequestUrl(row.id),
      }),
    )
    return ok({ id: row.id })
  })
}

/** TRUKKET, before the person has answered. */
export function withdrawRequest(user: Employer, id: number): Result<undefined> {
  return getDb().transaction((tx) => {
    const party = requireEmployersRequest(user, id, tx)
    if (!party.ok) return party
    const row = party.value
    if (!nextStatus(row.status, 'WITHDRAW')) return fail('conflict', { id: ['Forespørselen er allerede besvart og kan ikke trekkes.'] })
    if (!changeStatus(tx, row, 'WITHDRAW', { answeredAt: null }))
      return fail('conflict', { id: ['Forespørselen er endret. Last siden på nytt.'] })
    auditRequest(tx, actorOf(user), 'CONTACT_WITHDRAWN', row)
    notifyOwner(
      tx,
      row.candidateId,
      'contact-withdrawn',
      contactWithdrawnEmail({ organisationName: row.organisationName, profileCode: row.profileCode, url: jobbspesialistRequestUrl(id) }),
    )
    return ok()
  })
}

/** AKTUELL / TIL_VURDERING / IKKE_AKTUELL / FATT_JOBBEN, only while sharing is active. FATT_JOBBEN asks the jobbspesialist to start a follow-up agreement. */
export function markCandidate(user: Employer, id: number, marking: EmployerMarking): Result<undefined> {
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
    auditRequest(tx, actorOf(user), 'CONTACT_MARKED', row, { marking })
    if (marking === 'FATT_JOBBEN' && row.employerMarking !== 'FATT_JOBBEN') {
      notifyOwner(
        tx,
        row.candidateId,
        'contact-hired',
        hiredEmail({ organisationName: row.organisationName, profileCode: row.profileCode, url: jobbspesialistRequestUrl(id) }),
      )
    }
    return ok()
  })
}
