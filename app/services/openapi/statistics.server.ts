/** OpenAPI for GET /stats (the partner dashboard as JSON). */
import { z } from 'zod'
import { EMPLOYER_SIDE_PARTNERS, PERIOD_PRESET_CODES, StatsQuerySchema } from '~/domain/statistics/period'
import { SUPPRESSION_REASONS } from '~/domain/statistics/suppression'
import type { StatTable } from '~/domain/statistics/table'
import { errorResponse, json, registry, SESSION, UNAUTHORISED, validationResponse, type Describes } from './registry.server'

const FigureSchema = registry.register(
  'StatFigure',
  z.object({ value: z.number().nullable(), suppressed: z.enum(SUPPRESSION_REASONS).optional() }).openapi({
    description:
      'One figure: a number in `value`, or `value` null and a `suppressed` reason code (never both). Reasons (ADR 0007): `under_5` the figure is 1–4 (shown «<5»); `few_people` fewer than 5 people behind a larger figure; `few_organisations` fewer than 3 employers behind a figure that is not public; `dominance` one employer has more than 80 % of an amount; `other_periods` a period one month shorter would differ by 1–4; `complement` all employers − members would give 1–4; `secondary` hidden so a total cannot reveal another hidden figure. Every reason except `under_5` is shown «skjult». `value` null without a reason: nothing to show (a share of 0).',
  }),
)

const TableSchema = registry.register(
  'StatTable',
  z.object({
    id: z.string().openapi({
      examples: [
        'oversikt',
        'trakt',
        'sammenligning',
        'pilotfylker',
        'tid',
        'fordeling',
        'stillinger-merking',
        'foresporsler',
        'avtaler-ordning',
        'avtaler-varighet',
        'statlig-mal',
        'portefolje',
      ],
    }),
    title: z.string(),
    description: z.string(),
    rowHeader: z.string(),
    rows: z.array(z.object({ key: z.string(), label: z.string() })),
    columns: z.array(z.object({ key: z.string(), label: z.string(), unit: z.enum(['count', 'kroner', 'percent', 'days']) })),
    cells: z.array(z.array(FigureSchema)),
    rowTotals: z.array(FigureSchema).optional(),
    colTotals: z.array(FigureSchema).optional(),
    grandTotal: FigureSchema.optional(),
    chartColumn: z.number().int().nullable().openapi({ description: 'The column the chart shows; null: no chart.' }),
    chartUnit: z.string().optional().openapi({ description: 'What one unit on the chart axis is, in bokmål («antall stillinger»).' }),
    notes: z
      .array(z.object({ reason: z.enum(SUPPRESSION_REASONS), text: z.string() }))
      .openapi({ description: 'One footnote per reason that hides a figure in this table.' }),
  }),
)
const _table: Describes<z.infer<typeof TableSchema>, StatTable> = true

const month = z.string().regex(/^\d{4}-\d{2}$/)
const query = StatsQuerySchema.innerType().shape

const ResponseSchema = registry.register(
  'StatsResponse',
  z.object({
    from: z.string().openapi({ format: 'date' }),
    to: z.string().openapi({ format: 'date' }),
    groupBy: query.groupBy,
    utvalg: query.utvalg,
    measure: query.measure,
    months: z.object({ first: month, last: month }),
    lastYear: z.object({ first: month, last: month }).openapi({ description: 'The same months one year earlier (table `sammenligning`).' }),
    builtAt: z.string().nullable().openapi({ format: 'date-time', description: 'When the figures were last updated («Sist oppdatert»).' }),
    scope: z.string(),
    tables: z.array(TableSchema),
  }),
)

registry.registerPath({
  method: 'get',
  path: '/stats',
  summary: 'Partner statistics (aggregates only, small and revealing figures suppressed)',
  description:
    'The partner dashboard as JSON, for partner and admin users: by month, the funnel from profile to job, the same period last year, pilot counties against the rest, and the chosen breakdown. Hidden figures carry a reason code instead of a value — exactly as on the page and in the CSV export.',
  security: SESSION,
  request: {
    // The parameters of StatsQuerySchema, in this order, with `preset` (which parseStatsQuery reads first) and the defaults it fills in.
    query: z.object({
      from: query.from.optional().openapi({
        description: 'First day, dd.mm.åååå or YYYY-MM-DD. Default: first day of the month 11 months ago.',
        examples: ['01.01.2026', '2026-01-01'],
      }),
      to: query.to
        .optional()
        .openapi({ description: 'Last day, dd.mm.åååå or YYYY-MM-DD, at most 60 months after `from`. Default: today.' }),
      preset: z
        .string()
        .optional()
        .openapi({ enum: [...PERIOD_PRESET_CODES], description: 'A ready-made period computed from today; overrides `from` and `to`.' }),
      groupBy: query.groupBy.default('fylke').openapi({ description: 'Breakdown of the `fordeling` table.' }),
      utvalg: query.utvalg.default('alle').openapi({
        description: `Narrow employer figures to one employers'-side partner's members (${EMPLOYER_SIDE_PARTNERS.join(', ')}; partner users: only their own organisation).`,
      }),
      measure: query.measure.default('vacancies').openapi({ description: 'What the monthly chart shows (`chartColumn` of `oversikt`).' }),
    }),
  },
  responses: {
    200: { description: 'The tables', ...json(ResponseSchema) },
    400: validationResponse('Bad parameters', 'to', 'Til-dato må være samme dag som eller etter fra-dato.'),
    401: UNAUTHORISED,
    403: errorResponse('Not a partner or admin user', 'Du har ikke tilgang til dette.'),
    503: errorResponse(
      'The statistics are being built for the first time after an upgrade; try again after `Retry-After` seconds',
      'Statistikken bygges på nytt etter en oppdatering og er ikke klar ennå. Prøv igjen om et par minutter.',
    ),
  },
})
