/**
 * FIREARIG_LONNSTILSKUDD (fireårig lønnstilskudd for unge, a trial): only the
 * three nedsatt-arbeidsevne groups; not yet 30 at start; 70 % the first
 * agreement year, then 60, 50 and 35 % (each step counted from the start
 * date, not the calendar year); at most 4 years in a permanent position, 2 in
 * a temporary one; start on or after 1 August 2026, end by 31 December 2032;
 * 5 G per calendar year as for varig (NAV's FirearigLonnstilskuddBeregningStrategy).
 */
import { addMonths, compareIso, formatDateNb } from '../dates'
import { POSITION_TYPE_LABELS } from '../labels'
import { buildPeriods, sumAmounts, type RateStep } from '../periods'
import {
  hasReducedWorkCapacity,
  type CalculationContext,
  type CalculationOutcome,
  type FieldError,
  type PositionType,
  type SubsidyRequest,
} from '../types'
import { checkMaxLength, notYetAtStart, requireField, resolveWageCost } from './common'
import { capAtFiveG, checkGrunnbelopAvailable } from './five-g'

export const FIREARIG_EARLIEST_START = '2026-08-01'
export const FIREARIG_LATEST_END = '2032-12-31'
export const FIREARIG_AGE_LIMIT = 30
/** The rate for agreement year 1, 2, 3 and 4. */
export const FIREARIG_PERCENTS = [70, 60, 50, 35] as const

export function firearigMaxMonths(positionType: PositionType | undefined): number {
  return (positionType ?? 'FAST') === 'FAST' ? 48 : 24
}

/** 70 % from the start, then a new rate on start + 12, 24 and 36 months. */
export function firearigSteps(startDate: string): RateStep[] {
  return FIREARIG_PERCENTS.map((percent, year) => ({ from: addMonths(startDate, 12 * year), percent }))
}

export function calculateFirearig(req: SubsidyRequest, ctx: CalculationContext): CalculationOutcome {
  const errors: FieldError[] = []
  const positionType: PositionType = req.positionType ?? 'FAST'
  if (!hasReducedWorkCapacity(req.innsatsgruppe)) {
    errors.push({
      field: 'innsatsgruppe',
      message:
        'Fireårig lønnstilskudd gjelder bare for personer med nedsatt arbeidsevne («Trenger veiledning, nedsatt arbeidsevne», «Jobbe delvis» eller «Liten mulighet til å jobbe»)',
    })
  }
  if (compareIso(req.startDate, FIREARIG_EARLIEST_START) < 0) {
    errors.push({
      field: 'startDate',
      message: `Fireårig lønnstilskudd kan tidligst starte ${formatDateNb(FIREARIG_EARLIEST_START)}`,
    })
  }
  if (compareIso(req.endDate, FIREARIG_LATEST_END) > 0) {
    errors.push({
      field: 'endDate',
      message: `Fireårig lønnstilskudd kan vare til og med ${formatDateNb(FIREARIG_LATEST_END)} (forsøket slutter da)`,
    })
  }
  const maxMonths = firearigMaxMonths(positionType)
  checkMaxLength(
    req,
    maxMonths,
    `Fireårig lønnstilskudd kan vare i inntil ${maxMonths / 12} år i ${POSITION_TYPE_LABELS[positionType].toLowerCase()}`,
    errors,
  )
  const notes: string[] = []
  if (req.birthDate) {
    if (!notYetAtStart(req.birthDate, FIREARIG_AGE_LIMIT, req.startDate)) {
      errors.push({
        field: 'birthDate',
        message: `Fireårig lønnstilskudd gjelder unge som ikke har fylt ${FIREARIG_AGE_LIMIT} år på startdatoen`,
      })
    }
  } else {
    notes.push(`Deltakeren kan ikke ha fylt ${FIREARIG_AGE_LIMIT} år på startdatoen.`)
  }
  requireField(req.monthlyPay, 'monthlyPay', 'Månedslønn mangler – den trengs for å beregne lønnstilskuddet', errors)
  checkGrunnbelopAvailable(req, ctx, errors)
  const cost = resolveWageCost(req, req.monthlyPay, ctx, errors)
  if (errors.length > 0 || !cost) return { ok: false, errors }

  const steps = firearigSteps(req.startDate)
  const periods = buildPeriods(req.startDate, req.endDate, cost.monthlyCost.total, steps)
  const changes = steps
    .slice(1)
    .filter((s) => compareIso(s.from, req.endDate) <= 0)
    .map((s) => `${s.percent} % fra ${formatDateNb(s.from)}`)
  notes.unshift(
    `Tilskuddet er ${FIREARIG_PERCENTS[0]} % det første avtaleåret${
      changes.length > 0 ? `, deretter ${changes.join(', ')}` : ''
    }. Avtaleåret regnes fra startdatoen, ikke fra nyttår.`,
    `${POSITION_TYPE_LABELS[positionType]}: inntil ${maxMonths / 12} år${
      req.positionType ? '' : ' (fast stilling er valgt fordi stillingstype ikke var oppgitt)'
    }. Ordningen kan ikke brukes for å beholde en jobb personen allerede har.`,
  )
  const cap = capAtFiveG(periods, req, ctx)
  return {
    ok: true,
    result: {
      scheme: 'FIREARIG_LONNSTILSKUDD',
      monthlyCost: cost.monthlyCost,
      periods,
      total: sumAmounts(periods),
      notes: [...notes, ...cap.notes, ...cost.notes],
      warnings: [],
      rates: { ...cost.rates, grunnbelop: cap.grunnbelop, positionType },
      ...(cap.estimate ? { estimate: true } : {}),
    },
  }
}
