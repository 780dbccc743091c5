/**
 * INKLUDERINGSTILSKUDD: not «Gode muligheter»; documented extra costs, each
 * category at most once; max 12 months; the sum may not exceed the yearly
 * maximum for the end date's year.
 */
import { daysInclusive, yearOf } from '../dates'
import { EXPENSE_CATEGORY_LABELS } from '../labels'
import { formatKroner } from '../money'
import { inclusionSubsidyMaxFor } from '../rates'
import type { CalculationContext, CalculationOutcome, ExpenseCategory, FieldError, SubsidyRequest } from '../types'
import { checkMaxLength, checkNotGodeMuligheter } from './common'

export const INKLUDERINGSTILSKUDD_MAX_MONTHS = 12

export function calculateInkluderingstilskudd(req: SubsidyRequest, ctx: CalculationContext): CalculationOutcome {
  const errors: FieldError[] = []
  if (checkNotGodeMuligheter(req, errors)) {
    checkMaxLength(
      req,
      INKLUDERINGSTILSKUDD_MAX_MONTHS,
      `Inkluderingstilskudd kan vare i inntil ${INKLUDERINGSTILSKUDD_MAX_MONTHS} måneder`,
      errors
    )
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
        message: `Hver utgiftskategori kan bare brukes én gang («${
          EXPENSE_CATEGORY_LABELS[expense.category]
        }» er valgt flere ganger)`,
      })
    }
    seen.add(expense.category)
  })
  const endYear = yearOf(req.endDate)
  const max = inclusionSubsidyMaxFor(ctx.rates, endYear)
  if (!max) {
    errors.push({ field: 'endDate', message: 'Vi har ikke registrert maksimumsbeløp for inkluderingstilskudd' })
  }
  const total = expenses.reduce((sum, e) => sum + e.amount, 0)
  if (max && total > max.amount) {
    errors.push({
      field: 'expenses',
      message: `Inkluderingstilskudd kan være på høyst ${formatKroner(
        max.amount
      )} kr for avtaler som slutter i ${endYear} (summen av utgiftene er ${formatKroner(total)} kr)`,
    })
  }
  if (errors.length > 0 || !max) return { ok: false, errors }

  return {
    ok: true,
    result: {
      scheme: 'INKLUDERINGSTILSKUDD',
      periods: [
        {
          from: req.startDate,
          to: req.endDate,
          percent: 100,
          amount: total,
          days: daysInclusive(req.startDate, req.endDate),
          fullMonth: false,
          monthlyAmount: total,
        },
      ],
      total,
      maxAmount: max.amount,
      expenses: expenses.map((e) => ({ category: e.category, amount: e.amount })),
      notes: [
        `NAV dekker dokumenterte ekstrautgifter, høyst ${formatKroner(
          max.amount
        )} kr for avtaler som slutter i ${endYear}.`,
        'Tilskuddet utbetales etter at utgiftene er dokumentert, ikke som et fast månedsbeløp.',
      ],
      warnings: [],
      rates: { inclusionSubsidyMax: max },
    },
  }
}
