import { describe, expect, it } from 'vitest'
import { monthlyCost } from '../../../app/domain/subsidies'
import { errorFor, mentor, wage } from './helpers'

describe('mentortilskudd', () => {
  it('is not available for «Gode muligheter»', () => {
    expect(errorFor(mentor({ innsatsgruppe: 'GODE_MULIGHETER' }), 'innsatsgruppe')).toBe(
      'Mentortilskudd gjelder ikke for innsatsgruppen «Gode muligheter»',
    )
  })

  it('covers 100 % of the mentor cost: hourly wage × hours, plus holiday pay, OTP and AGA', () => {
    const r = wage(mentor())
    const expected = monthlyCost(6_000, 10.2, 2, 14.1)
    expect(r.monthlyCost).toEqual(expected)
    expect(expected.total).toBe(7_695) // 6 000 + round(612 + 132.24 + 950.90…)
    expect(r.periods).toHaveLength(6)
    expect(r.periods.every((p) => p.percent === 100 && p.amount === 7_695)).toBe(true)
    expect(r.total).toBe(6 * 7_695)
    expect(r.mentor).toEqual({ hourlyWage: 300, hoursPerMonth: 20 })
  })

  it('lasts at most 6 months for «Trenger veiledning»', () => {
    expect(wage(mentor({ endDate: '2026-06-30' })).periods).toHaveLength(6)
    expect(errorFor(mentor({ endDate: '2026-07-01' }), 'endDate')).toBe(
      'Mentortilskudd kan vare i inntil 6 måneder for denne innsatsgruppen (siste mulige sluttdato er 30.06.2026)',
    )
  })

  it('lasts at most 36 months with nedsatt arbeidsevne', () => {
    const group = { innsatsgruppe: 'LITEN_MULIGHET_TIL_A_JOBBE' }
    expect(wage(mentor({ ...group, endDate: '2028-12-31' })).periods).toHaveLength(36)
    expect(errorFor(mentor({ ...group, endDate: '2029-01-01' }), 'endDate')).toMatch(
      /^Mentortilskudd kan vare i inntil 36 måneder for denne innsatsgruppen/,
    )
  })

  it('needs an hourly wage and hours 0–99.9 with at most one decimal', () => {
    expect(errorFor(mentor({ hourlyWage: undefined }), 'hourlyWage')).toBe('Timelønn for mentoren mangler')
    expect(errorFor(mentor({ hoursPerMonth: undefined }), 'hoursPerMonth')).toBe('Antall mentortimer per måned mangler')
    expect(errorFor(mentor({ hoursPerMonth: 100 }), 'hoursPerMonth')).toBe('Timer per måned kan være høyst 99,9')
    expect(errorFor(mentor({ hoursPerMonth: 10.25 }), 'hoursPerMonth')).toBe('Timer per måned kan ha høyst én desimal')
    expect(wage(mentor({ hoursPerMonth: 99.9 })).mentor).toEqual({ hourlyWage: 300, hoursPerMonth: 99.9 })
    expect(wage(mentor({ hoursPerMonth: '12,5' })).mentor).toEqual({ hourlyWage: 300, hoursPerMonth: 12.5 })
  })

  it('puts the whole kroner of the pay in the cost and the exact pay in holiday pay, OTP and AGA', () => {
    // 301 × 12,5 = 3 762,50: holiday pay 383.775, OTP 82.9255…, AGA 14.1 % of 4 229.2005… → 596.317…
    const r = wage(mentor({ hourlyWage: 301, hoursPerMonth: 12.5 }))
    expect(r.monthlyCost.pay).toBe(3_762.5)
    expect(r.monthlyCost.holidayPay).toBe(383.78)
    // total = 3 762 + round(383.775 + 82.9255 + 596.3173…) = 3 762 + 1 063
    expect(r.monthlyCost.total).toBe(3_762 + 1_063)
    // NAV truncates the double product: 100 × 2,3 = 229,999… → 229 whole kroner
    const truncated = wage(mentor({ hourlyWage: 100, hoursPerMonth: 2.3, holidayPayRate: 0, pensionRate: 0, employerTaxZone: 'V' }))
    expect(truncated.monthlyCost.total).toBe(229)
  })
})
