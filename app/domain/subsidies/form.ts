/**
 * The calculator page's GET form ↔ the calculation request. Pure: the page
 * keeps every input in the URL so a result can be shared, and this turns the
 * URL's values into a request (deriving monthly pay from a yearly salary and
 * the mentor's hourly wage from another period) and maps errors back to the
 * form's fields.
 */
import { isCode } from '~/domain/codes'
import { coerceNumber, normaliseDate } from './schema'
import { hasAtMostDecimals, hourlyWageFrom, MENTOR_WAGE_PERIODS, monthlyPayFromYearly, type MentorWagePeriod } from './money'
import { EXPENSE_CATEGORIES, type ExpenseCategory, type FieldError } from './types'

/** The schemes whose form asks for the employee's pay. */
export const WAGE_FORM_SCHEMES = ['MIDLERTIDIG_LONNSTILSKUDD', 'VARIG_LONNSTILSKUDD', 'FIREARIG_LONNSTILSKUDD', 'SOMMERJOBB'] as const

export const PAY_MODES = ['monthly', 'yearly'] as const
export type PayMode = (typeof PAY_MODES)[number]

/** Form field names (also the URL's query parameters). */
export const FORM_FIELDS = [
  'scheme',
  'innsatsgruppe',
  'startDate',
  'endDate',
  'birthDate',
  'payMode',
  'monthlyPay',
  'yearlyPay',
  'positionPercent',
  'holidayPayRate',
  'pensionRate',
  'kommunenummer',
  'employerTaxZone',
  'subsidyPercent',
  'mentorWage',
  'mentorWagePeriod',
  'mentorPositionPercent',
  'hoursPerMonth',
  'positionType',
  'capAtMaximum',
] as const
export type FormField = (typeof FORM_FIELDS)[number]
export type FormValues = Partial<Record<FormField | `expense_${ExpenseCategory}`, string>>

export const expenseField = (category: ExpenseCategory) => `expense_${category}` as const

export function formValuesFrom(params: URLSearchParams): FormValues {
  const values: FormValues = {}
  for (const field of FORM_FIELDS) {
    const v = params.get(field)
    if (v !== null) values[field] = v
  }
  for (const category of EXPENSE_CATEGORIES) {
    const v = params.get(expenseField(category))
    if (v !== null) values[expenseField(category)] = v
  }
  return values
}

export interface FormRequest {
  /** The request for `calculateSubsidy` (raw: the domain validates it). */
  request: Record<string, unknown>
  /** Errors in the form-only fields (yearly pay, mentor wage …). */
  errors: FieldError[]
  /** Maps the request's field names back to the form's. */
  fieldFor: (requestField: string) => string
}

function positiveNumber(
  value: string | undefined,
  field: string,
  label: string,
  errors: FieldError[],
  opts: { integer?: boolean; max?: number } = {},
): number | undefined {
  const n = coerceNumber(value)
  if (n === undefined) {
    errors.push({ field, message: `${label} mangler` })
    return undefined
  }
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    errors.push({ field, message: `${label} må være et tall` })
    return undefined
  }
  if (n <= 0) {
    errors.push({ field, message: `${label} må være større enn 0` })
    return undefined
  }
  if (opts.integer && !Number.isInteger(n)) {
    errors.push({ field, message: `${label} må oppgis i hele kroner` })
    return undefined
  }
  if (!opts.integer && !hasAtMostDecimals(n, 2)) {
    errors.push({ field, message: `${label} kan ha høyst 2 desimaler` })
    return undefined
  }
  if (opts.max !== undefined && n > opts.max) {
    errors.push({ field, message: `${label} kan være høyst ${opts.max}` })
    return undefined
  }
  return n
}

export { normaliseDate }

/** Builds the calculation request from the form's values. */
export function requestFromForm(values: FormValues): FormRequest {
  const errors: FieldError[] = []
  const scheme = values.scheme
  const payMode: PayMode = values.payMode === 'yearly' ? 'yearly' : 'monthly'
  const request: Record<string, unknown> = {
    scheme,
    innsatsgruppe: values.innsatsgruppe,
    startDate: normaliseDate(values.startDate),
    endDate: normaliseDate(values.endDate),
    birthDate: normaliseDate(values.birthDate),
    holidayPayRate: values.holidayPayRate,
    pensionRate: values.pensionRate,
    employerTaxZone: values.employerTaxZone,
    kommunenummer: values.kommunenummer,
  }
  if (isCode(WAGE_FORM_SCHEMES, scheme)) {
    if (payMode === 'yearly') {
      const yearly = positiveNumber(values.yearlyPay, 'yearlyPay', 'Årslønn', errors, {
        integer: true,
        max: 120_000_000,
      })
      const pct = positiveNumber(values.positionPercent, 'positionPercent', 'Stillingsprosent', errors, { max: 100 })
      if (yearly !== undefined && pct !== undefined) request.monthlyPay = monthlyPayFromYearly(yearly, pct)
    } else {
      request.monthlyPay = values.monthlyPay
    }
  }
  if (scheme === 'VARIG_LONNSTILSKUDD') request.subsidyPercent = values.subsidyPercent
  if (scheme === 'FIREARIG_LONNSTILSKUDD') request.positionType = values.positionType
  if (scheme === 'INKLUDERINGSTILSKUDD' && values.capAtMaximum) request.capAtMaximum = values.capAtMaximum
  if (scheme === 'MENTOR') {
    const period: MentorWagePeriod = isCode(MENTOR_WAGE_PERIODS, values.mentorWagePeriod) ? values.mentorWagePeriod : 'HOUR'
    if (period === 'HOUR') {
      request.hourlyWage = values.mentorWage
    } else {
      const amount = positiveNumber(values.mentorWage, 'mentorWage', 'Mentorens lønn', errors, {
        integer: true,
        max: 120_000_000,
      })
      const pct = positiveNumber(values.mentorPositionPercent ?? '100', 'mentorPositionPercent', 'Mentorens stillingsprosent', errors, {
        max: 100,
      })
      if (amount !== undefined && pct !== undefined) request.hourlyWage = hourlyWageFrom(amount, period, pct)
    }
    request.hoursPerMonth = values.hoursPerMonth
  }
  const expenseCategories: ExpenseCategory[] = []
  if (scheme === 'INKLUDERINGSTILSKUDD') {
    const expenses: { category: ExpenseCategory; amount: unknown }[] = []
    for (const category of EXPENSE_CATEGORIES) {
      const raw = values[expenseField(category)]
      if (raw !== undefined && raw.trim() !== '') {
        expenses.push({ category, amount: raw })
        expenseCategories.push(category)
      }
    }
    request.expenses = expenses
  }
  const fieldFor = (field: string): string => {
    if (field === 'monthlyPay') return payMode === 'yearly' ? 'yearlyPay' : 'monthlyPay'
    if (field === 'hourlyWage') return 'mentorWage'
    const expense = /^expenses\.(\d+)\./.exec(field)
    if (expense) {
      const category = expenseCategories[Number(expense[1])]
      return category ? expenseField(category) : 'expenses'
    }
    return field
  }
  return { request, errors, fieldFor }
}

/** Groups errors per form field (several rules may name the same field). */
export function errorsByField(errors: readonly FieldError[]): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const e of errors) (out[e.field] ??= []).push(e.message)
  return out
}
