/** Follow-up log rules, pure. */
import type { FOLLOW_UP_KINDS, FOLLOW_UP_WITH } from '@db/schema/agreements'
import { checkFreeText, HEALTH_KINDS, type PiiKind } from '~/domain/profiles/pii'
import { addDays } from './workflow'

export const FOLLOW_UP_KIND_LABELS = {
  MOTE: 'Møte',
  TELEFON: 'Telefon',
  BESOK: 'Besøk på arbeidsplassen',
  DIGITAL: 'Digitalt møte',
} as const satisfies Record<(typeof FOLLOW_UP_KINDS)[number], string>
export type FollowUpKind = keyof typeof FOLLOW_UP_KIND_LABELS

export const FOLLOW_UP_WITH_LABELS = {
  DELTAKER: 'Deltakeren',
  ARBEIDSGIVER: 'Arbeidsgiveren',
  BEGGE: 'Deltakeren og arbeidsgiveren',
} as const satisfies Record<(typeof FOLLOW_UP_WITH)[number], string>
export type FollowUpWith = keyof typeof FOLLOW_UP_WITH_LABELS

/**
 * Health details (and fødselsnummer) in a free-text note, found by THE
 * privacy filter. The follow-up log is the jobbspesialist's own record, so
 * this warns rather than refuses: such details do not belong in it.
 */
const WARNED_KINDS: readonly PiiKind[] = [...HEALTH_KINDS, 'FNR', 'FNR_LIKE']

export function healthWordsIn(text: string): string[] {
  const found = checkFreeText([{ field: 'note', label: 'Notat', text }])
    .filter((f) => WARNED_KINDS.includes(f.kind))
    .map((f) => f.match.toLowerCase())
  return [...new Set(found)]
}

export function healthWarning(text: string): string | null {
  const found = healthWordsIn(text)
  if (found.length === 0) return null
  return `Notatet ser ut til å inneholde helseopplysninger eller personnummer (${found.join(', ')}). Skriv bare det som trengs for oppfølgingen i jobben, uten diagnoser, behandling eller fødselsnummer. Trykk «Lagre likevel» hvis teksten er riktig.`
}

export type PlannedFollowUp = { id: number; date: string; done: boolean; cancelled: boolean }
export type FollowUpReminder = { kind: 'FOLLOW_UP_TOMORROW' | 'FOLLOW_UP_OVERDUE'; plannedId: number; date: string }

/**
 * The reminders a planned follow-up is due for on `today`: the day before
 * it, and once it is overdue (the day after it without a logged contact).
 */
export function followUpRemindersDue(planned: PlannedFollowUp, today: string): FollowUpReminder[] {
  if (planned.done || planned.cancelled) return []
  if (planned.date === addDays(today, 1)) return [{ kind: 'FOLLOW_UP_TOMORROW', plannedId: planned.id, date: planned.date }]
  if (planned.date < today) return [{ kind: 'FOLLOW_UP_OVERDUE', plannedId: planned.id, date: planned.date }]
  return []
}

export function isOverdue(planned: PlannedFollowUp, today: string): boolean {
  return !planned.done && !planned.cancelled && planned.date < today
}

/** The default next follow-up: weekly in the first month after the start, then every four weeks. */
export function suggestNextFollowUp(startDate: string | null, lastContactDate: string, today: string): string {
  const base = lastContactDate > today ? lastContactDate : today
  if (startDate && base < addDays(startDate, 28)) return addDays(base, 7)
  return addDays(base, 28)
}
