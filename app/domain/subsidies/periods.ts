/**
 * From a monthly amount to payments: split the agreement period at calendar
 * month boundaries and at rate-change dates; whole months pay the monthly
 * amount, parts of months pay round(days × monthly / 30.4375).
 */
import { addDays, compareIso, daysInclusive, endOfMonth, minIso, parseIsoDate, daysInMonth } from './dates'
import { applyPercent, prorate } from './money'
import type { SubsidyPeriod } from './types'

export interface Piece {
  from: string
  to: string
}

/** Splits [start, end] at month boundaries and before each of `breaks` that falls inside the period. */
export function splitPeriod(start: string, end: string, breaks: readonly string[] = []): Piece[] {
  const cuts = [...new Set(breaks)].filter((b) => compareIso(b, start) > 0 && compareIso(b, end) <= 0).sort(compareIso)
  const pieces: Piece[] = []
  let from = start
  while (compareIso(from, end) <= 0) {
    let to = minIso(endOfMonth(from), end)
    const cut = cuts.find((c) => compareIso(c, from) > 0 && compareIso(c, to) <= 0)
    if (cut) to = addDays(cut, -1)
    pieces.push({ from, to })
    from = addDays(to, 1)
  }
  return pieces
}

export function isWholeMonth(piece: Piece): boolean {
  const f = parseIsoDate(piece.from)
  const t = parseIsoDate(piece.to)
  if (!f || !t) return false
  return f.d === 1 && f.y === t.y && f.m === t.m && t.d === daysInMonth(t.y, t.m)
}

/** A subsidy rate applying from a date (the first segment starts on the start date). */
export interface RateStep {
  from: string
  percent: number
}

/**
 * Builds the payment pieces for a monthly cost and a list of rate steps.
 * `steps` must be sorted and the first must start on `start`.
 */
export function buildPeriods(start: string, end: string, monthlyCost: number, steps: readonly RateStep[]): SubsidyPeriod[] {
  const breaks = steps.slice(1).map((s) => s.from)
  const pieces = splitPeriod(start, end, breaks)
  let previousPercent: number | undefined
  return pieces.map((piece) => {
    let percent = steps[0].percent
    for (const step of steps) if (compareIso(step.from, piece.from) <= 0) percent = step.percent
    const monthlyAmount = applyPercent(monthlyCost, percent)
    const fullMonth = isWholeMonth(piece)
    const days = daysInclusive(piece.from, piece.to)
    const period: SubsidyPeriod = {
      from: piece.from,
      to: piece.to,
      percent,
      amount: fullMonth ? monthlyAmount : prorate(days, monthlyAmount),
      days,
      fullMonth,
      monthlyAmount,
    }
    if (previousPercent !== undefined && percent < previousPercent) period.stepDown = true
    previousPercent = percent
    return period
  })
}

export function sumAmounts(periods: readonly { amount: number }[]): number {
  return periods.reduce((sum, p) => sum + p.amount, 0)
}
