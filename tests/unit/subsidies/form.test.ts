import { describe, expect, it } from 'vitest'
import { calculateSubsidy, DEFAULT_RATES, formValuesFrom, normaliseDate, requestFromForm } from '../../../app/domain/subsidies'

describe('calculator form ↔ request', () => {
  it('reads dd.mm.åååå and ISO dates', () => {
    expect(normaliseDate('1.2.2026')).toBe('2026-02-01')
    expect(normaliseDate('31.01.2026')).toBe('2026-01-31')
    expect(normaliseDate('2026-01-31')).toBe('2026-01-31')
  })

  it('derives monthly pay from a yearly full-time salary and a percentage (worked example 2)', () => {
    const values = formValuesFrom(
      new URLSearchParams(
        'scheme=MIDLERTIDIG_LONNSTILSKUDD&innsatsgruppe=JOBBE_DELVIS&startDate=01.01.2026&endDate=31.12.2027&payMode=yearly&yearlyPay=500000&positionPercent=100&holidayPayRate=10.2&pensionRate=2&employerTaxZone=I',
      ),
    )
    const form = requestFromForm(values)
    expect(form.request.monthlyPay).toBe(41_667)
    const outcome = calculateSubsidy(form.request, { rates: DEFAULT_RATES })
    expect(outcome.ok && outcome.result.total).toBe(705_396)
  })

  it('derives the mentor hourly wage and maps errors back to the form fields', () => {
    const form = requestFromForm({
      scheme: 'MENTOR',
      mentorWage: '48750',
      mentorWagePeriod: 'MONTH',
      mentorPositionPercent: '100',
      hoursPerMonth: '20',
    })
    expect(form.request.hourlyWage).toBe(300)
    expect(form.fieldFor('hourlyWage')).toBe('mentorWage')
  })

  it('builds one expense per category and maps expense errors to their field', () => {
    const form = requestFromForm({ scheme: 'INKLUDERINGSTILSKUDD', expense_UTSTYR: '1000', expense_OPPLAERING: '-5' })
    expect(form.request.expenses).toEqual([
      { category: 'UTSTYR', amount: '1000' },
      { category: 'OPPLAERING', amount: '-5' },
    ])
    expect(form.fieldFor('expenses.1.amount')).toBe('expense_OPPLAERING')
  })

  it('reports a missing yearly salary on its own field', () => {
    const form = requestFromForm({ scheme: 'SOMMERJOBB', payMode: 'yearly', positionPercent: '50' })
    expect(form.errors).toEqual([{ field: 'yearlyPay', message: 'Årslønn mangler' }])
    expect(form.fieldFor('monthlyPay')).toBe('yearlyPay')
  })
})
