import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { figureText, shareFigure, suppressGrid, type Entry, type Figure, type Grid } from '~/domain/statistics/suppression'

const e = (value: number, units?: number): Entry => ({ value, units })

/** Builds a grid with correct marginal totals from plain counts. */
function withTotals(values: number[][], opts: { rows?: boolean; cols?: boolean } = { rows: true, cols: true }): Grid<Entry> {
  const cols = values[0]?.length ?? 0
  const rowTotals = values.map((r) => r.reduce((a, b) => a + b, 0))
  const colTotals = Array.from({ length: cols }, (_, c) => values.reduce((a, r) => a + r[c], 0))
  return {
    cells: values.map((r) => r.map((v) => e(v))),
    rowTotals: opts.rows ? rowTotals.map((v) => e(v)) : undefined,
    colTotals: opts.cols ? colTotals.map((v) => e(v)) : undefined,
    grandTotal: opts.rows && opts.cols ? e(rowTotals.reduce((a, b) => a + b, 0)) : undefined,
  }
}

const show = (grid: Grid<Figure>) => ({
  cells: grid.cells.map((r) => r.map((f) => figureText(f))),
  rowTotals: grid.rowTotals?.map((f) => figureText(f)),
  colTotals: grid.colTotals?.map((f) => figureText(f)),
  grandTotal: grid.grandTotal ? figureText(grid.grandTotal) : undefined,
})

/** Every equation (row/column with its total) as lists of figures, for the subtraction check. */
function equations(grid: Grid<Figure>): Figure[][] {
  const out: Figure[][] = []
  const rows = grid.cells.length
  const cols = grid.cells[0]?.length ?? 0
  if (grid.rowTotals) grid.cells.forEach((row, r) => out.push([...row, grid.rowTotals![r]]))
  if (grid.colTotals) for (let c = 0; c < cols; c++) out.push([...grid.cells.map((row) => row[c]), grid.colTotals[c]])
  if (grid.grandTotal && grid.rowTotals && grid.colTotals) {
    out.push([...grid.colTotals, grid.grandTotal])
    out.push([...grid.rowTotals, grid.grandTotal])
  }
  void rows
  return out
}

describe('primary suppression', () => {
  it('hides a true 1–4 as «<5» (reason under_5), shows 0 as 0 and keeps the rest', () => {
    const result = suppressGrid({ cells: [[e(0), e(4), e(5), e(120)]] })
    expect(result.cells[0].map((f) => figureText(f))).toEqual(['0', '<5', '5', '120'])
    expect(result.cells[0][1]).toEqual({ value: null, suppressed: 'under_5' })
  })

  it('hides a figure of 5 or more that stands on fewer than 5 people as «skjult», never «<5»', () => {
    // 2 400 000 kroner through 3 agreements, or 6 requests about 2 people: the figure is not under 5.
    const result = suppressGrid({ cells: [[{ value: 2_400_000, units: 3, amount: true }, e(6, 2), e(9_000_000, 12)]] })
    expect(result.cells[0].map((f) => figureText(f))).toEqual(['skjult', 'skjult', '9000000'])
    expect(result.cells[0][0]).toEqual({ value: null, suppressed: 'few_people' })
    expect(result.cells[0][1]).toEqual({ value: null, suppressed: 'few_people' })
  })
})

describe('secondary suppression', () => {
  it('hides the next-smallest cell when a row total minus the visible cells would reveal a suppressed cell', () => {
    // Row: 3 + 10 + 20 = 33. Without secondary suppression 33 − 10 − 20 = 3.
    const result = suppressGrid({ cells: [[e(3), e(10), e(20)]], rowTotals: [e(33)] })
    expect(show(result).cells[0]).toEqual(['<5', 'skjult', '20'])
    expect(show(result).rowTotals).toEqual(['33'])
  })

  it('hides in the same row AND column and iterates until stable', () => {
    const grid = withTotals([
      [2, 10, 30],
      [8, 12, 40],
      [9, 50, 60],
    ])
    const result = show(suppressGrid(grid))
    expect(result.cells).toEqual([
      ['<5', 'skjult', '30'],
      ['skjult', 'skjult', '40'],
      ['9', '50', '60'],
    ])
    expect(result.rowTotals).toEqual(['42', '60', '119'])
    expect(result.colTotals).toEqual(['19', '72', '130'])
    expect(result.grandTotal).toEqual('221')
    for (const eq of equations(suppressGrid(grid))) expect(eq.filter((f) => f.suppressed).length).not.toBe(1)
  })

  it('protects a total that equals a single remaining cell', () => {
    // Row [7, 2]: total 9. The 2 is hidden; subtracting 7 from the total would reveal it,
    // so the 7 is hidden; the column equations then spread it further.
    const grid = withTotals([
      [7, 2],
      [20, 30],
    ])
    const result = suppressGrid(grid)
    for (const eq of equations(result)) expect(eq.filter((f) => f.suppressed).length).not.toBe(1)
    expect(figureText(result.cells[0][0])).toBe('skjult')
  })

  it('hides a total when it is the only other figure in its equation', () => {
    const result = suppressGrid({ cells: [[e(3)], [e(40)]], rowTotals: [e(3), e(40)] })
    expect(show(result).cells).toEqual([['<5'], ['40']])
    expect(show(result).rowTotals).toEqual(['<5', '40'])
  })

  it('leaves tables without totals to primary suppression only', () => {
    const result = show(suppressGrid({ cells: [[e(3), e(10), e(20)]] }))
    expect(result.cells[0]).toEqual(['<5', '10', '20'])
  })
})

describe('shares', () => {
  it('is hidden when either side is hidden or the denominator is 0', () => {
    expect(shareFigure({ value: 5 }, { value: 200 })).toEqual({ value: 2.5 })
    // A share of a hidden 1–4 is not itself 1–4: «skjult», not «<5».
    expect(shareFigure({ value: null, suppressed: 'under_5' }, { value: 200 }).suppressed).toBe('secondary')
    expect(shareFigure({ value: 50 }, { value: null, suppressed: 'few_organisations' }).suppressed).toBe('few_organisations')
    expect(shareFigure({ value: 5 }, { value: null, suppressed: 'secondary' }).suppressed).toBe('secondary')
    expect(shareFigure({ value: 5 }, { value: 0 }).value).toBe(null)
  })
})

describe('properties', () => {
  const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 200 }))
  const table = fc
    .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 6 }) })
    .chain(({ rows, cols }) => fc.array(fc.array(count, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }))
  const shape = fc.record({ rows: fc.boolean(), cols: fc.boolean() })

  it('no suppressed value can be derived by subtraction in its row or column', () => {
    fc.assert(
      fc.property(table, shape, (values, opts) => {
        const result = suppressGrid(withTotals(values, opts))
        for (const eq of equations(result)) {
          expect(eq.filter((f) => f.suppressed).length).not.toBe(1)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('hides every 1–4 as «<5», never labels anything else «<5», and never alters a shown figure', () => {
    fc.assert(
      fc.property(table, shape, (values, opts) => {
        const input = withTotals(values, opts)
        const result = suppressGrid(input)
        const pairs: Array<[Entry, Figure]> = []
        input.cells.forEach((row, r) => row.forEach((entry, c) => pairs.push([entry, result.cells[r][c]])))
        input.rowTotals?.forEach((entry, r) => pairs.push([entry, result.rowTotals![r]]))
        input.colTotals?.forEach((entry, c) => pairs.push([entry, result.colTotals![c]]))
        if (input.grandTotal) pairs.push([input.grandTotal, result.grandTotal!])
        for (const [entry, fig] of pairs) {
          if (entry.value >= 1 && entry.value <= 4) expect(fig).toEqual({ value: null, suppressed: 'under_5' })
          else if (!fig.suppressed) expect(fig.value).toBe(entry.value)
          else expect(fig.suppressed).toBe('secondary')
        }
      }),
      { numRuns: 500 },
    )
  })
})
