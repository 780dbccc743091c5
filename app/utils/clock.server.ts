/**
 * The app's clock. Scheduled jobs and date rules read time from here so tests
 * (and the e2e server, through POST /dev/clock in non-production) can set it.
 */
let offsetMs = 0
let fixed: Date | undefined

export function now(): Date {
  if (fixed) return new Date(fixed.getTime())
  return new Date(Date.now() + offsetMs)
}

export function nowIso(): string {
  return now().toISOString()
}

/** Today's date in Norway (Europe/Oslo) as YYYY-MM-DD. */
export function todayIso(): string {
  return osloDate(now())
}

export function osloDate(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(date)
}

export function setClock(date: Date | undefined): void {
  fixed = date
}

export function advanceClock(ms: number): void {
  if (fixed) fixed = new Date(fixed.getTime() + ms)
  else offsetMs += ms
}

export function resetClock(): void {
  fixed = undefined
  offsetMs = 0
}
