/** Caseload (portefølje) rules for IPS, pure. */
import { daysBetween } from '~/domain/dates'

export { CASELOAD_NORM, isActiveStep } from '~/domain/candidates/caseload'
/** The first employer contact should come within 30 days of referral. */
export const FIRST_EMPLOYER_CONTACT_DAYS = 30

/** Someone already «I jobb» has an employer: they are never counted as lacking employer contact. */
export function awaitsFirstEmployerContact(step: string): boolean {
  return step !== 'I_JOBB'
}

/**
 * IPS fidelity scale, item «caseload size»: how many active people one
 * jobbspesialist follows up. ≤ 20 → 5 (best) · 21–25 → 4 · 26–30 → 3 ·
 * 31–40 → 2 · 41 or more → 1. `label` names the band in statistics tables,
 * `fidelityLabel` is the score shown to the jobbspesialist.
 */
export const IPS_CASELOAD_BANDS = [
  { score: 5, min: 0, max: 20, label: '20 eller færre (skår 5)', fidelityLabel: '5 av 5 – innenfor normen på 20' },
  { score: 4, min: 21, max: 25, label: '21–25 (skår 4)', fidelityLabel: '4 av 5 – 21–25 aktive' },
  { score: 3, min: 26, max: 30, label: '26–30 (skår 3)', fidelityLabel: '3 av 5 – 26–30 aktive' },
  { score: 2, min: 31, max: 40, label: '31–40 (skår 2)', fidelityLabel: '2 av 5 – 31–40 aktive' },
  { score: 1, min: 41, max: Number.POSITIVE_INFINITY, label: '41 eller flere (skår 1)', fidelityLabel: '1 av 5 – over 40 aktive' },
] as const

export type FidelityScore = (typeof IPS_CASELOAD_BANDS)[number]['score']

export function fidelityBand(active: number): FidelityScore {
  return IPS_CASELOAD_BANDS.find((band) => active <= band.max)?.score ?? 1
}

/** The score as the jobbspesialist reads it («5 av 5 – innenfor normen på 20»). */
export function fidelityLabel(score: FidelityScore): string {
  return IPS_CASELOAD_BANDS.find((band) => band.score === score)?.fidelityLabel ?? `${score} av 5`
}

/**
 * Days in work from a person's IPS step history (any order): the sum of the
 * stretches spent in I_JOBB, an open stretch counted up to `today`.
 */
export function daysInWork(history: ReadonlyArray<{ step: string; at: string }>, today: string): number {
  const sorted = [...history].sort((a, b) => a.at.localeCompare(b.at))
  let total = 0
  let since: string | null = null
  for (const entry of sorted) {
    if (entry.step === 'I_JOBB') {
      if (since === null) since = entry.at
    } else if (since !== null) {
      total += Math.max(0, daysBetween(since, entry.at))
      since = null
    }
  }
  if (since !== null) total += Math.max(0, daysBetween(since, today))
  return total
}

/** Share in percent, one decimal; 0 when there is nobody. */
export function sharePercent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10
}
