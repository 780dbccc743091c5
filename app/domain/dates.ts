/**
 * Calendar dates (issue 13): the one module for ISO dates (`YYYY-MM-DD`), on
 * date-fns. Pure; `today` is always passed in. A date is a calendar day, not
 * an instant: it is read at local midnight and written back with `format`,
 * so the server's time zone and DST never shift a day. Instants in Norwegian
 * time go through @date-fns/tz (`endOfOsloDay`).
 */
import { TZDate } from '@date-fns/tz'
import {
  addDays as addDaysToDate,
  addMonths as addMonthsToDate,
  differenceInCalendarDays,
  differenceInYears,
  format,
  isValid,
  parseISO,
  startOfMonth as startOfMonthOfDate,
} from 'date-fns'
import { nb } from 'date-fns/locale'

/** The shape of an ISO date; use `isIsoDate` to also require a real calendar day. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

const toDate = (iso: string): Date => parseISO(iso.slice(0, 10))
const toIso = (date: Date): string => format(date, 'yyyy-MM-dd')

/** A real calendar date written as ISO «2026-12-31». */
export function isIsoDate(value: string): boolean {
  return ISO_DATE_PATTERN.test(value) && isValid(parseISO(value))
}

/** «31.12.2026» (also «1.2.2027») or ISO «2026-12-31» → «2026-12-31»; anything else, or an impossible date → null. */
export function parseNorwegianDate(value: string | null | undefined): string | null {
  const v = (value ?? '').trim()
  const nb = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v)
  const iso = nb ? `${nb[3]}-${nb[2].padStart(2, '0')}-${nb[1].padStart(2, '0')}` : v
  return isIsoDate(iso) ? iso : null
}

export function addDays(iso: string, days: number): string {
  return toIso(addDaysToDate(toDate(iso), days))
}

/** Calendar months; the day is clamped to the month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  return toIso(addMonthsToDate(toDate(iso), months))
}

/** The day after (an exclusive upper bound for timestamp comparisons). */
export function nextDay(iso: string): string {
  return addDays(iso, 1)
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). Timestamps count by their date part. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toDate(to), toDate(from))
}

/**
 * Age in whole years on `on`. A person born on 29 February becomes a year
 * older on 1 March in common years.
 */
export function ageOn(birthDate: string, on: string): number {
  return differenceInYears(toDate(on), toDate(birthDate))
}

/** The first day of the month `months` months from the month of `iso` (0 = its own month). */
export function startOfMonth(iso: string, months = 0): string {
  return toIso(addMonthsToDate(startOfMonthOfDate(toDate(iso)), months))
}

/** The instant the Norwegian day after `iso` begins: a link valid through date D expires then. */
export function endOfOsloDay(iso: string): string {
  const next = toDate(nextDay(iso))
  return new Date(new TZDate(next.getFullYear(), next.getMonth(), next.getDate(), 'Europe/Oslo').getTime()).toISOString()
}

/** «31.12.2027» – the short bokmål date. */
export function formatDateNb(iso: string): string {
  return format(toDate(iso), 'dd.MM.yyyy')
}

/** «1. mai 2025» – the long bokmål date. */
export function formatDateLongNb(iso: string): string {
  return format(toDate(iso), 'd. MMMM yyyy', { locale: nb })
}

/** «januar 2026», from a date or a month (`YYYY-MM`). */
export function formatMonthNb(isoDateOrMonth: string): string {
  return format(parseISO(isoDateOrMonth.slice(0, 7)), 'LLLL yyyy', { locale: nb })
}
