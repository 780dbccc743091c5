/** Helpers that shape a result for display (per-year totals, month rows). */
import { formatIso, parseIsoDate, yearOf } from './dates'
import type { SubsidyPeriod } from './types'

export interface YearTotal {
  year: number
  total: number
  /** True when any piece that year was cut by the 5 G cap. */
  capped: boolean
}

/** Totals per calendar year (a piece is counted in the year of its first day). */
export function totalsByYear(periods: readonly SubsidyPeriod[]): YearTotal[] {
  const byYear = new Map<number, YearTotal>()
  for (const p of periods) {
    const year = yearOf(p.from)
    const row = byYear.get(year) ?? { year, total: 0, capped: false }
    row.total += p.amount
    row.capped ||= Boolean(p.capped)
    byYear.set(year, row)
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year)
}

export interface MonthRow {
  /** `YYYY-MM` */
  month: string
  /** First day of the month (ISO), handy for formatting. */
  monthStart: string
  amount: number
  pieces: SubsidyPeriod[]
  stepDown: boolean
  capped: boolean
}

/** Groups pieces by calendar month (a step-down inside a month gives two pieces in one row). */
export function monthRows(periods: readonly SubsidyPeriod[]): MonthRow[] {
  const rows: MonthRow[] = []
  for (const p of periods) {
    const { y, m } = parseIsoDate(p.from)!
    const monthStart = formatIso({ y, m, d: 1 })
    const month = monthStart.slice(0, 7)
    let row = rows[rows.length - 1]
    if (!row || row.month !== month) {
      row = { month, monthStart, amount: 0, pieces: [], stepDown: false, capped: false }
      rows.push(row)
    }
    row.amount += p.amount
    row.pieces.push(p)
    row.stepDown ||= Boolean(p.stepDown)
    row.capped ||= Boolean(p.capped)
  }
  return rows
}
