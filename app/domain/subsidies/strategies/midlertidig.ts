/**
 * MIDLERTIDIG_LONNSTILSKUDD: not «Gode muligheter»; 40 % («Trenger veiledning»,
 * max 12 months, −10 points from start + 6 months) or 60 % (nedsatt
 * arbeidsevne, max 24 months, −10 points from start + 12 months).
 */
import { addMonths, compareIso, formatDateNb } from '../dates'
import { buildPeriods, sumAmounts } from '../periods'
import { hasReducedWorkCapacity, type CalculationContext, type CalculationOutcome, type FieldError, type SubsidyRequest } from '../types'
import { checkMaxLength, checkNotGodeMuligheter, requireField, resolveWageCost } from './common'

export function midlertidigTerms(req: Pick<SubsidyRequest, 'innsatsgruppe'>) {
  const reduced = hasReducedWorkCapacity(req.innsatsgruppe)
  return reduced ? { percent: 60, stepDownAfterMonths: 12, maxMonths: 24 } : { percent: 40, stepDownAfterMonths: 6, maxMonths: 12 }
}

export function calculateMidlertidig(req: SubsidyRequest, ctx: CalculationContext): CalculationOutcome {
  const errors: FieldError[] = []
  const terms = midlertidigTerms(req)
  if (checkNotGodeMuligheter(req, errors)) {
    checkMaxLength(
      req,
      terms.maxMonths,
      `Midlertidig lønnstilskudd kan vare i inntil ${terms.maxMonths} måneder for denne innsatsgruppen`,
      errors,
    )
  }
  requireField(req.monthlyPay, 'monthlyPay', 'Månedslønn mangler – den trengs for å beregne lønnstilskuddet', errors)
  const cost = resolveWageCost(req, req.monthlyPay, ctx, errors)
  if (errors.length > 0 || !cost) return { ok: false, errors }

  const stepDownDate = addMonths(req.startDate, terms.stepDownAfterMonths)
  const lowered = terms.percent - 10
  const periods = buildPeriods(req.startDate, req.endDate, cost.monthlyCost.total, [
    { from: req.startDate, percent: terms.percent },
    { from: stepDownDate, percent: lowered },
  ])
  const notes = [...cost.notes]
  if (compareIso(stepDownDate, req.endDate) <= 0) {
    notes.unshift(
      `Tilskuddet er ${terms.percent} % og trappes ned til ${lowered} % fra ${formatDateNb(stepDownDate)} (${
        terms.stepDownAfterMonths
      } måneder etter start).`,
    )
  } else {
    notes.unshift(
      `Tilskuddet er ${terms.percent} % hele perioden; avtalen slutter før nedtrappingen ${terms.stepDownAfterMonths} måneder etter start.`,
    )
  }
  return {
    ok: true,
    result: {
      scheme: 'MIDLERTIDIG_LONNSTILSKUDD',
      monthlyCost: cost.monthlyCost,
      periods,
      total: sumAmounts(periods),
      notes,
      warnings: [],
      rates: cost.rates,
    },
  }
}
