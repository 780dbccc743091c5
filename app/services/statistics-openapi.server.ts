import { EMPLOYER_SIDE_PARTNERS, GROUP_BY_CODES } from '~/domain/statistics/period'

const figure = {
  description:
    'One figure. `value` is null when the figure is hidden: `suppressed` = "primary" (fewer than 5 people or organisations, shown as «<5») or "secondary" (hidden so a total cannot reveal a primary one).',
  type: 'object',
  properties: {
    value: { type: ['number', 'null'] },
    suppressed: { type: 'string', enum: ['primary', 'secondary'] },
  },
  required: ['value'],
}

export const STATS_OPENAPI_SCHEMAS: Record<string, unknown> = {
  StatFigure: figure,
  StatTable: {
    type: 'object',
    properties: {
      id: { type: 'string', examples: ['oversikt', 'fordeling', 'stillinger-merking', 'foresporsler', 'avtaler-ordning', 'avtaler-varighet', 'statlig-mal', 'portefolje'] },
      title: { type: 'string' },
      description: { type: 'string' },
      rowHeader: { type: 'string' },
      rows: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, label: { type: 'string' } } } },
      columns: {
        type: 'array',
        items: {
          type: 'object',
          properties: { key: { type: 'string' }, label: { type: 'string' }, unit: { type: 'string', enum: ['count', 'kroner', 'percent'] } },
        },
      },
      cells: { type: 'array', items: { type: 'array', items: { $ref: '#/components/schemas/StatFigure' } } },
      rowTotals: { type: 'array', items: { $ref: '#/components/schemas/StatFigure' } },
      colTotals: { type: 'array', items: { $ref: '#/components/schemas/StatFigure' } },
      grandTotal: { $ref: '#/components/schemas/StatFigure' },
      chartColumn: { type: 'integer' },
    },
    required: ['id', 'title', 'rows', 'columns', 'cells'],
  },
  StatsResponse: {
    type: 'object',
    properties: {
      from: { type: 'string', format: 'date' },
      to: { type: 'string', format: 'date' },
      groupBy: { type: 'string', enum: GROUP_BY_CODES },
      utvalg: { type: 'string', enum: ['alle', ...EMPLOYER_SIDE_PARTNERS] },
      scope: { type: 'string' },
      tables: { type: 'array', items: { $ref: '#/components/schemas/StatTable' } },
    },
    required: ['from', 'to', 'groupBy', 'utvalg', 'tables'],
  },
}

export const STATS_OPENAPI_PATHS: Record<string, unknown> = {
  '/stats': {
    get: {
      summary: 'Partner statistics (aggregates only, small counts suppressed)',
      description:
        'The partner dashboard as JSON, for partner and admin users: by month and by the chosen breakdown. Any figure counting fewer than 5 people or organisations is hidden, with secondary suppression so totals cannot reveal it — exactly as on the page and in the CSV export.',
      security: [{ session: [] }],
      parameters: [
        { name: 'from', in: 'query', description: 'First day (YYYY-MM-DD). Default: first day of the month 11 months ago.', schema: { type: 'string', format: 'date' } },
        { name: 'to', in: 'query', description: 'Last day (YYYY-MM-DD), at most 60 months after `from`. Default: today.', schema: { type: 'string', format: 'date' } },
        { name: 'groupBy', in: 'query', description: 'Breakdown of the `fordeling` table.', schema: { type: 'string', enum: GROUP_BY_CODES, default: 'fylke' } },
        {
          name: 'utvalg',
          in: 'query',
          description: "Narrow employer figures to one employers'-side partner's members (partner users: only their own organisation).",
          schema: { type: 'string', enum: ['alle', ...EMPLOYER_SIDE_PARTNERS], default: 'alle' },
        },
      ],
      responses: {
        200: { description: 'The tables', content: { 'application/json': { schema: { $ref: '#/components/schemas/StatsResponse' } } } },
        400: { description: 'Bad parameters', content: { 'application/json': { schema: { $ref: '#/components/schemas/ValidationErrors' } } } },
        401: { description: 'Not logged in', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        403: { description: 'Not a partner or admin user', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    },
  },
}
