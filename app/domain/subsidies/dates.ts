/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) without time zones.
 * Everything is computed from the numbers, never from the local clock.
 */
import { addDays, addMonths, daysBetween } from '~/domain/dates'

export interface YMD {
  y: number
  m: number // 1–12
  d: number // 1–31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

export function daysInMonth(y: number, m: number): number {
  switch (m) {
    case 2:
      return isLeapYear(y) ? 29 : 28
    case 4:
    case 6:
    case 9:
    case 11:
      return 30
    default:
      return 31
  }
}

/** Parses a strict ISO date; returns undefined for anything that is not a real calendar date. */
export function parseIsoDate(value: string): YMD | undefined {
  const match = ISO_DATE.exec(value)
  if (!match) return undefined
  const y = Number(match[1])
  const m = Number(match[2])
  const d = Number(match[3])
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined
  return { y, m, d }
}

export function isValidIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined
}

function mustParse(value: string): YMD {
  const parsed = parseIsoDate(value)
  if (!parsed) throw new RangeError(`Invalid ISO date: ${value}`)
  return parsed
}

export function formatIso({ y, m, d }: YMD): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** Days since 1970-01-01 (exact integer). */
export function toDayNumber(iso: string): number {
  const { y, m, d } = mustParse(iso)
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000)
}

export function fromDayNumber(day: number): string {
  const date = new Date(day * 86_400_000)
  return formatIso({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() })
}

/**
 * Day and month arithmetic, and the bokmål date formats, come from the one
 * dates module (months clamp to the last day: 2024-01-31 + 1 month = 2024-02-29).
 */
export { addDays, addMonths }
export { ageOn, formatDateLongNb, formatDateNb, formatMonthNb } from '~/domain/dates'

/** Whole years on the calendar, clamped like `addMonths` (29 February + 1 year = 28 February), as NAV's `plusYears`. */
export function addYears(iso: string, years: number): string {
  return addMonths(iso, 12 * years)
}

/** Last allowed end date for a maximum length of N months: (start + N months) − 1 day. */
export function maxEndDate(start: string, months: number): string {
  return addDays(addMonths(start, months), -1)
}

/** Number of days from `from` to `to`, both inclusive. */
export function daysInclusive(from: string, to: string): number {
  return daysBetween(from, to) + 1
}

export function compareIso(a: string, b: string): number {
  // ISO dates with 4-digit years sort lexicographically.
  return a < b ? -1 : a > b ? 1 : 0
}

export function minIso(a: string, b: string): string {
  return compareIso(a, b) <= 0 ? a : b
}

export function startOfMonth(iso: string): string {
  const { y, m } = mustParse(iso)
  return formatIso({ y, m, d: 1 })
}

export function endOfMonth(iso: string): string {
  const { y, m } = mustParse(iso)
  return formatIso({ y, m, d: daysInMonth(y, m) })
}

export function yearOf(iso: string): number {
  return mustParse(iso).y
}
