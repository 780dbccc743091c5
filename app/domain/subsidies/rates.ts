import { compareIso, yearOf } from './dates'
import type { DatedAmount, DatedZoneRate, EmployerTaxZone, RateTables } from './types'

const G_SOURCE = 'NAV: Grunnbeløpet i folketrygden (nav.no/grunnbelopet), fastsatt ved trygdeoppgjøret fra 1. mai'
const INCLUSION_SOURCE =
  'NAV: Inkluderingstilskudd – maksimumsbeløp per år (nav.no/arbeidsgiver/inkluderingstilskudd; satser/Sats.java i navikt/tiltaksgjennomforing-api)'
const VTAO_SOURCE =
  'NAV: Varig tilrettelagt arbeid i ordinær virksomhet – fast månedsbeløp per år (satser/Sats.java i navikt/tiltaksgjennomforing-api; nav.no/arbeidsgiver/varig-tilrettelagt-arbeid)'
const AGA_SOURCE =
  'Skatteetaten: Satser for arbeidsgiveravgift – soneinndeling (skatteetaten.no/satser/arbeidsgiveravgift); gjeldende soneinndeling fra 1. januar 2022'

/**
 * The rates from the specification (`domain/subsidy-rules.md`). This is the
 * seed for the database's dated rate tables; at run time the service passes
 * the rows from the database instead.
 */
export const DEFAULT_RATES: RateTables = {
  grunnbelop: [
    { validFrom: '2019-05-01', amount: 99_858, source: G_SOURCE },
    { validFrom: '2020-05-01', amount: 101_351, source: G_SOURCE },
    { validFrom: '2021-05-01', amount: 106_399, source: G_SOURCE },
    { validFrom: '2022-05-01', amount: 111_477, source: G_SOURCE },
    { validFrom: '2023-05-01', amount: 118_620, source: G_SOURCE },
    { validFrom: '2024-05-01', amount: 124_028, source: G_SOURCE },
    { validFrom: '2025-05-01', amount: 130_160, source: G_SOURCE },
    { validFrom: '2026-05-01', amount: 136_549, source: G_SOURCE },
  ],
  vtaoMonthly: [
    { validFrom: '2022-01-01', amount: 6_241, source: VTAO_SOURCE },
    { validFrom: '2023-01-01', amount: 6_428, source: VTAO_SOURCE },
    { validFrom: '2024-01-01', amount: 6_808, source: VTAO_SOURCE },
    { validFrom: '2025-01-01', amount: 7_067, source: VTAO_SOURCE },
    { validFrom: '2026-01-01', amount: 7_321, source: VTAO_SOURCE },
  ],
  inclusionSubsidyMax: [
    // «up to 2023»: the earliest row also applies to earlier years.
    { validFrom: '2023-01-01', amount: 143_900, source: INCLUSION_SOURCE },
    { validFrom: '2024-01-01', amount: 149_100, source: INCLUSION_SOURCE },
    { validFrom: '2025-01-01', amount: 154_800, source: INCLUSION_SOURCE },
    { validFrom: '2026-01-01', amount: 160_400, source: INCLUSION_SOURCE },
  ],
  employerTax: (
    [
      ['I', 14.1],
      ['Ia', 10.6],
      ['II', 10.6],
      ['III', 6.4],
      ['IV', 5.1],
      ['IVa', 7.9],
      ['V', 0],
    ] as const
  ).map(([zone, rate]) => ({ zone, validFrom: '2022-01-01', rate, source: AGA_SOURCE })),
}

/** The row with the latest `validFrom` on or before `date`. */
function latestOnOrBefore<T extends { validFrom: string }>(rows: readonly T[], date: string): T | undefined {
  let best: T | undefined
  for (const row of rows) {
    if (compareIso(row.validFrom, date) <= 0 && (!best || compareIso(row.validFrom, best.validFrom) > 0)) {
      best = row
    }
  }
  return best
}

function earliest<T extends { validFrom: string }>(rows: readonly T[]): T | undefined {
  let best: T | undefined
  for (const row of rows) if (!best || compareIso(row.validFrom, best.validFrom) < 0) best = row
  return best
}

/** The grunnbeløp in force on a date (the latest row applies until a newer one is added). */
export function grunnbelopOn(rates: RateTables, date: string): DatedAmount | undefined {
  return latestOnOrBefore(rates.grunnbelop, date)
}

export function earliestGrunnbelop(rates: RateTables): DatedAmount | undefined {
  return earliest(rates.grunnbelop)
}

/**
 * The inkluderingstilskudd maximum for agreements ending in `year`: the row
 * for the latest year ≤ `year`; years before the first row use the first row.
 */
export function inclusionSubsidyMaxFor(rates: RateTables, year: number): DatedAmount | undefined {
  let best: DatedAmount | undefined
  for (const row of rates.inclusionSubsidyMax) {
    if (yearOf(row.validFrom) <= year && (!best || compareIso(row.validFrom, best.validFrom) > 0)) best = row
  }
  return best ?? earliest(rates.inclusionSubsidyMax)
}

/**
 * The VTAO monthly amount for a calendar year: the row for the latest year ≤
 * `year`. Years before the first row have no amount (NAV has none).
 */
export function vtaoMonthlyFor(rates: RateTables, year: number): DatedAmount | undefined {
  return latestOnOrBefore(rates.vtaoMonthly, `${String(year).padStart(4, '0')}-12-31`)
}

export function earliestVtaoMonthly(rates: RateTables): DatedAmount | undefined {
  return earliest(rates.vtaoMonthly)
}

export function latestVtaoMonthly(rates: RateTables): DatedAmount | undefined {
  return latestOnOrBefore(rates.vtaoMonthly, '9999-12-31')
}

/** The AGA rate for a zone in force on a date. */
export function employerTaxRateOn(rates: RateTables, zone: EmployerTaxZone, date: string): DatedZoneRate | undefined {
  return latestOnOrBefore(
    rates.employerTax.filter((row) => row.zone === zone),
    date,
  )
}

export function earliestEmployerTaxRate(rates: RateTables, zone: EmployerTaxZone): DatedZoneRate | undefined {
  return earliest(rates.employerTax.filter((row) => row.zone === zone))
}

/** The kinds of dated rate rows an admin can add. */
export const RATE_KINDS = ['GRUNNBELOP', 'INKLUDERINGSTILSKUDD_MAKS', 'VTAO_MANEDSBELOP', 'ARBEIDSGIVERAVGIFT'] as const
export type RateKind = (typeof RATE_KINDS)[number]
