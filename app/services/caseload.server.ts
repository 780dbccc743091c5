/**
 * Caseload (portefølje) figures for IPS: active caseload against the norm of
 * 20 with the fidelity band, people per IPS step, overdue follow-ups, people
 * referred more than 30 days ago with no employer contact, and outcomes.
 */
import { and, asc, eq, inArray, isNull, lt } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import {
  agreements,
  candidates,
  candidateStepHistory,
  contactRequests,
  followUpContacts,
  organisations,
  plannedFollowUps,
  profiles,
  users,
} from '@db/schema'
import { addDays, daysBetween } from '~/domain/dates'
import {
  awaitsFirstEmployerContact,
  CASELOAD_NORM,
  daysInWork,
  fidelityBand,
  FIRST_EMPLOYER_CONTACT_DAYS,
  isActiveStep,
  sharePercent,
} from '~/domain/caseload'
import type { IpsStep } from '~/domain/codes'
import { actorOf, audit } from '~/services/audit.server'
import type { SessionUser } from '~/services/auth.server'
import { todayIso } from '~/utils/clock.server'

export type Caseload = {
  userId: number
  name: string
  active: number
  norm: number
  band: 1 | 2 | 3 | 4 | 5
  perStep: Record<IpsStep, number>
  overdueFollowUps: Array<{ candidateId: number; personName: string; date: string; agreementId: number | null }>
  noEmployerContact: Array<{ candidateId: number; personName: string; referralDate: string; days: number }>
  inWork: number
  inWorkShare: number
  daysInWork: Array<{ candidateId: number; personName: string; days: number; step: IpsStep }>
  averageDaysInWork: number
}

/** Candidate ids among `ids` with any employer contact: a logged contact with the employer, a contact request or an agreement. */
function withEmployerContact(db: DbOrTx, ids: number[]): Set<number> {
  if (ids.length === 0) return new Set()
  const out = new Set<number>()
  for (const r of db
    .select({ id: followUpContacts.candidateId })
    .from(followUpContacts)
    .where(and(inArray(followUpContacts.candidateId, ids), inArray(followUpContacts.withWhom, ['ARBEIDSGIVER', 'BEGGE'])))
    .all())
    out.add(r.id)
  for (const r of db
    .select({ id: profiles.candidateId })
    .from(contactRequests)
    .innerJoin(profiles, eq(profiles.id, contactRequests.profileId))
    .where(inArray(profiles.candidateId, ids))
    .all())
    out.add(r.id)
  for (const r of db.select({ id: agreements.candidateId }).from(agreements).where(inArray(agreements.candidateId, ids)).all())
    out.add(r.id)
  return out
}

function caseloadOf(db: DbOrTx, user: { id: number; name: string }, today: string): Caseload {
  const people = db
    .select({
      id: candidates.id,
      firstName: candidates.firstName,
      lastName: candidates.lastName,
      ipsStep: candidates.ipsStep,
      referralDate: candidates.referralDate,
    })
    .from(candidates)
    .where(eq(candidates.jobbspesialistUserId, user.id))
    .orderBy(asc(candidates.lastName), asc(candidates.firstName))
    .all()
  const nameOf = new Map(people.map((p) => [p.id, `${p.firstName} ${p.lastName}`]))
  const active = people.filter((p) => isActiveStep(p.ipsStep))
  const perStep: Record<IpsStep, number> = { HENVIST: 0, FORSTE_KONTAKT: 0, KARTLEGGING: 0, JOBBSOK: 0, I_JOBB: 0, AVSLUTTET: 0, PASSIV: 0 }
  for (const p of people) perStep[p.ipsStep]++

  const ids = people.map((p) => p.id)
  const overdue =
    ids.length === 0
      ? []
      : db
          .select({ candidateId: plannedFollowUps.candidateId, date: plannedFollowUps.date, agreementId: plannedFollowUps.agreementId })
          .from(plannedFollowUps)
          .where(
            and(
              inArray(plannedFollowUps.candidateId, ids),
              isNull(plannedFollowUps.doneContactId),
              isNull(plannedFollowUps.cancelledAt),
              lt(plannedFollowUps.date, today),
            ),
          )
          .orderBy(asc(plannedFollowUps.date))
          .all()
  const contacted = withEmployerContact(
    db,
    active.map((p) => p.id),
  )
  const cutoff = addDays(today, -FIRST_EMPLOYER_CONTACT_DAYS)
  const noEmployerContact = active
    .filter((p) => awaitsFirstEmployerContact(p.ipsStep) && p.referralDate < cutoff && !contacted.has(p.id))
    .map((p) => ({
      candidateId: p.id,
      personName: nameOf.get(p.id)!,
      referralDate: p.referralDate,
      days: daysBetween(p.referralDate, today),
    }))

  const history = ids.length === 0 ? [] : db.select().from(candidateStepHistory).where(inArray(candidateStepHistory.candidateId, ids)).all()
  const byPerson = new Map<number, Array<{ step: string; at: string }>>()
  for (const h of history) {
    const list = byPerson.get(h.candidateId) ?? []
    list.push({ step: h.step, at: h.at })
    byPerson.set(h.candidateId, list)
  }
  const days = people
    .map((p) => ({ candidateId: p.id, personName: nameOf.get(p.id)!, days: daysInWork(byPerson.get(p.id) ?? [], today), step: p.ipsStep }))
    .filter((d) => d.days > 0)
    .sort((a, b) => b.days - a.days)
  const inWork = active.filter((p) => p.ipsStep === 'I_JOBB').length
  return {
    userId: user.id,
    name: user.name,
    active: active.length,
    norm: CASELOAD_NORM,
    band: fidelityBand(active.length),
    perStep,
    overdueFollowUps: overdue.map((o) => ({
      candidateId: o.candidateId,
      personName: nameOf.get(o.candidateId)!,
      date: o.date,
      agreementId: o.agreementId,
    })),
    noEmployerContact,
    inWork,
    inWorkShare: sharePercent(inWork, active.length),
    daysInWork: days,
    averageDaysInWork: days.length === 0 ? 0 : Math.round(days.reduce((s, d) => s + d.days, 0) / days.length),
  }
}

/** The logged-in jobbspesialist's own caseload (names are theirs to see). */
export function caseloadFor(user: SessionUser, today: string = todayIso()): Caseload {
  return caseloadOf(getDb(), { id: user.id, name: user.name }, today)
}

export function activeCaseloadCount(jobbspesialistUserId: number): number {
  return getDb()
    .select({ step: candidates.ipsStep })
    .from(candidates)
    .where(eq(candidates.jobbspesialistUserId, jobbspesialistUserId))
    .all()
    .filter((c) => isActiveStep(c.step)).length
}

export type UnitCaseloadRow = Omit<Caseload, 'overdueFollowUps' | 'noEmployerContact' | 'daysInWork'> & {
  overdueCount: number
  noEmployerContactCount: number
}

export function navUnits() {
  return getDb()
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.kind, 'NAV_UNIT'))
    .orderBy(asc(organisations.name))
    .all()
}

/**
 * Admin: every jobbspesialist of a NAV unit, as counts only (no names of
 * people), so the load can be evened out. The read is audited.
 */
export function caseloadsForUnit(admin: SessionUser, navUnitId: number, today: string = todayIso()): UnitCaseloadRow[] {
  const db = getDb()
  audit(db, actorOf(admin), {
    action: 'CASELOADS_VIEWED',
    subjectType: 'organisation',
    subjectId: navUnitId,
  })
  return unitRows(db, navUnitId, today)
}

/** Admin: the caseloads of every NAV unit at once (counts only), one audited read. */
export function caseloadsForAllUnits(
  admin: SessionUser,
  today: string = todayIso(),
): Array<{ unit: { id: number; name: string }; rows: UnitCaseloadRow[] }> {
  const db = getDb()
  audit(db, actorOf(admin), {
    action: 'CASELOADS_VIEWED',
    subjectType: 'organisation',
    subjectId: 'alle',
    details: { scope: 'ALL_NAV_UNITS' },
  })
  return navUnits().map((unit) => ({ unit, rows: unitRows(db, unit.id, today) }))
}

function unitRows(db: DbOrTx, navUnitId: number, today: string): UnitCaseloadRow[] {
  const specialists = db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.organisationId, navUnitId), eq(users.role, 'jobbspesialist'), isNull(users.disabledAt)))
    .orderBy(asc(users.name))
    .all()
  return specialists.map((s) => {
    const { overdueFollowUps, noEmployerContact, daysInWork: _people, ...rest } = caseloadOf(db, s, today)
    return { ...rest, overdueCount: overdueFollowUps.length, noEmployerContactCount: noEmployerContact.length }
  })
}
