/**
 * SOMMERJOBB: not «Gode muligheter»; at least 16 (checked for every scheme)
 * and not yet 30 at start (a 30th birthday on the start date still qualifies); 50 % («Trenger
 * veiledning») or 75 % (nedsatt arbeidsevne); start 1 June–31 August, end by
 * 27 September the same year and at most 4 weeks (end ≤ start + 27 days).
 */
import { addDays, compareIso, formatDateNb, parseIsoDate } from '../dates'
import { buildPeriods, sumAmounts } from '../periods'
import { hasReducedWorkCapacity, type CalculationContext, type CalculationOutcome, type FieldError, type SubsidyRequest } from '../types'
import { checkNotGodeMuligheter, MIN_AGE, notYetAtStart, requireField, resolveWageCost } from './common'

/** Not yet 30 at start: birthDate ≥ start − 30 years. */
export const SOMMERJOBB_AGE_LIMIT = 30
export const SOMMERJOBB_MAX_EXTRA_DAYS = 27

export function sommerjobbPercent(req: Pick<SubsidyRequest, 'innsatsgruppe'>): number {
  return hasReducedWorkCapacity(req.innsatsgruppe) ? 75 : 50
}

export function calculateSommerjobb(req: SubsidyRequest, ctx: CalculationContext): CalculationOutcome {
  const errors: FieldError[] = []
  checkNotGodeMuligheter(req, errors)
  const start = parseIsoDate(req.startDate)
  if (start && (start.m < 6 || start.m > 8)) {
    errors.push({ field: 'startDate', message: 'Sommerjobb må starte mellom 1. juni og 31. august' })
  }
  if (start) {
    const latestEnd = `${String(start.y).padStart(4, '0')}-09-27`
    if (compareIso(req.endDate, latestEnd) > 0) {
      errors.push({ field: 'endDate', message: 'Sommerjobb må være ferdig senest 27. september samme år' })
    }
  }
  const maxEnd = addDays(req.startDate, SOMMERJOBB_MAX_EXTRA_DAYS)
  if (compareIso(req.endDate, maxEnd) > 0) {
    errors.push({
      field: 'endDate',
      message: `Sommerjobb kan vare i inntil 4 uker (siste mulige sluttdato er ${formatDateNb(maxEnd)})`,
    })
  }
  const notes: string[] = []
  if (req.birthDate) {
    if (!notYetAtStart(req.birthDate, SOMMERJOBB_AGE_LIMIT, req.startDate)) {
      errors.push({
        field: 'birthDate',
        message: `Tilskudd til sommerjobb gjelder unge som ikke har fylt ${SOMMERJOBB_AGE_LIMIT} år på startdatoen`,
      })
    }
  } else {
    notes.push(
      `Deltakeren må ha fylt ${MIN_AGE} år og ikke ha fylt ${SOMMERJOBB_AGE_LIMIT} år på startdatoen (30-årsdagen på startdatoen går an).`,
    )
  }
  requireField(req.monthlyPay, 'monthlyPay', 'Månedslønn mangler – den trengs for å beregne tilskuddet', errors)
  const cost = resolveWageCost(req, req.monthlyPay, ctx, errors)
  if (errors.length > 0 || !cost) return { ok: false, errors }

  const percent = sommerjobbPercent(req)
  const periods = buildPeriods(req.startDate, req.endDate, cost.monthlyCost.total, [{ from: req.startDate, percent }])
  notes.unshift(`Tilskuddet er ${percent} % av lønnskostnadene, uten nedtrapping.`)
  return {
    ok: true,
    result: {
      scheme: 'SOMMERJOBB',
      monthlyCost: cost.monthlyCost,
      periods,
      total: sumAmounts(periods),
      notes: [...notes, ...cost.notes],
      warnings: [],
      rates: cost.rates,
    },
  }
}
