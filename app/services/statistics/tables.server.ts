/**
 * The dashboard's monthly tables: each registers its figures and lines in the
 * dashboard's system (`figures.server.ts`) and is finished once the whole
 * system is suppressed. The duration medians are not sums and stay outside.
 */
import { getDb } from '@db/client.server'
import { fylker } from '@db/schema'
import { INCLUSION_TAG_GROUPS, INCLUSION_TAGS, isCode, NACE_LABELS, SECTOR_LABELS } from '~/domain/codes'
import { GROUP_BYS, monthLabel, PILOT_FYLKER, type GroupBy, type Measure } from '~/domain/statistics/period'
import { shareFigure, type Figure } from '~/domain/statistics/suppression'
import type { StatTable } from '~/domain/statistics/table'
import { SCHEME_LABELS, SCHEMES } from '~/domain/subsidies'
import {
  finish,
  grid,
  MEASURE_UNITS,
  rid,
  ruleOf,
  series,
  SOURCE_LABELS,
  totalId,
  withShareColumn,
  type Figures,
  type Pending,
  type Rollup,
} from './figures.server'
import { keyExpr, RETENTION_MONTHS, SOURCE_LIST, UNKNOWN } from './rollup.server'

const REQUEST_OUTCOMES = [
  { key: 'VENTER', label: 'Venter på svar' },
  { key: 'GODKJENT', label: 'Kandidaten sa ja' },
  { key: 'AVSLATT', label: 'Kandidaten sa nei' },
  { key: 'UTLOPT', label: 'Ikke besvart i tide' },
  { key: 'TRUKKET', label: 'Trukket av arbeidsgiver' },
] as const

export function overviewTable(fig: Figures, months: string[], measure: Measure): Pending {
  const chartColumn = SOURCE_LIST.findIndex((s) => s.key === measure)
  return grid(
    fig,
    {
      id: 'oversikt',
      title: 'Oversikt per måned',
      description:
        'Publiserte stillinger og profiler, forespørsler om kontakt, ansettelser («Fått jobben» eller startet oppfølgingsavtale) og startede oppfølgingsavtaler, per måned.',
      rowHeader: 'Måned',
      rows: months.map((m) => ({ key: m, label: monthLabel(m) })),
      columns: SOURCE_LIST.map((s) => ({ key: s.key, label: SOURCE_LABELS[s.key], unit: 'count' as const })),
      chartColumn,
      chartUnit: MEASURE_UNITS[measure],
    },
    {
      cells: months.map((m) => SOURCE_LIST.map((s) => fig.rollup([totalId(s.key)], [m], ruleOf(s.key)))),
      colTotals: SOURCE_LIST.map((s) => fig.rollup([totalId(s.key)], months, ruleOf(s.key), { total: true })),
    },
  )
}

/** The counties (reference data, the same for the life of the process). */
let fylkeList: Array<{ fylkesnummer: string; name: string }> | undefined
const allFylker = () =>
  (fylkeList ??= getDb().select({ fylkesnummer: fylker.fylkesnummer, name: fylker.name }).from(fylker).orderBy(fylker.fylkesnummer).all())

/** Row keys and labels for a breakdown. */
function breakdownRows(groupBy: GroupBy): Array<{ key: string; label: string }> {
  switch (groupBy) {
    case 'fylke': {
      return allFylker().map((f) => ({
        key: f.fylkesnummer,
        label: isCode(PILOT_FYLKER, f.fylkesnummer) ? `${f.name} (pilotfylke)` : f.name,
      }))
    }
    case 'sektor':
      return Object.entries(SECTOR_LABELS).map(([key, label]) => ({ key, label }))
    case 'naering':
      return Object.entries(NACE_LABELS).map(([key, label]) => ({ key, label: `${key} ${label}` }))
    case 'malgruppe':
      return Object.entries(INCLUSION_TAGS)
        .filter(([key]) => key.startsWith('PRIORITERT_MALGRUPPE__'))
        .map(([key, label]) => ({ key, label }))
  }
}

const BREAKDOWN_DESCRIPTIONS: Record<GroupBy, string> = {
  fylke:
    'Stillinger etter stillingens fylke, profiler etter fylket som vises på profilen, og forespørsler, ansettelser og avtaler etter arbeidsgiverens fylke. Pilotfylkene er Oslo, Trøndelag og Vestland.',
  sektor: 'Etter arbeidsgiverens sektor.',
  naering: 'Etter arbeidsgiverens næring (næringshovedområde i SN2007).',
  malgruppe:
    'Etter prioritert målgruppe: stillingens merking, og målgruppene som vises på kandidatens profil. En stilling eller profil kan høre til flere målgrupper, så tallene kan ikke summeres.',
}

/**
 * Every breakdown is registered whatever the partner chose to see, so a
 * figure is hidden or shown the same way in every view of the same period.
 */
export function breakdownTable(fig: Figures, groupBy: GroupBy, months: string[], r: Rollup): Pending {
  const sources = SOURCE_LIST.filter((s) => keyExpr(s, groupBy) !== null)
  const rows = breakdownRows(groupBy)
  if (groupBy !== 'malgruppe') rows.push({ key: UNKNOWN, label: 'Ikke oppgitt' })
  // A person can belong to several priority groups, so those rows do not add up: no totals there.
  const additive = groupBy !== 'malgruppe'
  const pending = grid(
    fig,
    {
      id: 'fordeling',
      title: `Fordeling etter ${GROUP_BYS[groupBy].toLowerCase()}`,
      description: BREAKDOWN_DESCRIPTIONS[groupBy],
      rowHeader: GROUP_BYS[groupBy],
      rows,
      columns: sources.map((s) => ({ key: s.key, label: SOURCE_LABELS[s.key], unit: 'count' as const })),
      chartColumn: 0,
      chartUnit: MEASURE_UNITS[sources[0].key],
    },
    {
      cells: rows.map((row) => sources.map((s) => fig.rollup([rid(s.key, groupBy, row.key)], months, ruleOf(s.key)))),
      colTotals: additive ? sources.map((s) => fig.rollup([totalId(s.key)], months, ruleOf(s.key), { total: true })) : undefined,
    },
  )
  // «Ikke oppgitt» only when something is in it (it stays in the system either way).
  return (f) => {
    const t = pending(f)
    const unknownRow = t.rows.findIndex((row) => row.key === UNKNOWN)
    const empty = unknownRow >= 0 && sources.every((s) => !hasAny(r, rid(s.key, groupBy, UNKNOWN), months))
    if (!empty) return t
    return finish({ ...t, rows: t.rows.filter((_, i) => i !== unknownRow), cells: t.cells.filter((_, i) => i !== unknownRow) })
  }
}

function hasAny(r: Rollup, id: string, months: string[]): boolean {
  const byMonth = r.get(id)
  return months.some((m) => (byMonth?.get(m)?.n ?? 0) > 0)
}

/** The fylke keys (with «not given») split into the pilot counties and the rest. */
function fylkeGroups(): { pilot: string[]; rest: string[] } {
  const all = allFylker().map((f) => f.fylkesnummer)
  const pilot: string[] = all.filter((nr) => isCode(PILOT_FYLKER, nr))
  return { pilot, rest: [...all.filter((nr) => !pilot.includes(nr)), UNKNOWN] }
}

export function pilotTable(fig: Figures, months: string[]): Pending {
  const { pilot, rest } = fylkeGroups()
  const ids = SOURCE_LIST.map((s) => {
    const rule = ruleOf(s.key)
    const cell = (key: string) => fig.rollup([rid(s.key, 'fylke', key)], months, rule)
    const pilotId = fig.rollup(
      pilot.map((k) => rid(s.key, 'fylke', k)),
      months,
      rule,
      { total: true },
    )
    const restId = fig.rollup(
      rest.map((k) => rid(s.key, 'fylke', k)),
      months,
      rule,
      { total: true },
    )
    // The subtotals tie to the county cells of the same period.
    fig.line([...pilot.map(cell), pilotId])
    fig.line([...rest.map(cell), restId])
    return { pilotId, restId, total: fig.rollup([totalId(s.key)], months, rule, { total: true }) }
  })
  return grid(
    fig,
    {
      id: 'pilotfylker',
      title: 'Pilotfylkene mot resten av landet',
      description:
        'Pilotfylkene er Oslo, Trøndelag og Vestland. Stillinger etter stillingens fylke, profiler etter fylket på profilen, resten etter arbeidsgiverens fylke. «Resten av landet» tar med tall der fylket ikke er oppgitt.',
      rowHeader: 'Område',
      rows: [
        { key: 'pilot', label: 'Pilotfylkene (Oslo, Trøndelag, Vestland)' },
        { key: 'resten', label: 'Resten av landet' },
      ],
      columns: SOURCE_LIST.map((s) => ({ key: s.key, label: SOURCE_LABELS[s.key], unit: 'count' as const })),
      chartColumn: 0,
      chartUnit: MEASURE_UNITS.vacancies,
    },
    { cells: [ids.map((i) => i.pilotId), ids.map((i) => i.restId)], colTotals: ids.map((i) => i.total) },
  )
}

export function comparisonTable(fig: Figures, months: string[], lastYearMonths: string[]): Pending {
  const now = SOURCE_LIST.map((s) => fig.rollup([totalId(s.key)], months, ruleOf(s.key), { total: true }))
  const before = SOURCE_LIST.map((s) => fig.rollup([totalId(s.key)], lastYearMonths, ruleOf(s.key), { total: true }))
  return (f) =>
    finish({
      id: 'sammenligning',
      title: 'Sammenlignet med samme periode i fjor',
      description: `Valgt periode (${monthLabel(months[0])}–${monthLabel(months[months.length - 1])}) mot de samme månedene ett år før (${monthLabel(lastYearMonths[0])}–${monthLabel(lastYearMonths[lastYearMonths.length - 1])}).`,
      rowHeader: 'Måltall',
      rows: SOURCE_LIST.map((s) => ({ key: s.key, label: SOURCE_LABELS[s.key] })),
      columns: [
        { key: 'periode', label: 'Valgt periode', unit: 'count' },
        { key: 'i-fjor', label: 'Samme periode i fjor', unit: 'count' },
        { key: 'endring', label: 'Endring (%)', unit: 'percent' },
      ],
      cells: SOURCE_LIST.map((_, i) => {
        const a = f(now[i])
        const b = f(before[i])
        return [a, b, changeFigure(a, b)]
      }),
      chartColumn: null,
    })
}

/** Change in percent from `before` to `now`: hidden when either is hidden. */
function changeFigure(now: Figure, before: Figure): Figure {
  const share = shareFigure(now, before)
  return share.value === null ? share : { value: Math.round((share.value - 100) * 10) / 10 }
}

/** The funnel: published profiles → contact requests → yes → hires → agreements still running. */
export function funnelTable(fig: Figures, months: string[]): Pending {
  const steps: Array<{ key: string; label: string; id: string; base: string | null }> = []
  const profilesId = fig.rollup([totalId('profiles')], months, 'people', { total: true })
  const requestsId = fig.rollup([totalId('requests')], months, 'people', { total: true })
  const yesId = fig.rollup([rid('request_outcomes', 'outcome', 'GODKJENT')], months, 'people', { total: true })
  const hiresId = fig.rollup([totalId('hires')], months, 'people', { total: true })
  steps.push(
    { key: 'profiler', label: 'Profiler publisert', id: profilesId, base: null },
    { key: 'foresporsler', label: 'Forespørsler om kontakt (andel: per 100 profiler)', id: requestsId, base: profilesId },
    { key: 'ja', label: 'Kandidaten sa ja (andel av forespørslene)', id: yesId, base: requestsId },
    { key: 'ansatt', label: 'Ansettelser (andel av ja-svarene)', id: hiresId, base: yesId },
  )
  for (const n of RETENTION_MONTHS) {
    const passed = fig.rollup([rid('retention', 'retention', `${n}:passert`)], months, 'people', { total: true })
    steps.push({
      key: `lop-${n}`,
      label: `Oppfølgingsavtaler fortsatt i gang etter ${n} måneder (andel av avtalene som har passert ${n} måneder)`,
      id: fig.rollup([rid('retention', 'retention', `${n}:lop`)], months, 'people', { total: true }),
      base: passed,
    })
  }
  return (f) =>
    finish({
      id: 'trakt',
      title: 'Fra profil til jobb',
      description:
        'Hvor mange som kommer videre fra trinn til trinn i perioden. Andelen er regnet av trinnet før, og for avtalene av dem som har vart lenge nok til å telle.',
      rowHeader: 'Trinn',
      rows: steps.map((s) => ({ key: s.key, label: s.label })),
      columns: [
        { key: 'antall', label: 'Antall', unit: 'count' },
        { key: 'andel', label: 'Andel (%)', unit: 'percent' },
      ],
      cells: steps.map((s) => {
        const value = f(s.id)
        return [value, s.base ? shareFigure(value, f(s.base)) : { value: null }]
      }),
      chartColumn: 0,
      chartUnit: 'antall',
    })
}

/** Median of a histogram (day → how many); null when empty. */
export function histogramMedian(histogram: Map<number, number>): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0)
  if (total === 0) return null
  const days = [...histogram.keys()].sort((a, b) => a - b)
  const at = (k: number) => {
    let seen = 0
    for (const d of days) {
      seen += histogram.get(d)!
      if (seen > k) return d
    }
    return days[days.length - 1]
  }
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2
}

/** Median days from request to answer and from a «yes» to the hire. Medians are not sums: they stay outside the system. */
export function durationTable(r: Rollup, months: string[]): StatTable {
  const median = (source: string): Figure => {
    const histogram = new Map<number, number>()
    let people = 0
    for (const [id, byMonth] of r) {
      if (!id.startsWith(`${source}|days|`)) continue
      const day = Number(id.split('|')[2])
      for (const m of months) {
        const f = byMonth.get(m)
        if (!f) continue
        histogram.set(day, (histogram.get(day) ?? 0) + f.n)
        people = Math.max(people, f.units)
      }
    }
    const total = [...histogram.values()].reduce((a, b) => a + b, 0)
    const value = histogramMedian(histogram)
    if (value === null) return { value: null }
    // A median of fewer than 5 people's waits says too much about each of them.
    if (total < 5 || people < 1) return { value: null, suppressed: 'few_people' }
    return { value }
  }
  return finish({
    id: 'tid',
    title: 'Hvor lang tid hvert trinn tar',
    description:
      'Median antall dager for forespørsler sendt i perioden: fra arbeidsgiveren ba om kontakt til kandidaten svarte, og fra kandidaten sa ja til arbeidsgiveren markerte «Fått jobben». Halvparten gikk raskere, halvparten tregere.',
    rowHeader: 'Trinn',
    rows: [
      { key: 'svar', label: 'Fra forespørsel til svar' },
      { key: 'ansettelse', label: 'Fra ja til ansettelse' },
    ],
    columns: [{ key: 'median', label: 'Median (dager)', unit: 'days' }],
    cells: [[median('answer_days')], [median('hire_days')]],
    chartColumn: 0,
    chartUnit: 'dager',
  })
}

export function vacancyTagTable(fig: Figures, months: string[]): Pending {
  const id = (g: string) => rid('vacancy_tags', 'taggroup', g)
  return grid(
    fig,
    {
      id: 'stillinger-merking',
      title: 'Publiserte stillinger med inkluderingsmerking',
      description:
        'Antall stillinger publisert per måned med minst én merking i hver gruppe. En stilling kan ha merking i flere grupper. Publiserte stillinger er offentlige, så disse tallene skjules ikke.',
      rowHeader: 'Måned',
      rows: months.map((m) => ({ key: m, label: monthLabel(m) })),
      columns: INCLUSION_TAG_GROUPS.map((g) => ({ key: g.code, label: g.label, unit: 'count' as const })),
      chartColumn: 2,
      chartUnit: MEASURE_UNITS.vacancies,
    },
    {
      cells: months.map((m) => INCLUSION_TAG_GROUPS.map((g) => fig.rollup([id(g.code)], [m], 'public'))),
      colTotals: INCLUSION_TAG_GROUPS.map((g) => fig.rollup([id(g.code)], months, 'public', { total: true })),
    },
  )
}

export function requestOutcomeTable(fig: Figures, months: string[]): Pending {
  const id = (o: string) => rid('request_outcomes', 'outcome', o)
  return grid(
    fig,
    {
      id: 'foresporsler',
      title: 'Forespørsler om kontakt og hvordan de endte',
      description: 'Forespørsler etter måneden arbeidsgiveren sendte dem, fordelt på utfall.',
      rowHeader: 'Måned',
      rows: months.map((m) => ({ key: m, label: monthLabel(m) })),
      columns: REQUEST_OUTCOMES.map((o) => ({ key: o.key, label: o.label, unit: 'count' as const })),
      chartColumn: 1,
      chartUnit: MEASURE_UNITS.requests,
    },
    {
      cells: months.map((m) => REQUEST_OUTCOMES.map((o) => fig.rollup([id(o.key)], [m], 'people'))),
      rowTotals: months.map((m) => fig.rollup([totalId('requests')], [m], 'people', { total: true })),
      colTotals: REQUEST_OUTCOMES.map((o) => fig.rollup([id(o.key)], months, 'people', { total: true })),
      grandTotal: fig.rollup([totalId('requests')], months, 'people', { total: true }),
    },
  )
}

export function schemeTable(fig: Figures, months: string[], r: Rollup): Pending {
  const id = (s: string) => rid('schemes', 'scheme', s)
  const amountOf = (ids: string[]) => series(r, ids, months, 'amount').reduce((a, e) => a + e.value, 0)
  /**
   * The largest employer's share of an amount. The rollup keeps each month's
   * largest employer total; their sum over the months is at least what any one
   * employer got in the period, so the share errs towards hiding (dominance).
   */
  const share = (key: string, ids: string[]) => {
    const total = amountOf(ids)
    const top = amountOf([rid('scheme_top', 'scheme', key)])
    return total > 0 ? Math.min(1, top / total) : 0
  }
  const all = SCHEMES.map(id)
  return grid(
    fig,
    {
      id: 'avtaler-ordning',
      title: 'Oppfølgingsavtaler etter ordning',
      description:
        'Ordninger brukt i oppfølgingsavtaler som startet i perioden, og tilskuddsbeløpet som er beregnet for dem. Beløp vises bare når minst tre arbeidsgivere står bak, og ingen av dem står for mer enn 80 %.',
      rowHeader: 'Ordning',
      rows: SCHEMES.map((s) => ({ key: s, label: SCHEME_LABELS[s] })),
      columns: [
        { key: 'antall', label: 'Avtaler med ordningen', unit: 'count' },
        { key: 'belop', label: 'Tilskudd beregnet (kr)', unit: 'kroner' },
      ],
      chartColumn: 0,
      chartUnit: 'antall avtaler',
    },
    {
      cells: SCHEMES.map((s) => [
        fig.rollup([id(s)], months, 'people'),
        fig.rollup([id(s)], months, 'amount', { topShare: share(s, [id(s)]) }),
      ]),
      colTotals: [
        fig.rollup(all, months, 'people', { total: true }),
        fig.rollup(all, months, 'amount', { total: true, topShare: share('*', all) }),
      ],
    },
  )
}

export function retentionTable(fig: Figures, months: string[]): Pending {
  const pending = grid(
    fig,
    {
      id: 'avtaler-varighet',
      title: 'Oppfølgingsavtaler som fortsatt løper',
      description:
        'Av avtalene som startet i perioden og har passert 3, 6 og 12 måneder: hvor mange som fortsatt løp etter så lang tid (ikke avsluttet eller annullert).',
      rowHeader: 'Tid etter oppstart',
      rows: RETENTION_MONTHS.map((m) => ({ key: String(m), label: `${m} måneder` })),
      columns: [
        { key: 'startet', label: 'Avtaler som har passert tiden', unit: 'count' },
        { key: 'lop', label: 'Fortsatt i gang', unit: 'count' },
      ],
      chartColumn: 1,
      chartUnit: 'antall avtaler',
    },
    {
      cells: RETENTION_MONTHS.map((n) => [
        fig.rollup([rid('retention', 'retention', `${n}:passert`)], months, 'people', { total: true }),
        fig.rollup([rid('retention', 'retention', `${n}:lop`)], months, 'people', { total: true }),
      ]),
    },
  )
  return (f) => withShareColumn(pending(f), 1, 0, { key: 'andel', label: 'Andel i gang (%)' })
}
