/**
 * INKLUDERINGSTILSKUDD: not «Gode muligheter»; documented extra costs, each
 * category at most once; end ≤ start + 12 months (one day more than the other
 * schemes' rule, as NAV's code has it); the sum may not exceed the yearly
 * maximum for the end date's year – a larger sum is refused, unless the caller
 * asks to calculate with the maximum. The amount is spread over the calendar
 * years the period runs into, by days, so the per-year totals are honest.
 */
import { addMonths, compareIso, daysInclusive, formatDateNb, yearOf } from '../dates'
import { EXPENSE_CATEGORY_LABELS } from '../labels'
import { formatKroner } from '../money'
import { inclusionSubsidyMaxFor } from '../rates'
import type { CalculationContext, CalculationOutcome, ExpenseCategory, FieldError, SubsidyPeriod, SubsidyRequest } from '../types'
import { checkNotGodeMuligheter } from './common'

export const INKLUDERINGSTILSKUDD_MAX_MONTHS = 12

/** Last allowed end date: start + 12 months (not minus one day). */
export function inkluderingstilskuddLatestEnd(startDate: string): string {
  return addMonths(startDate, INKLUDERINGSTILSKUDD_MAX_MONTHS)
}

/**
 * Splits [start, end] at new year and shares `total` by days; the last
 * piece takes the rounding remainder so the pieces sum to the total.
 */
export function spreadOverYears(startDate: string, endDate: string, total: number): SubsidyPeriod[] {
  const allDays = daysInclusive(startDate, endDate)
  const pieces: { from: string; to: string }[] = []
  for (let year = yearOf(startDate); year <= yearOf(endDate); year++) {
    const from = year === yearOf(startDate) ? startDate : `${year}-01-01`
    const to = year === yearOf(endDate) ? endDate : `${year}-12-31`
    pieces.push({ from, to })
  }
  let given = 0
  return pieces.map((piece, i) => {
    const days = daysInclusive(piece.from, piece.to)
    const amount = i === pieces.length - 1 ? total - given : Math.round((total * days) / allDays)
    given += amount
    return { from: piece.from, to: piece.to, percent: 100, amount, days, fullMonth: false, monthlyAmount: total }
  })
}

export function calculateInkluderingstilskudd(req: SubsidyRequest, ctx: CalculationContext): CalculationOutcome {
  const errors: FieldError[] = []
  if (checkNotGodeMuligheter(req, errors)) {
    const latestEnd = inkluderingstilskuddLatestEnd(req.startDate)
    if (compareIso(req.endDate, latestEnd) > 0) {
      errors.push({
        field: 'endDate',
        message: `Inkluderingstilskudd kan vare i inntil ${INKLUDERINGSTILSKUDD_MAX_MONTHS} måneder (siste mulige sluttdato er ${formatDateNb(
          latestEnd,
        )})`,
      })
    }
  }
  const expenses = req.expenses ?? []
  if (expenses.length === 0) {
    errors.push({ field: 'expenses', message: 'Legg inn minst én utgift' })
  }
  const seen = new Set<ExpenseCategory>()
  expenses.forEach((expense, index) => {
    if (seen.has(expense.category)) {
      errors.push({
        field: `expenses.${index}.category`,
        message: `Hver utgiftskategori kan bare brukes én gang («${EXPENSE_CATEGORY_LABELS[expense.category]}» er valgt flere ganger)`,
      })
    }
    seen.add(expense.category)
  })
  const endYear = yearOf(req.endDate)
  const max = inclusionSubsidyMaxFor(ctx.rates, endYear)
  if (!max) {
    errors.push({ field: 'endDate', message: 'Vi har ikke registrert maksimumsbeløp for inkluderingstilskudd' })
  }
  const sum = expenses.reduce((total, e) => total + e.amount, 0)
  const overMax = Boolean(max && sum > max.amount)
  if (max && overMax && !req.capAtMaximum) {
    errors.push({
      field: 'expenses',
      message: `Inkluderingstilskudd kan være på høyst ${formatKroner(
        max.amount,
      )} kr for avtaler som slutter i ${endYear} (summen av utgiftene er ${formatKroner(sum)} kr)`,
    })
  }
  if (errors.length > 0 || !max) return { ok: false, errors }

  const total = overMax ? max.amount : sum
  const periods = spreadOverYears(req.startDate, req.endDate, total)
  const notes = [
    `NAV dekker dokumenterte ekstrautgifter, høyst ${formatKroner(max.amount)} kr for avtaler som slutter i ${endYear}.`,
    'Tilskuddet utbetales etter at utgiftene er dokumentert, ikke som et fast månedsbeløp.',
  ]
  if (periods.length > 1) {
    notes.push(`Perioden går over ${periods.length} kalenderår. Beløpet er fordelt på årene etter antall dager i hvert år.`)
  }
  const warnings: string[] = []
  if (overMax) {
    warnings.push(
      `Summen av utgiftene (${formatKroner(sum)} kr) er over maksimumsbeløpet. Beregnet med maksimumsbeløpet ${formatKroner(
        max.amount,
      )} kr; NAV godtar ikke en søknad over maksimumsbeløpet.`,
    )
  }
  return {
    ok: true,
    result: {
      scheme: 'INKLUDERINGSTILSKUDD',
      periods,
      total,
      maxAmount: max.amount,
      expenses: expenses.map((e) => ({ category: e.category, amount: e.amount })),
      notes,
      warnings,
      rates: { inclusionSubsidyMax: max },
      ...(overMax ? { cappedAtMaximum: true } : {}),
    },
  }
}
