import { describe, expect, it } from 'vitest'
import { errorFor, vtao, vtaoResult } from './helpers'

describe('VTAO – varig tilrettelagt arbeid i ordinær virksomhet', () => {
  it('pays the fixed amount for the calendar year of each month, whatever the pay', () => {
    const r = vtaoResult(vtao({ startDate: '2024-12-01', endDate: '2025-01-31', monthlyPay: 50_000 }))
    expect(r.periods.map((p) => p.amount)).toEqual([6_808, 7_067])
    expect(r.periods.every((p) => p.percent === null)).toBe(true)
    expect('monthlyCost' in r).toBe(false)
  })

  it.each(['JOBBE_DELVIS', 'LITEN_MULIGHET_TIL_A_JOBBE'])('is available for %s', (innsatsgruppe) => {
    expect(vtaoResult(vtao({ innsatsgruppe })).total).toBe(20_508)
  })

  it.each(['TRENGER_VEILEDNING', 'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE', 'GODE_MULIGHETER'])(
    'is not available for %s',
    (innsatsgruppe) => {
      expect(errorFor(vtao({ innsatsgruppe }), 'innsatsgruppe')).toBeDefined()
    },
  )

  it('refuses someone who has turned 67 by the end date (birthDate + 67 years > endDate)', () => {
    expect(vtaoResult(vtao({ birthDate: '1959-02-11' })).total).toBe(20_508)
    expect(errorFor(vtao({ birthDate: '1959-02-10' }), 'birthDate')).toBe(
      'Deltakeren kan ikke ha fylt 67 år på sluttdatoen (fyller 67 år 10.02.2026)',
    )
  })

  it('has no amount before 2022', () => {
    expect(errorFor(vtao({ startDate: '2021-12-31', endDate: '2022-01-31' }), 'startDate')).toBe(
      'Vi har ikke månedsbeløpet for VTAO før 01.01.2022',
    )
  })

  it('uses the latest year’s amount after the table ends, and says it is an estimate', () => {
    const r = vtaoResult(vtao({ startDate: '2026-12-01', endDate: '2027-01-31' }))
    expect(r.periods.map((p) => p.amount)).toEqual([7_321, 7_321])
    expect(r.estimate).toBe(true)
    expect(r.notes.join(' ')).toContain('anslag')
  })

  it('says NAV decides and the person receives uføretrygd', () => {
    expect(vtaoResult(vtao()).notes.join(' ')).toContain('uføretrygd')
  })

  it('has no maximum length', () => {
    expect(vtaoResult(vtao({ startDate: '2022-01-01', endDate: '2031-12-31' })).periods).toHaveLength(120)
  })
})
