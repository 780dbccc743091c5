import { parseWithZod } from '@conform-to/zod'
import { describe, expect, it } from 'vitest'
import { NewRateSchema } from '~/domain/subsidies/rate-input'

/** The admin's rate form: one schema holds every rule that needs no database (issue 13 part 2). */
const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return parseWithZod(data, { schema: NewRateSchema })
}
const errorsOf = (fields: Record<string, string>) => {
  const submission = form(fields)
  return submission.status === 'success' ? undefined : submission.error
}

describe('NewRateSchema', () => {
  it('takes «14,1» and dd.mm.åååå as typed on the page', () => {
    const parsed = form({ kind: 'ARBEIDSGIVERAVGIFT', zone: 'I', validFrom: '01.01.2027', value: '14,1', source: 'Stortingsvedtak' })
    expect(parsed.status === 'success' && parsed.value).toEqual({
      kind: 'ARBEIDSGIVERAVGIFT',
      zone: 'I',
      validFrom: '2027-01-01',
      value: 14.1,
      source: 'Stortingsvedtak',
    })
    const g = form({ kind: 'GRUNNBELOP', validFrom: '2027-05-01', value: '140 000', source: 'Trygdeoppgjøret' })
    expect(g.status === 'success' && g.value.value).toBe(140_000)
  })

  it('refuses a missing zone, a rate out of range, a missing source and dates that are not 1 January for yearly amounts', () => {
    const aga = errorsOf({ kind: 'ARBEIDSGIVERAVGIFT', validFrom: '2027-01-01', value: '101', source: 'Kilde her' })
    expect(Object.keys(aga ?? {}).sort()).toEqual(['value', 'zone'])
    expect(errorsOf({ kind: 'GRUNNBELOP', validFrom: '2027-05-01', value: '1', source: '' })?.source).toEqual([
      'Oppgi kilden (for eksempel nettside eller vedtak).',
    ])
    expect(
      errorsOf({ kind: 'INKLUDERINGSTILSKUDD_MAKS', validFrom: '2027-03-01', value: '170000', source: 'nav.no x' })?.validFrom,
    ).toEqual(['Maksimumsbeløpet for inkluderingstilskudd gjelder fra 1. januar.'])
    expect(errorsOf({ kind: 'VTAO_MANEDSBELOP', validFrom: '2027-02-01', value: '7500', source: 'Test-vedtak' })?.validFrom).toHaveLength(1)
    expect(errorsOf({ kind: 'GRUNNBELOP', validFrom: '31.02.2027', value: '1', source: 'Kilde her' })?.validFrom).toEqual([
      'Skriv en gyldig dato.',
    ])
  })
})
