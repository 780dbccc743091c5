import { describe, expect, it } from 'vitest'
import { totalsByYear } from '../../../app/domain/subsidies'
import { errorFor, plainCost, varig, wage } from './helpers'

describe('varig lønnstilskudd', () => {
  describe('eligibility', () => {
    it.each(['GODE_MULIGHETER', 'TRENGER_VEILEDNING', 'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE'])(
      'is not available for %s',
      (innsatsgruppe) => {
        expect(errorFor(varig({ innsatsgruppe }), 'innsatsgruppe')).toBe(
          'Varig lønnstilskudd gjelder bare for innsatsgruppene «Jobbe delvis» og «Liten mulighet til å jobbe»',
        )
      },
    )

    it.each(['JOBBE_DELVIS', 'LITEN_MULIGHET_TIL_A_JOBBE'])('is available for %s', (innsatsgruppe) => {
      expect(wage(varig({ innsatsgruppe })).total).toBeGreaterThan(0)
    })
  })

  describe('agreed rate', () => {
    it('requires a subsidy percentage', () => {
      expect(errorFor(varig({ subsidyPercent: undefined }), 'subsidyPercent')).toMatch(/^Tilskuddsprosent mangler/)
    })

    it('refuses more than 75 %', () => {
      expect(errorFor(varig({ subsidyPercent: 76 }), 'subsidyPercent')).toBe('Tilskuddsprosent kan være høyst 75 %')
      expect(errorFor(varig({ subsidyPercent: -1 }), 'subsidyPercent')).toBe('Tilskuddsprosent kan ikke være mindre enn 0')
    })

    it('lowers a rate above 67 % to 67 % from start + 12 months', () => {
      const r = wage(varig({ ...plainCost, monthlyPay: 10_000, subsidyPercent: 75, endDate: '2027-12-31' }))
      expect(r.periods.slice(0, 12).every((p) => p.percent === 75 && p.amount === 7_500)).toBe(true)
      expect(r.periods[12]).toMatchObject({ from: '2027-01-01', percent: 67, amount: 6_700, stepDown: true })
      expect(r.periods.slice(12).every((p) => p.percent === 67)).toBe(true)
    })

    it.each([60, 67])('keeps a rate of %i % (≤ 67) unchanged', (subsidyPercent) => {
      const r = wage(varig({ subsidyPercent, endDate: '2027-12-31' }))
      expect(r.periods.every((p) => p.percent === subsidyPercent)).toBe(true)
      expect(r.periods.some((p) => p.stepDown)).toBe(false)
    })

    it('allows a 0 % agreement (pays nothing)', () => {
      expect(wage(varig({ subsidyPercent: 0 })).total).toBe(0)
    })
  })

  it('has no maximum length', () => {
    const r = wage(varig({ startDate: '2026-01-01', endDate: '2035-12-31' }))
    expect(r.periods).toHaveLength(120)
  })

  describe('5 G cap per calendar year', () => {
    it('uses the G in force on each piece: the cap rises on 1 May (5 × 130 160 = 650 800 in 2025)', () => {
      // monthly cost 133 333 → 75 % = 100 000, 67 % = 89 333
      const r = wage(varig({ ...plainCost, monthlyPay: 133_333, subsidyPercent: 75, startDate: '2024-07-01', endDate: '2025-12-31' }))
      const years = totalsByYear(r.periods)
      expect(years).toEqual([
        { year: 2024, total: 600_000, capped: false },
        { year: 2025, total: 650_800, capped: true },
      ])
      const jul = r.periods.find((p) => p.from === '2025-07-01')!
      expect(jul).toMatchObject({ percent: 67, amount: 50_800, capped: true })
      for (const p of r.periods.filter((p) => p.from > '2025-07-01')) {
        expect(p).toMatchObject({ amount: 0, capped: true })
      }
      expect(r.total).toBe(1_250_800)
    })

    it('starts a new cap when the agreement crosses into a new year', () => {
      // 75 % of 266 667 = 200 000 a month; 5 × 124 028 = 620 140
      const r = wage(varig({ ...plainCost, monthlyPay: 266_667, subsidyPercent: 75, startDate: '2024-09-01', endDate: '2025-03-31' }))
      expect(r.periods.map((p) => [p.from, p.amount, Boolean(p.capped)])).toEqual([
        ['2024-09-01', 200_000, false],
        ['2024-10-01', 200_000, false],
        ['2024-11-01', 200_000, false],
        ['2024-12-01', 20_140, true],
        ['2025-01-01', 200_000, false],
        ['2025-02-01', 200_000, false],
        ['2025-03-01', 200_000, false],
      ])
      expect(totalsByYear(r.periods).map((y) => y.total)).toEqual([620_140, 600_000])
      expect(r.notes.some((n) => n.includes('I 2024 er utbetalingen begrenset til 5 G'))).toBe(true)
    })

    it('cuts the piece that reaches the cap; from 1 May only the rise in G (5 × 6 132) can be paid', () => {
      const r = wage(varig({ ...plainCost, monthlyPay: 266_667, subsidyPercent: 75, startDate: '2025-01-01', endDate: '2025-12-31' }))
      // Jan–Mar 600 000; April reaches 5 × 124 028 = 620 140; May reaches 5 × 130 160 = 650 800.
      expect(r.periods.map((p) => p.amount)).toEqual([200_000, 200_000, 200_000, 20_140, 30_660, 0, 0, 0, 0, 0, 0, 0])
      expect(r.periods.slice(3).every((p) => p.capped)).toBe(true)
      expect(r.total).toBe(650_800)
    })

    it('keeps using the latest G until a newer row is added (2027 not yet recorded: an estimate)', () => {
      const r = wage(varig({ ...plainCost, monthlyPay: 266_667, subsidyPercent: 75, startDate: '2027-01-01', endDate: '2027-12-31' }))
      expect(r.total).toBe(5 * 136_549)
      expect(r.rates.grunnbelop?.map((g) => g.amount)).toEqual([136_549])
      expect(r.estimate).toBe(true)
      expect(r.notes.some((n) => n.includes('taket er et anslag'))).toBe(true)
    })

    it('pays again up to the difference when G rises on 1 May after the cap was reached (G 2026 = 136 549)', () => {
      const r = wage(varig({ ...plainCost, monthlyPay: 266_667, subsidyPercent: 75, startDate: '2026-01-01', endDate: '2026-12-31' }))
      // 4 × 200 000 passes 650 800 in April; from May 5 × 136 549 = 682 745
      expect(r.total).toBe(682_745)
      expect(r.estimate).toBeUndefined()
    })

    it('refuses start dates before the first recorded G', () => {
      expect(errorFor(varig({ startDate: '2019-01-01', endDate: '2019-12-31' }), 'startDate')).toBeDefined()
    })
  })
})
