/** OpenAPI fragments for the matching endpoints (merged into app/services/openapi.server.ts). */
const reason = {
  type: 'object',
  description: 'Én forklaring på samsvaret, på bokmål.',
  properties: {
    kind: {
      type: 'string',
      enum: ['OCCUPATION', 'SKILLS', 'LANGUAGES', 'DRIVING_LICENCE', 'ADAPTATION', 'SCHEME', 'AVAILABILITY', 'LOCATION', 'WORK_CAPACITY'],
    },
    text: { type: 'string', examples: ['Ønsker yrket Kokker (5120)', '3 av 4 ferdigheter', 'Trenger tilrettelegging av arbeidstid — dere tilbyr det'] },
    effect: { type: 'string', enum: ['positive', 'negative', 'neutral'] },
  },
  required: ['kind', 'text', 'effect'],
}

export const MATCHING_OPENAPI_SCHEMAS: Record<string, unknown> = {
  MatchReason: reason,
  ProfileMatch: {
    type: 'object',
    properties: {
      score: { type: 'integer', minimum: 0, maximum: 100 },
      reasons: { type: 'array', items: { $ref: '#/components/schemas/MatchReason' } },
      profile: {
        type: 'object',
        description: 'Den anonymiserte profilen slik arbeidsgivere ser den (kode, yrker, ferdigheter, fylke, aldersgruppe …). Aldri navn eller andre personopplysninger.',
        properties: { code: { type: 'string' } },
        required: ['code'],
        additionalProperties: true,
      },
    },
    required: ['score', 'reasons', 'profile'],
  },
  VacancyMatch: {
    type: 'object',
    properties: {
      score: { type: 'integer', minimum: 0, maximum: 100 },
      reasons: { type: 'array', items: { $ref: '#/components/schemas/MatchReason' } },
      vacancy: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          title: { type: 'string' },
          organisationName: { type: 'string' },
          styrkCode: { type: 'string' },
          styrkTitle: { type: 'string' },
          kommuneName: { type: 'string' },
          positionPercent: { type: 'integer' },
          contractType: { type: 'string' },
          startAsap: { type: 'boolean' },
          startDate: { type: ['string', 'null'], format: 'date' },
          applicationDeadline: { type: ['string', 'null'], format: 'date' },
        },
        required: ['id', 'title', 'organisationName', 'styrkCode', 'positionPercent'],
      },
    },
    required: ['score', 'reasons', 'vacancy'],
  },
}

const idParam = (description: string) => ({ name: 'id', in: 'path', required: true, description, schema: { type: 'integer', minimum: 1 } })
const errors = {
  '400': { description: 'Ugyldig id', content: { 'application/json': { schema: { $ref: '#/components/schemas/ValidationErrors' } } } },
  '401': { description: 'Ikke innlogget', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '403': { description: 'Feil rolle', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '404': { description: 'Finnes ikke, eller ikke din', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
}

export const MATCHING_OPENAPI_PATHS: Record<string, unknown> = {
  '/vacancies/{id}/matches': {
    get: {
      summary: 'Aktuelle kandidater for en stilling',
      description:
        'De 20 publiserte, anonymiserte profilene som passer stillingen best, med poengsum og begrunnelser. Bare for arbeidsgiveren som eier stillingen. Hver visning revisjonslogges.',
      security: [{ session: [] }],
      parameters: [idParam('Stillingens id')],
      responses: {
        '200': {
          description: 'Treff, best først',
          content: {
            'application/json': {
              schema: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/ProfileMatch' } } }, required: ['items'] },
            },
          },
        },
        ...errors,
      },
    },
  },
  '/candidates/{id}/matches': {
    get: {
      summary: 'Aktuelle stillinger for en person i porteføljen',
      description:
        'De 20 publiserte stillingene innen pendleavstand som passer personens profil best, med poengsum og begrunnelser. Bare for jobbspesialisten som følger opp personen. Revisjonslogges.',
      security: [{ session: [] }],
      parameters: [idParam('Personens id i porteføljen')],
      responses: {
        '200': {
          description: 'Treff, best først',
          content: {
            'application/json': {
              schema: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/VacancyMatch' } } }, required: ['items'] },
            },
          },
        },
        ...errors,
      },
    },
  },
}
