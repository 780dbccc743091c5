import { describe, expect, it } from 'vitest'
import { errorFor, errors, inclusion, inkluderingstilskudd } from './helpers'

describe('inkluderingstilskudd', () => {
  it('sums the documented expenses, with no monthly cost', () => {
    const r = inclusion(inkluderingstilskudd())
    expect(r.total).toBe(35_000)
    expect(r.maxAmount).toBe(154_800)
    expect('monthlyCost' in r).toBe(false)
    expect(r.periods).toHaveLength(1)
    expect(r.periods[0]).toMatchObject({ from: '2025-01-01', to: '2025-12-31', amount: 35_000 })
  })

  it('is not available for «Gode muligheter»', () => {
    expect(errorFor(inkluderingstilskudd({ innsatsgruppe: 'GODE_MULIGHETER' }), 'innsatsgruppe')).toBe(
      'Inkluderingstilskudd gjelder ikke for innsatsgruppen «Gode muligheter»',
    )
  })

  it('may end on start + 12 months (one day more than the other schemes), not later', () => {
    expect(inclusion(inkluderingstilskudd({ endDate: '2026-01-01' })).total).toBe(35_000)
    expect(errorFor(inkluderingstilskudd({ endDate: '2026-01-02' }), 'endDate')).toBe(
      'Inkluderingstilskudd kan vare i inntil 12 måneder (siste mulige sluttdato er 01.01.2026)',
    )
  })

  it('spreads the amount over the calendar years the period runs into, by days', () => {
    const r = inclusion(
      inkluderingstilskudd({ startDate: '2025-07-01', endDate: '2026-06-30', expenses: [{ category: 'UTSTYR', amount: 36_500 }] }),
    )
    expect(r.periods.map((p) => [p.from, p.to, p.amount])).toEqual([
      ['2025-07-01', '2025-12-31', Math.round((36_500 * 184) / 365)],
      ['2026-01-01', '2026-06-30', 36_500 - Math.round((36_500 * 184) / 365)],
    ])
    expect(r.total).toBe(36_500)
  })

  it('refuses a sum above the maximum, but calculates with the maximum when asked to', () => {
    const over = inkluderingstilskudd({ expenses: [{ category: 'UTSTYR', amount: 200_000 }] })
    expect(errorFor(over, 'expenses')).toMatch(/^Inkluderingstilskudd kan være på høyst 154\s800 kr/)
    const capped = inclusion({ ...over, capAtMaximum: true })
    expect(capped.total).toBe(154_800)
    expect(capped.cappedAtMaximum).toBe(true)
    expect(capped.warnings[0]).toContain('over maksimumsbeløpet')
  })

  describe('yearly maximum by the end date’s year', () => {
    const oneExpense = (amount: number, startDate: string, endDate: string) =>
      inkluderingstilskudd({ startDate, endDate, expenses: [{ category: 'UTSTYR', amount }] })

    it.each([
      ['2021-03-01', '2021-12-31', 143_900],
      ['2023-01-01', '2023-12-31', 143_900],
      ['2024-01-01', '2024-12-31', 149_100],
      ['2025-01-01', '2025-12-31', 154_800],
      ['2026-01-01', '2026-12-31', 160_400],
      ['2027-01-01', '2027-12-31', 160_400],
    ])('from %s to %s the maximum is %i', (start, end, max) => {
      expect(inclusion(oneExpense(max, start, end)).maxAmount).toBe(max)
      expect(errorFor(oneExpense(max + 1, start, end), 'expenses')).toContain(
        `høyst ${max.toLocaleString('nb-NO').replace(/\s/g, '\u00a0')} kr`,
      )
    })

    it('uses the end date’s year, not the start date’s', () => {
      // starts in 2024 (149 100) but ends in 2025 (154 800)
      expect(inclusion(oneExpense(154_800, '2024-07-01', '2025-06-30')).maxAmount).toBe(154_800)
      expect(errorFor(oneExpense(154_801, '2024-07-01', '2025-06-30'), 'expenses')).toBe(
        'Inkluderingstilskudd kan være på høyst 154\u00a0800 kr for avtaler som slutter i 2025 (summen av utgiftene er 154\u00a0801 kr)',
      )
    })
  })

  describe('expenses', () => {
    it('allows each category at most once', () => {
      const input = inkluderingstilskudd({
        expenses: [
          { category: 'UTSTYR', amount: 1_000 },
          { category: 'PROGRAMVARE', amount: 1_000 },
          { category: 'UTSTYR', amount: 2_000 },
        ],
      })
      expect(errors(input)).toEqual([
        {
          field: 'expenses.2.category',
          message: 'Hver utgiftskategori kan bare brukes én gang («Utstyr» er valgt flere ganger)',
        },
      ])
    })

    it('accepts all seven categories once each', () => {
      const categories = [
        'TILRETTELEGGINGSBEHOV',
        'TILTAKSPLASS',
        'UTSTYR',
        'ARBEIDSHJELPEMIDLER',
        'PROGRAMVARE',
        'FORSIKRING_LISENS_SERTIFISERING',
        'OPPLAERING',
      ]
      const r = inclusion(inkluderingstilskudd({ expenses: categories.map((category) => ({ category, amount: 10_000 })) }))
      expect(r.total).toBe(70_000)
    })

    it('needs at least one expense', () => {
      expect(errorFor(inkluderingstilskudd({ expenses: [] }), 'expenses')).toBe('Legg inn minst én utgift')
      expect(errorFor(inkluderingstilskudd({ expenses: undefined }), 'expenses')).toBe('Legg inn minst én utgift')
    })

    it('refuses unknown categories, negative and fractional amounts', () => {
      const errs = errors(
        inkluderingstilskudd({
          expenses: [
            { category: 'KAFFE', amount: 10 },
            { category: 'UTSTYR', amount: -5 },
            { category: 'OPPLAERING', amount: 10.5 },
            { category: 'PROGRAMVARE' },
          ],
        }),
      )
      expect(errs.map((e) => e.field)).toEqual(['expenses.0.category', 'expenses.1.amount', 'expenses.2.amount', 'expenses.3.amount'])
      expect(errs[1].message).toBe('Beløpet kan ikke være mindre enn 0')
      expect(errs[2].message).toBe('Beløpet må oppgis i hele kroner')
      expect(errs[3].message).toBe('Beløpet mangler')
    })
  })
})
