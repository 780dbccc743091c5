import { describe, expect, it } from 'vitest'
import { calculateSubsidy, DEFAULT_RATES } from '../../../app/domain/subsidies'
import { calc, errorFor, errors, midlertidig, wage } from './helpers'

describe('rules shared by all schemes', () => {
  it('refuses an end date before the start date', () => {
    expect(errorFor(midlertidig({ startDate: '2026-02-01', endDate: '2026-01-31' }), 'endDate')).toBe(
      'Sluttdato kan ikke være før startdato',
    )
  })

  it('accepts a one-day agreement', () => {
    const r = wage(midlertidig({ startDate: '2026-01-01', endDate: '2026-01-01' }))
    expect(r.periods).toEqual([expect.objectContaining({ from: '2026-01-01', to: '2026-01-01', days: 1, amount: 343 })])
  })

  describe('age: at least 16 on the start date, not turned 72 by the end date (when a birth date is given)', () => {
    it('checks the 16-year minimum on the start date, not the end date', () => {
      // 16 on the start date 2026-01-01
      expect(wage(midlertidig({ birthDate: '2010-01-01' })).total).toBeGreaterThan(0)
      // 16 on the end date but only 15 on the start date: refused
      expect(errorFor(midlertidig({ birthDate: '2010-12-31' }), 'birthDate')).toBe('Deltakeren må ha fylt 16 år på startdatoen')
    })

    it('refuses someone whose 72nd birthday is the end date (birthDate + 72 years > endDate)', () => {
      // end date 2026-12-31: turns 72 the day after → accepted
      expect(wage(midlertidig({ birthDate: '1955-01-01' })).total).toBeGreaterThan(0)
      expect(errorFor(midlertidig({ birthDate: '1954-12-31' }), 'birthDate')).toBe(
        'Deltakeren kan ikke ha fylt 72 år på sluttdatoen (fyller 72 år 31.12.2026)',
      )
      // 72 during the period, before the end date: refused (was accepted before the correction)
      expect(errorFor(midlertidig({ birthDate: '1954-06-01' }), 'birthDate')).toMatch(/^Deltakeren kan ikke ha fylt 72 år/)
    })

    it('handles a 29 February birthday as NAV does (+ N years lands on 28 February in common years)', () => {
      const input = { startDate: '2024-02-28', endDate: '2024-06-30', birthDate: '2008-02-29' }
      expect(errorFor(midlertidig(input), 'birthDate')).toBe('Deltakeren må ha fylt 16 år på startdatoen')
      expect(wage(midlertidig({ ...input, startDate: '2024-02-29' })).total).toBeGreaterThan(0)
      // born 1952-02-29 turns 72 on 2024-02-29; born 1953-02-28 … and 1954-02-28 + 72 years = 2026-02-28
      expect(errorFor(midlertidig({ startDate: '2026-01-01', endDate: '2026-02-28', birthDate: '1954-02-28' }), 'birthDate')).toMatch(/72/)
      expect(wage(midlertidig({ startDate: '2026-01-01', endDate: '2026-02-27', birthDate: '1954-02-28' })).total).toBeGreaterThan(0)
    })

    it('applies the 72-year limit to midlertidig, varig, mentor and inkluderingstilskudd', () => {
      for (const scheme of ['MIDLERTIDIG_LONNSTILSKUDD', 'VARIG_LONNSTILSKUDD', 'MENTOR', 'INKLUDERINGSTILSKUDD']) {
        const msg = errorFor(
          {
            scheme,
            innsatsgruppe: 'JOBBE_DELVIS',
            startDate: '2026-01-01',
            endDate: '2026-03-31',
            birthDate: '1954-03-31',
          },
          'birthDate',
        )
        expect(msg).toBe('Deltakeren kan ikke ha fylt 72 år på sluttdatoen (fyller 72 år 31.03.2026)')
      }
    })

    it('applies the 16-year minimum to every scheme', () => {
      for (const scheme of ['SOMMERJOBB', 'FIREARIG_LONNSTILSKUDD', 'VTAO', 'MENTOR']) {
        const msg = errorFor(
          {
            scheme,
            innsatsgruppe: 'JOBBE_DELVIS',
            startDate: '2026-08-01',
            endDate: '2026-08-20',
            birthDate: '2010-08-02',
          },
          'birthDate',
        )
        expect(msg).toBe('Deltakeren må ha fylt 16 år på startdatoen')
      }
    })
  })

  describe('employer tax zone', () => {
    it('resolves the zone from a kommunenummer', () => {
      const r = wage(midlertidig({ employerTaxZone: undefined, kommunenummer: '5601' }))
      expect(r.rates.employerTaxZone).toBe('V')
      expect(r.monthlyCost.employerTax).toBe(0)
      expect(r.notes).toContain('Arbeidsgiveravgiftssone V er hentet fra kommunenummer 5601.')
    })

    it('refuses an unknown kommunenummer', () => {
      expect(errorFor(midlertidig({ employerTaxZone: undefined, kommunenummer: '9999' }), 'kommunenummer')).toBe(
        'Fant ingen kommune med kommunenummer 9999',
      )
      expect(errorFor(midlertidig({ employerTaxZone: undefined, kommunenummer: '301' }), 'kommunenummer')).toBe(
        'Kommunenummer må være fire siffer',
      )
    })

    it('needs a zone or a kommunenummer', () => {
      expect(errorFor(midlertidig({ employerTaxZone: undefined }), 'employerTaxZone')).toBe(
        'Velg arbeidsgiveravgiftssone eller oppgi kommunenummer',
      )
    })

    it('uses each zone’s rate', () => {
      const rates: Record<string, number> = { I: 14.1, Ia: 10.6, II: 10.6, III: 6.4, IV: 5.1, IVa: 7.9, V: 0 }
      for (const [zone, rate] of Object.entries(rates)) {
        expect(wage(midlertidig({ employerTaxZone: zone })).rates.employerTaxRate).toBe(rate)
      }
    })

    it('says the zone Ia exceptions are out of scope', () => {
      expect(wage(midlertidig({ employerTaxZone: 'Ia' })).notes.join(' ')).toContain('Fribeløpet i sone Ia')
    })
  })

  it('defaults holiday pay to 10.2 % and OTP to 2 %, and says so', () => {
    const r = wage(midlertidig({ holidayPayRate: undefined, pensionRate: undefined }))
    expect(r.rates).toMatchObject({ holidayPayRate: 10.2, pensionRate: 2 })
    expect(r.notes.some((n) => n.startsWith('Feriepenger er satt til 10,2 %'))).toBe(true)
  })
})

describe('bad input is refused with field errors, never an exception', () => {
  it('refuses a body that is not an object', () => {
    for (const body of [null, undefined, 42, 'x', [], true]) {
      const outcome = calculateSubsidy(body, { rates: DEFAULT_RATES })
      expect(outcome.ok).toBe(false)
    }
  })

  it('names every missing required field', () => {
    expect(errors({}).map((e) => e.field)).toEqual(['scheme', 'innsatsgruppe', 'startDate', 'endDate'])
  })

  it('refuses unknown codes', () => {
    expect(errorFor(midlertidig({ scheme: 'LONN' }), 'scheme')).toMatch(/^Ordning må være en av/)
    expect(errorFor(midlertidig({ innsatsgruppe: 'X' }), 'innsatsgruppe')).toMatch(/^Innsatsgruppe må være en av/)
    expect(errorFor(midlertidig({ employerTaxZone: 'VI' }), 'employerTaxZone')).toMatch(/^Arbeidsgiveravgiftssone må være en av/)
  })

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', 'i morgen', '2025-02-29'])('refuses the impossible date %s', (startDate) => {
    expect(errorFor(midlertidig({ startDate }), 'startDate')).toBe('Startdato må være en gyldig dato (ÅÅÅÅ-MM-DD)')
  })

  it('names the format the input writes dates in: the calculator page’s fields take dd.mm.åååå', () => {
    const outcome = calculateSubsidy(midlertidig({ startDate: '2026-02-30' }), { rates: DEFAULT_RATES, dateFormat: 'dd.mm.åååå' })
    expect(outcome.ok === false && outcome.errors.find((e) => e.field === 'startDate')?.message).toBe(
      'Startdato må være en gyldig dato (dd.mm.åååå)',
    )
  })

  it('refuses dates outside 2000–2100', () => {
    expect(errorFor(midlertidig({ startDate: '1999-12-31' }), 'startDate')).toBe('Startdato må være mellom år 2000 og 2100')
  })

  it('refuses non-numbers, negative amounts and fractions of a krone', () => {
    expect(errorFor(midlertidig({ monthlyPay: 'mye' }), 'monthlyPay')).toBe('Månedslønn må være et tall')
    expect(errorFor(midlertidig({ monthlyPay: {} }), 'monthlyPay')).toBe('Månedslønn må være et tall')
    expect(errorFor(midlertidig({ monthlyPay: -1 }), 'monthlyPay')).toBe('Månedslønn kan ikke være mindre enn 0')
    expect(errorFor(midlertidig({ monthlyPay: 100.5 }), 'monthlyPay')).toBe('Månedslønn må oppgis i hele kroner')
    expect(errorFor(midlertidig({ monthlyPay: 1e12 }), 'monthlyPay')).toMatch(/^Månedslønn kan være høyst/)
  })

  it('accepts numeric strings as the web form sends them («41 667», «10,2»)', () => {
    const r = wage(midlertidig({ monthlyPay: '20 000', holidayPayRate: '12', pensionRate: '2,0' }))
    expect(r.monthlyCost.total).toBe(26_070)
  })

  it('only accepts the holiday pay rates 0, 10.2, 12, 12.5 and 14.3', () => {
    for (const holidayPayRate of [0, 10.2, 12, 12.5, 14.3]) {
      expect(calc(midlertidig({ holidayPayRate })).ok).toBe(true)
    }
    expect(errorFor(midlertidig({ holidayPayRate: 11 }), 'holidayPayRate')).toBe(
      'Feriepengesatsen må være 0, 10,2, 12, 12,5 eller 14,3 prosent',
    )
  })

  it('limits OTP to 0–30 %', () => {
    expect(calc(midlertidig({ pensionRate: 30 })).ok).toBe(true)
    expect(errorFor(midlertidig({ pensionRate: 30.5 }), 'pensionRate')).toBe('Pensjonssats (OTP) kan være høyst 30 %')
    expect(errorFor(midlertidig({ pensionRate: 2.345 }), 'pensionRate')).toBe('Pensjonssats (OTP) kan ha høyst 2 desimaler')
  })

  it('ignores fields that do not belong to the scheme', () => {
    expect(calc(midlertidig({ expenses: [{ category: 'UTSTYR', amount: 1 }], hourlyWage: 300, foo: 'bar' })).ok).toBe(true)
  })
})
