/**
 * MENTOR: not «Gode muligheter»; 100 % of the mentor's cost for the mentor
 * hours; max 6 months («Trenger veiledning») or 36 months (nedsatt
 * arbeidsevne). Monthly pay = hourly wage × hours per month (0–99,9 hours
 * with one decimal): its whole-krone part – truncated in doubles, as NAV's
 * `intValue()` – goes into the monthly cost, the exact value into holiday pay,
 * OTP and AGA.
 */
import { buildPeriods, sumAmounts } from '../periods'
import { formatKroner, formatPercent } from '../money'
import { hasReducedWorkCapacity, type CalculationContext, type CalculationOutcome, type FieldError, type SubsidyRequest } from '../types'
import { checkMaxLength, checkNotGodeMuligheter, requireField, resolveWageCost } from './common'

/**
 * The mentor's monthly pay: `exact` (hourly wage × hours, kept to the øre for
 * holiday pay, OTP and AGA) and `whole`, the whole kroner NAV adds to the cost
 * (`intValue()` of the double product: 100 × 2,3 = 229,99… → 229).
 */
export function mentorPay(hourlyWage: number, hoursPerMonth: number): { exact: number; whole: number } {
  const tenths = Math.round(hoursPerMonth * 10)
  return { exact: (hourlyWage * tenths) / 10, whole: Math.trunc(hourlyWage * hoursPerMonth) }
}

export function mentorMaxMonths(req: Pick<SubsidyRequest, 'innsatsgruppe'>): number {
  return hasReducedWorkCapacity(req.innsatsgruppe) ? 36 : 6
}

export function calculateMentor(req: SubsidyRequest, ctx: CalculationContext): CalculationOutcome {
  const errors: FieldError[] = []
  if (checkNotGodeMuligheter(req, errors)) {
    const maxMonths = mentorMaxMonths(req)
    checkMaxLength(req, maxMonths, `Mentortilskudd kan vare i inntil ${maxMonths} måneder for denne innsatsgruppen`, errors)
  }
  requireField(req.hourlyWage, 'hourlyWage', 'Timelønn for mentoren mangler', errors)
  requireField(req.hoursPerMonth, 'hoursPerMonth', 'Antall mentortimer per måned mangler', errors)
  const pay = req.hourlyWage !== undefined && req.hoursPerMonth !== undefined ? mentorPay(req.hourlyWage, req.hoursPerMonth) : undefined
  const cost = resolveWageCost(req, pay?.exact, ctx, errors, pay?.whole)
  if (errors.length > 0 || !cost || !pay || req.hourlyWage === undefined || req.hoursPerMonth === undefined) {
    return { ok: false, errors }
  }
  const periods = buildPeriods(req.startDate, req.endDate, cost.monthlyCost.total, [{ from: req.startDate, percent: 100 }])
  return {
    ok: true,
    result: {
      scheme: 'MENTOR',
      monthlyCost: cost.monthlyCost,
      periods,
      total: sumAmounts(periods),
      notes: [
        `Mentorens lønn per måned: ${formatKroner(req.hourlyWage)} kr × ${formatPercent(
          req.hoursPerMonth,
        )} timer = ${formatKroner(pay.exact)} kr. NAV dekker 100 % av lønnskostnaden for mentortimene.`,
        ...cost.notes,
      ],
      warnings: [],
      rates: cost.rates,
      mentor: { hourlyWage: req.hourlyWage, hoursPerMonth: req.hoursPerMonth },
    },
  }
}
