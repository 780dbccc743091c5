/** Display helpers shared by the calculator and the comparison page. */
import { formatNumber } from '~/utils/format'

const oreFormat = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

export function formatPct(value: number | null): string {
  return value === null ? 'Fast beløp' : `${formatNumber(value)} %`
}

/** «33 333,00 kr» – one format for every row of the cost table, which has øre. */
export function formatKronerOre(value: number): string {
  return `${oreFormat.format(value)} kr`
}
