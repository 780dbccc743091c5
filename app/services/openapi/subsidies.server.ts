/** OpenAPI for the subsidy calculator and the scheme comparison (open without login). */
import { z } from 'zod'
import { comparisonRequestSchema } from '~/domain/subsidies/compare'
import { subsidyRequestSchema } from '~/domain/subsidies/schema'
import { SCHEMES } from '~/domain/subsidies/types'
import { json, ProblemSchema, registry, ValidationErrorsSchema } from './registry.server'

const isoDate = z.string().openapi({ format: 'date', example: '2026-01-01' })

const CalculationRequest = registry.register(
  'SubsidyCalculationRequest',
  subsidyRequestSchema.openapi({
    required: ['scheme', 'innsatsgruppe', 'startDate', 'endDate'],
    description: [
      'Dates ISO (or dd.mm.åååå), money whole kroner; numbers may also be sent as strings («41 667», «10,2»).',
      '`birthDate`: at least 16 on the start date; midlertidig, varig, mentor and inkluderingstilskudd: not turned 72 by the end date; sommerjobb and fireårig: not yet 30 at start; VTAO: not turned 67 by the end date.',
      '`monthlyPay` is required for lønnstilskudd (midlertidig, varig, fireårig) and sommerjobb; not used by VTAO.',
      '`positionType` (fireårig only): FAST allows 4 years, MIDLERTIDIG 2 years. `subsidyPercent`: varig only. `hourlyWage`, `hoursPerMonth` (at most one decimal): mentor only.',
      '`capAtMaximum` (inkluderingstilskudd): when the expenses pass the yearly maximum, calculate with the maximum instead of answering 422. `expenses`: inkluderingstilskudd only, each category once.',
      '`employerTaxZone`, or `kommunenummer` resolved to its zone.',
    ].join('\n\n'),
  }),
)

const yearTotals = z.array(z.object({ year: z.number().int(), total: z.number().int(), capped: z.boolean().optional() }))

const Calculation = registry.register(
  'SubsidyCalculation',
  z
    .object({
      scheme: z.enum(SCHEMES),
      monthlyCost: z
        .object({
          pay: z.number().int(),
          holidayPay: z.number().openapi({ description: 'To the øre' }),
          pension: z.number().openapi({ description: 'To the øre' }),
          employerTax: z.number().openapi({ description: 'To the øre' }),
          total: z.number().int(),
        })
        .partial()
        .optional()
        .openapi({ description: 'Not for inkluderingstilskudd and VTAO (VTAO is a fixed monthly amount that does not depend on pay).' }),
      periods: z.array(
        z.object({
          from: isoDate,
          to: isoDate,
          percent: z.number().nullable().openapi({ description: 'null for VTAO (a fixed amount, not a percentage).' }),
          amount: z.number().int(),
          days: z.number().int().optional(),
          fullMonth: z.boolean().optional(),
          monthlyAmount: z.number().int().optional(),
          capped: z.boolean().optional().openapi({ description: 'Cut by the 5 G yearly cap (varig, fireårig).' }),
          stepDown: z.boolean().optional().openapi({ description: 'First piece after a step-down.' }),
        }),
      ),
      total: z.number().int(),
      maxAmount: z.number().int().optional().openapi({ description: 'Inkluderingstilskudd only: the yearly maximum applied.' }),
      cappedAtMaximum: z.boolean().optional().openapi({ description: 'Inkluderingstilskudd: calculated with the maximum (capAtMaximum).' }),
      estimate: z
        .boolean()
        .optional()
        .openapi({ description: 'A rate (G, VTAO amount) was used beyond the last recorded year: the amounts after it are an estimate.' }),
      totalsByYear: yearTotals.optional(),
      notes: z.array(z.string()),
      warnings: z.array(z.string()).optional(),
      rates: z.record(z.unknown()).optional().openapi({ description: 'The dated rates used, with their sources.' }),
    })
    .openapi({ description: 'Money in whole kroner (cost parts to the øre), dates ISO and inclusive.' }),
)

const ComparisonRequest = registry.register(
  'SubsidyComparisonRequest',
  comparisonRequestSchema.openapi({
    description:
      'The answers about one planned hire. Dates as ISO or dd.mm.åååå. `age` (whole years at the start date) if the birth date is not given. `monthlyPay` is gross pay at the position percentage, or give `yearlyPay` for full time (monthly = round(yearly × positionPercent/100 / 12)). `adaptationCost`: expected extra costs for inkluderingstilskudd.',
  }),
)

const Comparison = registry.register(
  'SubsidyComparison',
  z.object({
    startDate: isoDate,
    monthlyPay: z.number().int().optional(),
    assumedBirthDate: isoDate.optional().openapi({ description: 'Set when only an age was given.' }),
    notes: z.array(z.string()),
    schemes: z
      .array(
        z.object({
          scheme: z.enum(SCHEMES),
          label: z.string(),
          status: z
            .enum(['ELIGIBLE', 'NOT_ELIGIBLE', 'NEEDS_INPUT'])
            .openapi({ description: 'NEEDS_INPUT: no rule is broken, but an amount is missing (e.g. the mentor wage).' }),
          reasons: z.array(z.string()).openapi({ description: 'Why not, or what is missing (bokmål).' }),
          startDate: isoDate,
          endDate: isoDate.openapi({ description: 'The longest period the rules allow (12 months where there is no fixed length).' }),
          length: z.string(),
          total: z.number().int().optional().openapi({ description: 'What NAV would cover in the period (ELIGIBLE only).' }),
          totalsByYear: yearTotals.optional(),
          rate: z.string().optional(),
          maxAmount: z.number().int().optional(),
          estimate: z.boolean().optional(),
          notes: z.array(z.string()),
          calculatorValues: z
            .record(z.string())
            .openapi({ description: 'Query parameters for /tilskuddskalkulator that open the full calculation.' }),
        }),
      )
      .openapi({ description: 'Every scheme, in a fixed order.' }),
  }),
)

export const CALCULATION_EXAMPLE = {
  scheme: 'MIDLERTIDIG_LONNSTILSKUDD',
  innsatsgruppe: 'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
  startDate: '2026-01-01',
  endDate: '2027-12-31',
  monthlyPay: 41_667,
  holidayPayRate: 10.2,
  pensionRate: 2,
  employerTaxZone: 'I',
} as const

export const COMPARISON_EXAMPLE = {
  innsatsgruppe: 'JOBBE_DELVIS',
  birthDate: '10.05.2001',
  startDate: '2026-09-01',
  positionType: 'MIDLERTIDIG',
  monthlyPay: 30_000,
  kommunenummer: '0301',
  needsMentor: true,
  mentorHourlyWage: 350,
  mentorHoursPerMonth: 8.5,
} as const

registry.registerPath({
  method: 'post',
  path: '/subsidy-comparisons',
  summary: 'Which schemes fit this hire? Every scheme side by side',
  description:
    'No login needed. From a few answers (innsatsgruppe, birth date or age, position type and percentage, pay, start date, adaptation and mentor needs), every scheme: eligible or not with the reason, what NAV would cover in total and per year, for how long, and the calculator parameters for the full calculation.',
  security: [],
  request: { body: { required: true, ...json(ComparisonRequest, COMPARISON_EXAMPLE) } },
  responses: {
    200: { description: 'The comparison', ...json(Comparison) },
    422: {
      description: 'Invalid answers: application/problem+json with field errors',
      ...json(
        ProblemSchema,
        {
          type: 'about:blank',
          title: 'Noen av opplysningene er ikke gyldige.',
          status: 422,
          detail: 'Velg innsatsgruppe',
          errors: [{ field: 'innsatsgruppe', message: 'Velg innsatsgruppe' }],
        },
        'application/problem+json',
      ),
    },
  },
})

registry.registerPath({
  method: 'post',
  path: '/subsidy-calculations',
  summary: 'Calculate a subsidy (midlertidig, varig and fireårig lønnstilskudd, sommerjobb, mentor, inkluderingstilskudd, VTAO)',
  description:
    'No login needed. Money is whole kroner, dates are ISO and inclusive. Uses the dated rates in force (grunnbeløp, inkluderingstilskudd maximum, VTAO monthly amount, arbeidsgiveravgift). Validation messages are in Norwegian bokmål.',
  security: [],
  request: { body: { required: true, ...json(CalculationRequest, CALCULATION_EXAMPLE) } },
  responses: {
    200: { description: 'The calculation', ...json(Calculation) },
    422: {
      description: 'Invalid input: every broken rule, with the field it concerns',
      ...json(ValidationErrorsSchema, { errors: [{ field: 'endDate', message: 'Sluttdato mangler' }] }),
    },
  },
})

export { Calculation as SubsidyCalculationSchema, Comparison as SubsidyComparisonSchema }
