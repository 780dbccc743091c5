import { z } from 'zod'
import { formatMonthNb, isIsoDate, ISO_DATE_PATTERN, startOfMonth } from '~/domain/dates'

export { nextDay } from '~/domain/dates'

/** Breakdowns offered on the dashboard and in the API (`groupBy`). */
export const GROUP_BYS = {
  fylke: 'Fylke',
  sektor: 'Sektor',
  naering: 'Næring',
  malgruppe: 'Prioritert målgruppe',
} as const
export type GroupBy = keyof typeof GROUP_BYS
export const GROUP_BY_CODES = Object.keys(GROUP_BYS) as GroupBy[]

/** Employers'-side partner organisations: they may narrow the figures to their member employers. */
export const EMPLOYER_SIDE_PARTNERS = ['NHO', 'VIRKE', 'KS', 'SPEKTER'] as const
export type EmployerSidePartner = (typeof EMPLOYER_SIDE_PARTNERS)[number]

/** The pilot counties of «Vi inkluderer»: Oslo, Vestland and Trøndelag. */
export const PILOT_FYLKER = ['03', '46', '50'] as const

export const MAX_PERIOD_MONTHS = 60

const isoDate = (label: string) =>
  z
    .string({ required_error: `Velg ${label}.`, invalid_type_error: `Velg ${label}.` })
    .trim()
    .regex(ISO_DATE_PATTERN, `Skriv ${label} som en dato, for eksempel 2026-01-01.`)
    .refine((s) => isIsoDate(s), `${capitalise(label)} finnes ikke i kalenderen.`)

/** Query parameters of the dashboard, the CSV export and GET /api/v1/stats. */
export const StatsQuerySchema = z
  .object({
    from: isoDate('fra-dato'),
    to: isoDate('til-dato'),
    groupBy: z.enum(GROUP_BY_CODES as [GroupBy, ...GroupBy[]], {
      errorMap: () => ({ message: `Velg en fordeling: ${GROUP_BY_CODES.join(', ')}.` }),
    }),
    utvalg: z.enum(['alle', ...EMPLOYER_SIDE_PARTNERS], {
      errorMap: () => ({ message: `Velg utvalg: alle, ${EMPLOYER_SIDE_PARTNERS.join(', ')}.` }),
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
  return { from: startOfMonth(today, -11), to: today }
}

/**
 * Reads the query from URL search params, filling defaults for missing
 * values (empty strings count as missing). Returns field errors in bokmål.
 */
export function parseStatsQuery(
  params: URLSearchParams,
  today: string,
): { ok: true; value: StatsQuery } | { ok: false; errors: Array<{ field: string; message: string }>; submitted: Record<string, string> } {
  const defaults = defaultPeriod(today)
  const raw = {
    from: params.get('from') || defaults.from,
    to: params.get('to') || defaults.to,
    groupBy: params.get('groupBy') || 'fylke',
    utvalg: params.get('utvalg') || 'alle',
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
