import type { AgeBand } from '~/domain/codes'

/** Whole years between a birth date and `today` (both YYYY-MM-DD). */
export { ageOn } from '~/domain/dates'

/** The fine age band employers see (never an exact age). Ages outside 16–72 fall in the outer bands. */
export function ageBandFor(age: number): AgeBand {
  if (age < 25) return '16-24'
  if (age < 30) return '25-29'
  if (age < 40) return '30-39'
  if (age < 50) return '40-49'
  if (age < 60) return '50-59'
  return '60-72'
}
