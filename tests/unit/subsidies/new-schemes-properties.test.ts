import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  calculateSubsidy,
  DEFAULT_RATES,
  EMPLOYER_TAX_ZONES,
  fromDayNumber,
  grunnbelopOn,
  HOLIDAY_PAY_RATES,
  maxEndDate,
  minIso,
  toDayNumber,
  totalsByYear,
  yearOf,
  type SubsidyResult,
} from '../../../app/domain/subsidies'

/** Property tests for fireårig lønnstilskudd and VTAO (issue 16). */
const ctx = { rates: DEFAULT_RATES }
const REDUCED = ['TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE', 'JOBBE_DELVIS', 'LITEN_MULIGHET_TIL_A_JOBBE'] as const

const day = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber)

const costInputs = fc.record({
  holidayPayRate: fc.constantFrom(...HOLIDAY_PAY_RATES),
  pensionRate: fc.integer({ min: 0, max: 3000 }).map((n) => n / 100),
  employerTaxZone: fc.constantFrom(...EMPLOYER_TAX_ZONES),
})

const firearigInput = fc
  .record({
    positionType: fc.constantFrom('FAST', 'MIDLERTIDIG', undefined),
    startDate: day('2026-08-01', '2032-12-31'),
    n: fc.nat(1500),
  })
  .chain(({ positionType, startDate, n }) => {
    const longest = maxEndDate(startDate, positionType === 'MIDLERTIDIG' ? 24 : 48)
    return fc.record({
      scheme: fc.constant('FIREARIG_LONNSTILSKUDD'),
      innsatsgruppe: fc.constantFrom(...REDUCED),
      positionType: fc.constant(positionType),
      startDate: fc.constant(startDate),
      endDate: fc.constant(minIso(minIso(addDays(startDate, n), longest), '2032-12-31')),
      // up to very high pay so the 5 G cap bites often
      monthlyPay: fc.integer({ min: 0, max: 400_000 }),
      cost: costInputs,
    })
  })
  .map(({ cost, ...rest }) => ({ ...rest, ...cost }))

const vtaoInput = fc.record({ startDate: day('2022-01-01', '2030-12-31'), n: fc.nat(1500) }).map(({ startDate, n }) => ({
  scheme: 'VTAO',
  innsatsgruppe: n % 2 === 0 ? 'JOBBE_DELVIS' : 'LITEN_MULIGHET_TIL_A_JOBBE',
  startDate,
  endDate: addDays(startDate, n),
}))

function run(input: Record<string, unknown>): SubsidyResult {
  const outcome = calculateSubsidy(input, ctx)
  if (!outcome.ok) throw new Error(`${JSON.stringify(input)} → ${JSON.stringify(outcome.errors)}`)
  return outcome.result
}

describe('property tests: fireårig lønnstilskudd and VTAO', () => {
  it('total = sum of the periods = sum of the years; no amount is negative; the pieces cover the period', () => {
    fc.assert(
      fc.property(fc.oneof(firearigInput, vtaoInput), (input) => {
        const r = run(input)
        expect(r.total).toBe(r.periods.reduce((s, p) => s + p.amount, 0))
        expect(totalsByYear(r.periods).reduce((s, y) => s + y.total, 0)).toBe(r.total)
        for (const p of r.periods) {
          expect(Number.isInteger(p.amount)).toBe(true)
          expect(p.amount).toBeGreaterThanOrEqual(0)
        }
        expect(r.periods[0].from).toBe(input.startDate)
        expect(r.periods.at(-1)!.to).toBe(input.endDate)
        for (let i = 1; i < r.periods.length; i++) expect(r.periods[i].from).toBe(addDays(r.periods[i - 1].to, 1))
      }),
      { numRuns: 300 },
    )
  })

  it('VTAO has percent null, no monthly cost, and never pays more than the month’s amount', () => {
    fc.assert(
      fc.property(vtaoInput, (input) => {
        const r = run(input)
        expect('monthlyCost' in r).toBe(false)
        for (const p of r.periods) {
          expect(p.percent).toBeNull()
          expect(p.amount).toBeLessThanOrEqual(p.monthlyAmount)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('fireårig: more pay never gives less subsidy, in total or in any year', () => {
    fc.assert(
      fc.property(firearigInput, fc.integer({ min: 1, max: 100_000 }), (input, raise) => {
        const low = run(input)
        const high = run({ ...input, monthlyPay: input.monthlyPay + raise })
        expect(high.total).toBeGreaterThanOrEqual(low.total)
        const highYears = totalsByYear(high.periods)
        totalsByYear(low.periods).forEach((y, i) => expect(highYears[i].total).toBeGreaterThanOrEqual(y.total))
      }),
      { numRuns: 300 },
    )
  })

  it('VTAO does not depend on pay: the same total whatever monthly pay is sent', () => {
    fc.assert(
      fc.property(vtaoInput, fc.integer({ min: 0, max: 400_000 }), (input, pay) => {
        expect(run({ ...input, monthlyPay: pay }).total).toBe(run(input).total)
      }),
      { numRuns: 100 },
    )
  })

  it('fireårig never pays more than 5 G in a calendar year', () => {
    fc.assert(
      fc.property(firearigInput, (input) => {
        const r = run(input)
        const byYear = new Map<number, number>()
        for (const p of r.periods) {
          const year = yearOf(p.from)
          const paid = (byYear.get(year) ?? 0) + p.amount
          byYear.set(year, paid)
          expect(paid).toBeLessThanOrEqual(5 * grunnbelopOn(DEFAULT_RATES, p.from)!.amount)
        }
        for (const y of totalsByYear(r.periods)) {
          expect(y.total).toBeLessThanOrEqual(5 * grunnbelopOn(DEFAULT_RATES, `${y.year}-12-31`)!.amount)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('VTAO never pays more than 5 G in a calendar year either (12 months of the fixed amount is far below)', () => {
    fc.assert(
      fc.property(vtaoInput, (input) => {
        for (const y of totalsByYear(run(input).periods)) {
          expect(y.total).toBeLessThanOrEqual(5 * grunnbelopOn(DEFAULT_RATES, `${y.year}-12-31`)!.amount)
        }
      }),
      { numRuns: 100 },
    )
  })
})
