import { BodyShort, Heading } from '@navikt/ds-react'
import { formatMonthNb, type MonthRow } from '~/domain/subsidies'
import { formatKroner, formatNumber } from '~/utils/format'

const FULL = '#0067c5'
/** Orange with 3:1 contrast to white (WCAG 1.4.11); the legend and the table say what it means. */
const REDUCED = '#c25400'

/** A «nice» step for the y-axis: 1, 2 or 5 × 10^n giving about four ticks. */
function niceStep(max: number): number {
  const raw = max / 4
  const power = 10 ** Math.floor(Math.log10(raw))
  const scaled = raw / power
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power
}

/** Bar chart of the subsidy per month with a y-axis in kroner and a legend. */
export function SubsidyChart({ rows }: { rows: MonthRow[] }) {
  if (rows.length === 0) return null
  const highest = Math.max(...rows.map((r) => r.amount), 1)
  const step = niceStep(highest)
  const top = Math.ceil(highest / step) * step
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step)
  const width = 720
  const height = 240
  const pad = { left: 72, right: 8, top: 12, bottom: 28 }
  const plotHeight = height - pad.top - pad.bottom
  const slot = (width - pad.left - pad.right) / rows.length
  const barWidth = Math.max(2, slot * 0.7)
  const y = (amount: number) => height - pad.bottom - (plotHeight * amount) / top
  const labelEvery = Math.ceil(rows.length / 12)
  const hasReduced = rows.some((r) => r.stepDown || r.capped)
  const hasPartial = rows.some((r) => r.pieces.some((p) => !p.fullMonth))
  const description = `Stolpediagram over tilskudd per måned fra ${formatMonthNb(rows[0].monthStart)} til ${formatMonthNb(
    rows[rows.length - 1].monthStart,
  )}. Høyeste månedsbeløp er ${formatKroner(highest)}. Tabellen «Måned for måned» viser de samme tallene.`
  return (
    <figure className="calc-chart" aria-labelledby="diagram-tittel" style={{ margin: 0 }}>
      <Heading level="3" size="medium" id="diagram-tittel">
        Tilskudd per måned
      </Heading>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={pad.left} x2={width - pad.right} y1={y(t)} y2={y(t)} stroke={t === 0 ? '#23262a' : '#c6c2bf'} strokeWidth="1" />
            <text x={pad.left - 6} y={y(t) + 4} fontSize="11" textAnchor="end" fill="#23262a">
              {formatNumber(t)} kr
            </text>
          </g>
        ))}
        <line x1={pad.left} x2={pad.left} y1={pad.top} y2={height - pad.bottom} stroke="#23262a" strokeWidth="1" />
        {rows.map((r, i) => {
          const h = (plotHeight * r.amount) / top
          const x = pad.left + i * slot + (slot - barWidth) / 2
          return (
            <g key={r.month}>
              <rect fill={r.stepDown || r.capped ? REDUCED : FULL} x={x} y={height - pad.bottom - h} width={barWidth} height={h} />
              {i % labelEvery === 0 ? (
                <text x={x + barWidth / 2} y={height - 10} fontSize="11" textAnchor="middle" fill="#23262a">
                  {r.month.slice(5)}.{r.month.slice(2, 4)}
                </text>
              ) : null}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <ul className="calc-legend" aria-label="Forklaring til diagrammet">
          <li>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <rect width="14" height="14" fill={FULL} />
            </svg>{' '}
            Tilskudd for måneden (y-aksen viser kroner, x-aksen måned og år)
          </li>
          {hasReduced ? (
            <li>
              <svg width="14" height="14" aria-hidden="true" focusable="false">
                <rect width="14" height="14" fill={REDUCED} />
              </svg>{' '}
              Måned med nedtrapping av satsen eller begrenset av 5 G-taket
            </li>
          ) : null}
          {hasPartial ? <li>Lavere stolper i første og siste måned er deler av en måned.</li> : null}
        </ul>
        <BodyShort size="small">{description}</BodyShort>
      </figcaption>
    </figure>
  )
}
