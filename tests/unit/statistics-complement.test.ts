import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { figureText, smallComplement, suppressGrid, type Entry, type Figure, type Grid } from '~/domain/statistics/suppression'

const e = (value: number, units?: number): Entry => ({ value, units })

/** A grid with correct marginal totals from plain counts. */
function withTotals(values: number[][], opts: { rows: boolean; cols: boolean }): Grid<Entry> {
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

/** Every figure of a grid in a fixed order (cells, row totals, column totals, grand total). */
function figures<T>(grid: Grid<T>): T[] {
  return [
    ...grid.cells.flat(),
    ...(grid.rowTotals ?? []),
    ...(grid.colTotals ?? []),
    ...(grid.grandTotal !== undefined ? [grid.grandTotal] : []),
  ]
}

function equations(grid: Grid<Figure>): Figure[][] {
  const out: Figure[][] = []
  const cols = grid.cells[0]?.length ?? 0
  if (grid.rowTotals) grid.cells.forEach((row, r) => out.push([...row, grid.rowTotals![r]]))
  if (grid.colTotals) for (let c = 0; c < cols; c++) out.push([...grid.cells.map((row) => row[c]), grid.colTotals[c]])
  if (grid.grandTotal && grid.rowTotals && grid.colTotals) {
    out.push([...grid.colTotals, grid.grandTotal])
    out.push([...grid.rowTotals, grid.grandTotal])
  }
  return out
}

const text = (grid: Grid<Figure>) => figures(grid).map((f) => figureText(f))

describe('complement suppression (members-only view against the all-employers view)', () => {
  it('hides a member figure when all − members is 1–4, and shows it when the difference is 0 or at least 5', () => {
    // Non-members: 2, 0 and 25. 12 − 10 = 2 would otherwise be readable.
    const members = { cells: [[e(10), e(20), e(30)]] }
    const all = { cells: [[e(12), e(20), e(55)]] }
    expect(text(suppressGrid(members, 5, all))).toEqual(['skjult', '20', '30'])
    // The all-employers view itself is unchanged by the rule.
    expect(text(suppressGrid(all))).toEqual(['12', '20', '55'])
  })

  it('marks the hidden figure «skjult» with the complement reason, not «<5» (40 is not under 5)', () => {
    const result = suppressGrid({ cells: [[e(40)]] }, 5, { cells: [[e(43)]] })
    expect(result.cells[0][0]).toEqual({ value: null, suppressed: 'complement' })
    expect(figureText(result.cells[0][0])).toBe('skjult')
  })

  it('then runs the secondary suppression, so the hidden figure cannot come back through a total', () => {
    // Row: members 10 + 20 = 30, all 12 + 40 = 52. Hiding 10 alone would leave 30 − 20 = 10.
    const members = { cells: [[e(10), e(20)]], rowTotals: [e(30)] }
    const all = { cells: [[e(12), e(40)]], rowTotals: [e(52)] }
    expect(text(suppressGrid(members, 5, all))).toEqual(['skjult', 'skjult', '30'])
  })

  it('checks totals too: a members total whose complement is 1–4 is hidden, and its column protected', () => {
    // The column total also counts rows not shown (e.g. «unknown»): 3 non-members there.
    const members = { cells: [[e(10)], [e(20)]], colTotals: [e(32)] }
    const all = { cells: [[e(10)], [e(20)]], colTotals: [e(35)] }
    const result = suppressGrid(members, 5, all)
    expect(text(result)).toEqual(['skjult', '20', 'skjult'])
    for (const eq of equations(result)) expect(eq.filter((f) => f.suppressed).length).not.toBe(1)
  })

  it('protects by the people/organisations behind the complement, not only its value', () => {
    // 10 more vacancies, but from 12 − 9 = 3 employers: the non-members are fewer than 5 employers.
    expect(smallComplement(e(100, 12), e(90, 9))).toBe(true)
    expect(smallComplement(e(100, 30), e(90, 9))).toBe(false)
    expect(smallComplement(e(100, 30), e(100, 30))).toBe(false)
    const result = suppressGrid({ cells: [[e(90, 9), e(50, 20)]] }, 5, { cells: [[e(100, 12), e(80, 40)]] })
    expect(text(result)).toEqual(['skjult', '50'])
  })

  it('treats amounts by their units: a sum of kroner from 1–4 non-member agreements is protected', () => {
    const members = { cells: [[e(10, 10), { value: 900_000, units: 10, amount: true }]] }
    const all = { cells: [[e(12, 12), { value: 1_150_000, units: 12, amount: true }]] }
    expect(text(suppressGrid(members, 5, all))).toEqual(['skjult', 'skjult'])
  })

  it('refuses an all-employers table of another shape', () => {
    expect(() => suppressGrid({ cells: [[e(10)]] }, 5, { cells: [[e(10), e(3)]] })).toThrow(/shape/)
    expect(() => suppressGrid({ cells: [[e(10)]], rowTotals: [e(10)] }, 5, { cells: [[e(10)]] })).toThrow(/shape/)
  })

  describe('properties', () => {
    const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 200 }))
    const pair = fc.record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 5 }) }).chain(({ rows, cols }) => {
      const grid = fc.array(fc.array(count, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })
      return fc.record({ members: grid, others: grid, opts: fc.record({ rows: fc.boolean(), cols: fc.boolean() }) })
    })

    it('no complement figure in 1..4 can be derived from a visible member figure and the visible all figure', () => {
      fc.assert(
        fc.property(pair, ({ members, others, opts }) => {
          const all = members.map((row, r) => row.map((v, c) => v + others[r][c]))
          const membersIn = withTotals(members, opts)
          const allIn = withTotals(all, opts)
          const shownMembers = figures(suppressGrid(membersIn, 5, allIn))
          const shownAll = figures(suppressGrid(allIn))
          shownMembers.forEach((m, i) => {
            const a = shownAll[i]
            if (m.suppressed || a.suppressed || m.value === null || a.value === null) return
            const complement = a.value - m.value
            expect(complement === 0 || complement >= 5, `figure ${i}: ${a.value} − ${m.value}`).toBe(true)
          })
          // The members view keeps the usual guarantees.
          for (const eq of equations(suppressGrid(membersIn, 5, allIn))) expect(eq.filter((f) => f.suppressed).length).not.toBe(1)
          figures(membersIn).forEach((entry, i) => {
            if (entry.value >= 1 && entry.value < 5) expect(shownMembers[i]).toEqual({ value: null, suppressed: 'under_5' })
            else if (!shownMembers[i].suppressed) expect(shownMembers[i].value).toBe(entry.value)
          })
        }),
        { numRuns: 500 },
      )
    })

    it('hides nothing extra when the members are all employers (complement 0 everywhere)', () => {
      fc.assert(
        fc.property(pair, ({ members, opts }) => {
          const grid = withTotals(members, opts)
          expect(suppressGrid(grid, 5, grid)).toEqual(suppressGrid(grid))
        }),
        { numRuns: 200 },
      )
    })
  })
})
