import { describe, expect, it } from 'vitest'
import { errorFor, firearig, wage } from './helpers'

describe('fireårig lønnstilskudd for unge', () => {
  it('pays 70 / 60 / 50 / 35 % by agreement year, counted from the start date', () => {
    const r = wage(firearig({ startDate: '2026-08-15', endDate: '2030-08-14' }))
    const firstOf = (percent: number) => r.periods.find((p) => p.percent === percent)!.from
    expect(firstOf(70)).toBe('2026-08-15')
    expect(firstOf(60)).toBe('2027-08-15')
    expect(firstOf(50)).toBe('2028-08-15')
    expect(firstOf(35)).toBe('2029-08-15')
  })

  it.each(['TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE', 'JOBBE_DELVIS', 'LITEN_MULIGHET_TIL_A_JOBBE'])(
    'is available for %s',
    (innsatsgruppe) => {
      expect(wage(firearig({ innsatsgruppe })).total).toBeGreaterThan(0)
    },
  )

  it.each(['GODE_MULIGHETER', 'TRENGER_VEILEDNING'])('is not available for %s', (innsatsgruppe) => {
    expect(errorFor(firearig({ innsatsgruppe }), 'innsatsgruppe')).toMatch(/^Fireårig lønnstilskudd gjelder bare/)
  })

  it('needs the person to be under 30 at start (a 30th birthday on the start date still qualifies)', () => {
    expect(wage(firearig({ birthDate: '1996-09-01' })).total).toBeGreaterThan(0)
    expect(errorFor(firearig({ birthDate: '1996-08-31' }), 'birthDate')).toBe(
      'Fireårig lønnstilskudd gjelder unge som ikke har fylt 30 år på startdatoen',
    )
  })

  it('lasts at most 4 years in a permanent position (FAST, also the default)', () => {
    expect(wage(firearig({ endDate: '2030-08-31' })).periods).toHaveLength(48)
    expect(wage(firearig({ positionType: undefined, endDate: '2030-08-31' })).rates.positionType).toBe('FAST')
    expect(errorFor(firearig({ endDate: '2030-09-01' }), 'endDate')).toBe(
      'Fireårig lønnstilskudd kan vare i inntil 4 år i fast stilling (siste mulige sluttdato er 31.08.2030)',
    )
  })

  it('lasts at most 2 years in a temporary position', () => {
    expect(wage(firearig({ positionType: 'MIDLERTIDIG', endDate: '2028-08-31' })).periods).toHaveLength(24)
    expect(errorFor(firearig({ positionType: 'MIDLERTIDIG', endDate: '2028-09-01' }), 'endDate')).toBe(
      'Fireårig lønnstilskudd kan vare i inntil 2 år i midlertidig stilling (siste mulige sluttdato er 31.08.2028)',
    )
  })

  it('refuses an unknown position type', () => {
    expect(errorFor(firearig({ positionType: 'VIKARIAT' }), 'positionType')).toBe('Stillingstype må være en av: FAST, MIDLERTIDIG')
  })

  it('starts on 1 August 2026 at the earliest and ends by 31 December 2032', () => {
    expect(wage(firearig({ startDate: '2026-08-01', endDate: '2026-12-31' })).total).toBeGreaterThan(0)
    expect(errorFor(firearig({ startDate: '2026-07-31', endDate: '2026-12-31' }), 'startDate')).toBe(
      'Fireårig lønnstilskudd kan tidligst starte 01.08.2026',
    )
    expect(wage(firearig({ startDate: '2030-01-01', endDate: '2032-12-31' })).total).toBeGreaterThan(0)
    expect(errorFor(firearig({ startDate: '2030-01-01', endDate: '2033-01-01' }), 'endDate')).toBe(
      'Fireårig lønnstilskudd kan vare til og med 31.12.2032 (forsøket slutter da)',
    )
  })

  it('says it cannot be used to keep an existing job', () => {
    expect(wage(firearig()).notes.join(' ')).toContain('kan ikke brukes for å beholde en jobb')
  })

  it('is capped at 5 G per calendar year', () => {
    const r = wage(firearig({ monthlyPay: 200_000, startDate: '2027-01-01', endDate: '2027-12-31' }))
    expect(r.total).toBe(5 * 136_549)
    expect(r.periods.some((p) => p.capped)).toBe(true)
  })
})
