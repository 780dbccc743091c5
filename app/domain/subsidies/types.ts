/**
 * Types shared by the subsidy calculator's domain core.
 *
 * Money is whole kroner (integers). Percentages are plain numbers (60 = 60 %).
 * Dates are ISO calendar dates `YYYY-MM-DD`, always inclusive.
 */

export const SCHEMES = [
  'MIDLERTIDIG_LONNSTILSKUDD',
  'VARIG_LONNSTILSKUDD',
  'SOMMERJOBB',
  'MENTOR',
  'INKLUDERINGSTILSKUDD',
  'FIREARIG_LONNSTILSKUDD',
  'VTAO',
] as const
export type Scheme = (typeof SCHEMES)[number]

export const INNSATSGRUPPER = [
  'GODE_MULIGHETER',
  'TRENGER_VEILEDNING',
  'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
  'JOBBE_DELVIS',
  'LITEN_MULIGHET_TIL_A_JOBBE',
] as const
export type Innsatsgruppe = (typeof INNSATSGRUPPER)[number]

/** The three needs groups that count as «nedsatt arbeidsevne». */
export const NEDSATT_ARBEIDSEVNE: readonly Innsatsgruppe[] = [
  'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
  'JOBBE_DELVIS',
  'LITEN_MULIGHET_TIL_A_JOBBE',
]

export function hasReducedWorkCapacity(group: Innsatsgruppe): boolean {
  return NEDSATT_ARBEIDSEVNE.includes(group)
}

/** Groups that may get varig lønnstilskudd and VTAO (varig og vesentlig nedsatt arbeidsevne). */
export const PERMANENTLY_REDUCED: readonly Innsatsgruppe[] = ['JOBBE_DELVIS', 'LITEN_MULIGHET_TIL_A_JOBBE']

/** Fireårig lønnstilskudd: a permanent position may run 4 years, a temporary one 2 (NAV's default is FAST). */
export const POSITION_TYPES = ['FAST', 'MIDLERTIDIG'] as const
export type PositionType = (typeof POSITION_TYPES)[number]

export const EMPLOYER_TAX_ZONES = ['I', 'Ia', 'II', 'III', 'IV', 'IVa', 'V'] as const
export type EmployerTaxZone = (typeof EMPLOYER_TAX_ZONES)[number]

export const HOLIDAY_PAY_RATES = [0, 10.2, 12, 12.5, 14.3] as const
export type HolidayPayRate = (typeof HOLIDAY_PAY_RATES)[number]

export const EXPENSE_CATEGORIES = [
  'TILRETTELEGGINGSBEHOV',
  'TILTAKSPLASS',
  'UTSTYR',
  'ARBEIDSHJELPEMIDLER',
  'PROGRAMVARE',
  'FORSIKRING_LISENS_SERTIFISERING',
  'OPPLAERING',
] as const
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number]

/** A validation error for one input field, with a bokmål message naming the rule. */
export interface FieldError {
  field: string
  message: string
}

/* ------------------------------------------------------------------ rates */

/** One dated row: the value applies from `validFrom` until the next row's `validFrom`. */
export interface DatedAmount {
  validFrom: string
  amount: number
  source: string
}

export interface DatedZoneRate {
  zone: EmployerTaxZone
  validFrom: string
  /** Percent, e.g. 14.1. */
  rate: number
  source: string
}

/**
 * All rates that change over time. The domain never hard-codes them: callers
 * pass the table in (the service loads it from the database; tests and the
 * seed use `DEFAULT_RATES`).
 */
export interface RateTables {
  /** Grunnbeløp G, normally changing on 1 May. */
  grunnbelop: readonly DatedAmount[]
  /**
   * Inkluderingstilskudd yearly maximum. Looked up by the end date's *year*:
   * the row whose `validFrom` year is the latest one ≤ that year; years before
   * the earliest row use the earliest row («up to 2023»).
   */
  inclusionSubsidyMax: readonly DatedAmount[]
  /** Arbeidsgiveravgift rate per zone. */
  employerTax: readonly DatedZoneRate[]
  /**
   * VTAO fixed monthly amount, one row per calendar year (`validFrom` 1 January).
   * The latest row applies to later years until an admin adds one.
   */
  vtaoMonthly: readonly DatedAmount[]
}

/* ---------------------------------------------------------------- request */

export interface ExpenseInput {
  category: ExpenseCategory
  amount: number
}

/** The request after shape validation (see `schema.ts`). */
export interface SubsidyRequest {
  scheme: Scheme
  innsatsgruppe: Innsatsgruppe
  startDate: string
  endDate: string
  birthDate?: string
  monthlyPay?: number
  holidayPayRate?: HolidayPayRate
  pensionRate?: number
  employerTaxZone?: EmployerTaxZone
  kommunenummer?: string
  subsidyPercent?: number
  hourlyWage?: number
  /** Mentor hours per month, 0–99.9 with at most one decimal. */
  hoursPerMonth?: number
  expenses?: ExpenseInput[]
  /** Fireårig lønnstilskudd only; missing means FAST. */
  positionType?: PositionType
  /**
   * Inkluderingstilskudd only: when the expenses pass the yearly maximum,
   * calculate with the maximum instead of refusing (NAV refuses; the page offers this).
   */
  capAtMaximum?: boolean
}

/* ----------------------------------------------------------------- result */

export interface MonthlyCost {
  pay: number
  /** Exact to the øre (2 decimals) – for display. */
  holidayPay: number
  /** Exact to the øre (2 decimals) – for display. */
  pension: number
  /** Exact to the øre (2 decimals) – for display. */
  employerTax: number
  /** pay + round(holidayPay + pension + employerTax): whole kroner. */
  total: number
}

export interface SubsidyPeriod {
  from: string
  to: string
  /** Subsidy percentage applying to this piece; null for VTAO (a fixed amount, not a percentage). */
  percent: number | null
  /** Amount paid for the piece, whole kroner. */
  amount: number
  /** Days in the piece (inclusive). */
  days: number
  /** True when the piece is a whole calendar month. */
  fullMonth: boolean
  /** The monthly amount the piece is derived from (before any cap). */
  monthlyAmount: number
  /** Set when the piece was cut (or zeroed) by the 5 G yearly cap (varig, fireårig). */
  capped?: boolean
  /** Set on the first piece after a step-down (nedtrapping). */
  stepDown?: boolean
}

export interface AppliedRates {
  employerTaxZone?: EmployerTaxZone
  /** AGA percent in force on the start date. */
  employerTaxRate?: number
  employerTaxSource?: string
  holidayPayRate?: number
  pensionRate?: number
  /** Grunnbeløp values used (varig, fireårig), one per G in force during the period. */
  grunnbelop?: { validFrom: string; amount: number; source: string }[]
  inclusionSubsidyMax?: { validFrom: string; amount: number; source: string }
  /** VTAO monthly amounts used, one per calendar year's row. */
  vtaoMonthly?: { validFrom: string; amount: number; source: string }[]
  /** Fireårig only: the position type the length was checked against. */
  positionType?: PositionType
}

export interface WageSubsidyResult {
  scheme: Exclude<Scheme, 'INKLUDERINGSTILSKUDD' | 'VTAO'>
  monthlyCost: MonthlyCost
  periods: SubsidyPeriod[]
  total: number
  notes: string[]
  warnings: string[]
  rates: AppliedRates
  /** Mentor only: the hourly wage and hours the pay was derived from. */
  mentor?: { hourlyWage: number; hoursPerMonth: number }
  /** True when a rate used (G) is the latest recorded one applied beyond its year: the cap is an estimate. */
  estimate?: boolean
}

export interface InclusionSubsidyResult {
  scheme: 'INKLUDERINGSTILSKUDD'
  periods: SubsidyPeriod[]
  total: number
  maxAmount: number
  expenses: ExpenseInput[]
  notes: string[]
  warnings: string[]
  rates: AppliedRates
  /** Set when the expenses passed the maximum and the caller asked to calculate with the maximum. */
  cappedAtMaximum?: boolean
}

/** VTAO: a fixed monthly amount by calendar year; no monthly cost, `percent: null` in the periods. */
export interface VtaoResult {
  scheme: 'VTAO'
  periods: SubsidyPeriod[]
  total: number
  notes: string[]
  warnings: string[]
  rates: AppliedRates
  /** True when a month lies after the last recorded year's amount (the latest row was used). */
  estimate?: boolean
}

export type SubsidyResult = WageSubsidyResult | InclusionSubsidyResult | VtaoResult

/** The results that have a monthly wage cost (everything but inkluderingstilskudd and VTAO). */
export function hasMonthlyCost(result: SubsidyResult): result is WageSubsidyResult {
  return result.scheme !== 'INKLUDERINGSTILSKUDD' && result.scheme !== 'VTAO'
}

export type CalculationOutcome = { ok: true; result: SubsidyResult } | { ok: false; errors: FieldError[] }

/** Things a pure calculation may need from outside, passed in explicitly. */
export interface CalculationContext {
  rates: RateTables
  /** kommunenummer → zone lookup (reference data). */
  zoneForKommune?: (kommunenummer: string) => EmployerTaxZone | undefined
  /** How the input writes dates, for the messages (default ISO, as the API takes them). */
  dateFormat?: 'ÅÅÅÅ-MM-DD' | 'dd.mm.åååå'
}
