import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  calculateSubsidy,
  DEFAULT_RATES,
  EMPLOYER_TAX_ZONES,
  fromDayNumber,
  grunnbelopOn,
  hasMonthlyCost,
  HOLIDAY_PAY_RATES,
  maxEndDate,
  minIso,
  toDayNumber,
  totalsByYear,
  yearOf,
  type SubsidyResult,
} from '../../../app/domain/subsidies'

const ctx = { rates: DEFAULT_RATES }
const REDUCED = ['TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE', 'JOBBE_DELVIS', 'LITEN_MULIGHET_TIL_A_JOBBE'] as const
const ELIGIBLE = ['TRENGER_VEILEDNING', ...REDUCED] as const

const day = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber)

const costInputs = fc.record({
  holidayPayRate: fc.constantFrom(...HOLIDAY_PAY_RATES),
  pensionRate: fc.integer({ min: 0, max: 3000 }).map((n) => n / 100),
  employerTaxZone: fc.constantFrom(...EMPLOYER_TAX_ZONES),
})

const endWithin = (start: string, maxEnd: string, span: number) =>
  fc.integer({ min: 0, max: span }).map((n) => minIso(addDays(start, n), maxEnd))

const midlertidigInput = fc
  .record({ innsatsgruppe: fc.constantFrom(...ELIGIBLE), startDate: day('2024-01-01', '2030-12-31'), n: fc.nat(760) })
  .chain(({ innsatsgruppe, startDate, n }) => {
    const maxEnd = maxEndDate(startDate, innsatsgruppe === 'TRENGER_VEILEDNING' ? 12 : 24)
    return fc.record({
      scheme: fc.constant('MIDLERTIDIG_LONNSTILSKUDD'),
      innsatsgruppe: fc.constant(innsatsgruppe),
      startDate: fc.constant(startDate),
      endDate: fc.constant(minIso(addDays(startDate, n), maxEnd)),
      monthlyPay: fc.integer({ min: 0, max: 200_000 }),
      cost: costInputs,
    })
  })

const varigInput = fc.record({ startDate: day('2024-01-01', '2030-12-31'), n: fc.nat(1500) }).chain(({ startDate, n }) =>
  fc.record({
    scheme: fc.constant('VARIG_LONNSTILSKUDD'),
    innsatsgruppe: fc.constantFrom('JOBBE_DELVIS', 'LITEN_MULIGHET_TIL_A_JOBBE'),
    startDate: fc.constant(startDate),
    endDate: fc.constant(addDays(startDate, n)),
    subsidyPercent: fc.integer({ min: 0, max: 75 }),
    // up to very high pay so the 5 G cap bites often
    monthlyPay: fc.integer({ min: 0, max: 400_000 }),
    cost: costInputs,
  }),
)

const sommerjobbInput = fc
  .record({ year: fc.integer({ min: 2024, max: 2030 }), offset: fc.integer({ min: 0, max: 91 }), n: fc.nat(27) })
  .chain(({ year, offset, n }) => {
    const startDate = addDays(`${year}-06-01`, offset)
    return fc.record({
      scheme: fc.constant('SOMMERJOBB'),
      innsatsgruppe: fc.constantFrom(...ELIGIBLE),
      startDate: fc.constant(startDate),
      endDate: fc.constant(minIso(addDays(startDate, n), `${year}-09-27`)),
      monthlyPay: fc.integer({ min: 0, max: 200_000 }),
      cost: costInputs,
    })
  })

const mentorInput = fc
  .record({ innsatsgruppe: fc.constantFrom(...ELIGIBLE), startDate: day('2024-01-01', '2030-12-31'), n: fc.nat(1100) })
  .chain(({ innsatsgruppe, startDate, n }) =>
    fc.record({
      scheme: fc.constant('MENTOR'),
      innsatsgruppe: fc.constant(innsatsgruppe),
      startDate: fc.constant(startDate),
      endDate: endWithin(startDate, maxEndDate(startDate, innsatsgruppe === 'TRENGER_VEILEDNING' ? 6 : 36), n),
      hourlyWage: fc.integer({ min: 0, max: 2_000 }),
      hoursPerMonth: fc.integer({ min: 0, max: 999 }).map((tenths) => tenths / 10),
      cost: costInputs,
    }),
  )

type Generated = { cost: Record<string, unknown> } & Record<string, unknown>
const flatten = ({ cost, ...rest }: Generated) => ({ ...rest, ...cost })

function run(input: Record<string, unknown>): SubsidyResult {
  const outcome = calculateSubsidy(input, ctx)
  if (!outcome.ok) throw new Error(`${JSON.stringify(input)} → ${JSON.stringify(outcome.errors)}`)
  return outcome.result
}

const anyWageInput = fc.oneof(midlertidigInput, varigInput, sommerjobbInput, mentorInput).map(flatten)

describe('property tests', () => {
  it('total equals the sum of the periods, and no amount is negative', () => {
    fc.assert(
      fc.property(anyWageInput, (input) => {
        const r = run(input)
        expect(r.total).toBe(r.periods.reduce((s, p) => s + p.amount, 0))
        expect(totalsByYear(r.periods).reduce((s, y) => s + y.total, 0)).toBe(r.total)
        for (const p of r.periods) {
          expect(Number.isInteger(p.amount)).toBe(true)
          expect(p.amount).toBeGreaterThanOrEqual(0)
        }
        // the whole kroner of the pay (mentor pay may have øre; NAV truncates it)
        if (hasMonthlyCost(r)) expect(r.monthlyCost.total).toBeGreaterThanOrEqual(Math.trunc(r.monthlyCost.pay))
      }),
      { numRuns: 300 },
    )
  })

  it('the pieces cover the agreement period exactly, day by day', () => {
    fc.assert(
      fc.property(anyWageInput, (input) => {
        const r = run(input)
        expect(r.periods[0].from).toBe(input.startDate)
        expect(r.periods[r.periods.length - 1].to).toBe(input.endDate)
        for (let i = 1; i < r.periods.length; i++) {
          expect(r.periods[i].from).toBe(addDays(r.periods[i - 1].to, 1))
        }
      }),
      { numRuns: 200 },
    )
  })

  it('more pay never gives less subsidy', () => {
    const withRaise = fc.tuple(fc.oneof(midlertidigInput, varigInput, sommerjobbInput).map(flatten), fc.integer({ min: 1, max: 100_000 }))
    fc.assert(
      fc.property(withRaise, ([input, raise]) => {
        const low = run(input)
        const high = run({ ...input, monthlyPay: (input.monthlyPay as number) + raise })
        expect(high.total).toBeGreaterThanOrEqual(low.total)
        const lowYears = totalsByYear(low.periods)
        const highYears = totalsByYear(high.periods)
        lowYears.forEach((y, i) => expect(highYears[i].total).toBeGreaterThanOrEqual(y.total))
      }),
      { numRuns: 300 },
    )
    // mentor: more hours or a higher hourly wage
    fc.assert(
      fc.property(mentorInput.map(flatten), fc.nat(50), fc.nat(50), (input, moreWage, moreHours) => {
        const low = run(input)
        const high = run({
          ...input,
          hourlyWage: (input.hourlyWage as number) + moreWage,
          hoursPerMonth: Math.min(999, Math.round((input.hoursPerMonth as number) * 10) + moreHours) / 10,
        })
        expect(high.total).toBeGreaterThanOrEqual(low.total)
      }),
      { numRuns: 100 },
    )
  })

  it('varig never pays more than 5 G in a calendar year', () => {
    fc.assert(
      fc.property(varigInput.map(flatten), (input) => {
        const r = run(input)
        const byYear = new Map<number, number>()
        for (const p of r.periods) {
          const year = yearOf(p.from)
          const paid = (byYear.get(year) ?? 0) + p.amount
          byYear.set(year, paid)
          // the running sum never passes 5 × the G in force on the piece's first day
          expect(paid).toBeLessThanOrEqual(5 * grunnbelopOn(DEFAULT_RATES, p.from)!.amount)
        }
        for (const y of totalsByYear(r.periods)) {
          const gMax = grunnbelopOn(DEFAULT_RATES, `${y.year}-12-31`)!.amount
          expect(y.total).toBeLessThanOrEqual(5 * gMax)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never throws, whatever the input', () => {
    const fields = fc.record(
      {
        scheme: fc.oneof(
          fc.constantFrom('MIDLERTIDIG_LONNSTILSKUDD', 'VARIG_LONNSTILSKUDD', 'SOMMERJOBB', 'MENTOR', 'INKLUDERINGSTILSKUDD'),
          fc.anything(),
        ),
        innsatsgruppe: fc.oneof(fc.constantFrom(...ELIGIBLE, 'GODE_MULIGHETER'), fc.anything()),
        startDate: fc.oneof(day('1990-01-01', '2110-12-31'), fc.string(), fc.anything()),
        endDate: fc.oneof(day('1990-01-01', '2110-12-31'), fc.string(), fc.anything()),
        birthDate: fc.oneof(day('1900-01-01', '2030-12-31'), fc.anything()),
        monthlyPay: fc.oneof(fc.integer({ min: -10, max: 20_000_000 }), fc.double(), fc.anything()),
        holidayPayRate: fc.oneof(fc.constantFrom(...HOLIDAY_PAY_RATES), fc.anything()),
        pensionRate: fc.oneof(fc.double(), fc.anything()),
        employerTaxZone: fc.oneof(fc.constantFrom(...EMPLOYER_TAX_ZONES), fc.anything()),
        kommunenummer: fc.oneof(fc.constant('0301'), fc.anything()),
        subsidyPercent: fc.oneof(fc.integer({ min: -5, max: 100 }), fc.anything()),
        hourlyWage: fc.oneof(fc.integer({ min: -5, max: 200_000 }), fc.anything()),
        hoursPerMonth: fc.oneof(fc.integer({ min: -5, max: 1_200 }), fc.anything()),
        expenses: fc.oneof(
          fc.array(
            fc.record({
              category: fc.constantFrom('UTSTYR', 'OPPLAERING', 'X'),
              amount: fc.integer({ min: -5, max: 200_000 }),
            }),
          ),
          fc.anything(),
        ),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(fc.oneof(fields, fc.anything()), (input) => {
        const outcome = calculateSubsidy(input, ctx)
        if (!outcome.ok) {
          expect(outcome.errors.length).toBeGreaterThan(0)
          for (const e of outcome.errors) {
            expect(typeof e.field).toBe('string')
            expect(e.message.length).toBeGreaterThan(0)
          }
        }
      }),
      { numRuns: 1000 },
    )
  })
})
