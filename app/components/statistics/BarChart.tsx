import { BodyShort, HStack } from '@navikt/ds-react'
import { UNIT_LABELS, type StatTable } from '~/domain/statistics/table'
import { formatFigure } from './format'

const ROW_HEIGHT = 26
const LABEL_WIDTH = 230
const BAR_WIDTH = 360
const VALUE_WIDTH = 130
const TOP = 26
const AXIS = 40
const BAR_COLOUR = '#0067c5'

/**
 * A horizontal bar chart of one column. It names its measure and unit, has
 * labelled axes and a legend, and the table next to it carries every number.
 * The SVG is one image (role="img") with a description; hidden figures get no
 * bar, only their «<5»/«skjult» text.
 */
export function BarChart({ table }: { table: StatTable }) {
  if (table.chartColumn === null) return null
  const column = table.columns[table.chartColumn]
  const unit = table.chartUnit ?? UNIT_LABELS[column.unit]
  const figures = table.cells.map((row) => row[table.chartColumn!])
  const max = Math.max(1, ...figures.map((f) => f.value ?? 0))
  const plotHeight = table.rows.length * ROW_HEIGHT
  const height = TOP + plotHeight + AXIS
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
  const ticks = [0, max / 2, max]
  const describe = `Stolpediagram: ${table.title}. Viser ${column.label.toLowerCase()} (${unit}) per ${table.rowHeader.toLowerCase()}. Alle tallene står i tabellen under.`
  const legendId = `forklaring-${table.id}`
  return (
    <figure style={{ margin: 0 }} aria-describedby={legendId}>
      <svg
        role="img"
        aria-label={describe}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: `${width}px`, height: 'auto' }}
        focusable="false"
      >
        {/* Axis titles: the rows (vertical axis) and the measure with its unit (horizontal axis). */}
        <text x={LABEL_WIDTH - 8} y={16} textAnchor="end" fontSize="13" fontWeight="600" fill="#23262a">
          {table.rowHeader}
        </text>
        <text x={LABEL_WIDTH + BAR_WIDTH / 2} y={height - 4} textAnchor="middle" fontSize="13" fontWeight="600" fill="#23262a">
          {`${column.label} (${unit})`}
        </text>
        <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={TOP} y2={TOP + plotHeight} stroke="#596573" />
        <line x1={LABEL_WIDTH} x2={LABEL_WIDTH + BAR_WIDTH} y1={TOP + plotHeight} y2={TOP + plotHeight} stroke="#596573" />
        {ticks.map((t) => {
          const x = LABEL_WIDTH + (t / max) * BAR_WIDTH
          return (
            <g key={t}>
              <line x1={x} x2={x} y1={TOP + plotHeight} y2={TOP + plotHeight + 4} stroke="#596573" />
              <text x={x} y={TOP + plotHeight + 17} textAnchor="middle" fontSize="12" fill="#23262a">
                {formatFigure({ value: Math.round(t * 10) / 10 }, column.unit)}
              </text>
            </g>
          )
        })}
        {table.rows.map((row, i) => {
          const f = figures[i]
          const y = TOP + i * ROW_HEIGHT
          const w = f.value != null ? Math.max(f.value > 0 ? 2 : 0, (f.value / max) * BAR_WIDTH) : 0
          return (
            <g key={row.key}>
              <text x={LABEL_WIDTH - 8} y={y + ROW_HEIGHT / 2 + 4} textAnchor="end" fontSize="13" fill="#23262a">
                {row.label.length > 32 ? `${row.label.slice(0, 31)}…` : row.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={w} height={ROW_HEIGHT - 8} fill={BAR_COLOUR} />
              <text x={LABEL_WIDTH + w + 6} y={y + ROW_HEIGHT / 2 + 4} fontSize="13" fill="#23262a">
                {formatFigure(f, column.unit)}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption id={legendId}>
        <HStack gap="space-8" align="center" wrap>
          <span aria-hidden="true" style={{ display: 'inline-block', width: 14, height: 14, background: BAR_COLOUR }} />
          <BodyShort size="small">
            Forklaring: stolpene viser {column.label.toLowerCase()} ({unit}). Skjulte tall («&lt;5» eller «skjult») har ingen stolpe.
          </BodyShort>
        </HStack>
      </figcaption>
    </figure>
  )
}
