/** Caseload (portefølje) rules for IPS, pure. */

export { CASELOAD_NORM, isActiveStep } from '~/domain/candidates/caseload'
/** The first employer contact should come within 30 days of referral. */
export const FIRST_EMPLOYER_CONTACT_DAYS = 30

/** IPS fidelity caseload item: ≤ 20 active → 5 · 21–25 → 4 · 26–30 → 3 · 31–40 → 2 · 41+ → 1. */
export function fidelityBand(active: number): 1 | 2 | 3 | 4 | 5 {
  if (active <= 20) return 5
  if (active <= 25) return 4
  if (active <= 30) return 3
  if (active <= 40) return 2
  return 1
}

export const FIDELITY_LABELS: Record<1 | 2 | 3 | 4 | 5, string> = {
  5: '5 av 5 – innenfor normen på 20',
  4: '4 av 5 – 21–25 aktive',
  3: '3 av 5 – 26–30 aktive',
  2: '2 av 5 – 31–40 aktive',
  1: '1 av 5 – over 40 aktive',
}

const DAY = 86_400_000
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY)

/**
 * Days in work from a person's IPS step history (any order): the sum of the
 * stretches spent in I_JOBB, an open stretch counted up to `today`.
 */
export function daysInWork(history: ReadonlyArray<{ step: string; at: string }>, today: string): number {
  const sorted = [...history].sort((a, b) => a.at.localeCompare(b.at))
  let total = 0
  let since: number | null = null
  for (const entry of sorted) {
    const day = dayNumber(entry.at)
    if (entry.step === 'I_JOBB') {
      if (since === null) since = day
    } else if (since !== null) {
      total += Math.max(0, day - since)
      since = null
    }
  }
  if (since !== null) total += Math.max(0, dayNumber(today) - since)
  return total
}

/** Share in percent, one decimal; 0 when there is nobody. */
export function sharePercent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10
}
