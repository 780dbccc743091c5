/**
 * The 5 G yearly cap shared by varig and fireårig lønnstilskudd
 * (tiltak-refusjon-api: `Tiltakstype.har5gBegrensning`, `gjenståendeEtterMaks5G`).
 */
import { formatDateNb, yearOf } from '../dates'
import { FIVE_G_TEXT } from '../labels'
import { formatKroner } from '../money'
import { earliestGrunnbelop, grunnbelopOn } from '../rates'
import type { CalculationContext, DatedAmount, FieldError, SubsidyPeriod, SubsidyRequest } from '../types'

export const CAP_IN_G = 5

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
 * is cut to what is left (never below 0). The cap is recomputed for every
 * piece, so when G rises on 1 May a capped year pays again up to the
 * difference, as NAV's refund system does. This also keeps the result
 * monotone: a higher pay can never give a lower subsidy.
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
    const cap = CAP_IN_G * gOn(period.from).amount
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

/** A G must be recorded for the start date (the earliest row is the limit). */
export function checkGrunnbelopAvailable(req: SubsidyRequest, ctx: CalculationContext, errors: FieldError[]): void {
  if (grunnbelopOn(ctx.rates, req.startDate)) return
  const first = earliestGrunnbelop(ctx.rates)
  errors.push({
    field: 'startDate',
    message: first
      ? `Vi har ikke grunnbeløpet (G) for datoer før ${formatDateNb(first.validFrom)}`
      : 'Vi har ikke grunnbeløpet (G) registrert',
  })
}

export interface FiveGOutcome {
  notes: string[]
  grunnbelop: DatedAmount[]
  /** A G row was used after the 1 May when the next one should have applied: the cap is an estimate. */
  estimate: boolean
}

/** Caps the periods (in place) and explains the cap, the G values used and whether it is an estimate. */
export function capAtFiveG(periods: SubsidyPeriod[], req: SubsidyRequest, ctx: CalculationContext): FiveGOutcome {
  const gOn = (date: string) => grunnbelopOn(ctx.rates, date) as DatedAmount
  const years = applyYearlyCap(periods, gOn)
  const notes: string[] = []
  for (const y of years.filter((y) => y.capped)) {
    notes.push(
      `I ${y.year} er utbetalingen begrenset til 5 G = ${formatKroner(y.cap)} kr; det som ville gått over grensen, utbetales ikke.`,
    )
  }
  const used = new Map<string, DatedAmount>()
  for (const p of periods) {
    const g = gOn(p.from)
    used.set(g.validFrom, g)
  }
  const grunnbelop = [...used.values()]
  notes.push(
    `${FIVE_G_TEXT} Grunnbeløp brukt: ${grunnbelop
      .map((g) => `${formatKroner(g.amount)} kr fra ${formatDateNb(g.validFrom)}`)
      .join(', ')}. Vi ser bare denne avtalen; NAV regner taket for alle avtaler om samme ordning for samme person og arbeidsgiver i året.`,
  )
  const latest = grunnbelop[grunnbelop.length - 1]
  // The next G applies from 1 May the year after the latest row: anything from then on uses a G not yet recorded.
  const nextDue = latest ? `${yearOf(latest.validFrom) + 1}-05-01` : undefined
  const estimate = Boolean(nextDue && periods.some((p) => p.to >= nextDue))
  if (latest && estimate) {
    notes.push(
      `Grunnbeløpet for ${yearOf(latest.validFrom) + 1} er ikke registrert ennå. Vi har brukt ${formatKroner(
        latest.amount,
      )} kr (fra ${formatDateNb(latest.validFrom)}) også etter 1. mai ${yearOf(latest.validFrom) + 1}, så taket er et anslag.`,
    )
  }
  return { notes, grunnbelop, estimate }
}
