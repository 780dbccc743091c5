import { EMPLOYER_SIDE_PARTNERS, GROUP_BY_CODES, MEASURE_CODES, PERIOD_PRESET_CODES } from '~/domain/statistics/period'
import { SUPPRESSION_REASONS } from '~/domain/statistics/suppression'

const figure = {
  description:
    'One figure: a number in `value`, or `value` null and a `suppressed` reason code (never both). Reasons (ADR 0007): `under_5` the figure is 1–4 (shown «<5»); `few_people` fewer than 5 people behind a larger figure; `few_organisations` fewer than 3 employers behind a figure that is not public; `dominance` one employer has more than 80 % of an amount; `other_periods` a period one month shorter would differ by 1–4; `complement` all employers − members would give 1–4; `secondary` hidden so a total cannot reveal another hidden figure. Every reason except `under_5` is shown «skjult». `value` null without a reason: nothing to show (a share of 0).',
  type: 'object',
  properties: {
    value: { type: ['number', 'null'] },
    suppressed: { type: 'string', enum: SUPPRESSION_REASONS },
  },
  required: ['value'],
}

const month = { type: 'string', pattern: '^\\d{4}-\\d{2}$' }

export const STATS_OPENAPI_SCHEMAS: Record<string, unknown> = {
  StatFigure: figure,
  StatTable: {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        examples: ['oversikt', 'trakt', 'sammenligning', 'pilotfylker', 'tid', 'fordeling', 'stillinger-merking', 'foresporsler', 'avtaler-ordning', 'avtaler-varighet', 'statlig-mal', 'portefolje'],
      },
      title: { type: 'string' },
      description: { type: 'string' },
      rowHeader: { type: 'string' },
      rows: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, label: { type: 'string' } } } },
      columns: {
        type: 'array',
        items: {
          type: 'object',
          properties: { key: { type: 'string' }, label: { type: 'string' }, unit: { type: 'string', enum: ['count', 'kroner', 'percent', 'days'] } },
        },
      },
      cells: { type: 'array', items: { type: 'array', items: { $ref: '#/components/schemas/StatFigure' } } },
      rowTotals: { type: 'array', items: { $ref: '#/components/schemas/StatFigure' } },
      colTotals: { type: 'array', items: { $ref: '#/components/schemas/StatFigure' } },
      grandTotal: { $ref: '#/components/schemas/StatFigure' },
      chartColumn: { type: ['integer', 'null'], description: 'The column the chart shows; null: no chart.' },
      chartUnit: { type: 'string', description: 'What one unit on the chart axis is, in bokmål («antall stillinger»).' },
      notes: {
        type: 'array',
        description: 'One footnote per reason that hides a figure in this table.',
        items: { type: 'object', properties: { reason: { type: 'string', enum: SUPPRESSION_REASONS }, text: { type: 'string' } } },
      },
    },
    required: ['id', 'title', 'rows', 'columns', 'cells', 'notes'],
  },
  StatsResponse: {
    type: 'object',
    properties: {
      from: { type: 'string', format: 'date' },
      to: { type: 'string', format: 'date' },
      groupBy: { type: 'string', enum: GROUP_BY_CODES },
      utvalg: { type: 'string', enum: ['alle', ...EMPLOYER_SIDE_PARTNERS] },
      measure: { type: 'string', enum: MEASURE_CODES },
      months: { type: 'object', properties: { first: month, last: month } },
      lastYear: { type: 'object', description: 'The same months one year earlier (table `sammenligning`).', properties: { first: month, last: month } },
      builtAt: { type: ['string', 'null'], format: 'date-time', description: 'When the figures were last updated («Sist oppdatert»).' },
      scope: { type: 'string' },
      tables: { type: 'array', items: { $ref: '#/components/schemas/StatTable' } },
    },
    required: ['from', 'to', 'groupBy', 'utvalg', 'measure', 'tables'],
  },
}

export const STATS_OPENAPI_PATHS: Record<string, unknown> = {
  '/stats': {
    get: {
      summary: 'Partner statistics (aggregates only, small and revealing figures suppressed)',
      description:
        'The partner dashboard as JSON, for partner and admin users: by month, the funnel from profile to job, the same period last year, pilot counties against the rest, and the chosen breakdown. Hidden figures carry a reason code instead of a value — exactly as on the page and in the CSV export.',
      security: [{ session: [] }],
      parameters: [
        {
          name: 'from',
          in: 'query',
          description: 'First day, dd.mm.åååå or YYYY-MM-DD. Default: first day of the month 11 months ago.',
          schema: { type: 'string', examples: ['01.01.2026', '2026-01-01'] },
        },
        { name: 'to', in: 'query', description: 'Last day, dd.mm.åååå or YYYY-MM-DD, at most 60 months after `from`. Default: today.', schema: { type: 'string' } },
        {
          name: 'preset',
          in: 'query',
          description: 'A ready-made period computed from today; overrides `from` and `to`.',
          schema: { type: 'string', enum: PERIOD_PRESET_CODES },
        },
        { name: 'groupBy', in: 'query', description: 'Breakdown of the `fordeling` table.', schema: { type: 'string', enum: GROUP_BY_CODES, default: 'fylke' } },
        {
          name: 'utvalg',
          in: 'query',
          description: "Narrow employer figures to one employers'-side partner's members (partner users: only their own organisation).",
          schema: { type: 'string', enum: ['alle', ...EMPLOYER_SIDE_PARTNERS], default: 'alle' },
        },
        { name: 'measure', in: 'query', description: 'What the monthly chart shows (`chartColumn` of `oversikt`).', schema: { type: 'string', enum: MEASURE_CODES, default: 'vacancies' } },
      ],
      responses: {
        200: { description: 'The tables', content: { 'application/json': { schema: { $ref: '#/components/schemas/StatsResponse' } } } },
        400: { description: 'Bad parameters', content: { 'application/json': { schema: { $ref: '#/components/schemas/ValidationErrors' } } } },
        401: { description: 'Not logged in', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        403: { description: 'Not a partner or admin user', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        503: {
          description: 'The statistics are being built for the first time after an upgrade; try again after `Retry-After` seconds',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    },
  },
}
