/**
 * The rule per measure and the linked-table system (ADR 0007), on crafted
 * figures: every hidden figure carries a true reason, and no hidden figure
 * can be recovered from totals, from other tables or from other periods.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  figureText,
  periodEdgeRisk,
  primaryReason,
  smallComplement,
  suppressSystem,
  type Entry,
  type LinearSystem,
} from '~/domain/statistics/suppression'

const people = (value: number, units = value): Entry => ({ value, units })

describe('the rule per measure', () => {
  it('never hides a public figure: 18 published vacancies from 2 employers show 18', () => {
    expect(primaryReason({ value: 18, public: true })).toBeNull()
    expect(primaryReason({ value: 2, public: true })).toBeNull()
    const system: LinearSystem = {
      entries: new Map([
        ['trondelag', { value: 18, public: true }],
        ['oslo', { value: 25, public: true }],
        ['total', { value: 43, public: true, isTotal: true }],
      ]),
      lines: [['trondelag', 'oslo', 'total']],
    }
    const out = suppressSystem(system)
    expect(out.get('trondelag')).toEqual({ value: 18 })
  })

  it('protects people: 1–4 is «<5», 5 or more on fewer than 5 people is «skjult» (few_people), 0 is 0', () => {
    expect(primaryReason(people(3))).toBe('under_5')
    expect(primaryReason(people(7, 3))).toBe('few_people')
    expect(primaryReason(people(0))).toBeNull()
    expect(primaryReason(people(5))).toBeNull()
  })

  it('protects one employer’s subsidy total: fewer than 3 employers, or one above 80 %, is hidden', () => {
    const amount = (value: number, orgs: number, topShare = 0.2): Entry => ({ value, units: 20, orgs, topShare, amount: true })
    expect(primaryReason(amount(900_000, 2))).toBe('few_organisations')
    expect(primaryReason(amount(900_000, 6, 0.85))).toBe('dominance')
    expect(primaryReason(amount(900_000, 6, 0.5))).toBeNull()
    // An amount is never labelled «<5», even when it stands on 1–4 people.
    expect(primaryReason({ value: 400_000, units: 2, orgs: 2, amount: true })).toBe('few_people')
    expect(figureText({ value: null, suppressed: 'few_organisations' })).toBe('skjult')
    expect(figureText({ value: null, suppressed: 'dominance' })).toBe('skjult')
  })

  it('hides a non-member employer’s part in a members-only view when it stands on fewer than 3 employers', () => {
    const members: Entry = { value: 1_000_000, units: 30, orgs: 10, amount: true }
    expect(smallComplement({ value: 1_400_000, units: 40, orgs: 11, amount: true }, members)).toBe(true)
    expect(smallComplement({ value: 1_400_000, units: 40, orgs: 15, amount: true }, members)).toBe(false)
  })
})

describe('other periods', () => {
  it('flags a figure whose first or last month alone is 1–4 (a period one month shorter would give it away)', () => {
    expect(periodEdgeRisk([people(6), people(2)])).toBe(true)
    expect(periodEdgeRisk([people(2), people(6)])).toBe(true)
    expect(periodEdgeRisk([people(6), people(0), people(7)])).toBe(false)
    expect(periodEdgeRisk([people(0), people(8), people(0)])).toBe(false)
    expect(periodEdgeRisk([people(3), people(3), people(9)])).toBe(true)
    expect(periodEdgeRisk([people(12)])).toBe(false)
  })

  it('property: when the whole and a shorter period are both shown, they differ by 0 or at least 5', () => {
    const month = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 30 }))
    fc.assert(
      fc.property(fc.array(month, { minLength: 1, maxLength: 8 }), (values) => {
        const shown = (from: number, to: number) => {
          const series = values.slice(from, to + 1).map((v) => people(v))
          const total = series.reduce((a, e) => a + e.value, 0)
          const reason = primaryReason({ ...people(total), periodRisk: periodEdgeRisk(series) })
          return reason ? null : total
        }
        for (let a = 0; a < values.length; a++)
          for (let b = a; b < values.length; b++)
            for (let c = a; c <= b; c++)
              for (let d = c; d <= b; d++) {
                const outer = shown(a, b)
                const inner = shown(c, d)
                if (outer === null || inner === null) continue
                const difference = outer - inner
                expect(difference === 0 || difference >= 5, `${values} [${a}..${b}] − [${c}..${d}]`).toBe(true)
              }
      }),
      { numRuns: 300 },
    )
  })
})

describe('one system across tables', () => {
  it('hides a figure shared by two tables in both, so one table cannot give back what the other hides', () => {
    // Table A: counties 3 + 40 = 43 (hiding 3 forces 40 or 43 out). Table B: the same total 43 next to 20 + 23.
    const system: LinearSystem = {
      entries: new Map<string, Entry & { isTotal?: boolean }>([
        ['a:1', people(3)],
        ['a:2', people(40)],
        ['total', { ...people(43), isTotal: true }],
        ['b:1', people(20)],
        ['b:2', people(23)],
      ]),
      lines: [
        ['a:1', 'a:2', 'total'],
        ['b:1', 'b:2', 'total'],
      ],
    }
    const out = suppressSystem(system)
    expect(out.get('a:1')!.suppressed).toBe('under_5')
    for (const line of system.lines) expect(line.filter((id) => out.get(id)!.suppressed).length).not.toBe(1)
  })

  it('property: over random linked lines, no line ever has exactly one hidden figure', () => {
    const value = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 60 }))
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 3, maxLength: 10 }),
        fc.array(fc.array(fc.nat(9), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        (values, groups) => {
          const system: LinearSystem = { entries: new Map(), lines: [] }
          values.forEach((v, i) => system.entries.set(`c${i}`, people(v)))
          groups.forEach((g, gi) => {
            const members = [...new Set(g.map((i) => i % values.length))]
            const sum = members.reduce((a, i) => a + values[i], 0)
            system.entries.set(`t${gi}`, { ...people(sum), isTotal: true })
            system.lines.push([...members.map((i) => `c${i}`), `t${gi}`])
          })
          const out = suppressSystem(system)
          for (const line of system.lines) expect(line.filter((id) => out.get(id)!.suppressed).length).not.toBe(1)
          for (const [id, e] of system.entries)
            if (e.value >= 1 && e.value <= 4) expect(out.get(id)).toEqual({ value: null, suppressed: 'under_5' })
        },
      ),
      { numRuns: 300 },
    )
  })
})
