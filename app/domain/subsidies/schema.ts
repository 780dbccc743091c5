/**
 * The request shape, validated with Zod. Shape errors (wrong types, impossible
 * dates, negative amounts, values out of range) are reported here; the
 * business rules (eligibility, lengths, windows, caps) are checked by the
 * scheme strategies afterwards.
 */
import { z } from 'zod'
import { isCode } from '~/domain/codes'
import { isValidIsoDate, yearOf } from './dates'
import { hasAtMostDecimals } from './money'
import { FIELD_LABELS } from './labels'
import {
  EMPLOYER_TAX_ZONES,
  EXPENSE_CATEGORIES,
  HOLIDAY_PAY_RATES,
  INNSATSGRUPPER,
  POSITION_TYPES,
  SCHEMES,
  type FieldError,
  type HolidayPayRate,
  type SubsidyRequest,
} from './types'

export const MAX_MONTHLY_PAY = 10_000_000
export const MAX_HOURLY_WAGE = 100_000
/** NAV stores mentor hours as decimal(3,1): 0–99,9. */
export const MAX_HOURS_PER_MONTH = 99.9
export const MAX_EXPENSE_AMOUNT = 10_000_000
export const MIN_AGREEMENT_YEAR = 2000
export const MAX_AGREEMENT_YEAR = 2100

/**
 * Accepts numbers and numeric strings («41 667», «10,2») — the web form sends
 * strings. Empty strings and null count as «not given». Anything else is left
 * alone so the number schema refuses it with a clear message.
 */
export function coerceNumber(value: unknown): unknown {
  if (value === null) return undefined
  if (typeof value === 'string') {
    const compact = value
      .replace(/[\s\u00a0\u202f]/g, '')
      .replace(',', '.')
      .replace('−', '-')
    if (compact === '') return undefined
    if (/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(compact)) return Number(compact)
  }
  return value
}

export function emptyToUndefined(value: unknown): unknown {
  if (value === null) return undefined
  if (typeof value === 'string' && value.trim() === '') return undefined
  return typeof value === 'string' ? value.trim() : value
}

const label = (field: string) => FIELD_LABELS[field] ?? field

type NumberOptions = { min: number; max: number; integer?: boolean; decimals?: number; unit?: string }

/** An optional number (numeric strings accepted, see `coerceNumber`). */
export function numberField(field: string, opts: NumberOptions) {
  return z.preprocess(coerceNumber, numberSchema(field, opts).optional())
}

/** The same number, required. */
export function requiredNumberField(field: string, opts: NumberOptions) {
  return z.preprocess(coerceNumber, numberSchema(field, opts))
}

function numberSchema(field: string, opts: NumberOptions) {
  const name = label(field)
  const unit = opts.unit ?? ''
  let schema = z
    .number({
      required_error: `${name} mangler`,
      invalid_type_error: `${name} må være et tall`,
    })
    .finite(`${name} må være et tall`)
  if (opts.integer) {
    schema = schema.int(unit === ' kr' ? `${name} må oppgis i hele kroner` : `${name} må være et helt tall`)
  }
  schema = schema
    .min(opts.min, opts.min === 0 ? `${name} kan ikke være mindre enn 0` : `${name} må være minst ${opts.min}${unit}`)
    .max(opts.max, `${name} kan være høyst ${formatPlain(opts.max)}${unit}`)
  const decimals = opts.decimals
  return decimals === undefined
    ? schema
    : schema.refine(
        (v) => hasAtMostDecimals(v, decimals),
        `${name} kan ha høyst ${decimals === 1 ? 'én desimal' : `${decimals} desimaler`}`,
      )
}

function formatPlain(n: number): string {
  return String(n)
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')
    .replace('.', ',')
}

/** Accepts «31.01.2026» (and «31.1.2026») as well as ISO «2026-01-31»; anything else is passed on unchanged. */
export function normaliseDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  const nb = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed)
  if (nb) return `${nb[3]}-${nb[2].padStart(2, '0')}-${nb[1].padStart(2, '0')}`
  return trimmed
}

export function dateField(field: string, minYear: number, maxYear: number, format = 'ÅÅÅÅ-MM-DD') {
  const name = label(field)
  return z.preprocess(
    emptyToUndefined,
    z
      .string({ required_error: `${name} mangler`, invalid_type_error: `${name} må være en dato (${format})` })
      .refine(isValidIsoDate, `${name} må være en gyldig dato (${format})`)
      .refine((v) => {
        if (!isValidIsoDate(v)) return true // reported above
        const y = yearOf(v)
        return y >= minYear && y <= maxYear
      }, `${name} må være mellom år ${minYear} og ${maxYear}`)
      .optional(),
  )
}

/** An optional code of a list; `missing` is the message when a required one is not given. */
export function enumField<T extends readonly [string, ...string[]]>(field: string, values: T, missing: string) {
  return z.preprocess(emptyToUndefined, enumSchema(field, values, missing).optional())
}

/** The same code, required. */
export function requiredEnumField<T extends readonly [string, ...string[]]>(field: string, values: T, missing: string) {
  return z.preprocess(emptyToUndefined, enumSchema(field, values, missing))
}

function enumSchema<T extends readonly [string, ...string[]]>(field: string, values: T, missing: string) {
  const name = label(field)
  return z.enum(values, {
    errorMap: (_issue, ctx) => ({
      message: ctx.data === undefined ? missing : `${name} må være en av: ${values.join(', ')}`,
    }),
  })
}

/** The employer's costs on top of pay, asked by the calculator and the comparison alike (all optional). */
export const employerCostFields = {
  holidayPayRate: z.preprocess(
    coerceNumber,
    z
      .number({ invalid_type_error: `${label('holidayPayRate')} må være et tall` })
      .refine((v): v is HolidayPayRate => isCode(HOLIDAY_PAY_RATES, v), 'Feriepengesatsen må være 0, 10,2, 12, 12,5 eller 14,3 prosent')
      .optional(),
  ),
  pensionRate: numberField('pensionRate', { min: 0, max: 30, decimals: 2, unit: ' %' }),
  employerTaxZone: enumField('employerTaxZone', EMPLOYER_TAX_ZONES, 'Velg arbeidsgiveravgiftssone'),
  kommunenummer: z.preprocess(
    emptyToUndefined,
    z
      .string({ invalid_type_error: 'Kommunenummer må være fire siffer' })
      .regex(/^\d{4}$/, 'Kommunenummer må være fire siffer')
      .optional(),
  ),
}

const expenseSchema = z.object(
  {
    category: requiredEnumField('category', EXPENSE_CATEGORIES, 'Velg utgiftskategori'),
    amount: requiredNumberField('amount', { min: 0, max: MAX_EXPENSE_AMOUNT, integer: true, unit: ' kr' }),
  },
  { invalid_type_error: 'Hver utgift må ha kategori og beløp' },
)

/**
 * How the input writes dates, as its messages name it: the JSON API takes ISO
 * dates, the calculator page's fields «dd.mm.åååå» (turned into ISO before
 * parsing, see `requestFromForm`).
 */
export type DateFormat = 'ÅÅÅÅ-MM-DD' | 'dd.mm.åååå'

const requestSchemaWith = (dateFormat: DateFormat) =>
  z.object(
    {
      scheme: enumField('scheme', SCHEMES, 'Velg ordning'),
      innsatsgruppe: enumField('innsatsgruppe', INNSATSGRUPPER, 'Velg innsatsgruppe'),
      startDate: dateField('startDate', MIN_AGREEMENT_YEAR, MAX_AGREEMENT_YEAR, dateFormat),
      endDate: dateField('endDate', MIN_AGREEMENT_YEAR, MAX_AGREEMENT_YEAR, dateFormat),
      birthDate: dateField('birthDate', 1900, MAX_AGREEMENT_YEAR, dateFormat),
      monthlyPay: numberField('monthlyPay', { min: 0, max: MAX_MONTHLY_PAY, integer: true, unit: ' kr' }),
      ...employerCostFields,
      subsidyPercent: numberField('subsidyPercent', { min: 0, max: 75, decimals: 2, unit: ' %' }),
      hourlyWage: numberField('hourlyWage', { min: 0, max: MAX_HOURLY_WAGE, integer: true, unit: ' kr' }),
      hoursPerMonth: numberField('hoursPerMonth', { min: 0, max: MAX_HOURS_PER_MONTH, decimals: 1 }),
      positionType: enumField('positionType', POSITION_TYPES, 'Velg fast eller midlertidig stilling'),
      capAtMaximum: z.preprocess(
        (v) => (v === 'true' || v === '1' || v === 'on' ? true : v === 'false' || v === '0' || v === '' || v === null ? undefined : v),
        z.boolean({ invalid_type_error: 'capAtMaximum må være true eller false' }).optional(),
      ),
      expenses: z.preprocess(
        (v) => (v === null ? undefined : v),
        z
          .array(expenseSchema, { invalid_type_error: 'Utgifter må være en liste' })
          .max(EXPENSE_CATEGORIES.length * 3, 'For mange utgifter')
          .optional(),
      ),
    },
    {
      required_error: 'Forespørselen mangler innhold',
      invalid_type_error: 'Forespørselen må være et JSON-objekt',
    },
  )

/** The request as the API takes it (also in the OpenAPI document). */
export const subsidyRequestSchema = requestSchemaWith('ÅÅÅÅ-MM-DD')
/** The same request from the calculator page's fields: only the date messages differ. */
const formRequestSchema = requestSchemaWith('dd.mm.åååå')

const REQUIRED: readonly (keyof SubsidyRequest)[] = ['scheme', 'innsatsgruppe', 'startDate', 'endDate']
const MISSING: Record<string, string> = {
  scheme: 'Velg ordning',
  innsatsgruppe: 'Velg innsatsgruppe',
  startDate: 'Startdato mangler',
  endDate: 'Sluttdato mangler',
}

export type ParseOutcome = { ok: true; data: SubsidyRequest } | { ok: false; errors: FieldError[] }

export function fieldOf(path: (string | number)[]): string {
  return path.length === 0 ? 'request' : path.join('.')
}

/** Adds an error unless the same field already has one (first message wins). */
export function pushError(errors: FieldError[], field: string, message: string): void {
  if (!errors.some((e) => e.field === field)) errors.push({ field, message })
}

/** Validates the request's shape. Never throws. */
export function parseSubsidyRequest(raw: unknown, dateFormat: DateFormat = 'ÅÅÅÅ-MM-DD'): ParseOutcome {
  const parsed = (dateFormat === 'ÅÅÅÅ-MM-DD' ? subsidyRequestSchema : formRequestSchema).safeParse(raw)
  if (parsed.success) {
    const { scheme, innsatsgruppe, startDate, endDate } = parsed.data
    if (scheme !== undefined && innsatsgruppe !== undefined && startDate !== undefined && endDate !== undefined) {
      return { ok: true, data: { ...parsed.data, scheme, innsatsgruppe, startDate, endDate } }
    }
    const errors: FieldError[] = []
    for (const field of REQUIRED) {
      if (parsed.data[field] === undefined) pushError(errors, field, MISSING[field])
    }
    return { ok: false, errors }
  }
  const errors: FieldError[] = []
  for (const issue of parsed.error.issues) pushError(errors, fieldOf(issue.path), issue.message)
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const record = raw as Record<string, unknown>
    for (const field of REQUIRED) {
      if (emptyToUndefined(record[field]) === undefined) pushError(errors, field, MISSING[field])
    }
  }
  return { ok: false, errors }
}
