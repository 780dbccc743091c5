/**
 * Exact money arithmetic. Percentages are scaled to hundredths of a percent
 * ("basis points", 10.2 % → 1020) and all intermediate values are kept as
 * exact fractions with BigInt, so nothing drifts. «round» is half up.
 */

const BP = 10_000n // 100 % in basis points

/** Floor division for BigInt (BigInt `/` truncates toward zero). */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q
}

/** round(n / d), half up (toward +∞ on exactly .5). d must be positive. */
export function roundHalfUp(n: bigint, d: bigint): bigint {
  return floorDiv(2n * n + d, 2n * d)
}

/** Converts a percentage with at most two decimals to basis points (10.2 → 1020). */
export function toBasisPoints(percent: number): bigint {
  const scaled = Math.round(percent * 100)
  if (Math.abs(scaled - percent * 100) > 1e-6) {
    throw new RangeError(`Percent with more than two decimals: ${percent}`)
  }
  return BigInt(scaled)
}

/** True when a number has at most `decimals` decimals (tolerant of binary floating point). */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals
  return Math.abs(scaled - Math.round(scaled)) < 1e-6
}

function toNumber(value: bigint): number {
  return Number(value)
}

export interface MonthlyCostBreakdown {
  pay: number
  holidayPay: number
  pension: number
  employerTax: number
  total: number
}

/**
 * holidayPay  = pay × holidayPayRate/100
 * pension     = pensionRate/100 × (pay + holidayPay)
 * employerTax = agaRate/100 × (pay + holidayPay + pension)
 * total       = whole kroner of pay + round(holidayPay + pension + employerTax)
 *
 * `pay` may have øre (mentor: hourly wage × 2,5 hours); the extras are
 * computed from it exactly, while `wholePay` – the whole-krone part NAV adds
 * (its `intValue()`, default: `pay` truncated) – goes into the total.
 * The three components are returned rounded to the øre for display.
 */
export function monthlyCost(
  pay: number,
  holidayPayRate: number,
  pensionRate: number,
  employerTaxRate: number,
  wholePay: number = Math.trunc(pay),
): MonthlyCostBreakdown {
  const payOre = BigInt(Math.round(pay * 100))
  const h = toBasisPoints(holidayPayRate)
  const p = toBasisPoints(pensionRate)
  const a = toBasisPoints(employerTaxRate)
  // Common denominator 100 × 10^12 (øre × three percentages in basis points).
  const DEN = 100n * BP * BP * BP
  const holidayN = payOre * h * BP * BP
  const pensionN = payOre * (BP + h) * p * BP
  const taxN = payOre * (BP + h) * (BP + p) * a
  const extras = roundHalfUp(holidayN + pensionN + taxN, DEN)
  const ore = (n: bigint) => toNumber(roundHalfUp(n * 100n, DEN)) / 100
  return {
    pay,
    holidayPay: ore(holidayN),
    pension: ore(pensionN),
    employerTax: ore(taxN),
    total: toNumber(BigInt(wholePay) + extras),
  }
}

/**
 * NAV's own step from monthly cost to monthly subsidy:
 * `(int) Math.round(sumLonnsutgifter * (prosent / 100.0))` in IEEE-754
 * doubles. It pays 1 krone less than exact half-up rounding when the exact
 * value ends in ,5 and the double product falls just below it (e.g.
 * 81 955 × 70 % = 57 368,5 → 57 368).
 */
export function applyPercent(amount: number, percent: number): number {
  return Math.round(amount * (percent / 100))
}

/** A part of a month pays round(days × monthlyAmount / 30.4375). */
export function prorate(days: number, monthlyAmount: number): number {
  // 30.4375 = 304375 / 10000
  return toNumber(roundHalfUp(BigInt(days) * BigInt(monthlyAmount) * BP, 304_375n))
}

/** Yearly full-time salary + position percentage → monthly pay: round(yearly × pct/100 / 12). */
export function monthlyPayFromYearly(yearly: number, positionPercent: number): number {
  return toNumber(roundHalfUp(BigInt(yearly) * toBasisPoints(positionPercent), BP * 12n))
}

export const MENTOR_WAGE_PERIODS = ['YEAR', 'MONTH', 'WEEK', 'DAY', 'HOUR'] as const
export type MentorWagePeriod = (typeof MENTOR_WAGE_PERIODS)[number]

/** Hours in a full-time period, times 10: H = 1950 (year), 162.5 (month), 37.5 (week), 7.5 (day). */
const HOURS_X10: Record<Exclude<MentorWagePeriod, 'HOUR'>, bigint> = {
  YEAR: 19_500n,
  MONTH: 1_625n,
  WEEK: 375n,
  DAY: 75n,
}

/**
 * Mentor hourly wage from a wage for a period and the mentor's position
 * percentage: round(amount / H × 100/pct).
 */
export function hourlyWageFrom(amount: number, period: MentorWagePeriod, positionPercent = 100): number {
  if (period === 'HOUR') return amount
  const pct = toBasisPoints(positionPercent) // pct × 100
  if (pct <= 0n) throw new RangeError('Position percent must be positive')
  // amount / (H10/10) × 100 / (pct/100) = amount × 10 × 100 × 100 / (H10 × pct)
  return toNumber(roundHalfUp(BigInt(amount) * 100_000n, HOURS_X10[period] * pct))
}

/** nb-NO thousands grouping: 154800 → "154 800" (the one money formatter, without «kr»). */
export { formatAmount as formatKroner } from '~/utils/money'

/** nb-NO percent number: 10.2 → "10,2". */
export function formatPercent(percent: number): string {
  return String(percent).replace('.', ',')
}
