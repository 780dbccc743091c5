import { and, asc, eq, inArray } from 'drizzle-orm'
import { auditLog, candidates, consents, contactRequests, profiles, users, vacancies } from '../schema'
import type { SeedContext } from './demo.server'
import type { AuditAction } from '~/domain/audit/actions'
import { addDays, sharedUntilFrom } from '~/domain/contact-requests'
import { now, osloDate } from '~/utils/clock.server'

/**
 * Demo «Be om kontakt» requests in every status for the demo employers and the
 * demo jobbspesialister's published profiles: SENDT, SPURT_KANDIDAT, GODKJENT
 * (sharing active, one marked FATT_JOBBEN), AVSLATT, UTLOPT, TRUKKET and one
 * GODKJENT whose 6-month sharing has ended. Runs after the caseload step; does
 * nothing when there are no published profiles.
 */
export function seedContactRequests(ctx: SeedContext): void {
  const { db } = ctx
  const jsIds = ['jobbspesialist@demo.no', 'jobbspesialist2@demo.no']
    .map((email) => ctx.usersByEmail.get(email))
    .filter((id): id is number => id != null)
  if (jsIds.length === 0) return
  const published = db
    .select({ id: profiles.id, candidateId: profiles.candidateId, owner: candidates.jobbspesialistUserId })
    .from(profiles)
    .innerJoin(candidates, eq(candidates.id, profiles.candidateId))
    .where(and(eq(profiles.status, 'PUBLISERT'), inArray(candidates.jobbspesialistUserId, jsIds)))
    .orderBy(asc(profiles.id))
    .all()
  if (published.length === 0) return
  const mine = published.filter((p) => p.owner === jsIds[0])
  const theirs = published.filter((p) => p.owner !== jsIds[0])
  const pool = mine.length > 0 ? mine : published
  const pick = (i: number) => pool[i % pool.length]
  const pick2 = (i: number) => (theirs.length > 0 ? theirs[i % theirs.length] : pick(i + 3))

  const [employer0, employer1] = ctx.employerIds
  const requester = (organisationId: number) =>
    db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.organisationId, organisationId), eq(users.role, 'arbeidsgiver')))
      .get()?.id ?? null
  const vacancyOf = (organisationId: number) =>
    db
      .select({ id: vacancies.id })
      .from(vacancies)
      .where(and(eq(vacancies.organisationId, organisationId), eq(vacancies.status, 'PUBLISERT')))
      .orderBy(asc(vacancies.id))
      .get()?.id ?? null

  const nowMs = now().getTime()
  const daysAgo = (d: number) => new Date(nowMs - d * 86_400_000).toISOString()
  const today = osloDate(now())
  const messages = [
    'Vi har en ledig stilling som kan passe, og vi kan tilrettelegge arbeidstiden. Kan vi ta en prat?',
    'Vi ser etter en stabil medarbeider og har god erfaring med oppfølging fra NAV.',
    'Profilen passer godt med det vi trenger. Vi tilbyr fast stilling etter en prøveperiode.',
  ]

  type Plan = {
    profile: { id: number; candidateId: number }
    organisationId: number
    status: 'SENDT' | 'SPURT_KANDIDAT' | 'GODKJENT' | 'AVSLATT' | 'UTLOPT' | 'TRUKKET'
    createdDaysAgo: number
    answeredDaysAgo?: number
    deadline?: string
    marking?: 'AKTUELL' | 'TIL_VURDERING' | 'IKKE_AKTUELL' | 'FATT_JOBBEN'
    cvParts?: string[]
  }
  const plans: Plan[] = [
    { profile: pick(0), organisationId: employer0, status: 'SENDT', createdDaysAgo: 1 },
    {
      profile: pick(1),
      organisationId: employer0,
      status: 'SPURT_KANDIDAT',
      createdDaysAgo: 3,
      deadline: addDays(today, 3),
      cvParts: ['SUMMARY', 'EXPERIENCE'],
    },
    {
      profile: pick(2),
      organisationId: employer0,
      status: 'GODKJENT',
      createdDaysAgo: 30,
      answeredDaysAgo: 25,
      marking: 'FATT_JOBBEN',
      cvParts: ['SUMMARY', 'EXPERIENCE', 'EDUCATION'],
    },
    {
      profile: pick(3),
      organisationId: employer0,
      status: 'GODKJENT',
      createdDaysAgo: 12,
      answeredDaysAgo: 9,
      marking: 'TIL_VURDERING',
      cvParts: ['SUMMARY', 'CERTIFICATES'],
    },
    { profile: pick(4), organisationId: employer0, status: 'UTLOPT', createdDaysAgo: 20, deadline: addDays(today, -10) },
    { profile: pick(0), organisationId: employer1, status: 'AVSLATT', createdDaysAgo: 15, answeredDaysAgo: 13 },
    { profile: pick(1), organisationId: employer1, status: 'TRUKKET', createdDaysAgo: 8 },
    {
      profile: pick(2),
      organisationId: employer1,
      status: 'GODKJENT',
      createdDaysAgo: 220,
      answeredDaysAgo: 200,
      marking: 'AKTUELL',
      cvParts: ['SUMMARY'],
    },
    { profile: pick2(0), organisationId: employer1, status: 'SENDT', createdDaysAgo: 2 },
    { profile: pick2(1), organisationId: employer0, status: 'GODKJENT', createdDaysAgo: 6, answeredDaysAgo: 4, cvParts: ['EXPERIENCE'] },
  ]

  const open = new Set<string>()
  plans.forEach((plan, i) => {
    if (plan.status === 'SENDT' || plan.status === 'SPURT_KANDIDAT') {
      const key = `${plan.profile.id}:${plan.organisationId}`
      if (open.has(key)) return // at most one open request per employer and profile
      open.add(key)
    }
    const createdAt = daysAgo(plan.createdDaysAgo)
    const answeredAt = plan.answeredDaysAgo != null ? daysAgo(plan.answeredDaysAgo) : null
    const sharedUntil = plan.status === 'GODKJENT' && answeredAt ? sharedUntilFrom(answeredAt) : null
    const asked = plan.status !== 'SENDT' && plan.status !== 'TRUKKET'
    const requestedBy = requester(plan.organisationId)
    const row = db
      .insert(contactRequests)
      .values({
        profileId: plan.profile.id,
        organisationId: plan.organisationId,
        requestedByUserId: requestedBy,
        vacancyId: i % 2 === 0 ? vacancyOf(plan.organisationId) : null,
        message: messages[i % messages.length],
        status: plan.status,
        replyDeadline: asked ? (plan.deadline ?? osloDate(new Date(Date.parse(createdAt) + 3 * 86_400_000))) : null,
        askedAt: asked ? daysAgo(plan.createdDaysAgo - 1) : null,
        answeredAt,
        sharedCvParts: plan.cvParts ?? [],
        employerMarking: plan.marking ?? null,
        markedAt: plan.marking && answeredAt ? answeredAt : null,
        sharedUntil,
        sharingExpiredAt: sharedUntil && sharedUntil <= now().toISOString() ? sharedUntil : null,
        createdAt,
        updatedAt: answeredAt ?? createdAt,
      })
      .returning({ id: contactRequests.id })
      .get()
    // The person's history (innsyn) reads the audit log: the request, the answer and one view of the contact details.
    const employerActor = { actorUserId: requestedBy, actorRole: 'arbeidsgiver', actorOrganisationId: plan.organisationId }
    const entry = (at: string, action: AuditAction, actor: Partial<typeof employerActor> = {}) =>
      db
        .insert(auditLog)
        .values({ at, action, subjectType: 'contact_request', subjectId: String(row.id), candidateId: plan.profile.candidateId, ...actor })
        .run()
    db.insert(auditLog)
      .values({
        at: createdAt,
        action: 'PROFILE_VIEWED',
        subjectType: 'profile',
        subjectId: String(plan.profile.id),
        candidateId: plan.profile.candidateId,
        ...employerActor,
      })
      .run()
    entry(createdAt, 'CONTACT_REQUESTED', employerActor)
    if (plan.status === 'TRUKKET') entry(daysAgo(plan.createdDaysAgo - 1), 'CONTACT_WITHDRAWN', employerActor)
    if (plan.status === 'UTLOPT') entry(daysAgo(plan.createdDaysAgo - 4), 'CONTACT_EXPIRED')
    if (plan.status === 'AVSLATT' && answeredAt) entry(answeredAt, 'CONTACT_DECLINED')
    if (plan.status === 'GODKJENT' && answeredAt) {
      entry(answeredAt, 'CONTACT_APPROVED')
      entry(new Date(Date.parse(answeredAt) + 3_600_000).toISOString(), 'CONTACT_DETAILS_VIEWED', employerActor)
      db.insert(consents)
        .values({
          candidateId: plan.profile.candidateId,
          kind: 'DELING_MED_ARBEIDSGIVER',
          organisationId: plan.organisationId,
          contactRequestId: row.id,
          method: i % 2 === 0 ? 'DIGITAL_LENKE' : 'MUNTLIG',
          scope: ['NAVN', 'KONTAKTINFORMASJON', ...(plan.cvParts ?? [])].join(','),
          givenAt: answeredAt,
        })
        .run()
    }
  })
}
