/** Helpers shared by the scheme strategies. */
import { addYears, compareIso, formatDateNb, maxEndDate } from '../dates'
import { SCHEME_LABELS, INNSATSGRUPPE_LABELS } from '../labels'
import { formatKroner, formatPercent, monthlyCost } from '../money'
import { earliestEmployerTaxRate, employerTaxRateOn } from '../rates'
import type { AppliedRates, CalculationContext, EmployerTaxZone, FieldError, MonthlyCost, Scheme, SubsidyRequest } from '../types'

export const DEFAULT_HOLIDAY_PAY_RATE = 10.2
export const DEFAULT_PENSION_RATE = 2
export const MIN_AGE = 16
export const MAX_AGE = 72

/** Every scheme is closed to «Gode muligheter». */
export function checkNotGodeMuligheter(req: SubsidyRequest, errors: FieldError[]): boolean {
  if (req.innsatsgruppe === 'GODE_MULIGHETER') {
    errors.push({
      field: 'innsatsgruppe',
      message: `${SCHEME_LABELS[req.scheme]} gjelder ikke for innsatsgruppen «${INNSATSGRUPPE_LABELS.GODE_MULIGHETER}»`,
    })
    return false
  }
  return true
}

/** end ≤ (start + N months) − 1 day */
export function checkMaxLength(req: SubsidyRequest, months: number, message: string, errors: FieldError[]): void {
  const last = maxEndDate(req.startDate, months)
  if (compareIso(req.endDate, last) > 0) {
    errors.push({ field: 'endDate', message: `${message} (siste mulige sluttdato er ${formatDateNb(last)})` })
  }
}

/** The day a person born on `birthDate` turns `years` (29 February + N years = 28 February in common years, as NAV's `plusYears`). */
export function birthdayOf(birthDate: string, years: number): string {
  return addYears(birthDate, years)
}

/** «Not yet N at start»: birthDate ≥ start − N years, so an Nth birthday on the start date still qualifies (NAV). */
export function notYetAtStart(birthDate: string, years: number, startDate: string): boolean {
  return compareIso(birthDate, addYears(startDate, -years)) >= 0
}

/** «Must not have turned N by the end date»: birthDate + N years > endDate. */
export function notTurnedByEnd(birthDate: string, years: number, endDate: string): boolean {
  return compareIso(birthdayOf(birthDate, years), endDate) > 0
}

/** The schemes with the 72-year limit (sommerjobb and fireårig require «under 30 at start», VTAO «under 67 at the end»). */
const MAX_AGE_SCHEMES: readonly Scheme[] = ['MIDLERTIDIG_LONNSTILSKUDD', 'VARIG_LONNSTILSKUDD', 'MENTOR', 'INKLUDERINGSTILSKUDD']

/**
 * Rules for every scheme: the period's order; at least 16 on the start date
 * (tiltaksforskriften § 1-3; NAV checks the day the agreement is created);
 * and, for midlertidig, varig, mentor and inkluderingstilskudd, not turned 72
 * by the end date (someone whose 72nd birthday is the end date is refused).
 */
export function validateCommon(req: SubsidyRequest): FieldError[] {
  const errors: FieldError[] = []
  if (compareIso(req.endDate, req.startDate) < 0) {
    errors.push({ field: 'endDate', message: 'Sluttdato kan ikke være før startdato' })
  }
  if (req.birthDate) {
    if (compareIso(birthdayOf(req.birthDate, MIN_AGE), req.startDate) > 0) {
      errors.push({ field: 'birthDate', message: `Deltakeren må ha fylt ${MIN_AGE} år på startdatoen` })
    } else if (MAX_AGE_SCHEMES.includes(req.scheme) && !notTurnedByEnd(req.birthDate, MAX_AGE, req.endDate)) {
      errors.push({
        field: 'birthDate',
        message: `Deltakeren kan ikke ha fylt ${MAX_AGE} år på sluttdatoen (fyller ${MAX_AGE} år ${formatDateNb(
          birthdayOf(req.birthDate, MAX_AGE),
        )})`,
      })
    }
  }
  return errors
}

export interface WageCost {
  monthlyCost: MonthlyCost
  rates: AppliedRates
  notes: string[]
}

function resolveZone(req: SubsidyRequest, ctx: CalculationContext, errors: FieldError[], notes: string[]): EmployerTaxZone | undefined {
  if (req.employerTaxZone) {
    if (req.kommunenummer && ctx.zoneForKommune) {
      const fromKommune = ctx.zoneForKommune(req.kommunenummer)
      if (fromKommune && fromKommune !== req.employerTaxZone) {
        notes.push(`Valgt sone ${req.employerTaxZone} er brukt, selv om kommunenummer ${req.kommunenummer} ligger i sone ${fromKommune}.`)
      }
    }
    return req.employerTaxZone
  }
  if (req.kommunenummer) {
    const zone = ctx.zoneForKommune?.(req.kommunenummer)
    if (!zone) {
      errors.push({ field: 'kommunenummer', message: `Fant ingen kommune med kommunenummer ${req.kommunenummer}` })
      return undefined
    }
    notes.push(`Arbeidsgiveravgiftssone ${zone} er hentet fra kommunenummer ${req.kommunenummer}.`)
    return zone
  }
  errors.push({ field: 'employerTaxZone', message: 'Velg arbeidsgiveravgiftssone eller oppgi kommunenummer' })
  return undefined
}

/**
 * Monthly cost for the wage-based schemes. Holiday pay and pension default to
 * 10.2 % and 2 % when not given. The AGA rate is the one in force on the
 * start date.
 */
export function resolveWageCost(
  req: SubsidyRequest,
  pay: number | undefined,
  ctx: CalculationContext,
  errors: FieldError[],
  wholePay?: number,
): WageCost | undefined {
  const notes: string[] = []
  const zone = resolveZone(req, ctx, errors, notes)
  let taxRow
  if (zone) {
    taxRow = employerTaxRateOn(ctx.rates, zone, req.startDate)
    if (!taxRow) {
      const first = earliestEmployerTaxRate(ctx.rates, zone)
      errors.push({
        field: 'startDate',
        message: first
          ? `Vi har ingen sats for arbeidsgiveravgift i sone ${zone} før ${formatDateNb(first.validFrom)}`
          : `Vi har ingen sats for arbeidsgiveravgift i sone ${zone}`,
      })
    }
  }
  if (pay === undefined || !taxRow || !zone) return undefined

  const holidayPayRate = req.holidayPayRate ?? DEFAULT_HOLIDAY_PAY_RATE
  const pensionRate = req.pensionRate ?? DEFAULT_PENSION_RATE
  if (req.holidayPayRate === undefined) {
    notes.push(`Feriepenger er satt til ${formatPercent(DEFAULT_HOLIDAY_PAY_RATE)} % (standard) fordi ingen sats var oppgitt.`)
  }
  if (req.pensionRate === undefined) {
    notes.push(`Obligatorisk tjenestepensjon er satt til ${formatPercent(DEFAULT_PENSION_RATE)} % fordi ingen sats var oppgitt.`)
  }
  notes.push(`Arbeidsgiveravgift: sone ${zone}, ${formatPercent(taxRow.rate)} % (satsen som gjelder på startdatoen).`)
  if (zone === 'Ia') {
    notes.push('Fribeløpet i sone Ia og særreglene for jordbruk er ikke med i beregningen.')
  }
  const cost = monthlyCost(pay, holidayPayRate, pensionRate, taxRow.rate, wholePay)
  return {
    monthlyCost: cost,
    rates: {
      employerTaxZone: zone,
      employerTaxRate: taxRow.rate,
      employerTaxSource: taxRow.source,
      holidayPayRate,
      pensionRate,
    },
    notes,
  }
}

export function requireField<T>(value: T | undefined, field: string, message: string, errors: FieldError[]): value is T {
  if (value === undefined) {
    errors.push({ field, message })
    return false
  }
  return true
}

export function schemeLabel(scheme: Scheme): string {
  return SCHEME_LABELS[scheme]
}

export { formatKroner, formatPercent }
