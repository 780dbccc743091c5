import {
  calculateSubsidy,
  DEFAULT_RATES,
  type CalculationOutcome,
  type EmployerTaxZone,
  type FieldError,
  type InclusionSubsidyResult,
  type SubsidyResult,
  type VtaoResult,
  type WageSubsidyResult,
} from '../../../app/domain/subsidies'

const KOMMUNE_ZONES: Record<string, EmployerTaxZone> = { '0301': 'I', '5601': 'V', '3441': 'Ia', '1804': 'IVa' }

export const ctx = {
  rates: DEFAULT_RATES,
  zoneForKommune: (k: string) => KOMMUNE_ZONES[k],
}

export function calc(input: Record<string, unknown>): CalculationOutcome {
  return calculateSubsidy(input, ctx)
}

export function ok(input: Record<string, unknown>): SubsidyResult {
  const outcome = calc(input)
  if (!outcome.ok) throw new Error(`Expected success, got ${JSON.stringify(outcome.errors)}`)
  return outcome.result
}

export function wage(input: Record<string, unknown>): WageSubsidyResult {
  const result = ok(input)
  if (result.scheme === 'INKLUDERINGSTILSKUDD' || result.scheme === 'VTAO') throw new Error('Expected a wage subsidy')
  return result
}

export function vtaoResult(input: Record<string, unknown>): VtaoResult {
  const result = ok(input)
  if (result.scheme !== 'VTAO') throw new Error('Expected VTAO')
  return result
}

export function inclusion(input: Record<string, unknown>): InclusionSubsidyResult {
  const result = ok(input)
  if (result.scheme !== 'INKLUDERINGSTILSKUDD') throw new Error('Expected inkluderingstilskudd')
  return result
}

export function errors(input: Record<string, unknown>): FieldError[] {
  const outcome = calc(input)
  if (outcome.ok) throw new Error(`Expected errors, got total ${outcome.result.total}`)
  return outcome.errors
}

export function errorFor(input: Record<string, unknown>, field: string): string | undefined {
  return errors(input).find((e) => e.field === field)?.message
}

/** A simple cost base: zone V, no holiday pay, no pension → monthly cost = monthly pay. */
export const plainCost = { holidayPayRate: 0, pensionRate: 0, employerTaxZone: 'V' }

export const midlertidig = (over: Record<string, unknown> = {}) => ({
  scheme: 'MIDLERTIDIG_LONNSTILSKUDD',
  innsatsgruppe: 'TRENGER_VEILEDNING',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  monthlyPay: 20_000,
  holidayPayRate: 12,
  pensionRate: 2,
  employerTaxZone: 'I',
  ...over,
})

export const varig = (over: Record<string, unknown> = {}) => ({
  scheme: 'VARIG_LONNSTILSKUDD',
  innsatsgruppe: 'JOBBE_DELVIS',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  monthlyPay: 30_000,
  subsidyPercent: 60,
  holidayPayRate: 10.2,
  pensionRate: 2,
  employerTaxZone: 'I',
  ...over,
})

export const sommerjobb = (over: Record<string, unknown> = {}) => ({
  scheme: 'SOMMERJOBB',
  innsatsgruppe: 'TRENGER_VEILEDNING',
  startDate: '2025-06-30',
  endDate: '2025-07-27',
  monthlyPay: 28_000,
  holidayPayRate: 10.2,
  pensionRate: 2,
  employerTaxZone: 'IV',
  ...over,
})

export const mentor = (over: Record<string, unknown> = {}) => ({
  scheme: 'MENTOR',
  innsatsgruppe: 'TRENGER_VEILEDNING',
  startDate: '2026-01-01',
  endDate: '2026-06-30',
  hourlyWage: 300,
  hoursPerMonth: 20,
  holidayPayRate: 10.2,
  pensionRate: 2,
  employerTaxZone: 'I',
  ...over,
})

export const inkluderingstilskudd = (over: Record<string, unknown> = {}) => ({
  scheme: 'INKLUDERINGSTILSKUDD',
  innsatsgruppe: 'TRENGER_VEILEDNING',
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  expenses: [
    { category: 'UTSTYR', amount: 25_000 },
    { category: 'OPPLAERING', amount: 10_000 },
  ],
  ...over,
})

export const firearig = (over: Record<string, unknown> = {}) => ({
  scheme: 'FIREARIG_LONNSTILSKUDD',
  innsatsgruppe: 'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
  positionType: 'FAST',
  startDate: '2026-09-01',
  endDate: '2027-08-31',
  monthlyPay: 30_000,
  holidayPayRate: 12,
  pensionRate: 2,
  employerTaxZone: 'I',
  ...over,
})

export const vtao = (over: Record<string, unknown> = {}) => ({
  scheme: 'VTAO',
  innsatsgruppe: 'JOBBE_DELVIS',
  startDate: '2025-11-15',
  endDate: '2026-02-10',
  ...over,
})
