import { figureText, suppressGrid, type Entry, type Figure, type Grid } from './suppression'

export type ColumnUnit = 'count' | 'kroner' | 'percent'

/**
 * A statistics table as it leaves the service: every figure already
 * suppressed. Raw counts never leave the statistics service.
 */
export type StatTable = {
  id: string
  title: string
  description: string
  /** Heading of the first column (what the rows are). */
  rowHeader: string
  rows: Array<{ key: string; label: string }>
  columns: Array<{ key: string; label: string; unit: ColumnUnit }>
  cells: Figure[][]
  rowTotals?: Figure[]
  colTotals?: Figure[]
  grandTotal?: Figure
  /** The column the chart shows (index into columns). */
  chartColumn: number
}

export type RawTable = Omit<StatTable, 'cells' | 'rowTotals' | 'colTotals' | 'grandTotal'> & Grid<Entry>

/**
 * The one place raw figures become publishable: primary + secondary
 * suppression. For a narrowed (members-only) table pass `all`, the same table
 * over all employers: figures whose complement (all − members) is 1–4 are
 * hidden too, so the two views cannot be subtracted.
 */
export function publishTable(raw: RawTable, all?: RawTable): StatTable {
  const { cells, rowTotals, colTotals, grandTotal, ...meta } = raw
  const allGrid = all && { cells: all.cells, rowTotals: all.rowTotals, colTotals: all.colTotals, grandTotal: all.grandTotal }
  const suppressed = suppressGrid({ cells, rowTotals, colTotals, grandTotal }, undefined, allGrid)
  return { ...meta, ...suppressed }
}

const csvNumber = new Intl.NumberFormat('nb-NO', { useGrouping: false, maximumFractionDigits: 1 })

/** CSV for Norwegian Excel: UTF-8 with BOM, semicolons, decimal comma, CRLF. */
export function tableToCsv(table: StatTable): string {
  const hasRowTotals = table.rowTotals !== undefined
  const lines: string[][] = []
  lines.push([table.rowHeader, ...table.columns.map((c) => c.label), ...(hasRowTotals ? ['Totalt'] : [])])
  table.rows.forEach((row, r) => {
    lines.push([row.label, ...table.cells[r].map(csvFigure), ...(hasRowTotals ? [csvFigure(table.rowTotals![r])] : [])])
  })
  if (table.colTotals) {
    lines.push(['Totalt', ...table.colTotals.map(csvFigure), ...(hasRowTotals && table.grandTotal ? [csvFigure(table.grandTotal)] : [])])
  }
  return '\uFEFF' + lines.map((l) => l.map(csvField).join(';')).join('\r\n') + '\r\n'
}

function csvFigure(f: Figure): string {
  return figureText(f, (n) => csvNumber.format(n).replace('\u2212', '-'))
}

function csvField(value: string): string {
  // Neutralise spreadsheet formulas and quote when needed.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
