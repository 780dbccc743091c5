/** The scheduled agreement job: statuses moved by date, and each reminder e-mailed once. */
import { and, eq, inArray, isNull, lte, or } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { agreementReminders, agreements, plannedFollowUps, users } from '@db/schema'
import { enqueueEmail } from '@emails/outbox.server'
import {
  agreementEndingEmail,
  agreementStartedEmail,
  awaitingApprovalEmail,
  followUpOverdueEmail,
  followUpTomorrowEmail,
} from '@emails/templates/agreements'
import { addDays, awaitingApproval, dateMoves, daysBetween, endsWithin, followUpRemindersDue } from '~/domain/agreements'
import type { AgreementStatus } from '~/domain/codes'
import { audit } from '~/services/audit.server'
import { nowIso, todayIso } from '~/utils/clock.server'
import { formatDate } from '~/utils/format'
import { activeApprovals, refOf, writeVersion } from './shared.server'

/** Applies the date moves to one agreement; returns the new status if it moved. */
export function applyDateMoves(tx: DbOrTx, id: number, today: string): AgreementStatus | null {
  const row = tx.select().from(agreements).where(eq(agreements.id, id)).get()
  if (!row) return null
  const moves = dateMoves({ status: row.status, startDate: row.startDate, endDate: row.endDate, permanent: row.permanent }, today)
  if (moves.length === 0) return null
  const last = moves[moves.length - 1].to
  const set: Partial<typeof agreements.$inferInsert> = { status: last, version: row.version + 1, updatedAt: nowIso() }
  if (moves.some((m) => m.to === 'GJENNOMFORES')) set.startedAt = nowIso()
  if (last === 'AVSLUTTET') set.endedAt = nowIso()
  // Guarded on the old status so two runs at once cannot both move it.
  const res = tx
    .update(agreements)
    .set(set)
    .where(and(eq(agreements.id, id), eq(agreements.status, row.status)))
    .returning({ id: agreements.id })
    .all()
  if (res.length === 0) return null
  writeVersion(tx, id, null, 'STATUS_ENDRET')
  audit(tx, null, {
    action: 'AGREEMENT_STATUS_CHANGED_BY_DATE',
    subjectType: 'agreement',
    subjectId: id,
    details: { from: row.status, to: last, today },
  })
  return last
}

/** Records a reminder once; true when this call recorded it (so the mail should go out). */
function firstTime(tx: DbOrTx, kind: string, key: string, agreementId: number | null): boolean {
  const res = tx
    .insert(agreementReminders)
    .values({ kind, key, agreementId, sentAt: nowIso() })
    .onConflictDoNothing()
    .returning({ id: agreementReminders.id })
    .all()
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
        if (awaiting.includes('EMPLOYER') && firstTime(tx, 'AWAITING_EMPLOYER', `${row.id}:${row.version}`, row.id)) {
          for (const to of employerEmails(tx, row.organisationId)) {
            enqueueEmail(tx, to, 'agreement-awaiting-approval', awaitingApprovalEmail({ ...agRef, party: 'dere som arbeidsgiver' }))
            reminders++
          }
        }
        if (
          awaiting.length === 1 &&
          awaiting[0] === 'JOBBSPESIALIST' &&
          jsEmail &&
          firstTime(tx, 'AWAITING_JOBBSPESIALIST', `${row.id}:${row.version}`, row.id)
        ) {
          enqueueEmail(
            tx,
            jsEmail,
            'agreement-awaiting-approval',
            awaitingApprovalEmail({ ...jsRef, party: 'deg som jobbspesialist (de andre har godkjent)' }),
          )
          reminders++
        }
      }
      if (row.status === 'GJENNOMFORES' && row.startDate && firstTime(tx, 'STARTED', String(row.id), row.id)) {
        const date = formatDate(row.startDate)
        if (jsEmail) enqueueEmail(tx, jsEmail, 'agreement-started', agreementStartedEmail({ ...jsRef, date }))
        for (const to of employerEmails(tx, row.organisationId))
          enqueueEmail(tx, to, 'agreement-started', agreementStartedEmail({ ...agRef, date }))
        reminders++
      }
      const dates = { status: row.status, startDate: row.startDate, endDate: row.endDate, permanent: row.permanent }
      if (row.endDate && endsWithin(dates, today, 30) && firstTime(tx, 'ENDING', `${row.id}:${row.endDate}`, row.id)) {
        const p = { date: formatDate(row.endDate), daysLeft: daysBetween(today, row.endDate) }
        if (jsEmail) enqueueEmail(tx, jsEmail, 'agreement-ending', agreementEndingEmail({ ...jsRef, ...p }))
        for (const to of employerEmails(tx, row.organisationId))
          enqueueEmail(tx, to, 'agreement-ending', agreementEndingEmail({ ...agRef, ...p }))
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
          or(
            eq(agreements.status, 'GJENNOMFORES'),
            eq(agreements.status, 'KLAR_FOR_OPPSTART'),
            eq(agreements.status, 'MANGLER_GODKJENNING'),
          ),
        ),
      )
      .all()
    for (const { p, a } of planned) {
      for (const due of followUpRemindersDue({ id: p.id, date: p.date, done: false, cancelled: false }, today)) {
        if (!firstTime(tx, due.kind, String(p.id), a.id)) continue
        const jsEmail = tx.select({ email: users.email }).from(users).where(eq(users.id, a.jobbspesialistUserId)).get()?.email
        if (!jsEmail) continue
        const ref = refOf(tx, a, `/jobbspesialist/avtaler/${a.id}`)
        const email =
          due.kind === 'FOLLOW_UP_TOMORROW'
            ? followUpTomorrowEmail({ ...ref, date: formatDate(p.date) })
            : followUpOverdueEmail({ ...ref, date: formatDate(p.date) })
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
