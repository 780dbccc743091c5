/**
 * «Hvilke ordninger passer?» – every scheme side by side for one planned hire.
 *
 * NAV calculates only once an agreement exists; this answers earlier, from a
 * few answers: for each scheme it builds the longest period the rules allow
 * from the start date (12 months where there is no fixed length), runs the
 * same strategy as the calculator and sorts the outcome into eligible, not
 * eligible (with the broken rules as reasons) or «needs more input» (only the
 * amounts are missing, e.g. the mentor's wage). Pure: rates come in the context.
 */
import { z } from 'zod'
import { calculateSubsidy } from './calculate'
import { addDays, addYears, compareIso, formatDateNb, maxEndDate, minIso, parseIsoDate } from './dates'
import { POSITION_TYPE_LABELS, SCHEME_LABELS } from './labels'
import { formatKroner, monthlyPayFromYearly } from './money'
import { inclusionSubsidyMaxFor } from './rates'
import {
  dateField,
  emptyToUndefined,
  enumField,
  fieldOf,
  employerCostFields,
  normaliseDate,
  numberField,
  MAX_MONTHLY_PAY,
  MAX_HOURLY_WAGE,
  MAX_HOURS_PER_MONTH,
  MAX_EXPENSE_AMOUNT,
  pushError,
  requiredEnumField,
} from './schema'
import { SOMMERJOBB_MAX_EXTRA_DAYS } from './strategies/sommerjobb'
import { firearigMaxMonths, FIREARIG_LATEST_END } from './strategies/firearig'
import { mentorMaxMonths } from './strategies/mentor'
import { midlertidigTerms } from './strategies/midlertidig'
import { inkluderingstilskuddLatestEnd } from './strategies/inkluderingstilskudd'
import { totalsByYear, type YearTotal } from './summary'
import { INNSATSGRUPPER, POSITION_TYPES, type CalculationContext, type FieldError, type Scheme } from './types'

/** The order schemes are shown in. */
export const COMPARISON_ORDER: readonly Scheme[] = [
  'MIDLERTIDIG_LONNSTILSKUDD',
  'FIREARIG_LONNSTILSKUDD',
  'VARIG_LONNSTILSKUDD',
  'VTAO',
  'SOMMERJOBB',
  'MENTOR',
  'INKLUDERINGSTILSKUDD',
]

/** Varig lønnstilskudd is shown at its highest rate; the agreed rate may be lower. */
export const COMPARISON_VARIG_PERCENT = 75
/** Schemes without a fixed length are shown for their first 12 months. */
export const COMPARISON_OPEN_ENDED_MONTHS = 12

const booleanField = z.preprocess(
  (v) =>
    v === 'true' || v === '1' || v === 'on' || v === 'JA'
      ? true
      : v === 'false' || v === '0' || v === 'NEI' || v === '' || v === null
        ? undefined
        : v,
  z.boolean({ invalid_type_error: 'Svar ja eller nei' }).optional(),
)

const date = (field: string, minYear: number) =>
  z.preprocess((v) => (typeof v === 'string' ? normaliseDate(v) : v), dateField(field, minYear, 2100, 'dd.mm.åååå'))

export const comparisonRequestSchema = z.object(
  {
    innsatsgruppe: requiredEnumField('innsatsgruppe', INNSATSGRUPPER, 'Velg innsatsgruppe'),
    birthDate: date('birthDate', 1900),
    age: numberField('age', { min: 0, max: 120, integer: true, unit: ' år' }),
    startDate: date('startDate', 2000),
    positionType: enumField('positionType', POSITION_TYPES, 'Velg fast eller midlertidig stilling'),
    positionPercent: numberField('positionPercent', { min: 1, max: 100, decimals: 2, unit: ' %' }),
    monthlyPay: numberField('monthlyPay', { min: 0, max: MAX_MONTHLY_PAY, integer: true, unit: ' kr' }),
    yearlyPay: numberField('yearlyPay', { min: 0, max: 12 * MAX_MONTHLY_PAY, integer: true, unit: ' kr' }),
    ...employerCostFields,
    needsAdaptation: booleanField,
    adaptationCost: numberField('adaptationCost', { min: 0, max: MAX_EXPENSE_AMOUNT, integer: true, unit: ' kr' }),
    needsMentor: booleanField,
    mentorHourlyWage: numberField('mentorHourlyWage', { min: 0, max: MAX_HOURLY_WAGE, integer: true, unit: ' kr' }),
    mentorHoursPerMonth: numberField('mentorHoursPerMonth', { min: 0, max: MAX_HOURS_PER_MONTH, decimals: 1 }),
  },
  { required_error: 'Forespørselen mangler innhold', invalid_type_error: 'Forespørselen må være et JSON-objekt' },
)

export type ComparisonRequest = z.infer<typeof comparisonRequestSchema> & { startDate: string }

export type ComparisonStatus = 'ELIGIBLE' | 'NOT_ELIGIBLE' | 'NEEDS_INPUT'

export interface SchemeComparison {
  scheme: Scheme
  label: string
  status: ComparisonStatus
  /** Why not (NOT_ELIGIBLE) or what is missing (NEEDS_INPUT); the broken rules in bokmål. */
  reasons: string[]
  /** The period compared: the longest the rules allow from the start date. */
  startDate: string
  endDate: string
  /** «Inntil 24 måneder», «Ingen fast lengde – viser de første 12 månedene» … */
  length: string
  /** What NAV would cover in the period (eligible only). */
  total?: number
  totalsByYear?: YearTotal[]
  /** The rate in plain words: «60 %, 50 % fra 01.01.2027», «fast beløp per måned». */
  rate?: string
  /** Inkluderingstilskudd: the yearly maximum for the end date's year. */
  maxAmount?: number
  estimate?: boolean
  notes: string[]
  /** The calculator's form values for this scheme, so the page can link to the full calculation. */
  calculatorValues: Record<string, string>
}

export interface SubsidyComparison {
  startDate: string
  /** The monthly pay used (from monthly pay, or yearly pay × position percentage / 12). */
  monthlyPay?: number
  /** Set when only an age was given: the birth date assumed (the earliest one with that age at start). */
  assumedBirthDate?: string
  schemes: SchemeComparison[]
  notes: string[]
}

export type ComparisonOutcome = { ok: true; value: SubsidyComparison } | { ok: false; errors: FieldError[] }

/** Fields whose absence only hides the amount; every other error is a rule the hire breaks. */
const INPUT_FIELDS = new Set(['monthlyPay', 'hourlyWage', 'hoursPerMonth', 'expenses', 'employerTaxZone', 'kommunenummer'])

/** The period each scheme is compared over, and how its length is described. */
function planPeriod(scheme: Scheme, req: ComparisonRequest): { endDate: string; length: string } {
  const start = req.startDate
  switch (scheme) {
    case 'MIDLERTIDIG_LONNSTILSKUDD': {
      const months = midlertidigTerms(req).maxMonths
      return { endDate: maxEndDate(start, months), length: `Inntil ${months} måneder` }
    }
    case 'FIREARIG_LONNSTILSKUDD': {
      const months = firearigMaxMonths(req.positionType)
      const end = minIso(maxEndDate(start, months), FIREARIG_LATEST_END)
      return {
        endDate: compareIso(end, start) < 0 ? start : end,
        length: `Inntil ${months / 12} år i ${POSITION_TYPE_LABELS[req.positionType ?? 'FAST'].toLowerCase()} (forsøket varer til og med ${formatDateNb(
          FIREARIG_LATEST_END,
        )})`,
      }
    }
    case 'VARIG_LONNSTILSKUDD':
    case 'VTAO':
      return {
        endDate: maxEndDate(start, COMPARISON_OPEN_ENDED_MONTHS),
        length: `Ingen fast lengde – viser de første ${COMPARISON_OPEN_ENDED_MONTHS} månedene`,
      }
    case 'SOMMERJOBB': {
      const year = parseIsoDate(start)?.y ?? 0
      const end = minIso(addDays(start, SOMMERJOBB_MAX_EXTRA_DAYS), `${String(year).padStart(4, '0')}-09-27`)
      return { endDate: compareIso(end, start) < 0 ? start : end, length: 'Inntil 4 uker, mellom 1. juni og 27. september' }
    }
    case 'MENTOR': {
      const months = mentorMaxMonths(req)
      return { endDate: maxEndDate(start, months), length: `Inntil ${months} måneder` }
    }
    case 'INKLUDERINGSTILSKUDD':
      return { endDate: inkluderingstilskuddLatestEnd(start), length: 'Inntil 12 måneder' }
  }
}

function requestFor(
  scheme: Scheme,
  req: ComparisonRequest,
  endDate: string,
  birthDate: string | undefined,
  monthlyPay: number | undefined,
) {
  const request: Record<string, unknown> = {
    scheme,
    innsatsgruppe: req.innsatsgruppe,
    startDate: req.startDate,
    endDate,
    birthDate,
    holidayPayRate: req.holidayPayRate,
    pensionRate: req.pensionRate,
    employerTaxZone: req.employerTaxZone,
    kommunenummer: req.kommunenummer,
  }
  if (
    scheme === 'MIDLERTIDIG_LONNSTILSKUDD' ||
    scheme === 'VARIG_LONNSTILSKUDD' ||
    scheme === 'SOMMERJOBB' ||
    scheme === 'FIREARIG_LONNSTILSKUDD'
  ) {
    request.monthlyPay = monthlyPay
  }
  if (scheme === 'VARIG_LONNSTILSKUDD') request.subsidyPercent = COMPARISON_VARIG_PERCENT
  if (scheme === 'FIREARIG_LONNSTILSKUDD') request.positionType = req.positionType
  if (scheme === 'MENTOR') {
    request.hourlyWage = req.mentorHourlyWage
    request.hoursPerMonth = req.mentorHoursPerMonth
  }
  if (scheme === 'INKLUDERINGSTILSKUDD') {
    request.expenses = req.adaptationCost !== undefined ? [{ category: 'TILRETTELEGGINGSBEHOV', amount: req.adaptationCost }] : []
    request.capAtMaximum = true
  }
  // Schemes that do not use a field never see it (the kommune is still checked where it matters).
  if (scheme === 'INKLUDERINGSTILSKUDD' || scheme === 'VTAO') {
    delete request.employerTaxZone
    delete request.kommunenummer
  }
  return request
}

function missingHint(scheme: Scheme, req: ComparisonRequest): string | undefined {
  if (scheme === 'MENTOR') {
    return `${req.needsMentor ? '' : 'Aktuelt hvis personen trenger en mentor på arbeidsplassen. '}Oppgi mentorens timelønn og antall mentortimer per måned for å se beløpet.`
  }
  if (scheme === 'INKLUDERINGSTILSKUDD') {
    return `${req.needsAdaptation ? '' : 'Aktuelt hvis arbeidsplassen må tilrettelegges. '}Oppgi de ventede ekstrautgiftene til tilrettelegging for å se beløpet.`
  }
  return undefined
}

function rateText(result: { periods: { percent: number | null; from: string }[] }): string {
  const steps: string[] = []
  let last: number | null | undefined
  for (const p of result.periods) {
    if (p.percent === last) continue
    steps.push(
      steps.length === 0
        ? p.percent === null
          ? 'Fast beløp per måned'
          : `${String(p.percent).replace('.', ',')} %`
        : `${String(p.percent).replace('.', ',')} % fra ${formatDateNb(p.from)}`,
    )
    last = p.percent
  }
  return steps.join(', ')
}

function calculatorValues(request: Record<string, unknown>, req: ComparisonRequest, givenBirthDate: boolean): Record<string, string> {
  const values: Record<string, string> = { beregn: '1' }
  const put = (key: string, v: unknown) => {
    if (v !== undefined && v !== null && v !== '') values[key] = String(v)
  }
  put('scheme', request.scheme)
  put('innsatsgruppe', request.innsatsgruppe)
  put('startDate', formatDateNb(request.startDate as string))
  put('endDate', formatDateNb(request.endDate as string))
  if (givenBirthDate && req.birthDate) put('birthDate', formatDateNb(req.birthDate))
  if (request.monthlyPay !== undefined) {
    put('payMode', 'monthly')
    put('monthlyPay', request.monthlyPay)
  }
  put('holidayPayRate', req.holidayPayRate)
  put('pensionRate', req.pensionRate)
  put('kommunenummer', req.kommunenummer)
  put('employerTaxZone', req.employerTaxZone)
  put('subsidyPercent', request.subsidyPercent)
  put('positionType', request.positionType)
  if (request.scheme === 'MENTOR') {
    put('mentorWagePeriod', 'HOUR')
    put('mentorWage', req.mentorHourlyWage)
    put('hoursPerMonth', req.mentorHoursPerMonth !== undefined ? String(req.mentorHoursPerMonth).replace('.', ',') : undefined)
  }
  if (request.scheme === 'INKLUDERINGSTILSKUDD') put('expense_TILRETTELEGGINGSBEHOV', req.adaptationCost)
  return values
}

/** Validates the answers' shape. Never throws. */
export function parseComparisonRequest(raw: unknown): { ok: true; data: ComparisonRequest } | { ok: false; errors: FieldError[] } {
  const parsed = comparisonRequestSchema.safeParse(raw)
  const errors: FieldError[] = []
  if (!parsed.success) {
    for (const issue of parsed.error.issues) pushError(errors, fieldOf(issue.path), issue.message)
  }
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined
  if (record && emptyToUndefined(record.startDate) === undefined) pushError(errors, 'startDate', 'Startdato mangler')
  if (errors.length > 0 || !parsed.success) return { ok: false, errors }
  const { startDate } = parsed.data
  // a given start date is checked above; this narrows the type
  if (startDate === undefined) return { ok: false, errors: [{ field: 'startDate', message: 'Startdato mangler' }] }
  return { ok: true, data: { ...parsed.data, startDate } }
}

/** Compares every scheme for one planned hire. Never throws for bad input. */
export function compareSchemes(raw: unknown, ctx: CalculationContext): ComparisonOutcome {
  const parsed = parseComparisonRequest(raw)
  if (!parsed.ok) return parsed
  const req = parsed.data
  const notes: string[] = []
  let birthDate = req.birthDate
  let assumedBirthDate: string | undefined
  if (!birthDate && req.age !== undefined) {
    // The oldest someone of this age at the start can be: their next birthday is the day after the start.
    assumedBirthDate = addDays(addYears(req.startDate, -(req.age + 1)), 1)
    birthDate = assumedBirthDate
    notes.push(
      `Du oppga alder (${req.age} år), ikke fødselsdato. Vi regner som om personen fyller ${req.age + 1} år dagen etter startdatoen; oppgi fødselsdato for et sikkert svar på aldersgrensene.`,
    )
  } else if (!birthDate) {
    notes.push('Uten fødselsdato eller alder sjekker vi ikke aldersgrensene; de står under hver ordning.')
  }
  let monthlyPay = req.monthlyPay
  if (monthlyPay === undefined && req.yearlyPay !== undefined) {
    monthlyPay = monthlyPayFromYearly(req.yearlyPay, req.positionPercent ?? 100)
    notes.push(
      `Månedslønnen er regnet ut fra årslønn ${formatKroner(req.yearlyPay)} kr i ${String(req.positionPercent ?? 100).replace('.', ',')} % stilling: ${formatKroner(monthlyPay)} kr.`,
    )
  }
  if (req.holidayPayRate === undefined || req.pensionRate === undefined) {
    notes.push('Feriepenger er satt til 10,2 % og obligatorisk tjenestepensjon til 2 % der du ikke har oppgitt noe annet.')
  }
  notes.push('NAV avgjør hvilke ordninger personen får, og om de kan brukes sammen. Tallene er veiledende.')

  const schemes = COMPARISON_ORDER.map((scheme): SchemeComparison => {
    const { endDate, length } = planPeriod(scheme, req)
    const request = requestFor(scheme, req, endDate, birthDate, monthlyPay)
    const base = {
      scheme,
      label: SCHEME_LABELS[scheme],
      startDate: req.startDate,
      endDate,
      length,
      calculatorValues: calculatorValues(request, req, Boolean(req.birthDate)),
    }
    const outcome = calculateSubsidy(request, ctx)
    if (outcome.ok) {
      const result = outcome.result
      return {
        ...base,
        status: 'ELIGIBLE',
        reasons: [],
        total: result.total,
        totalsByYear: totalsByYear(result.periods),
        rate: scheme === 'INKLUDERINGSTILSKUDD' ? 'Dokumenterte utgifter' : rateText(result),
        ...(result.scheme === 'INKLUDERINGSTILSKUDD' ? { maxAmount: result.maxAmount } : {}),
        ...('estimate' in result && result.estimate ? { estimate: true } : {}),
        notes: [...result.warnings, ...result.notes],
      }
    }
    const ruleErrors = outcome.errors.filter((e) => !INPUT_FIELDS.has(e.field.split('.')[0]))
    const missing = outcome.errors.filter((e) => INPUT_FIELDS.has(e.field.split('.')[0]))
    const maxAmount =
      scheme === 'INKLUDERINGSTILSKUDD' ? inclusionSubsidyMaxFor(ctx.rates, parseIsoDate(endDate)?.y ?? 0)?.amount : undefined
    if (ruleErrors.length > 0) {
      return { ...base, status: 'NOT_ELIGIBLE', reasons: ruleErrors.map((e) => e.message), notes: [], ...(maxAmount ? { maxAmount } : {}) }
    }
    const hint = missingHint(scheme, req)
    return {
      ...base,
      status: 'NEEDS_INPUT',
      reasons: hint ? [hint] : [...new Set(missing.map((e) => e.message))],
      notes: maxAmount ? [`Inntil ${formatKroner(maxAmount)} kr for avtaler som slutter i ${parseIsoDate(endDate)?.y}.`] : [],
      ...(maxAmount ? { maxAmount } : {}),
    }
  })
  return {
    ok: true,
    value: {
      startDate: req.startDate,
      ...(monthlyPay !== undefined ? { monthlyPay } : {}),
      ...(assumedBirthDate ? { assumedBirthDate } : {}),
      schemes,
      notes,
    },
  }
}
