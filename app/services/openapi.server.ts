/**
 * The OpenAPI 3.1 document served at /api/v1/openapi.json. Each capability adds
 * its paths to PATHS (and schemas to SCHEMAS).
 */
import { SUBSIDY_OPENAPI_PATHS, SUBSIDY_OPENAPI_SCHEMAS } from '~/services/subsidies.server'
import { AGREEMENT_OPENAPI_PATHS, AGREEMENT_OPENAPI_SCHEMAS } from '~/services/agreements.server'
import { STATS_OPENAPI_PATHS, STATS_OPENAPI_SCHEMAS } from '~/services/statistics-openapi.server'
import { MATCHING_OPENAPI_PATHS, MATCHING_OPENAPI_SCHEMAS } from '@search/openapi'
import { PROFILE_OPENAPI_PATHS, PROFILE_OPENAPI_SCHEMAS } from '~/services/profiles.server'
export const SCHEMAS: Record<string, unknown> = {
  Error: {
    type: 'object',
    properties: { error: { type: 'string' } },
    required: ['error'],
  },
  ValidationErrors: {
    type: 'object',
    properties: {
      errors: {
        type: 'array',
        items: {
          type: 'object',
          properties: { field: { type: 'string' }, message: { type: 'string' } },
          required: ['field', 'message'],
        },
      },
    },
    required: ['errors'],
  },
}

Object.assign(SCHEMAS, SUBSIDY_OPENAPI_SCHEMAS)
Object.assign(SCHEMAS, AGREEMENT_OPENAPI_SCHEMAS)
Object.assign(SCHEMAS, STATS_OPENAPI_SCHEMAS)
Object.assign(SCHEMAS, MATCHING_OPENAPI_SCHEMAS)
Object.assign(SCHEMAS, PROFILE_OPENAPI_SCHEMAS)

export const PATHS: Record<string, unknown> = {
  ...SUBSIDY_OPENAPI_PATHS,
  ...AGREEMENT_OPENAPI_PATHS,
  ...STATS_OPENAPI_PATHS,
  ...MATCHING_OPENAPI_PATHS,
  ...PROFILE_OPENAPI_PATHS,
}

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vi inkluderer API',
      version: '1.0.0',
      description:
        'JSON API for Vi inkluderer. Endpoints other than the subsidy calculator need a logged-in session (cookie `vi_session`).',
    },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'vi_session' } },
      schemas: SCHEMAS,
    },
    paths: PATHS,
  }
}
