/**
 * Disclosure control for partner statistics (pure, no I/O). The rules, and
 * which measure gets which, are ADR 0007.
 *
 * A figure is hidden for exactly one reason, and the reason travels with it
 * (page, CSV, API) so the label is always true:
 *
 * - `under_5`            the figure itself is 1–4 (people). Shown «<5».
 * - `few_people`         the figure is 5 or more but fewer than 5 people stand behind it
 *                        (e.g. kroner for 3 agreements). Shown «skjult».
 * - `few_organisations`  fewer than 3 employers stand behind a figure that is not public
 *                        (e.g. subsidies, reported hires). «skjult».
 * - `dominance`          one employer stands for more than 80 % of an amount. «skjult».
 * - `other_periods`      the figure minus the same figure for a shorter period (one month
 *                        less at either end) would give 1–4. «skjult».
 * - `complement`         members-only view: all employers − members would give 1–4. «skjult».
 * - `secondary`          hidden so that a hidden figure cannot be recovered by subtracting
 *                        the visible figures from a total. «skjult».
 *
 * Zero is shown as 0: «<5» then truly means 1–4. Figures the platform already
 * publishes (published vacancies and their tags) are `public` and never hidden.
 *
 * The figures of a whole dashboard form one linear system: every table cell
 * and total has a global id, and every equation a reader could subtract along
 * (a row or column with its total, a group of counties with their subtotal,
 * the same figure shown in two tables) is a «line». `suppressSystem` hides
 * figures until no line has exactly one hidden figure — across all tables at
 * once, so a figure hidden in one table cannot be recovered from another.
 */

export const SUPPRESSION_THRESHOLD = 5
/** Fewest employers behind a figure that is not public (subsidies, reported totals). */
export const ORGANISATION_THRESHOLD = 3
/** Largest share one employer may have of an amount before it is hidden. */
export const DOMINANCE_SHARE = 0.8

export const SUPPRESSION_REASONS = [
  'under_5',
  'few_people',
  'few_organisations',
  'dominance',
  'other_periods',
  'complement',
  'secondary',
] as const
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number]

/** The footnote for each reason (bokmål). */
export const SUPPRESSION_NOTES: Record<SuppressionReason, string> = {
  under_5: '«<5»: tallet er 1, 2, 3 eller 4 og vises ikke for å verne personene det gjelder.',
  few_people: 'Skjult fordi færre enn 5 personer står bak tallet.',
  few_organisations: `Skjult fordi færre enn ${ORGANISATION_THRESHOLD} arbeidsgivere står bak tallet, så det kunne vise én arbeidsgivers egne tall.`,
  dominance: `Skjult fordi én arbeidsgiver står for mer enn ${Math.round(DOMINANCE_SHARE * 100)} % av beløpet.`,
  other_periods: 'Skjult fordi tallet sammenlignet med en periode som er én måned kortere ville vise et tall under 5.',
  complement: 'Skjult fordi tallet for alle arbeidsgivere minus tallet for medlemmene ville vise et tall under 5.',
  secondary: 'Skjult fordi et annet skjult tall ellers kunne regnes ut fra summene.',
}

/** Short label shown in a table cell. */
export function suppressedLabel(reason: SuppressionReason): string {
  return reason === 'under_5' ? `<${SUPPRESSION_THRESHOLD}` : 'skjult'
}

/** One figure before suppression. */
export type Entry = {
  value: number
  /** People behind it (lower bound); default: value. */
  units?: number
  /** Employers behind it (lower bound); only for figures protected by organisations. */
  orgs?: number
  /** The largest single employer's share of the value (0–1); only for amounts. */
  topShare?: number
  /** Some shorter period (one or more months less at either end) differs from it by 1–4. */
  periodRisk?: boolean
  /** Already public (published vacancies): never hidden. */
  public?: boolean
  /** An amount (kroner), not a count: never «<5». */
  amount?: boolean
}

/**
 * One figure after suppression: the value, or why it is hidden (never both).
 * `value: null` without a reason: nothing to show (a share of 0).
 */
export type Figure =
  { value: number; suppressed?: undefined } | { value: null; suppressed: SuppressionReason } | { value: null; suppressed?: undefined }

/** Why a figure must be hidden on its own account (before complement and secondary), or null. */
export function primaryReason(e: Entry, threshold = SUPPRESSION_THRESHOLD): SuppressionReason | null {
  if (e.public || e.value === 0) return null
  if (!e.amount && e.value < threshold) return 'under_5'
  if ((e.units ?? e.value) < threshold) return 'few_people'
  if (e.orgs !== undefined && e.orgs < ORGANISATION_THRESHOLD) return 'few_organisations'
  if (e.topShare !== undefined && e.topShare > DOMINANCE_SHARE) return 'dominance'
  if (e.periodRisk) return 'other_periods'
  return null
}

/**
 * Whether all − part is a figure between 1 and threshold − 1 (or, for a
 * figure protected by employers, stands on fewer than 3 employers). The
 * people/employers behind the complement are estimated as the difference of
 * the two counts; that is not exact, so the estimate errs towards hiding.
 */
export function smallComplement(all: Entry, part: Entry, threshold = SUPPRESSION_THRESHOLD): boolean {
  if (part.public) return false
  const value = all.value - part.value
  if (value === 0) return false
  const units = (all.units ?? all.value) - (part.units ?? part.value)
  if (Math.min(value, units) < threshold) return true
  // A figure protected by employers: the non-members' part must stand on enough employers too.
  if (all.orgs !== undefined && part.orgs !== undefined) return all.orgs - part.orgs < ORGANISATION_THRESHOLD
  return false
}

/**
 * Whether some proper prefix or suffix of a monthly series would be hidden on
 * its own account. The figure for the whole series minus the figure for a
 * shorter period (itself a period anyone may ask for) is exactly such a
 * prefix or suffix, so the whole-series figure must then be hidden too.
 * Any difference of two periods is a sum of such pieces, each 0 or ≥ 5.
 */
export function periodEdgeRisk(series: Entry[], threshold = SUPPRESSION_THRESHOLD): boolean {
  const k = series.length
  const risky = (order: number[]) => {
    let value = 0
    let units = 0
    let orgs: number | undefined
    // Every proper prefix (or suffix, when walked backwards): running sums, O(k).
    for (let i = 0; i < k - 1; i++) {
      const e = series[order[i]]
      value += e.value
      units = Math.max(units, e.units ?? e.value)
      if (e.orgs !== undefined) orgs = Math.max(orgs ?? 0, e.orgs)
      const piece: Entry = { value, units: e.amount ? units : Math.min(value, units), orgs, amount: e.amount }
      if (primaryReason(piece, threshold)) return true
    }
    return false
  }
  const forwards = series.map((_, i) => i)
  return risky(forwards) || risky([...forwards].reverse())
}

export type SystemEntry = Entry & { isTotal?: boolean }

/** Figures by id and the equations between them. */
export type LinearSystem = {
  entries: Map<string, SystemEntry>
  /** Each line is a set of ids whose figures are tied by one sum (parts and their total). */
  lines: string[][]
}

/**
 * Hides figures: first each on its own account, then (for a members-only
 * view, when `all` gives the same ids over all employers) by complement, then
 * secondary suppression across every line until no line has exactly one
 * hidden figure. No hidden value appears in the result.
 */
export function suppressSystem(system: LinearSystem, options: { threshold?: number; all?: Map<string, Entry> } = {}): Map<string, Figure> {
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD
  const status = new Map<string, SuppressionReason>()
  for (const [id, e] of system.entries) {
    const reason = primaryReason(e, threshold)
    if (reason) status.set(id, reason)
  }
  if (options.all) {
    for (const [id, e] of system.entries) {
      const allEntry = options.all.get(id)
      if (!status.has(id) && allEntry && smallComplement(allEntry, e, threshold)) status.set(id, 'complement')
    }
  }
  let changed = true
  while (changed) {
    changed = false
    for (const line of system.lines) {
      let hidden = 0
      for (const id of line) if (status.has(id)) hidden++
      if (hidden !== 1) continue
      const candidate = secondaryCandidate(
        line.filter((id) => !status.has(id)),
        system.entries,
      )
      if (!candidate) continue
      status.set(candidate, 'secondary')
      changed = true
    }
  }
  const out = new Map<string, Figure>()
  for (const [id, e] of system.entries) {
    const reason = status.get(id)
    out.set(id, reason ? { value: null, suppressed: reason } : { value: e.value })
  }
  return out
}

/**
 * Which visible figure to hide next in a line: the smallest non-zero inner
 * figure, else a total, else a zero (hiding a zero next to a small hidden
 * figure would show their sum is small). Public figures are known anyway.
 */
function secondaryCandidate(visible: string[], entries: Map<string, SystemEntry>): string | undefined {
  const rank = (e: SystemEntry) => (e.value > 0 && !e.isTotal ? 0 : e.isTotal ? 1 : 2)
  let best: string | undefined
  for (const id of visible) {
    const e = entries.get(id)!
    if (e.public) continue
    if (!best) {
      best = id
      continue
    }
    const b = entries.get(best)!
    if (rank(e) < rank(b) || (rank(e) === rank(b) && e.value < b.value)) best = id
  }
  return best
}

export type Grid<T> = {
  cells: T[][]
  /** When present, each row r is an equation: sum(cells[r]) = rowTotals[r]. */
  rowTotals?: T[]
  /** When present, each column c is an equation: sum over r of cells[r][c] = colTotals[c]. */
  colTotals?: T[]
  /** Only meaningful when both row and column totals exist. */
  grandTotal?: T
}

/** Ids and lines of one grid (a table on its own), prefixed so several grids can share one system. */
export function gridIds<T>(grid: Grid<T>, prefix = ''): Grid<string> & { lines: string[][] } {
  const rows = grid.cells.length
  const cols = rows > 0 ? grid.cells[0].length : (grid.colTotals?.length ?? 0)
  for (const row of grid.cells) if (row.length !== cols) throw new Error('suppressGrid: ragged table')
  if (grid.rowTotals && grid.rowTotals.length !== rows) throw new Error('suppressGrid: rowTotals length')
  if (grid.colTotals && grid.colTotals.length !== cols) throw new Error('suppressGrid: colTotals length')
  const cells = range(rows).map((r) => range(cols).map((c) => `${prefix}c:${r}:${c}`))
  const rowTotals = grid.rowTotals ? range(rows).map((r) => `${prefix}rt:${r}`) : undefined
  const colTotals = grid.colTotals ? range(cols).map((c) => `${prefix}ct:${c}`) : undefined
  const hasGrand = grid.grandTotal !== undefined && rowTotals !== undefined && colTotals !== undefined
  const grandTotal = hasGrand ? `${prefix}g` : undefined
  const lines: string[][] = []
  if (rowTotals) for (let r = 0; r < rows; r++) lines.push([...cells[r], rowTotals[r]])
  if (colTotals) for (let c = 0; c < cols; c++) lines.push([...cells.map((row) => row[c]), colTotals[c]])
  if (grandTotal) {
    lines.push([...colTotals!, grandTotal])
    lines.push([...rowTotals!, grandTotal])
  }
  return { cells, rowTotals, colTotals, grandTotal, lines }
}

/** Puts a grid's entries into a system under the ids of `gridIds`. */
export function addGrid(system: LinearSystem, grid: Grid<Entry>, ids: ReturnType<typeof gridIds>): void {
  grid.cells.forEach((row, r) => row.forEach((e, c) => system.entries.set(ids.cells[r][c], e)))
  grid.rowTotals?.forEach((e, r) => system.entries.set(ids.rowTotals![r], { ...e, isTotal: true }))
  grid.colTotals?.forEach((e, c) => system.entries.set(ids.colTotals![c], { ...e, isTotal: true }))
  if (ids.grandTotal) system.entries.set(ids.grandTotal, { ...grid.grandTotal!, isTotal: true })
  system.lines.push(...ids.lines)
}

/** One table on its own (with `all`: complement against the same table over all employers). */
export function suppressGrid(grid: Grid<Entry>, threshold = SUPPRESSION_THRESHOLD, all?: Grid<Entry>): Grid<Figure> {
  const ids = gridIds(grid)
  if (all && !sameShape(grid, all)) throw new Error('suppressGrid: all-employers table has another shape')
  const system: LinearSystem = { entries: new Map(), lines: [] }
  addGrid(system, grid, ids)
  let allEntries: Map<string, Entry> | undefined
  if (all) {
    const allSystem: LinearSystem = { entries: new Map(), lines: [] }
    addGrid(allSystem, all, ids)
    allEntries = allSystem.entries
  }
  const figures = suppressSystem(system, { threshold, all: allEntries })
  const pick = (id: string) => figures.get(id)!
  return {
    cells: ids.cells.map((row) => row.map(pick)),
    rowTotals: ids.rowTotals?.map(pick),
    colTotals: ids.colTotals?.map(pick),
    grandTotal: ids.grandTotal ? pick(ids.grandTotal) : undefined,
  }
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

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i)
}

/** «<5» for a true 1–4, «skjult» for every other reason, else the number as given by `format`. */
export function figureText(f: Figure, format: (n: number) => string = String): string {
  if (f.suppressed) return suppressedLabel(f.suppressed)
  return f.value === null ? '–' : format(f.value)
}

/**
 * A share (percent, one decimal) derived from two figures: hidden when either
 * is hidden (so the ratio cannot be used to recover them); nothing for a 0 denominator.
 */
export function shareFigure(numerator: Figure, denominator: Figure): Figure {
  if (numerator.suppressed) return { value: null, suppressed: numerator.suppressed === 'under_5' ? 'secondary' : numerator.suppressed }
  if (denominator.suppressed)
    return { value: null, suppressed: denominator.suppressed === 'under_5' ? 'secondary' : denominator.suppressed }
  if (numerator.value === null || !denominator.value) return { value: null }
  return { value: Math.round((numerator.value / denominator.value) * 1000) / 10 }
}
