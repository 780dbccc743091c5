import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  ageOn,
  daysBetween,
  endOfOsloDay,
  formatDateLongNb,
  formatDateNb,
  formatMonthNb,
  isIsoDate,
  nextDay,
  parseNorwegianDate,
  startOfMonth,
} from '~/domain/dates'
import { formatAmount, formatKroner } from '~/utils/money'

describe('dates', () => {
  it('accepts only real calendar days as ISO dates', () => {
    expect(['2024-02-29', '2026-12-31'].map(isIsoDate)).toEqual([true, true])
    expect(['2025-02-29', '2026-13-01', '2026-1-01', '2026-01', '31.12.2026', ''].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
    expect(parseNorwegianDate(' 1.2.2027 ')).toBe('2027-02-01')
    expect(parseNorwegianDate('31.02.2027')).toBeNull()
  })

  it('adds days and calendar months, clamping to the end of the month, across DST and year ends', () => {
    expect(addDays('2026-03-28', 3)).toBe('2026-03-31')
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(nextDay('2024-02-28')).toBe('2024-02-29')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28')
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15')
    expect(startOfMonth('2026-11-17', -11)).toBe('2025-12-01')
  })

  it('counts calendar days between dates (a timestamp counts by its date part)', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30)
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30)
    expect(daysBetween('2026-10-20T23:59:00.000Z', '2026-10-30')).toBe(10)
  })

  it('gives age in whole years; a 29 February birthday counts from 1 March in common years', () => {
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24)
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25)
    expect(ageOn('1990-06-15', '2026-06-14')).toBe(35)
    expect(ageOn('1990-06-15', '2026-06-15')).toBe(36)
  })

  it('ends a Norwegian day at local midnight, summer and winter', () => {
    expect(endOfOsloDay('2026-11-29')).toBe('2026-11-29T23:00:00.000Z')
    expect(endOfOsloDay('2026-07-29')).toBe('2026-07-29T22:00:00.000Z')
  })

  it('formats bokmål dates and months', () => {
    expect(formatDateNb('2027-12-31')).toBe('31.12.2027')
    expect(formatDateLongNb('2025-05-01')).toBe('1. mai 2025')
    expect(formatMonthNb('2026-01')).toBe('januar 2026')
    expect(formatMonthNb('2026-12-24')).toBe('desember 2026')
  })
})

describe('money', () => {
  it('groups kroner with a no-break space and a real minus sign', () => {
    expect(formatAmount(154800)).toBe('154\u00a0800')
    expect(formatAmount(-1234.5)).toBe('−1\u00a0234,5')
    expect(formatAmount(0)).toBe('0')
    expect(formatKroner(12345)).toBe('12\u00a0345 kr')
  })
})
