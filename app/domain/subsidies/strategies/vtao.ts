/**
 * VTAO (varig tilrettelagt arbeid i ordinær virksomhet): only «Jobbe delvis»
 * and «Liten mulighet til å jobbe» (the person receives uføretrygd – NAV
 * decides); not turned 67 by the end date; a fixed monthly amount by calendar
 * year, not a share of the pay: a whole month pays the amount, a part of a
 * month round(days × amount / 30.4375) (NAV's VTAOAvtaleBeregningStrategy).
 * No maximum length; no amount before 2022.
 */
import { compareIso, daysInclusive, formatDateNb, yearOf } from '../dates'
import { INNSATSGRUPPE_LABELS } from '../labels'
import { formatKroner, prorate } from '../money'
import { isWholeMonth, splitPeriod, sumAmounts } from '../periods'
import { earliestVtaoMonthly, latestVtaoMonthly, vtaoMonthlyFor } from '../rates'
import {
  PERMANENTLY_REDUCED,
  type CalculationContext,
  type CalculationOutcome,
  type DatedAmount,
  type FieldError,
  type SubsidyPeriod,
  type SubsidyRequest,
} from '../types'
import { birthdayOf, checkNotGodeMuligheter, notTurnedByEnd } from './common'

export const VTAO_AGE_LIMIT = 67

export function calculateVtao(req: SubsidyRequest, ctx: CalculationContext): CalculationOutcome {
  const errors: FieldError[] = []
  if (checkNotGodeMuligheter(req, errors) && !PERMANENTLY_REDUCED.includes(req.innsatsgruppe)) {
    errors.push({
      field: 'innsatsgruppe',
      message: `VTAO gjelder bare for innsatsgruppene «${INNSATSGRUPPE_LABELS.JOBBE_DELVIS}» og «${INNSATSGRUPPE_LABELS.LITEN_MULIGHET_TIL_A_JOBBE}»`,
    })
  }
  const earliest = earliestVtaoMonthly(ctx.rates)
  if (!earliest) {
    errors.push({ field: 'startDate', message: 'Vi har ikke registrert månedsbeløpet for VTAO' })
  } else if (compareIso(req.startDate, earliest.validFrom) < 0) {
    errors.push({
      field: 'startDate',
      message: `Vi har ikke månedsbeløpet for VTAO før ${formatDateNb(earliest.validFrom)}`,
    })
  }
  const notes: string[] = []
  if (req.birthDate) {
    if (!notTurnedByEnd(req.birthDate, VTAO_AGE_LIMIT, req.endDate)) {
      errors.push({
        field: 'birthDate',
        message: `Deltakeren kan ikke ha fylt ${VTAO_AGE_LIMIT} år på sluttdatoen (fyller ${VTAO_AGE_LIMIT} år ${formatDateNb(
          birthdayOf(req.birthDate, VTAO_AGE_LIMIT),
        )})`,
      })
    }
  } else {
    notes.push(`Deltakeren kan ikke ha fylt ${VTAO_AGE_LIMIT} år på sluttdatoen.`)
  }
  if (errors.length > 0) return { ok: false, errors }

  const used = new Map<string, DatedAmount>()
  const periods: SubsidyPeriod[] = splitPeriod(req.startDate, req.endDate).map((piece) => {
    const row = vtaoMonthlyFor(ctx.rates, yearOf(piece.from)) as DatedAmount
    used.set(row.validFrom, row)
    const fullMonth = isWholeMonth(piece)
    const days = daysInclusive(piece.from, piece.to)
    return {
      from: piece.from,
      to: piece.to,
      percent: null,
      amount: fullMonth ? row.amount : prorate(days, row.amount),
      days,
      fullMonth,
      monthlyAmount: row.amount,
    }
  })
  const latest = latestVtaoMonthly(ctx.rates) as DatedAmount
  const estimate = yearOf(req.endDate) > yearOf(latest.validFrom)
  const rows = [...used.values()]
  notes.unshift(
    `NAV betaler et fast beløp per måned, ikke en andel av lønnen: ${rows
      .map((r) => `${formatKroner(r.amount)} kr i ${yearOf(r.validFrom)}`)
      .join(', ')}. En del av en måned gir antall dager × månedsbeløpet / 30,4375.`,
    'Personen må motta uføretrygd. NAV avgjør om personen får VTAO.',
  )
  if (estimate) {
    notes.push(
      `Månedsbeløpet etter ${yearOf(latest.validFrom)} er ikke fastsatt ennå. Vi har brukt beløpet for ${yearOf(
        latest.validFrom,
      )} (${formatKroner(latest.amount)} kr), så beløpene etter det er et anslag.`,
    )
  }
  return {
    ok: true,
    result: {
      scheme: 'VTAO',
      periods,
      total: sumAmounts(periods),
      notes,
      warnings: [],
      rates: { vtaoMonthly: rows },
      ...(estimate ? { estimate: true } : {}),
    },
  }
}
