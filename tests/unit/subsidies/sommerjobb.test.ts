import { describe, expect, it } from 'vitest'
import { errorFor, errors, sommerjobb, wage } from './helpers'

describe('tilskudd til sommerjobb', () => {
  describe('eligibility and rate', () => {
    it('is not available for «Gode muligheter»', () => {
      expect(errorFor(sommerjobb({ innsatsgruppe: 'GODE_MULIGHETER' }), 'innsatsgruppe')).toBe(
        'Tilskudd til sommerjobb gjelder ikke for innsatsgruppen «Gode muligheter»',
      )
    })

    it('pays 50 % for «Trenger veiledning» and 75 % with nedsatt arbeidsevne', () => {
      expect(wage(sommerjobb()).periods[0].percent).toBe(50)
      for (const innsatsgruppe of ['TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE', 'JOBBE_DELVIS', 'LITEN_MULIGHET_TIL_A_JOBBE']) {
        const r = wage(sommerjobb({ innsatsgruppe }))
        expect(r.periods[0]).toMatchObject({ percent: 75, monthlyAmount: 24_809 }) // 75 % of 33 078 = 24 808.5
      }
    })

    it('has no step-down', () => {
      expect(wage(sommerjobb()).periods.every((p) => p.percent === 50 && !p.stepDown)).toBe(true)
    })
  })

  describe('date window', () => {
    it('must start between 1 June and 31 August', () => {
      expect(errorFor(sommerjobb({ startDate: '2025-05-31', endDate: '2025-06-20' }), 'startDate')).toBe(
        'Sommerjobb må starte mellom 1. juni og 31. august',
      )
      expect(wage(sommerjobb({ startDate: '2025-06-01', endDate: '2025-06-28' })).total).toBeGreaterThan(0)
      expect(wage(sommerjobb({ startDate: '2025-08-31', endDate: '2025-09-27' })).total).toBeGreaterThan(0)
      expect(errorFor(sommerjobb({ startDate: '2025-09-01', endDate: '2025-09-20' }), 'startDate')).toBe(
        'Sommerjobb må starte mellom 1. juni og 31. august',
      )
    })

    it('must end by 27 September the same year', () => {
      expect(errorFor(sommerjobb({ startDate: '2025-08-31', endDate: '2025-09-28' }), 'endDate')).toBe(
        'Sommerjobb må være ferdig senest 27. september samme år',
      )
    })

    it('lasts at most 4 weeks (end ≤ start + 27 days)', () => {
      expect(wage(sommerjobb({ startDate: '2025-06-01', endDate: '2025-06-28' })).periods[0].days).toBe(28)
      expect(errorFor(sommerjobb({ startDate: '2025-06-01', endDate: '2025-06-29' }), 'endDate')).toBe(
        'Sommerjobb kan vare i inntil 4 uker (siste mulige sluttdato er 28.06.2025)',
      )
    })

    it('names both end-date rules when both are broken', () => {
      const messages = errors(sommerjobb({ startDate: '2025-08-20', endDate: '2025-10-01' }))
        .filter((e) => e.field === 'endDate')
        .map((e) => e.message)
      expect(messages).toHaveLength(2)
    })
  })

  describe('at least 16 and not yet 30 at start', () => {
    it('accepts 16 on the start date and refuses 15', () => {
      expect(wage(sommerjobb({ startDate: '2025-06-01', endDate: '2025-06-28', birthDate: '2009-06-01' })).total).toBeGreaterThan(0)
      expect(errorFor(sommerjobb({ startDate: '2025-06-01', endDate: '2025-06-28', birthDate: '2009-06-02' }), 'birthDate')).toBe(
        'Deltakeren må ha fylt 16 år på startdatoen',
      )
    })

    it('accepts someone turning 30 on the start date (birthDate ≥ start − 30 years) and refuses a day older', () => {
      expect(wage(sommerjobb({ startDate: '2025-06-01', endDate: '2025-06-28', birthDate: '1995-06-01' })).total).toBeGreaterThan(0)
      expect(errorFor(sommerjobb({ startDate: '2025-06-01', endDate: '2025-06-28', birthDate: '1995-05-31' }), 'birthDate')).toBe(
        'Tilskudd til sommerjobb gjelder unge som ikke har fylt 30 år på startdatoen',
      )
    })

    it('reminds about the age rule when no birth date is given', () => {
      expect(wage(sommerjobb()).notes).toContain(
        'Deltakeren må ha fylt 16 år og ikke ha fylt 30 år på startdatoen (30-årsdagen på startdatoen går an).',
      )
    })
  })
})
