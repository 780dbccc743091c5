/**
 * VARIG_LONNSTILSKUDD: only «Jobbe delvis» and «Liten mulighet til å jobbe»;
 * an agreed 0–75 %, at most 67 % from start + 12 months; no maximum length;
 * payments capped at 5 G per calendar year, with G in force on each piece's
 * first day. A piece that would pass the cap is cut to what is left and later
 * pieces that year pay 0.
 */
import { addMonths, compareIso, formatDateNb, yearOf } from '../dates'
import { INNSATSGRUPPE_LABELS } from '../labels'
import { buildPeriods, sumAmounts } from '../periods'
import { earliestGrunnbelop, grunnbelopOn } from '../rates'
import type {
  CalculationContext,
  CalculationOutcome,
  DatedAmount,
  FieldError,
  Innsatsgruppe,
  SubsidyPeriod,
  SubsidyRequest,
} from '../types'
import { formatKroner, formatPercent, requireField, resolveWageCost } from './common'

export const VARIG_GROUPS: readonly Innsatsgruppe[] = ['JOBBE_DELVIS', 'LITEN_MULIGHET_TIL_A_JOBBE']
export const VARIG_MAX_PERCENT = 75
export const VARIG_MAX_PERCENT_AFTER_FIRST_YEAR = 67
export const VARIG_CAP_IN_G = 5

export interface CapYear {
  year: number
  cap: number
  capped: boolean
}

/**
 * Applies the 5 G yearly cap in place; returns what happened per year.
 *
 * Within a calendar year, the sum paid up to and including a piece may not
 * exceed 5 × G in force on that piece's first day: a piece that would pass it
 * is cut to what is left, so later pieces that year pay 0. When G rises on
 * 1 May after the cap was reached, the pieces from May may pay the difference
 * (5 × the rise) – never more than 5 × the G in force. Taking the cap this way
 * (rather than freezing the year at the first cut) keeps the result monotone:
 * a higher pay can never give a lower subsidy.
 */
export function applyYearlyCap(periods: SubsidyPeriod[], gOn: (date: string) => DatedAmount): CapYear[] {
  const years: CapYear[] = []
  let current: CapYear | undefined
  let paid = 0
  for (const period of periods) {
    const year = yearOf(period.from)
    if (!current || current.year !== year) {
      current = { year, cap: 0, capped: false }
      years.push(current)
      paid = 0
    }
    const cap = VARIG_CAP_IN_G * gOn(period.from).amount
    current.cap = cap
    if (paid + period.amount > cap) {
      period.amount = Math.max(0, cap - paid)
      period.capped = true
      current.capped = true
    }
    paid += period.amount
  }
  return years
}

export function calculateVarig(req: SubsidyRequest, ctx: CalculationContext): CalculationOutcome {
  const errors: FieldError[] = []
  if (!VARIG_GROUPS.includes(req.innsatsgruppe)) {
    errors.push({
      field: 'innsatsgruppe',
      message: `Varig lønnstilskudd gjelder bare for innsatsgruppene «${INNSATSGRUPPE_LABELS.JOBBE_DELVIS}» og «${INNSATSGRUPPE_LABELS.LITEN_MULIGHET_TIL_A_JOBBE}»`,
    })
  }
  requireField(
    req.subsidyPercent,
    'subsidyPercent',
    `Tilskuddsprosent mangler – avtal en sats mellom 0 og ${VARIG_MAX_PERCENT} %`,
    errors
  )
  requireField(req.monthlyPay, 'monthlyPay', 'Månedslønn mangler – den trengs for å beregne lønnstilskuddet', errors)
  if (!grunnbelopOn(ctx.rates, req.startDate)) {
    const first = earliestGrunnbelop(ctx.rates)
    errors.push({
      field: 'startDate',
      message: first
        ? `Vi har ikke grunnbeløpet (G) for datoer før ${formatDateNb(first.validFrom)}`
        : 'Vi har ikke grunnbeløpet (G) registrert',
    })
  }
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
        `Tilskuddet er ${formatPercent(
          agreed
        )} % og settes ned til høyst ${VARIG_MAX_PERCENT_AFTER_FIRST_YEAR} % fra ${formatDateNb(
          reviewDate
        )} (12 måneder etter start).`
      )
    }
  } else {
    notes.push(`Tilskuddet er ${formatPercent(agreed)} % hele perioden.`)
  }

  const periods = buildPeriods(req.startDate, req.endDate, cost.monthlyCost.total, steps)
  const gOn = (date: string) => grunnbelopOn(ctx.rates, date) as DatedAmount
  const years = applyYearlyCap(periods, gOn)
  for (const y of years.filter((y) => y.capped)) {
    notes.push(
      `I ${y.year} er utbetalingen begrenset til 5 G = ${formatKroner(
        y.cap
      )} kr; det som ville gått over grensen, utbetales ikke.`
    )
  }
  const usedG = new Map<string, DatedAmount>()
  for (const p of periods) {
    const g = gOn(p.from)
    usedG.set(g.validFrom, g)
  }
  const gList = [...usedG.values()]
  notes.push(
    `Utbetalingen er begrenset til 5 G per kalenderår. Grunnbeløp brukt: ${gList
      .map((g) => `${formatKroner(g.amount)} kr fra ${formatDateNb(g.validFrom)}`)
      .join(', ')}.`
  )
  const latestG = gList[gList.length - 1]
  if (latestG && yearOf(req.endDate) > yearOf(latestG.validFrom)) {
    notes.push(
      `Grunnbeløpet fra ${formatDateNb(latestG.validFrom)} er brukt også etter 1. mai ${
        yearOf(latestG.validFrom) + 1
      }, fordi nytt grunnbeløp ikke er registrert ennå.`
    )
  }
  return {
    ok: true,
    result: {
      scheme: 'VARIG_LONNSTILSKUDD',
      monthlyCost: cost.monthlyCost,
      periods,
      total: sumAmounts(periods),
      notes: [...notes, ...cost.notes],
      warnings: [],
      rates: { ...cost.rates, grunnbelop: gList },
    },
  }
}
