/**
 * The one OpenAPI registry (issue 13 part 6). Each capability registers its
 * endpoints in `app/services/openapi/<capability>.server.ts`, using the same
 * Zod schemas that validate the requests; `app/services/openapi.server.ts`
 * generates the document served at /api/v1/openapi.json.
 */
import { extendZodWithOpenApi, OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'
import { z, type ZodTypeAny } from 'zod'

// Adds `.openapi()` to every Zod schema, also to the domain's (created before this runs).
extendZodWithOpenApi(z)

export const registry = new OpenAPIRegistry()

registry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'vi_session' })

export const ErrorSchema = registry.register(
  'Error',
  z.object({ error: z.string() }).openapi({ description: 'One message in bokmål (401, 403, 404, 405, 503).' }),
)

const fieldError = z.object({ field: z.string(), message: z.string() })

export const ValidationErrorsSchema = registry.register(
  'ValidationErrors',
  z.object({ errors: z.array(fieldError) }).openapi({ description: 'Field errors in bokmål, one per field.' }),
)

export const ProblemSchema = registry.register(
  'Problem',
  z
    .object({
      type: z.string(),
      title: z.string(),
      status: z.number().int(),
      detail: z.string(),
      errors: z.array(z.object({ field: z.string().nullable(), message: z.string() })),
    })
    .openapi({
      description: 'RFC 9457 problem details (application/problem+json) with field errors in bokmål; `field` null for the whole request.',
    }),
)

/** The session cookie every non-public endpoint needs. */
export const SESSION = [{ session: [] }]

/** A JSON body or response with an example that the test checks against the schema. */
export function json<T extends ZodTypeAny>(schema: T, example?: z.input<T>, mediaType = 'application/json') {
  return { content: { [mediaType]: example === undefined ? { schema } : { schema, example } } }
}

export function errorResponse(description: string, message: string) {
  return { description, ...json(ErrorSchema, { error: message }) }
}

export function validationResponse(description: string, field: string, message: string) {
  return { description, ...json(ValidationErrorsSchema, { errors: [{ field, message }] }) }
}

export const UNAUTHORISED = errorResponse('Not logged in', 'Du må logge inn.')

/**
 * Compile-time check that a response schema describes what the service
 * returns: `const _x: Describes<z.infer<typeof Schema>, ServiceType> = true`.
 */
export type Describes<Documented, Actual extends Documented> = Actual extends Documented ? true : never
