import { figureText, type Figure } from '~/domain/statistics/suppression'
import type { ColumnUnit } from '~/domain/statistics/table'
import { formatKroner, formatNumber, formatPercent } from '~/utils/format'

/** A figure as nb-NO text; hidden figures as «<5» or «skjult». */
export function formatFigure(f: Figure, unit: ColumnUnit): string {
  return figureText(f, (n) => (unit === 'kroner' ? formatKroner(n) : unit === 'percent' ? formatPercent(n) : formatNumber(n)))
}
