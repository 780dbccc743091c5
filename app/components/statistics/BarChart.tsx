import type { StatTable } from '~/domain/statistics/table'
import { formatFigure } from './format'

const ROW_HEIGHT = 26
const LABEL_WIDTH = 230
const BAR_WIDTH = 360
const VALUE_WIDTH = 130

/**
 * A horizontal bar chart of one column. The SVG is one image (role="img")
 * with a short description; the table next to it carries every number.
 * Hidden figures get no bar, only their «<5»/«skjult» text.
 */
export function BarChart({ table }: { table: StatTable }) {
  const column = table.columns[table.chartColumn]
  const figures = table.cells.map((row) => row[table.chartColumn])
  const max = Math.max(1, ...figures.map((f) => f.value ?? 0))
  const height = table.rows.length * ROW_HEIGHT + 8
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
  const label = `Stolpediagram: ${table.title}, ${column.label.toLowerCase()} per ${table.rowHeader.toLowerCase()}. Alle tallene står i tabellen under.`
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: `${width}px`, height: 'auto' }}
      focusable="false"
    >
      {table.rows.map((row, i) => {
        const f = figures[i]
        const y = i * ROW_HEIGHT + 4
        const w = f.value != null ? Math.max(f.value > 0 ? 2 : 0, (f.value / max) * BAR_WIDTH) : 0
        return (
          <g key={row.key}>
            <text x={LABEL_WIDTH - 8} y={y + ROW_HEIGHT / 2 + 4} textAnchor="end" fontSize="13" fill="#23262a">
              {row.label.length > 32 ? `${row.label.slice(0, 31)}…` : row.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 3} width={w} height={ROW_HEIGHT - 8} fill="#0067c5" />
            <text x={LABEL_WIDTH + w + 6} y={y + ROW_HEIGHT / 2 + 4} fontSize="13" fill="#23262a">
              {formatFigure(f, column.unit)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
