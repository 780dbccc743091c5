/** The follow-up log: contacts the jobbspesialist logged, planned follow-ups, and the person's view of the log. */
import { and, desc, eq, isNull, lte } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { followUpContacts, plannedFollowUps } from '@db/schema'
import { healthWarning, isClosed } from '~/domain/agreements'
import type { FollowUpInput } from '~/domain/agreements/inputs'
import { actorOf, audit } from '~/services/audit.server'
import type { SessionUser } from '~/services/auth.server'
import { fail, ok, type Result } from '~/utils/result'
import { requireOwnedAgreement } from './shared.server'

/**
 * Logs a follow-up contact (checked by `followUpSchema`, health details
 * confirmed) and plans the next one if given. The contact fulfils every
 * planned follow-up due on or before its date.
 */
export function logFollowUp(user: SessionUser, id: number, input: FollowUpInput): Result<undefined> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedAgreement(user, id, tx)
    if (!owned.ok) return owned
    const row = owned.value
    if (row.status === 'ANNULLERT') return fail('conflict', 'Avtalen er annullert.')
    const contact = tx
      .insert(followUpContacts)
      .values({
        candidateId: row.candidateId,
        agreementId: id,
        kind: input.kind,
        withWhom: input.withWhom,
        date: input.date,
        note: input.note,
        byUserId: user.id,
      })
      .returning({ id: followUpContacts.id })
      .get()
    tx.update(plannedFollowUps)
      .set({ doneContactId: contact.id })
      .where(
        and(
          eq(plannedFollowUps.agreementId, id),
          isNull(plannedFollowUps.doneContactId),
          isNull(plannedFollowUps.cancelledAt),
          lte(plannedFollowUps.date, input.date),
        ),
      )
      .run()
    if (input.nextDate)
      tx.insert(plannedFollowUps).values({ candidateId: row.candidateId, agreementId: id, date: input.nextDate, byUserId: user.id }).run()
    audit(tx, actorOf(user), {
      action: 'FOLLOW_UP_LOGGED',
      subjectType: 'agreement',
      subjectId: id,
      candidateId: row.candidateId,
      details: { kind: input.kind, healthWarningConfirmed: Boolean(healthWarning(input.note)) },
    })
    return ok()
  })
}

/** Plans a follow-up on `date` (after today, checked by `planFollowUpSchema`). */
export function planFollowUp(user: SessionUser, id: number, date: string): Result<undefined> {
  return getDb().transaction((tx) => {
    const owned = requireOwnedAgreement(user, id, tx)
    if (!owned.ok) return owned
    if (isClosed(owned.value.status)) return fail('conflict', 'Avtalen er avsluttet eller annullert.')
    tx.insert(plannedFollowUps).values({ candidateId: owned.value.candidateId, agreementId: id, date, byUserId: user.id }).run()
    return ok()
  })
}

/** Follow-up log entries for the person's data export: notes only from contacts the person took part in. */
export function followUpLogForPerson(db: DbOrTx, candidateId: number) {
  return db
    .select({
      date: followUpContacts.date,
      kind: followUpContacts.kind,
      withWhom: followUpContacts.withWhom,
      note: followUpContacts.note,
      agreementId: followUpContacts.agreementId,
    })
    .from(followUpContacts)
    .where(eq(followUpContacts.candidateId, candidateId))
    .orderBy(desc(followUpContacts.date), desc(followUpContacts.id))
    .all()
    .map((c) => ({ ...c, note: c.withWhom === 'ARBEIDSGIVER' ? null : c.note }))
}
