/**
 * The OpenAPI 3.1 document served at /api/v1/openapi.json, generated from the
 * Zod schemas in the one registry (app/services/openapi/registry.server.ts).
 * A capability documents its endpoints in app/services/openapi/<capability>.server.ts
 * and is imported here; tests/integration/openapi.test.ts checks that every
 * app/routes/api.v1.* route is in the document and every example validates.
 */
import { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi'
import { registry } from './openapi/registry.server'
import './openapi/agreements.server'
import './openapi/matching.server'
import './openapi/profiles.server'
import './openapi/statistics.server'
import './openapi/subsidies.server'

export { registry }

let document: ReturnType<OpenApiGeneratorV31['generateDocument']> | undefined

export function openApiDocument() {
  document ??= new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Vi inkluderer API',
      version: '1.0.0',
      description:
        'JSON API for Vi inkluderer. Endpoints other than the subsidy calculator and the scheme comparison need a logged-in session (cookie `vi_session`).',
    },
    servers: [{ url: '/api/v1' }],
  })
  return document
}
