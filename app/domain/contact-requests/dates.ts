/**
 * Date rules for contact requests. Pure: `today` (YYYY-MM-DD, Norwegian date)
 * and instants are passed in.
 */
import { addDays, addMonths, endOfOsloDay, isIsoDate, parseNorwegianDate } from '~/domain/dates'

export { addDays, addMonths, endOfOsloDay }

export const DEADLINE_OPTION_CODES = ['2', '3', '7', 'DATO'] as const
export type DeadlineOption = (typeof DEADLINE_OPTION_CODES)[number]
export const DEADLINE_OPTIONS = {
  '2': 'Om 2 dager',
  '3': 'Om 3 dager',
  '7': 'Om 7 dager',
  DATO: 'Velg en dato',
} as const satisfies Record<DeadlineOption, string>

/** Shared data is visible to the employer for 6 months after the answer. */
export const SHARING_MONTHS = 6

/** The same instant 6 calendar months later (time of day kept). */
export function sharedUntilFrom(answeredAtIso: string): string {
  const datePart = answeredAtIso.slice(0, 10)
  return `${addMonths(datePart, SHARING_MONTHS)}${answeredAtIso.slice(10)}`
}

export const isValidIsoDate = isIsoDate

export type DeadlineResult = { ok: true; deadline: string } | { ok: false; field: 'deadlineOption' | 'deadlineDate'; message: string }

/**
 * The reply deadline (a date; the person can answer through that whole day):
 * 2, 3 or 7 days from today, or a chosen date after today and at most one month ahead.
 */
export function resolveDeadline(option: string | undefined, chosenDate: string | undefined, today: string): DeadlineResult {
  if (option === '2' || option === '3' || option === '7') return { ok: true, deadline: addDays(today, Number(option)) }
  if (option !== 'DATO') return { ok: false, field: 'deadlineOption', message: 'Velg en svarfrist.' }
  const raw = (chosenDate ?? '').trim()
  if (!raw) return { ok: false, field: 'deadlineDate', message: 'Skriv datoen for svarfristen.' }
  const date = parseNorwegianDate(raw)
  if (!date) return { ok: false, field: 'deadlineDate', message: 'Skriv en gyldig dato på formen dd.mm.åååå, for eksempel 24.12.2026.' }
  if (date <= today) return { ok: false, field: 'deadlineDate', message: 'Svarfristen må være etter i dag.' }
  const latest = addMonths(today, 1)
  if (date > latest) return { ok: false, field: 'deadlineDate', message: 'Svarfristen kan være høyst én måned fram i tid.' }
  return { ok: true, deadline: date }
}

/** The deadline has passed when today (Norwegian date) is after the deadline date. */
export function isDeadlinePassed(deadline: string | null, today: string): boolean {
  return deadline != null && today > deadline
}

/** What was shared is shown only while sharing is active: approved, not expired, not withdrawn. */
export function isSharingActive(
  row: { status: string; sharedUntil: string | null; sharingExpiredAt: string | null; consentWithdrawnAt?: string | null },
  nowIso: string,
): boolean {
  return (
    row.status === 'GODKJENT' &&
    row.sharedUntil != null &&
    row.sharingExpiredAt == null &&
    !row.consentWithdrawnAt &&
    nowIso < row.sharedUntil
  )
}

/** Reads «31.12.2026» (or ISO «2026-12-31») as an ISO date; anything else is null. */
export { parseNorwegianDate }
