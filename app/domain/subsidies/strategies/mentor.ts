/**
 * MENTOR: not «Gode muligheter»; 100 % of the mentor's cost for the mentor
 * hours; max 6 months («Trenger veiledning») or 36 months (nedsatt
 * arbeidsevne). Monthly pay = hourly wage × hours per month; more than 173
 * hours a month gives a warning.
 */
import { buildPeriods, sumAmounts } from '../periods'
import { formatKroner } from '../money'
import {
  hasReducedWorkCapacity,
  type CalculationContext,
  type CalculationOutcome,
  type FieldError,
  type SubsidyRequest,
} from '../types'
import { checkMaxLength, checkNotGodeMuligheter, requireField, resolveWageCost } from './common'

export const MENTOR_WARN_HOURS = 173

export function mentorMaxMonths(req: Pick<SubsidyRequest, 'innsatsgruppe'>): number {
  return hasReducedWorkCapacity(req.innsatsgruppe) ? 36 : 6
}

export function calculateMentor(req: SubsidyRequest, ctx: CalculationContext): CalculationOutcome {
  const errors: FieldError[] = []
  if (checkNotGodeMuligheter(req, errors)) {
    const maxMonths = mentorMaxMonths(req)
    checkMaxLength(
      req,
      maxMonths,
      `Mentortilskudd kan vare i inntil ${maxMonths} måneder for denne innsatsgruppen`,
      errors
    )
  }
  requireField(req.hourlyWage, 'hourlyWage', 'Timelønn for mentoren mangler', errors)
  requireField(req.hoursPerMonth, 'hoursPerMonth', 'Antall mentortimer per måned mangler', errors)
  const pay =
    req.hourlyWage !== undefined && req.hoursPerMonth !== undefined ? req.hourlyWage * req.hoursPerMonth : undefined
  const cost = resolveWageCost(req, pay, ctx, errors)
  if (errors.length > 0 || !cost || req.hourlyWage === undefined || req.hoursPerMonth === undefined) {
    return { ok: false, errors }
  }
  const warnings: string[] = []
  if (req.hoursPerMonth > MENTOR_WARN_HOURS) {
    warnings.push(
      `${req.hoursPerMonth} timer per måned er mer enn en full stilling (${MENTOR_WARN_HOURS} timer). Sjekk antall mentortimer.`
    )
  }
  const periods = buildPeriods(req.startDate, req.endDate, cost.monthlyCost.total, [
    { from: req.startDate, percent: 100 },
  ])
  return {
    ok: true,
    result: {
      scheme: 'MENTOR',
      monthlyCost: cost.monthlyCost,
      periods,
      total: sumAmounts(periods),
      notes: [
        `Mentorens lønn per måned: ${formatKroner(req.hourlyWage)} kr × ${req.hoursPerMonth} timer = ${formatKroner(
          pay as number
        )} kr. NAV dekker 100 % av lønnskostnaden for mentortimene.`,
        ...cost.notes,
      ],
      warnings,
      rates: cost.rates,
      mentor: { hourlyWage: req.hourlyWage, hoursPerMonth: req.hoursPerMonth },
    },
  }
}
