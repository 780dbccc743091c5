import { describe, expect, it } from 'vitest'
import { monthlyCost } from '../../../app/domain/subsidies'
import { errorFor, mentor, wage } from './helpers'

describe('mentortilskudd', () => {
  it('is not available for «Gode muligheter»', () => {
    expect(errorFor(mentor({ innsatsgruppe: 'GODE_MULIGHETER' }), 'innsatsgruppe')).toBe(
      'Mentortilskudd gjelder ikke for innsatsgruppen «Gode muligheter»'
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
      'Mentortilskudd kan vare i inntil 6 måneder for denne innsatsgruppen (siste mulige sluttdato er 30.06.2026)'
    )
  })

  it('lasts at most 36 months with nedsatt arbeidsevne', () => {
    const group = { innsatsgruppe: 'LITEN_MULIGHET_TIL_A_JOBBE' }
    expect(wage(mentor({ ...group, endDate: '2028-12-31' })).periods).toHaveLength(36)
    expect(errorFor(mentor({ ...group, endDate: '2029-01-01' }), 'endDate')).toMatch(
      /^Mentortilskudd kan vare i inntil 36 måneder for denne innsatsgruppen/
    )
  })

  it('needs an hourly wage and whole hours 0–999', () => {
    expect(errorFor(mentor({ hourlyWage: undefined }), 'hourlyWage')).toBe('Timelønn for mentoren mangler')
    expect(errorFor(mentor({ hoursPerMonth: undefined }), 'hoursPerMonth')).toBe('Antall mentortimer per måned mangler')
    expect(errorFor(mentor({ hoursPerMonth: 1000 }), 'hoursPerMonth')).toBe('Timer per måned kan være høyst 999')
    expect(errorFor(mentor({ hoursPerMonth: 10.5 }), 'hoursPerMonth')).toBe('Timer per måned må være et helt tall')
  })

  it('warns above 173 hours a month, but still calculates', () => {
    expect(wage(mentor({ hoursPerMonth: 173 })).warnings).toEqual([])
    const r = wage(mentor({ hoursPerMonth: 174 }))
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0]).toContain('173')
  })
})
