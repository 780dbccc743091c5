import {
  figureText,
  SUPPRESSION_NOTES,
  SUPPRESSION_REASONS,
  suppressGrid,
  type Entry,
  type Figure,
  type Grid,
  type SuppressionReason,
} from './suppression'

export type ColumnUnit = 'count' | 'kroner' | 'percent' | 'days'

/** What one unit of a column is called in a chart axis («antall», «kroner», «prosent», «dager»). */
export const UNIT_LABELS: Record<ColumnUnit, string> = { count: 'antall', kroner: 'kroner', percent: 'prosent', days: 'dager' }

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
  /** The column the chart shows (index into columns); null: no chart. */
  chartColumn: number | null
  /** What one unit on the chart's value axis is («antall stillinger», «kroner», «dager»). */
  chartUnit?: string
  /** Why figures in this table are hidden: one footnote per reason that occurs. */
  notes: Array<{ reason: SuppressionReason; text: string }>
}

export type RawTable = Omit<StatTable, 'cells' | 'rowTotals' | 'colTotals' | 'grandTotal' | 'notes'> & Grid<Entry>

/** Every figure of a table, cells and totals. */
export function tableFigures(t: Pick<StatTable, 'cells' | 'rowTotals' | 'colTotals' | 'grandTotal'>): Figure[] {
  return [...t.cells.flat(), ...(t.rowTotals ?? []), ...(t.colTotals ?? []), ...(t.grandTotal ? [t.grandTotal] : [])]
}

/** The footnotes for the reasons that occur among the figures, in a fixed order. */
export function notesFor(figures: Figure[]): StatTable['notes'] {
  const present = new Set(figures.map((f) => f.suppressed).filter(Boolean))
  return SUPPRESSION_REASONS.filter((r) => present.has(r)).map((reason) => ({ reason, text: SUPPRESSION_NOTES[reason] }))
}

/** A table suppressed on its own (tests and single tables; the dashboard suppresses all its tables together). */
export function publishTable(raw: RawTable, all?: RawTable): StatTable {
  const { cells, rowTotals, colTotals, grandTotal, ...meta } = raw
  const allGrid = all && { cells: all.cells, rowTotals: all.rowTotals, colTotals: all.colTotals, grandTotal: all.grandTotal }
  const suppressed = suppressGrid({ cells, rowTotals, colTotals, grandTotal }, undefined, allGrid)
  return { ...meta, ...suppressed, notes: notesFor(tableFigures(suppressed)) }
}

const csvNumber = new Intl.NumberFormat('nb-NO', { useGrouping: false, maximumFractionDigits: 1 })

/**
 * CSV for Norwegian Excel: UTF-8 with BOM, semicolons, decimal comma, CRLF.
 * A hidden figure is its reason code (`under_5`, `few_organisations`, …),
 * never a number-like string; the codes are explained under the table.
 */
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
  if (table.notes.length) {
    lines.push([])
    lines.push(['Kode for skjult tall', 'Forklaring'])
    for (const n of table.notes) lines.push([n.reason, n.text])
  }
  return '\uFEFF' + lines.map((l) => l.map(csvField).join(';')).join('\r\n') + '\r\n'
}

/** The CSV text of one figure: the number, the reason code of a hidden one, or empty. */
export function csvFigure(f: Figure): string {
  if (f.suppressed) return f.suppressed
  return f.value === null ? '' : csvNumber.format(f.value).replace('\u2212', '-')
}

function csvField(value: string): string {
  // Neutralise spreadsheet formulas and quote when needed.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export { figureText }
