import { describe, expect, it } from 'vitest'
import { errorFor, errors, midlertidig, wage } from './helpers'

describe('midlertidig lønnstilskudd', () => {
  describe('eligibility and rate per innsatsgruppe', () => {
    it('is not available for «Gode muligheter»', () => {
      expect(errorFor(midlertidig({ innsatsgruppe: 'GODE_MULIGHETER' }), 'innsatsgruppe')).toBe(
        'Midlertidig lønnstilskudd gjelder ikke for innsatsgruppen «Gode muligheter»',
      )
    })

    it('pays 40 % for «Trenger veiledning»', () => {
      const r = wage(midlertidig({ endDate: '2026-03-31' }))
      expect(r.periods.map((p) => p.percent)).toEqual([40, 40, 40])
      expect(r.periods[0].amount).toBe(10_428) // 40 % of 26 070
    })

    it.each(['TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE', 'JOBBE_DELVIS', 'LITEN_MULIGHET_TIL_A_JOBBE'])(
      'pays 60 % for %s (nedsatt arbeidsevne)',
      (innsatsgruppe) => {
        const r = wage(midlertidig({ innsatsgruppe, endDate: '2026-01-31' }))
        expect(r.periods).toHaveLength(1)
        expect(r.periods[0]).toMatchObject({ percent: 60, amount: 15_642 })
      },
    )
  })

  describe('maximum length', () => {
    it('allows 12 months for «Trenger veiledning» and refuses one day more', () => {
      expect(wage(midlertidig({ endDate: '2026-12-31' })).periods).toHaveLength(12)
      expect(errorFor(midlertidig({ endDate: '2027-01-01' }), 'endDate')).toBe(
        'Midlertidig lønnstilskudd kan vare i inntil 12 måneder for denne innsatsgruppen (siste mulige sluttdato er 31.12.2026)',
      )
    })

    it('allows 24 months for nedsatt arbeidsevne and refuses one day more', () => {
      const group = { innsatsgruppe: 'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE' }
      expect(wage(midlertidig({ ...group, endDate: '2027-12-31' })).periods).toHaveLength(24)
      const message = errorFor(midlertidig({ ...group, endDate: '2028-01-01' }), 'endDate')
      expect(message).toMatch(/^Midlertidig lønnstilskudd kan vare i inntil 24 måneder for denne innsatsgruppen/)
    })

    it('uses calendar months clamped to month end (start 31 January → last day 30 January next year)', () => {
      expect(wage(midlertidig({ startDate: '2024-01-31', endDate: '2025-01-30' })).total).toBeGreaterThan(0)
      expect(errorFor(midlertidig({ startDate: '2024-01-31', endDate: '2025-01-31' }), 'endDate')).toContain('30.01.2025')
    })

    it('handles a start on 29 February (leap year): last day is 27 February next year', () => {
      expect(wage(midlertidig({ startDate: '2024-02-29', endDate: '2025-02-27' })).total).toBeGreaterThan(0)
      expect(errorFor(midlertidig({ startDate: '2024-02-29', endDate: '2025-02-28' }), 'endDate')).toContain('27.02.2025')
    })
  })

  describe('step-down', () => {
    it('steps down 10 points from start + 12 months in the 60 % case', () => {
      const r = wage(midlertidig({ innsatsgruppe: 'JOBBE_DELVIS', startDate: '2026-03-01', endDate: '2028-02-29' }))
      const first = r.periods.findIndex((p) => p.percent === 50)
      expect(r.periods[first].from).toBe('2027-03-01')
      expect(r.periods[first].stepDown).toBe(true)
      expect(r.periods.filter((p) => p.stepDown)).toHaveLength(1)
    })

    it('steps down 10 points from start + 6 months in the 40 % case', () => {
      const r = wage(midlertidig({ startDate: '2026-01-01', endDate: '2026-12-31' }))
      expect(r.periods.slice(0, 6).every((p) => p.percent === 40)).toBe(true)
      expect(r.periods.slice(6).every((p) => p.percent === 30)).toBe(true)
      expect(r.periods[6]).toMatchObject({ from: '2026-07-01', stepDown: true, amount: 7_821 })
      expect(r.total).toBe(6 * 10_428 + 6 * 7_821)
    })

    it('steps down on the clamped date when starting on 31 January', () => {
      // 31 January + 6 months = 31 July: July is split 1–30 (40 %) and 31 (30 %).
      const r = wage(midlertidig({ startDate: '2024-01-31', endDate: '2025-01-30' }))
      expect(r.periods.map((p) => [p.from, p.to, p.percent, p.amount])).toEqual([
        ['2024-01-31', '2024-01-31', 40, 343],
        ['2024-02-01', '2024-02-29', 40, 10_428],
        ['2024-03-01', '2024-03-31', 40, 10_428],
        ['2024-04-01', '2024-04-30', 40, 10_428],
        ['2024-05-01', '2024-05-31', 40, 10_428],
        ['2024-06-01', '2024-06-30', 40, 10_428],
        ['2024-07-01', '2024-07-30', 40, 10_278],
        ['2024-07-31', '2024-07-31', 30, 257],
        ['2024-08-01', '2024-08-31', 30, 7_821],
        ['2024-09-01', '2024-09-30', 30, 7_821],
        ['2024-10-01', '2024-10-31', 30, 7_821],
        ['2024-11-01', '2024-11-30', 30, 7_821],
        ['2024-12-01', '2024-12-31', 30, 7_821],
        ['2025-01-01', '2025-01-30', 30, 7_709],
      ])
      expect(r.total).toBe(109_832)
    })

    it('steps down on 29 February when 31 August + 6 months lands in a leap year', () => {
      const r = wage(midlertidig({ startDate: '2023-08-31', endDate: '2024-03-31' }))
      const feb = r.periods.filter((p) => p.from.startsWith('2024-02'))
      expect(feb.map((p) => [p.from, p.to, p.percent, p.amount])).toEqual([
        ['2024-02-01', '2024-02-28', 40, 9_593],
        ['2024-02-29', '2024-02-29', 30, 257],
      ])
    })

    it('has no step-down when the agreement ends first', () => {
      const r = wage(midlertidig({ endDate: '2026-06-30' }))
      expect(r.periods.every((p) => p.percent === 40)).toBe(true)
      expect(r.periods.some((p) => p.stepDown)).toBe(false)
    })
  })

  describe('partial months', () => {
    it('prorates the first and last month by days / 30.4375', () => {
      const r = wage(midlertidig({ innsatsgruppe: 'JOBBE_DELVIS', startDate: '2026-01-15', endDate: '2026-03-10' }))
      expect(r.periods.map((p) => [p.days, p.fullMonth, p.amount])).toEqual([
        [17, false, 8_736],
        [28, true, 15_642],
        [10, false, 5_139],
      ])
      expect(r.total).toBe(8_736 + 15_642 + 5_139)
    })

    it('pays the monthly amount for a whole February in a leap year, and prorates 1–28 February 2024', () => {
      const full = wage(midlertidig({ startDate: '2024-02-01', endDate: '2024-02-29' }))
      expect(full.periods[0]).toMatchObject({ days: 29, fullMonth: true, amount: 10_428 })
      const part = wage(midlertidig({ startDate: '2024-02-01', endDate: '2024-02-28' }))
      expect(part.periods[0]).toMatchObject({ days: 28, fullMonth: false, amount: 9_593 })
      const common = wage(midlertidig({ startDate: '2025-02-01', endDate: '2025-02-28' }))
      expect(common.periods[0]).toMatchObject({ days: 28, fullMonth: true, amount: 10_428 })
    })
  })

  it('needs a monthly pay', () => {
    expect(errorFor(midlertidig({ monthlyPay: undefined }), 'monthlyPay')).toMatch(/^Månedslønn mangler/)
  })

  it('reports every problem at once', () => {
    const fields = errors(midlertidig({ innsatsgruppe: 'GODE_MULIGHETER', monthlyPay: undefined, employerTaxZone: undefined })).map(
      (e) => e.field,
    )
    expect(fields).toEqual(expect.arrayContaining(['innsatsgruppe', 'monthlyPay', 'employerTaxZone']))
  })
})
