import { describe, expect, it } from 'vitest'
import { ipsCaseloadScore } from '~/domain/statistics/caseload'
import {
  defaultPeriod,
  monthLabel,
  monthsBetween,
  parseStatsQuery,
  presetPeriod,
  samePeriodLastYear,
  typedDateText,
} from '~/domain/statistics/period'
import { SUPPRESSION_NOTES } from '~/domain/statistics/suppression'
import { publishTable, tableToCsv } from '~/domain/statistics/table'

describe('IPS caseload bands', () => {
  it('scores caseload size on the fidelity scale', () => {
    expect([0, 20, 21, 25, 26, 30, 31, 40, 41, 90].map(ipsCaseloadScore)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1])
  })
})

describe('period', () => {
  it('defaults to the last 12 months and lists whole months', () => {
    expect(defaultPeriod('2026-11-22')).toEqual({ from: '2025-12-01', to: '2026-11-22' })
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthLabel('2026-01')).toBe('januar 2026')
  })

  it('gives bokmål field errors for bad parameters and keeps what was typed', () => {
    const result = parseStatsQuery(new URLSearchParams('from=2026-02-30&to=2025-01-01&groupBy=kommune&utvalg=LO'), '2026-11-22')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { field: 'from', message: 'Fra-dato finnes ikke i kalenderen.' },
        { field: 'groupBy', message: expect.stringContaining('Velg en fordeling') },
        { field: 'utvalg', message: expect.stringContaining('Velg utvalg') },
      ]),
    )
    expect(result.submitted.from).toBe('2026-02-30')
    const backwards = parseStatsQuery(new URLSearchParams('from=2026-05-01&to=2026-01-01'), '2026-11-22')
    expect(backwards.ok ? [] : backwards.errors).toEqual([{ field: 'to', message: 'Til-dato må være samme dag som eller etter fra-dato.' }])
    const tooLong = parseStatsQuery(new URLSearchParams('from=2010-01-01&to=2026-01-01'), '2026-11-22')
    expect(tooLong.ok ? [] : tooLong.errors.map((e) => e.field)).toEqual(['to'])
  })

  it('takes dates typed as dd.mm.åååå (ISO still accepted) and shows them back that way', () => {
    const typed = parseStatsQuery(new URLSearchParams('from=01.02.2026&to=5.3.2026'), '2026-11-22')
    expect(typed.ok && [typed.value.from, typed.value.to]).toEqual(['2026-02-01', '2026-03-05'])
    const iso = parseStatsQuery(new URLSearchParams('from=2026-02-01&to=2026-03-05'), '2026-11-22')
    expect(iso.ok && [iso.value.from, iso.value.to]).toEqual(['2026-02-01', '2026-03-05'])
    expect(typedDateText('2026-02-01')).toBe('01.02.2026')
    const wrong = parseStatsQuery(new URLSearchParams('from=31.02.2026&to=i går'), '2026-11-22')
    expect(wrong.ok ? [] : wrong.errors).toEqual([
      { field: 'from', message: 'Fra-dato finnes ikke i kalenderen.' },
      { field: 'to', message: 'Skriv til-dato som dd.mm.åååå, for eksempel 01.01.2026.' },
    ])
    expect(wrong.ok ? null : wrong.submitted).toMatchObject({ from: '31.02.2026', to: 'i går' })
  })

  it('computes the presets from today (the app clock), and the same period last year', () => {
    const today = '2026-02-10'
    expect(presetPeriod('hittil-i-ar', today)).toEqual({ from: '2026-01-01', to: '2026-02-10' })
    expect(presetPeriod('siste-12-maneder', today)).toEqual({ from: '2025-03-01', to: '2026-02-10' })
    expect(presetPeriod('forrige-kvartal', today)).toEqual({ from: '2025-10-01', to: '2025-12-31' })
    expect(presetPeriod('forrige-ar', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(presetPeriod('forrige-kvartal', '2028-05-31')).toEqual({ from: '2028-01-01', to: '2028-03-31' })
    // A preset wins over typed dates.
    const q = parseStatsQuery(new URLSearchParams('preset=forrige-ar&from=01.01.2020&to=02.01.2020'), today)
    expect(q.ok && [q.value.from, q.value.to]).toEqual(['2025-01-01', '2025-12-31'])
    expect(samePeriodLastYear({ from: '2028-02-29', to: '2028-12-31' })).toEqual({ from: '2027-02-28', to: '2027-12-31' })
  })
})

describe('CSV for Norwegian Excel', () => {
  it('has a BOM, semicolons, decimal commas, and reason codes (never number-like text) for hidden figures', () => {
    const table = publishTable({
      id: 't',
      title: 'T',
      description: '',
      rowHeader: 'Måned',
      rows: [
        { key: 'a', label: 'januar; 2026' },
        { key: 'b', label: '=SUM(A1)' },
      ],
      columns: [
        { key: 'x', label: 'Antall', unit: 'count' },
        { key: 'y', label: 'Beløp', unit: 'kroner' },
      ],
      cells: [
        [{ value: 3 }, { value: 1500000, units: 3, amount: true }],
        [{ value: 12 }, { value: 2500000, units: 12, amount: true }],
      ],
      colTotals: [{ value: 15 }, { value: 4000000, units: 15, amount: true }],
      chartColumn: 0,
    })
    const csv = tableToCsv(table)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Måned;Antall;Beløp',
      '"januar; 2026";under_5;few_people',
      "'=SUM(A1);secondary;secondary",
      'Totalt;15;4000000',
      '',
      'Kode for skjult tall;Forklaring',
      `under_5;${SUPPRESSION_NOTES.under_5}`,
      `few_people;${SUPPRESSION_NOTES.few_people}`,
      `secondary;${SUPPRESSION_NOTES.secondary}`,
      '',
    ])
  })
})
