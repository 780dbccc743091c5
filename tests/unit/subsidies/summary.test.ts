import { describe, expect, it } from 'vitest'
import { monthRows, totalsByYear } from '../../../app/domain/subsidies'
import { midlertidig, wage } from './helpers'

describe('display helpers', () => {
  it('totals per calendar year (worked example 2)', () => {
    const r = wage(
      midlertidig({
        innsatsgruppe: 'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
        startDate: '2026-01-01',
        endDate: '2027-12-31',
        monthlyPay: 41_667,
        holidayPayRate: 10.2,
      }),
    )
    expect(totalsByYear(r.periods)).toEqual([
      { year: 2026, total: 12 * 32_063, capped: false },
      { year: 2027, total: 12 * 26_720, capped: false },
    ])
  })

  it('groups a month split by a step-down into one row', () => {
    const r = wage(midlertidig({ startDate: '2024-01-31', endDate: '2025-01-30' }))
    const rows = monthRows(r.periods)
    expect(rows).toHaveLength(13)
    const july = rows.find((row) => row.month === '2024-07')!
    expect(july).toMatchObject({ amount: 10_278 + 257, stepDown: true })
    expect(july.pieces).toHaveLength(2)
    expect(rows.reduce((s, row) => s + row.amount, 0)).toBe(r.total)
  })
})
