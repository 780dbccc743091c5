import { describe, expect, it } from 'vitest'
import {
  addMonths,
  ageOn,
  applyPercent,
  daysInMonth,
  hourlyWageFrom,
  maxEndDate,
  monthlyCost,
  monthlyPayFromYearly,
  prorate,
  roundHalfUp,
  splitPeriod,
} from '../../../app/domain/subsidies'

describe('rounding', () => {
  it('rounds half up', () => {
    expect(roundHalfUp(5n, 2n)).toBe(3n)
    expect(roundHalfUp(7n, 2n)).toBe(4n)
    expect(roundHalfUp(4n, 3n)).toBe(1n)
    expect(roundHalfUp(5n, 3n)).toBe(2n)
    expect(roundHalfUp(0n, 7n)).toBe(0n)
  })

  it('applies a percentage with half-up rounding (53 439 × 50 % = 26 719.5 → 26 720)', () => {
    expect(applyPercent(53_439, 50)).toBe(26_720)
    expect(applyPercent(53_439, 60)).toBe(32_063)
  })

  it('has no floating-point drift (0.1 + 0.2 style)', () => {
    // 10.2 % of 41 667 is exactly 4 250.034; a float product would give 4250.0339999…
    expect(monthlyCost(41_667, 10.2, 0, 0)).toMatchObject({ holidayPay: 4_250.03, total: 45_917 })
    // 14.3 % holiday pay, 12.5 %, 0 %
    expect(monthlyCost(10_000, 14.3, 0, 0).total).toBe(11_430)
    expect(monthlyCost(10_000, 12.5, 0, 0).total).toBe(11_250)
    expect(monthlyCost(10_000, 0, 0, 0).total).toBe(10_000)
  })

  it('prorates a part of a month as round(days × monthly / 30.4375)', () => {
    expect(prorate(1, 16_539)).toBe(543)
    expect(prorate(27, 16_539)).toBe(14_671)
    expect(prorate(0, 16_539)).toBe(0)
    // 10 days of 10 000 = 3 285.42…; 15 days of 20 000 = 9 856.26…
    expect(prorate(10, 10_000)).toBe(3_285)
    expect(prorate(15, 20_000)).toBe(9_856)
  })

  it('derives monthly pay from a yearly full-time salary and a percentage', () => {
    expect(monthlyPayFromYearly(500_000, 100)).toBe(41_667)
    expect(monthlyPayFromYearly(600_000, 50)).toBe(25_000)
    expect(monthlyPayFromYearly(450_000, 80)).toBe(30_000)
  })
})

describe('mentor hourly wage derivation (H = 1950 / 162.5 / 37.5 / 7.5)', () => {
  it('derives the same hourly wage from every period', () => {
    expect(hourlyWageFrom(585_000, 'YEAR')).toBe(300)
    expect(hourlyWageFrom(48_750, 'MONTH')).toBe(300)
    expect(hourlyWageFrom(11_250, 'WEEK')).toBe(300)
    expect(hourlyWageFrom(2_250, 'DAY')).toBe(300)
    expect(hourlyWageFrom(300, 'HOUR')).toBe(300)
  })

  it('scales by the position percentage', () => {
    expect(hourlyWageFrom(24_375, 'MONTH', 50)).toBe(300)
    expect(hourlyWageFrom(292_500, 'YEAR', 50)).toBe(300)
  })

  it('rounds half up', () => {
    expect(hourlyWageFrom(500_000, 'YEAR')).toBe(256) // 256.41
    expect(hourlyWageFrom(975, 'YEAR')).toBe(1) // 0.5
    expect(hourlyWageFrom(50_000, 'MONTH')).toBe(308) // 307.69
  })
})

describe('calendar arithmetic', () => {
  it('clamps to the end of the month: 31 January + 1 month = 28/29 February', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28')
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29')
    expect(addMonths('2024-01-31', 6)).toBe('2024-07-31')
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28')
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28')
  })

  it('computes the last allowed end date as (start + N months) − 1 day', () => {
    expect(maxEndDate('2026-01-01', 12)).toBe('2026-12-31')
    expect(maxEndDate('2026-01-01', 24)).toBe('2027-12-31')
    expect(maxEndDate('2024-01-31', 1)).toBe('2024-02-28')
    expect(maxEndDate('2024-02-29', 12)).toBe('2025-02-27')
    expect(maxEndDate('2023-03-01', 12)).toBe('2024-02-29')
  })

  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29)
    expect(daysInMonth(2025, 2)).toBe(28)
    expect(daysInMonth(2000, 2)).toBe(29)
    expect(daysInMonth(2100, 2)).toBe(28)
  })

  it('computes age in whole years (29 February birthday counts from 1 March in common years)', () => {
    expect(ageOn('2010-06-15', '2026-06-14')).toBe(15)
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16)
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15)
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16)
    expect(ageOn('2008-02-29', '2025-02-28')).toBe(16)
    expect(ageOn('2008-02-29', '2025-03-01')).toBe(17)
  })

  it('splits a period at month boundaries and at break dates', () => {
    expect(splitPeriod('2026-01-15', '2026-03-10')).toEqual([
      { from: '2026-01-15', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-03-10' },
    ])
    expect(splitPeriod('2026-01-01', '2026-02-28', ['2026-01-20'])).toEqual([
      { from: '2026-01-01', to: '2026-01-19' },
      { from: '2026-01-20', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
    ])
    expect(splitPeriod('2026-01-01', '2026-01-01')).toEqual([{ from: '2026-01-01', to: '2026-01-01' }])
    // breaks outside the period are ignored
    expect(splitPeriod('2026-01-01', '2026-01-31', ['2027-01-01', '2026-01-01'])).toHaveLength(1)
  })
})

describe('NAV’s rounding of the percentage step (issue 16)', () => {
  it('is Math.round(cost × (pct / 100)) in doubles: 1 krone less in some half-krone cases', () => {
    // exact 57 368,5 → the double product is just below → 57 368 (exact half up would give 57 369)
    expect(applyPercent(81_955, 70)).toBe(57_368)
    // exact 40 977,5 → 40 978 (the double is not below the half)
    expect(applyPercent(81_955, 50)).toBe(40_978)
    expect(applyPercent(53_439, 50)).toBe(26_720)
  })
})
