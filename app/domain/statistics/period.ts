import {
  endOfQuarter,
  endOfYear,
  format,
  parseISO,
  startOfMonth,
  startOfQuarter,
  startOfYear,
  subMonths,
  subQuarters,
  subYears,
} from 'date-fns'
import { z } from 'zod'
import { isCode } from '~/domain/codes'
import { formatMonthNb, parseNorwegianDate } from '~/domain/dates'

export { nextDay } from '~/domain/dates'

/** Breakdowns offered on the dashboard and in the API (`groupBy`). */
export const GROUP_BY_CODES = ['fylke', 'sektor', 'naering', 'malgruppe'] as const
export type GroupBy = (typeof GROUP_BY_CODES)[number]
export const GROUP_BYS = {
  fylke: 'Fylke',
  sektor: 'Sektor',
  naering: 'Næring',
  malgruppe: 'Prioritert målgruppe',
} as const satisfies Record<GroupBy, string>

/** Employers'-side partner organisations: they may narrow the figures to their member employers. */
export const EMPLOYER_SIDE_PARTNERS = ['NHO', 'VIRKE', 'KS', 'SPEKTER'] as const
export type EmployerSidePartner = (typeof EMPLOYER_SIDE_PARTNERS)[number]

/** The pilot counties of «Vi inkluderer»: Oslo, Vestland and Trøndelag. */
export const PILOT_FYLKER = ['03', '46', '50'] as const

export const MAX_PERIOD_MONTHS = 60

/** What the monthly chart can show (`measure`): the five counted sources. */
export const MEASURE_CODES = ['vacancies', 'profiles', 'requests', 'hires', 'agreements'] as const
export type Measure = (typeof MEASURE_CODES)[number]
export const MEASURES = {
  vacancies: 'Stillinger publisert',
  profiles: 'Profiler publisert',
  requests: 'Forespørsler om kontakt',
  hires: 'Ansettelser',
  agreements: 'Oppfølgingsavtaler startet',
} as const satisfies Record<Measure, string>

/** Ready-made periods, computed from the app clock's today. */
export const PERIOD_PRESET_CODES = ['hittil-i-ar', 'siste-12-maneder', 'forrige-kvartal', 'forrige-ar'] as const
export type PeriodPreset = (typeof PERIOD_PRESET_CODES)[number]
export const PERIOD_PRESETS = {
  'hittil-i-ar': 'Hittil i år',
  'siste-12-maneder': 'Siste 12 måneder',
  'forrige-kvartal': 'Forrige kvartal',
  'forrige-ar': 'Forrige år',
} as const satisfies Record<PeriodPreset, string>

const DATE_SHAPE = /^(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})$/

/** A date typed as dd.mm.åååå (or ISO) → ISO, with bokmål messages. */
const typedDate = (label: string) =>
  z
    .string({ required_error: `Skriv ${label}.`, invalid_type_error: `Skriv ${label}.` })
    .trim()
    .superRefine((s, ctx) => {
      if (!DATE_SHAPE.test(s)) ctx.addIssue({ code: 'custom', message: `Skriv ${label} som dd.mm.åååå, for eksempel 01.01.2026.` })
      else if (!parseNorwegianDate(s)) ctx.addIssue({ code: 'custom', message: `${capitalise(label)} finnes ikke i kalenderen.` })
    })
    .transform((s) => parseNorwegianDate(s) ?? s)

/** Query parameters of the dashboard, the CSV export and GET /api/v1/stats. */
export const StatsQuerySchema = z
  .object({
    from: typedDate('fra-dato'),
    to: typedDate('til-dato'),
    groupBy: z.enum(GROUP_BY_CODES, {
      errorMap: () => ({ message: `Velg en fordeling: ${GROUP_BY_CODES.join(', ')}.` }),
    }),
    utvalg: z.enum(['alle', ...EMPLOYER_SIDE_PARTNERS], {
      errorMap: () => ({ message: `Velg utvalg: alle, ${EMPLOYER_SIDE_PARTNERS.join(', ')}.` }),
    }),
    measure: z.enum(MEASURE_CODES, {
      errorMap: () => ({ message: `Velg hva diagrammet skal vise: ${MEASURE_CODES.join(', ')}.` }),
    }),
  })
  .superRefine((v, ctx) => {
    if (v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Til-dato må være samme dag som eller etter fra-dato.' })
    else if (monthsBetween(v.from, v.to).length > MAX_PERIOD_MONTHS)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `Perioden kan være høyst ${MAX_PERIOD_MONTHS} måneder.` })
  })
export type StatsQuery = z.infer<typeof StatsQuerySchema>

/** Default period: the last 12 months including the current one. */
export function defaultPeriod(today: string): { from: string; to: string } {
  return presetPeriod('siste-12-maneder', today)
}

/** The period of a preset, from today (ISO in, ISO out). */
export function presetPeriod(preset: PeriodPreset, today: string): { from: string; to: string } {
  const day = parseISO(today)
  const iso = (d: Date) => format(d, 'yyyy-MM-dd')
  switch (preset) {
    case 'hittil-i-ar':
      return { from: iso(startOfYear(day)), to: today }
    case 'siste-12-maneder':
      return { from: iso(startOfMonth(subMonths(day, 11))), to: today }
    case 'forrige-kvartal': {
      const q = subQuarters(day, 1)
      return { from: iso(startOfQuarter(q)), to: iso(endOfQuarter(q)) }
    }
    case 'forrige-ar': {
      const y = subYears(day, 1)
      return { from: iso(startOfYear(y)), to: iso(endOfYear(y)) }
    }
  }
}

/** The same period one year earlier (29 February → 28 February). */
export function samePeriodLastYear(period: { from: string; to: string }): { from: string; to: string } {
  const iso = (d: Date) => format(d, 'yyyy-MM-dd')
  return { from: iso(subYears(parseISO(period.from), 1)), to: iso(subYears(parseISO(period.to), 1)) }
}

/** ISO «2026-01-31» → «31.01.2026» (what the period fields show). */
export function typedDateText(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  return m ? `${m[3]}.${m[2]}.${m[1]}` : isoDate
}

/**
 * Reads the query from URL search params, filling defaults for missing
 * values (empty strings count as missing). `preset` (when valid) gives the
 * period. Returns field errors in bokmål and what was typed.
 */
export function parseStatsQuery(
  params: URLSearchParams,
  today: string,
): { ok: true; value: StatsQuery } | { ok: false; errors: Array<{ field: string; message: string }>; submitted: Record<string, string> } {
  const preset = params.get('preset')
  const fromPreset = isCode(PERIOD_PRESET_CODES, preset)
  const period = fromPreset ? presetPeriod(preset, today) : defaultPeriod(today)
  const raw = {
    from: (!fromPreset && params.get('from')) || period.from,
    to: (!fromPreset && params.get('to')) || period.to,
    groupBy: params.get('groupBy') || 'fylke',
    utvalg: params.get('utvalg') || 'alle',
    measure: params.get('measure') || 'vacancies',
  }
  const result = StatsQuerySchema.safeParse(raw)
  if (result.success) return { ok: true, value: result.data }
  return {
    ok: false,
    errors: result.error.issues.map((i) => ({ field: String(i.path[0] ?? 'query'), message: i.message })),
    submitted: raw,
  }
}

/** Calendar months (YYYY-MM) from the month of `from` to the month of `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  let [y, m] = from.slice(0, 7).split('-').map(Number)
  const [ty, tm] = to.slice(0, 7).split('-').map(Number)
  const out: string[] = []
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    m++
    if (m > 12) {
      m = 1
      y++
    }
    if (out.length > MAX_PERIOD_MONTHS + 1) break
  }
  return out
}

/** «januar 2026» */
export const monthLabel = formatMonthNb

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
