/** nb-NO formatting for dates, numbers and money. Dates are shown in Norwegian time. */
import { ISO_DATE_PATTERN } from '~/domain/dates'

export { formatKroner } from './money'

const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Oslo' })
const longDateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' })
const dateTimeFormat = new Intl.DateTimeFormat('nb-NO', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Oslo',
})
const numberFormat = new Intl.NumberFormat('nb-NO')

/** A date-only ISO string (YYYY-MM-DD) is read as a calendar date, not a UTC instant. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value
  if (ISO_DATE_PATTERN.test(value)) return new Date(`${value}T12:00:00Z`)
  return new Date(value)
}

export function formatDate(value: string | Date | null | undefined): string {
  return value ? dateFormat.format(toDate(value)) : ''
}

export function formatLongDate(value: string | Date | null | undefined): string {
  return value ? longDateFormat.format(toDate(value)) : ''
}

export function formatDateTime(value: string | Date | null | undefined): string {
  return value ? dateTimeFormat.format(toDate(value)) : ''
}

export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

export function formatPercent(value: number): string {
  return `${numberFormat.format(value)} %`
}
