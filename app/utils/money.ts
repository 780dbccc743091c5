/**
 * Money in nb-NO (issue 13): the one formatter for kroner amounts.
 * Grouping with a no-break space and a real minus sign («−1 234,5»).
 */
const amountFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 10 })

/** «154 800» – an amount without the unit (tables and sentences that say «kr» themselves). */
export function formatAmount(value: number): string {
  return amountFormat.format(value)
}

/** «154 800 kr» */
export function formatKroner(value: number): string {
  return `${formatAmount(value)} kr`
}
