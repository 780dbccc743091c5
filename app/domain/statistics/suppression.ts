/**
 * Small-count suppression for partner statistics (pure, no I/O).
 *
 * Primary suppression: every figure that counts fewer than `threshold` (5)
 * people or organisations is hidden and shown as «<5». Zero counts are
 * suppressed too, so nobody can tell an empty cell from one with 1–4 people.
 *
 * Secondary suppression: a table is a set of linear equations — every row
 * with a row total and every column with a column total (and the total row
 * and total column when both exist). If an equation has exactly ONE hidden
 * figure, it could be recovered by subtracting the visible figures from the
 * total, so the smallest visible figure in that equation (an inner cell before
 * a total) is hidden as well. This repeats until no equation has exactly one
 * hidden figure. Totals are computed from the unsuppressed data by the caller.
 *
 * Complement suppression (narrowed views): a members-only table (figures for a
 * partner's member employers) can be compared with the same table over all
 * employers, which every partner may see. Subtracting gives the non-members'
 * figure — the complement — which neither table suppresses by itself. When
 * `all` is given, every figure (cell or total) of the narrowed table whose
 * complement is between 1 and threshold − 1 (by value, or by the people/
 * organisations behind it) is hidden too, before the secondary suppression
 * runs, so it cannot come back through a row or column total either. Such a
 * figure is marked 'secondary' («skjult»), so the reason does not show.
 */

export const SUPPRESSION_THRESHOLD = 5

/** One figure before suppression. `units` is how many people/organisations it counts (default: value). */
export type Entry = { value: number; units?: number }

export type SuppressionReason = 'primary' | 'secondary'

/** One figure after suppression: either the value, or why it is hidden (never both). */
export type Figure = { value: number; suppressed?: undefined } | { value: null; suppressed: SuppressionReason }

export type Grid<T> = {
  cells: T[][]
  /** When present, each row r is an equation: sum(cells[r]) = rowTotals[r]. */
  rowTotals?: T[]
  /** When present, each column c is an equation: sum over r of cells[r][c] = colTotals[c]. */
  colTotals?: T[]
  /** Only meaningful when both row and column totals exist. */
  grandTotal?: T
}

type Pos = { key: string; value: number; isTotal: boolean }

/**
 * Applies primary and secondary suppression. The shape of the result equals
 * the shape of the input; no hidden value appears anywhere in the result.
 */
export function suppressGrid(grid: Grid<Entry>, threshold = SUPPRESSION_THRESHOLD, all?: Grid<Entry>): Grid<Figure> {
  const rows = grid.cells.length
  const cols = rows > 0 ? grid.cells[0].length : (grid.colTotals?.length ?? 0)
  for (const row of grid.cells) {
    if (row.length !== cols) throw new Error('suppressGrid: ragged table')
  }
  if (grid.rowTotals && grid.rowTotals.length !== rows) throw new Error('suppressGrid: rowTotals length')
  if (grid.colTotals && grid.colTotals.length !== cols) throw new Error('suppressGrid: colTotals length')
  if (all && !sameShape(grid, all)) throw new Error('suppressGrid: all-employers table has another shape')

  const entries = new Map<string, Entry & { isTotal: boolean }>()
  const cellKey = (r: number, c: number) => `c:${r}:${c}`
  const rowTotalKey = (r: number) => `rt:${r}`
  const colTotalKey = (c: number) => `ct:${c}`
  const grandKey = 'g'

  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) entries.set(cellKey(r, c), { ...grid.cells[r][c], isTotal: false })
  grid.rowTotals?.forEach((e, r) => entries.set(rowTotalKey(r), { ...e, isTotal: true }))
  grid.colTotals?.forEach((e, c) => entries.set(colTotalKey(c), { ...e, isTotal: true }))
  const hasGrand = grid.grandTotal !== undefined && grid.rowTotals !== undefined && grid.colTotals !== undefined
  if (hasGrand) entries.set(grandKey, { ...grid.grandTotal!, isTotal: true })

  // The equations («lines») a reader could subtract along.
  const lines: string[][] = []
  if (grid.rowTotals) {
    for (let r = 0; r < rows; r++) lines.push([...range(cols).map((c) => cellKey(r, c)), rowTotalKey(r)])
  }
  if (grid.colTotals) {
    for (let c = 0; c < cols; c++) lines.push([...range(rows).map((r) => cellKey(r, c)), colTotalKey(c)])
  }
  if (hasGrand) {
    lines.push([...range(cols).map(colTotalKey), grandKey])
    lines.push([...range(rows).map(rowTotalKey), grandKey])
  }

  const status = new Map<string, SuppressionReason>()
  for (const [key, e] of entries) {
    if ((e.units ?? e.value) < threshold) status.set(key, 'primary')
  }
  if (all) {
    const allEntries = new Map<string, Entry>()
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) allEntries.set(cellKey(r, c), all.cells[r][c])
    all.rowTotals?.forEach((e, r) => allEntries.set(rowTotalKey(r), e))
    all.colTotals?.forEach((e, c) => allEntries.set(colTotalKey(c), e))
    if (hasGrand) allEntries.set(grandKey, all.grandTotal!)
    for (const [key, e] of entries) {
      if (!status.has(key) && smallComplement(allEntries.get(key)!, e, threshold)) status.set(key, 'secondary')
    }
  }

  let changed = true
  while (changed) {
    changed = false
    for (const line of lines) {
      const hidden = line.filter((k) => status.has(k))
      if (hidden.length !== 1) continue
      const candidate = smallestVisible(
        line.filter((k) => !status.has(k)).map((k) => ({ key: k, value: entries.get(k)!.value, isTotal: entries.get(k)!.isTotal })),
      )
      if (!candidate) continue
      status.set(candidate.key, 'secondary')
      changed = true
    }
  }

  const figure = (key: string): Figure => {
    const s = status.get(key)
    return s ? { value: null, suppressed: s } : { value: entries.get(key)!.value }
  }
  return {
    cells: range(rows).map((r) => range(cols).map((c) => figure(cellKey(r, c)))),
    rowTotals: grid.rowTotals ? range(rows).map((r) => figure(rowTotalKey(r))) : undefined,
    colTotals: grid.colTotals ? range(cols).map((c) => figure(colTotalKey(c))) : undefined,
    grandTotal: hasGrand ? figure(grandKey) : undefined,
  }
}

/**
 * Whether all − part is a figure between 1 and threshold − 1. The people/
 * organisations behind the complement are estimated as the difference of the
 * two `units`; that is not an exact count, so the estimate errs towards hiding.
 */
export function smallComplement(all: Entry, part: Entry, threshold = SUPPRESSION_THRESHOLD): boolean {
  const value = all.value - part.value
  if (value === 0) return false
  const units = (all.units ?? all.value) - (part.units ?? part.value)
  return Math.min(value, units) < threshold
}

function sameShape(a: Grid<Entry>, b: Grid<Entry>): boolean {
  return (
    a.cells.length === b.cells.length &&
    a.cells.every((row, r) => row.length === b.cells[r].length) &&
    (a.rowTotals?.length ?? -1) === (b.rowTotals?.length ?? -1) &&
    (a.colTotals?.length ?? -1) === (b.colTotals?.length ?? -1) &&
    (a.grandTotal === undefined) === (b.grandTotal === undefined)
  )
}

/** Inner cells before totals; among them the smallest value; ties → the first. */
function smallestVisible(candidates: Pos[]): Pos | undefined {
  let best: Pos | undefined
  for (const p of candidates) {
    if (!best) best = p
    else if (best.isTotal && !p.isTotal) best = p
    else if (best.isTotal === p.isTotal && p.value < best.value) best = p
  }
  return best
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i)
}

/** «<5» for primary suppression, «skjult» for secondary, else the number as given by `format`. */
export function figureText(f: Figure, format: (n: number) => string = String): string {
  if (f.suppressed === 'primary') return `<${SUPPRESSION_THRESHOLD}`
  if (f.suppressed === 'secondary') return 'skjult'
  return format(f.value as number)
}

/**
 * A share (percent, one decimal) derived from two figures: hidden when either
 * is hidden (so the ratio cannot be used to recover them) or the denominator is 0.
 */
export function shareFigure(numerator: Figure, denominator: Figure): Figure {
  if (numerator.suppressed) return { value: null, suppressed: numerator.suppressed }
  if (denominator.suppressed) return { value: null, suppressed: denominator.suppressed }
  if (!denominator.value) return { value: null, suppressed: 'primary' }
  return { value: Math.round((numerator.value / denominator.value) * 1000) / 10 }
}
