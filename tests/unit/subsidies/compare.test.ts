import { describe, expect, it } from 'vitest'
import { compareSchemes, type SchemeComparison } from '../../../app/domain/subsidies'
import { ctx } from './helpers'

function compare(input: Record<string, unknown>) {
  const outcome = compareSchemes(input, ctx)
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors))
  return Object.fromEntries(outcome.value.schemes.map((s) => [s.scheme, s])) as Record<string, SchemeComparison>
}

const young = {
  innsatsgruppe: 'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
  birthDate: '2004-03-15',
  startDate: '01.09.2026',
  positionType: 'FAST',
  monthlyPay: 30_000,
  holidayPayRate: 12,
  pensionRate: 2,
  employerTaxZone: 'I',
}

describe('«Hvilke ordninger passer?» – comparing every scheme for one hire', () => {
  it('shows every scheme, eligible or not with the reason, and what NAV would cover', () => {
    const s = compare(young)
    expect(Object.keys(s)).toHaveLength(7)
    expect(s.MIDLERTIDIG_LONNSTILSKUDD).toMatchObject({ status: 'ELIGIBLE', endDate: '2028-08-31', length: 'Inntil 24 måneder' })
    expect(s.FIREARIG_LONNSTILSKUDD).toMatchObject({ status: 'ELIGIBLE', endDate: '2030-08-31' })
    expect(s.FIREARIG_LONNSTILSKUDD.rate).toBe('70 %, 60 % fra 01.09.2027, 50 % fra 01.09.2028, 35 % fra 01.09.2029')
    expect(s.VARIG_LONNSTILSKUDD.status).toBe('NOT_ELIGIBLE')
    expect(s.VARIG_LONNSTILSKUDD.reasons[0]).toMatch(/^Varig lønnstilskudd gjelder bare/)
    expect(s.VTAO.status).toBe('NOT_ELIGIBLE')
    expect(s.SOMMERJOBB).toMatchObject({ status: 'NOT_ELIGIBLE', reasons: ['Sommerjobb må starte mellom 1. juni og 31. august'] })
    expect(compare({ ...young, startDate: '2026-06-15' }).SOMMERJOBB).toMatchObject({
      status: 'ELIGIBLE',
      endDate: '2026-07-12',
      length: 'Inntil 4 uker, mellom 1. juni og 27. september',
    })
  })

  it('gives totals per year that add up to the total', () => {
    const s = compare(young)
    const m = s.MIDLERTIDIG_LONNSTILSKUDD
    expect(m.totalsByYear!.reduce((sum, y) => sum + y.total, 0)).toBe(m.total)
    expect(m.totalsByYear!.map((y) => y.year)).toEqual([2026, 2027, 2028])
  })

  it('asks for the mentor wage and adaptation costs instead of refusing, and uses them when given', () => {
    const without = compare(young)
    expect(without.MENTOR.status).toBe('NEEDS_INPUT')
    expect(without.INKLUDERINGSTILSKUDD).toMatchObject({ status: 'NEEDS_INPUT', maxAmount: 160_400 })
    const withNeeds = compare({
      ...young,
      needsMentor: true,
      mentorHourlyWage: 300,
      mentorHoursPerMonth: '10,5',
      needsAdaptation: true,
      adaptationCost: 200_000,
    })
    expect(withNeeds.MENTOR.status).toBe('ELIGIBLE')
    expect(withNeeds.MENTOR.calculatorValues).toMatchObject({ scheme: 'MENTOR', mentorWage: '300', hoursPerMonth: '10,5' })
    // above the maximum: shown with the maximum, and says NAV refuses more
    expect(withNeeds.INKLUDERINGSTILSKUDD).toMatchObject({ status: 'ELIGIBLE', total: 160_400 })
  })

  it('links each scheme to the full calculation with the answers filled in', () => {
    const s = compare(young)
    expect(s.FIREARIG_LONNSTILSKUDD.calculatorValues).toEqual({
      beregn: '1',
      scheme: 'FIREARIG_LONNSTILSKUDD',
      innsatsgruppe: 'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
      startDate: '01.09.2026',
      endDate: '31.08.2030',
      birthDate: '15.03.2004',
      payMode: 'monthly',
      monthlyPay: '30000',
      holidayPayRate: '12',
      pensionRate: '2',
      employerTaxZone: 'I',
      positionType: 'FAST',
    })
  })

  it('takes an age instead of a birth date, assuming the oldest person of that age', () => {
    const outcome = compareSchemes({ ...young, birthDate: undefined, age: 29 }, ctx)
    expect(outcome.ok && outcome.value.assumedBirthDate).toBe('1996-09-02')
    const s = compare({ ...young, birthDate: undefined, age: 30 })
    expect(s.FIREARIG_LONNSTILSKUDD.status).toBe('NOT_ELIGIBLE')
    expect(s.FIREARIG_LONNSTILSKUDD.calculatorValues.birthDate).toBeUndefined()
  })

  it('derives the monthly pay from a yearly full-time salary and the position percentage', () => {
    const outcome = compareSchemes({ ...young, monthlyPay: undefined, yearlyPay: 480_000, positionPercent: 50 }, ctx)
    expect(outcome.ok && outcome.value.monthlyPay).toBe(20_000)
  })

  it('refuses bad answers with field errors', () => {
    const outcome = compareSchemes({ innsatsgruppe: 'X', startDate: '31.02.2026', monthlyPay: -1 }, ctx)
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) {
      expect(outcome.errors.map((e) => e.field).sort()).toEqual(['innsatsgruppe', 'monthlyPay', 'startDate'])
      expect(outcome.errors.find((e) => e.field === 'startDate')!.message).toBe('Startdato må være en gyldig dato (dd.mm.åååå)')
    }
    expect(compareSchemes(null, ctx).ok).toBe(false)
    expect(compareSchemes({}, ctx)).toEqual({
      ok: false,
      errors: [
        { field: 'innsatsgruppe', message: 'Velg innsatsgruppe' },
        { field: 'startDate', message: 'Startdato mangler' },
      ],
    })
  })
})
