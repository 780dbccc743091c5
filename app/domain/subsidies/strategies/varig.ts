/**
 * VARIG_LONNSTILSKUDD: only «Jobbe delvis» and «Liten mulighet til å jobbe»;
 * an agreed 0–75 %, at most 67 % from start + 12 months; no maximum length;
 * payments capped at 5 G per calendar year (see five-g.ts).
 */
import { addMonths, compareIso, formatDateNb } from '../dates'
import { INNSATSGRUPPE_LABELS } from '../labels'
import { buildPeriods, sumAmounts } from '../periods'
import { PERMANENTLY_REDUCED, type CalculationContext, type CalculationOutcome, type FieldError, type SubsidyRequest } from '../types'
import { formatPercent, requireField, resolveWageCost } from './common'
import { capAtFiveG, checkGrunnbelopAvailable } from './five-g'

export { applyYearlyCap } from './five-g'

export const VARIG_GROUPS = PERMANENTLY_REDUCED
export const VARIG_MAX_PERCENT = 75
export const VARIG_MAX_PERCENT_AFTER_FIRST_YEAR = 67

export function calculateVarig(req: SubsidyRequest, ctx: CalculationContext): CalculationOutcome {
  const errors: FieldError[] = []
  if (!VARIG_GROUPS.includes(req.innsatsgruppe)) {
    errors.push({
      field: 'innsatsgruppe',
      message: `Varig lønnstilskudd gjelder bare for innsatsgruppene «${INNSATSGRUPPE_LABELS.JOBBE_DELVIS}» og «${INNSATSGRUPPE_LABELS.LITEN_MULIGHET_TIL_A_JOBBE}»`,
    })
  }
  requireField(req.subsidyPercent, 'subsidyPercent', `Tilskuddsprosent mangler – avtal en sats mellom 0 og ${VARIG_MAX_PERCENT} %`, errors)
  requireField(req.monthlyPay, 'monthlyPay', 'Månedslønn mangler – den trengs for å beregne lønnstilskuddet', errors)
  checkGrunnbelopAvailable(req, ctx, errors)
  const cost = resolveWageCost(req, req.monthlyPay, ctx, errors)
  if (errors.length > 0 || !cost || req.subsidyPercent === undefined) return { ok: false, errors }

  const agreed = req.subsidyPercent
  const reviewDate = addMonths(req.startDate, 12)
  const steps = [{ from: req.startDate, percent: agreed }]
  const notes: string[] = []
  if (agreed > VARIG_MAX_PERCENT_AFTER_FIRST_YEAR) {
    steps.push({ from: reviewDate, percent: VARIG_MAX_PERCENT_AFTER_FIRST_YEAR })
    if (compareIso(reviewDate, req.endDate) <= 0) {
      notes.push(
        `Tilskuddet er ${formatPercent(agreed)} % og settes ned til høyst ${VARIG_MAX_PERCENT_AFTER_FIRST_YEAR} % fra ${formatDateNb(
          reviewDate,
        )} (12 måneder etter start).`,
      )
    }
  } else {
    notes.push(`Tilskuddet er ${formatPercent(agreed)} % hele perioden.`)
  }

  const periods = buildPeriods(req.startDate, req.endDate, cost.monthlyCost.total, steps)
  const cap = capAtFiveG(periods, req, ctx)
  return {
    ok: true,
    result: {
      scheme: 'VARIG_LONNSTILSKUDD',
      monthlyCost: cost.monthlyCost,
      periods,
      total: sumAmounts(periods),
      notes: [...notes, ...cap.notes, ...cost.notes],
      warnings: [],
      rates: { ...cost.rates, grunnbelop: cap.grunnbelop },
      ...(cap.estimate ? { estimate: true } : {}),
    },
  }
}
