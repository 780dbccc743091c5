/**
 * Tables of figures as of the rollup's build rather than per month: the
 * jobbspesialister's caseload sizes by IPS fidelity band, and the state
 * employers' inclusion goal against the totals they reported.
 */
import { IPS_CASELOAD_BANDS, ipsCaseloadScore } from '~/domain/statistics/caseload'
import { STATE_GOAL_PERCENT } from '~/domain/statistics/state-hires'
import type { Entry } from '~/domain/statistics/suppression'
import { grid, rid, snapshots, withShareColumn, type Figures, type Pending, type Rollup } from './figures.server'
import { SNAPSHOT_MONTH } from './rollup.server'

export function caseloadTable(fig: Figures, r: Rollup): Pending {
  const bands = new Map<number, { specialists: number; persons: number }>()
  for (const band of IPS_CASELOAD_BANDS) bands.set(band.score, { specialists: 0, persons: 0 })
  // Jobbspesialister per caseload size, as of the build (the rollup keeps the sizes, the bands are the domain's).
  for (const [size, f] of snapshots(r, 'caseload|size|')) {
    const b = bands.get(ipsCaseloadScore(Number(size)))!
    b.specialists += f.n
    b.persons += Number(size) * f.n
  }
  // Caseloads are the same for every partner view (not narrowed), so no complement.
  const cell = (key: string, b: { specialists: number; persons: number }, total = false): string[] => [
    fig.snapshot(`portefolje|${key}|jobbspesialister`, { value: b.specialists, isTotal: total }),
    // A band's caseload sum would reveal a single jobbspesialist's caseload: protected by the specialists behind it.
    fig.snapshot(`portefolje|${key}|deltakere`, { value: b.persons, units: Math.min(b.persons, b.specialists), isTotal: total }),
  ]
  const all = [...bands.values()].reduce((a, b) => ({ specialists: a.specialists + b.specialists, persons: a.persons + b.persons }), {
    specialists: 0,
    persons: 0,
  })
  return grid(
    fig,
    {
      id: 'portefolje',
      title: 'Jobbspesialistenes porteføljer etter IPS-skår',
      description: 'Antall aktive deltakere per jobbspesialist i dag, fordelt på IPS-troskapsskalaens trinn for porteføljestørrelse.',
      rowHeader: 'Deltakere per jobbspesialist',
      rows: IPS_CASELOAD_BANDS.map((b) => ({ key: String(b.score), label: b.label })),
      columns: [
        { key: 'jobbspesialister', label: 'Jobbspesialister', unit: 'count' },
        { key: 'deltakere', label: 'Aktive deltakere', unit: 'count' },
      ],
      chartColumn: 0,
      chartUnit: 'antall jobbspesialister',
    },
    { cells: IPS_CASELOAD_BANDS.map((b) => cell(String(b.score), bands.get(b.score)!)), colTotals: cell('totalt', all, true) },
  )
}

export function stateGoalTable(fig: Figures, months: string[], r: Rollup, all: Rollup | null): Pending {
  const fromYear = Number(months[0].slice(0, 4))
  const toYear = Number(months[months.length - 1].slice(0, 4))
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i)
  // The state employers' own reported totals per year, as of the build: sum, employers, the largest one's.
  // One employer's own reported total is not public: protected by employers, not people.
  const reportedEntry = (rollup: Rollup, year: number): Entry => {
    const f = rollup.get(rid('state_reports', 'year', String(year)))?.get(SNAPSHOT_MONTH)
    return f ? { value: f.n, orgs: f.orgs, topShare: f.amount / Math.max(1, f.n) } : { value: 0 }
  }
  const ids = years.map((y) => {
    const yearMonths = Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`)
    return [
      fig.snapshot(`statlig|${y}|rapportert`, reportedEntry(r, y), all ? reportedEntry(all, y) : undefined),
      fig.rollup(['state_hires|total|*'], yearMonths, 'people'),
    ]
  })
  const pending = grid(
    fig,
    {
      id: 'statlig-mal',
      title: 'Statlige arbeidsgivere: inkluderingsmålet på 5 %',
      description:
        'Ansettelser gjennom Vi inkluderer hos statlige arbeidsgivere i hele kalenderåret, som andel av alle nyansettelser statlige arbeidsgivere selv har rapportert for året. Målet er at minst 5 % av nyansettelsene i staten er personer med nedsatt funksjonsevne eller hull i CV-en. Rapporterte tall vises bare når minst tre arbeidsgivere har rapportert.',
      rowHeader: 'År',
      rows: years.map((y) => ({ key: String(y), label: String(y) })),
      columns: [
        { key: 'rapportert', label: 'Rapporterte nyansettelser', unit: 'count' },
        { key: 'inkludering', label: 'Inkluderingsansettelser', unit: 'count' },
      ],
      chartColumn: 1,
      chartUnit: 'antall ansettelser',
    },
    { cells: ids },
  )
  return (f) => {
    const withShare = withShareColumn(pending(f), 1, 0, { key: 'andel', label: 'Andel (%)' })
    return {
      ...withShare,
      columns: [...withShare.columns, { key: 'mal', label: 'Mål (%)', unit: 'percent' }],
      cells: withShare.cells.map((row) => [...row, { value: STATE_GOAL_PERCENT }]),
      chartColumn: 2,
      chartUnit: 'prosent',
    }
  }
}
