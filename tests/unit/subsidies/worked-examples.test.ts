import { describe, expect, it } from 'vitest'
import { applyPercent, monthlyCost } from '../../../app/domain/subsidies'
import { wage } from './helpers'

describe('worked examples from the specification', () => {
  it('1: monthly cost of 20 000 with 12 % holiday pay, 2 % OTP, AGA 14.1 %', () => {
    const cost = monthlyCost(20_000, 12, 2, 14.1)
    expect(cost).toEqual({ pay: 20_000, holidayPay: 2_400, pension: 448, employerTax: 3_221.57, total: 26_070 })
    expect(applyPercent(cost.total, 60)).toBe(15_642)
  })

  it('2: midlertidig lønnstilskudd, nedsatt arbeidsevne, 2026–2027, zone I', () => {
    const result = wage({
      scheme: 'MIDLERTIDIG_LONNSTILSKUDD',
      innsatsgruppe: 'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      monthlyPay: 41_667,
      holidayPayRate: 10.2,
      pensionRate: 2,
      employerTaxZone: 'I',
    })
    expect(result.monthlyCost.total).toBe(53_439)
    expect(result.periods).toHaveLength(24)
    for (const p of result.periods.slice(0, 12)) {
      expect(p).toMatchObject({ percent: 60, amount: 32_063, fullMonth: true })
      expect(p.from.startsWith('2026-')).toBe(true)
    }
    for (const p of result.periods.slice(12)) {
      expect(p).toMatchObject({ percent: 50, amount: 26_720, fullMonth: true })
      expect(p.from.startsWith('2027-')).toBe(true)
    }
    expect(result.periods[12].stepDown).toBe(true)
    expect(result.total).toBe(705_396)
  })

  it('3: sommerjobb, trenger veiledning, 30 June – 27 July 2025, zone IV', () => {
    const result = wage({
      scheme: 'SOMMERJOBB',
      innsatsgruppe: 'TRENGER_VEILEDNING',
      startDate: '2025-06-30',
      endDate: '2025-07-27',
      monthlyPay: 28_000,
      holidayPayRate: 10.2,
      pensionRate: 2,
      employerTaxZone: 'IV',
    })
    expect(result.monthlyCost.total).toBe(33_078)
    expect(result.periods).toEqual([
      {
        from: '2025-06-30',
        to: '2025-06-30',
        percent: 50,
        amount: 543,
        days: 1,
        fullMonth: false,
        monthlyAmount: 16_539,
      },
      {
        from: '2025-07-01',
        to: '2025-07-27',
        percent: 50,
        amount: 14_671,
        days: 27,
        fullMonth: false,
        monthlyAmount: 16_539,
      },
    ])
    expect(result.total).toBe(15_214)
  })
})
