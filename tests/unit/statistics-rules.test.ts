import { describe, expect, it } from 'vitest'
import { ipsCaseloadScore } from '~/domain/statistics/caseload'
import { defaultPeriod, monthLabel, monthsBetween, parseStatsQuery } from '~/domain/statistics/period'
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
})

describe('CSV for Norwegian Excel', () => {
  it('has a BOM, semicolons, decimal commas and the suppressed texts', () => {
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
        [{ value: 3 }, { value: 1500000, units: 3 }],
        [{ value: 12 }, { value: 2500000, units: 12 }],
      ],
      colTotals: [{ value: 15 }, { value: 4000000, units: 15 }],
      chartColumn: 0,
    })
    const csv = tableToCsv(table)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Måned;Antall;Beløp',
      '"januar; 2026";<5;<5',
      "'=SUM(A1);skjult;skjult",
      'Totalt;15;4000000',
      '',
    ])
  })
})
