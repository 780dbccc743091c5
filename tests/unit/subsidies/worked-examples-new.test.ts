import { describe, expect, it } from 'vitest'
import { totalsByYear } from '../../../app/domain/subsidies'
import { vtaoResult, wage } from './helpers'

const byYear = (periods: Parameters<typeof totalsByYear>[0]) => Object.fromEntries(totalsByYear(periods).map((y) => [y.year, y.total]))

describe('worked examples 4–9 from the updated specification', () => {
  it('4: fireårig, midlertidig stilling, 31.08.2026–30.08.2028, zone I', () => {
    const r = wage({
      scheme: 'FIREARIG_LONNSTILSKUDD',
      innsatsgruppe: 'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
      positionType: 'MIDLERTIDIG',
      startDate: '2026-08-31',
      endDate: '2028-08-30',
      monthlyPay: 30_000,
      holidayPayRate: 12,
      pensionRate: 2,
      employerTaxZone: 'I',
    })
    expect(r.monthlyCost).toEqual({ pay: 30_000, holidayPay: 3_600, pension: 672, employerTax: 4_832.35, total: 39_104 })
    const pieces = r.periods.map((p) => [p.from, p.to, p.percent, p.amount])
    expect(pieces[0]).toEqual(['2026-08-31', '2026-08-31', 70, 899])
    expect(pieces.slice(1, 12).every((p) => p[2] === 70 && p[3] === 27_373)).toBe(true)
    expect(pieces[1][0]).toBe('2026-09-01')
    expect(pieces[11][1]).toBe('2027-07-31')
    expect(pieces[12]).toEqual(['2027-08-01', '2027-08-30', 70, 26_980])
    expect(pieces[13]).toEqual(['2027-08-31', '2027-08-31', 60, 771])
    expect(r.periods[13].stepDown).toBe(true)
    expect(pieces.slice(14, 25).every((p) => p[2] === 60 && p[3] === 23_462)).toBe(true)
    expect(pieces[25]).toEqual(['2028-08-01', '2028-08-30', 60, 23_125])
    expect(pieces).toHaveLength(26)
    expect(byYear(r.periods)).toEqual({ 2026: 110_391, 2027: 313_210, 2028: 187_359 })
    expect(r.total).toBe(610_960)
    expect(r.periods.some((p) => p.capped)).toBe(false)
  })

  it('5: fireårig, JOBBE_DELVIS, fast stilling, four years, NAV’s double rounding at 70 %', () => {
    const r = wage({
      scheme: 'FIREARIG_LONNSTILSKUDD',
      innsatsgruppe: 'JOBBE_DELVIS',
      positionType: 'FAST',
      startDate: '2026-09-01',
      endDate: '2030-08-31',
      monthlyPay: 63_901,
      holidayPayRate: 10.2,
      pensionRate: 2,
      employerTaxZone: 'I',
    })
    expect(r.monthlyCost.total).toBe(81_955)
    const monthly = (percent: number) => r.periods.find((p) => p.percent === percent)!.monthlyAmount
    expect(monthly(70)).toBe(57_368) // exact 57 368,5 – NAV pays 57 368
    expect(monthly(60)).toBe(49_173)
    expect(monthly(50)).toBe(40_978) // 40 977,5 rounds up
    expect(monthly(35)).toBe(28_684)
    expect(r.periods).toHaveLength(48)
    expect(byYear(r.periods)).toEqual({ 2026: 229_472, 2027: 655_636, 2028: 557_296, 2029: 442_560, 2030: 229_472 })
    expect(r.total).toBe(2_114_436)
  })

  it('6: fireårig, LITEN_MULIGHET_TIL_A_JOBBE, no positionType, 2027: capped at 5 G in September (an estimate)', () => {
    const r = wage({
      scheme: 'FIREARIG_LONNSTILSKUDD',
      innsatsgruppe: 'LITEN_MULIGHET_TIL_A_JOBBE',
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      monthlyPay: 90_000,
      holidayPayRate: 12,
      pensionRate: 2,
      employerTaxZone: 'I',
    })
    expect(r.monthlyCost.total).toBe(117_313)
    expect(r.rates.positionType).toBe('FAST')
    expect(r.periods.slice(0, 8).map((p) => p.amount)).toEqual(Array(8).fill(82_119))
    expect(r.periods[8]).toMatchObject({ from: '2027-09-01', amount: 25_793, capped: true })
    expect(r.periods.slice(9).map((p) => p.amount)).toEqual([0, 0, 0])
    expect(r.total).toBe(682_745)
    expect(r.estimate).toBe(true)
  })

  it('7: varig 75 %, JOBBE_DELVIS, 2026: the cap rises with G on 1 May (682 745, was 650 800)', () => {
    const r = wage({
      scheme: 'VARIG_LONNSTILSKUDD',
      innsatsgruppe: 'JOBBE_DELVIS',
      subsidyPercent: 75,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      monthlyPay: 80_000,
      holidayPayRate: 12,
      pensionRate: 2,
      employerTaxZone: 'I',
    })
    expect(r.monthlyCost.total).toBe(104_278)
    expect(r.periods.slice(0, 8).map((p) => p.amount)).toEqual(Array(8).fill(78_209))
    expect(r.periods[8]).toMatchObject({ from: '2026-09-01', amount: 57_073, capped: true })
    expect(r.periods.slice(9).map((p) => p.amount)).toEqual([0, 0, 0])
    expect(r.total).toBe(682_745)
    expect(r.rates.grunnbelop?.map((g) => g.amount)).toEqual([130_160, 136_549])
  })

  it('8: VTAO, JOBBE_DELVIS, 15.11.2025–10.02.2026: the amount of each piece’s year, part months by 30.4375', () => {
    const r = vtaoResult({ scheme: 'VTAO', innsatsgruppe: 'JOBBE_DELVIS', startDate: '2025-11-15', endDate: '2026-02-10' })
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.percent, p.amount])).toEqual([
      ['2025-11-15', '2025-11-30', 16, null, 3_715],
      ['2025-12-01', '2025-12-31', 31, null, 7_067],
      ['2026-01-01', '2026-01-31', 31, null, 7_321],
      ['2026-02-01', '2026-02-10', 10, null, 2_405],
    ])
    expect(r.total).toBe(20_508)
    expect('monthlyCost' in r).toBe(false)
  })

  it('9: VTAO, LITEN_MULIGHET_TIL_A_JOBBE, 20.01.2024–28.02.2024: 28 days of a leap-year February is a part month', () => {
    const r = vtaoResult({
      scheme: 'VTAO',
      innsatsgruppe: 'LITEN_MULIGHET_TIL_A_JOBBE',
      startDate: '2024-01-20',
      endDate: '2024-02-28',
    })
    expect(r.periods.map((p) => [p.days, p.fullMonth, p.amount])).toEqual([
      [12, false, 2_684],
      [28, false, 6_263],
    ])
    expect(r.total).toBe(8_947)
  })
})
