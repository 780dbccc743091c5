import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ZodTypeAny } from 'zod'
import { loader as documentLoader } from '~/routes/api.v1.openapi[.]json'
import { action as calculationAction } from '~/routes/api.v1.subsidy-calculations'
import { action as comparisonAction } from '~/routes/api.v1.subsidy-comparisons'
import { openApiDocument, registry } from '~/services/openapi.server'
import {
  CALCULATION_EXAMPLE,
  COMPARISON_EXAMPLE,
  SubsidyCalculationSchema,
  SubsidyComparisonSchema,
} from '~/services/openapi/subsidies.server'

const ROUTES = path.resolve('app/routes')

/** Every JSON API route file as its OpenAPI path and method (action → post, otherwise the loader → get). */
function apiRoutes(): Array<{ file: string; path: string; method: 'get' | 'post' }> {
  return fs
    .readdirSync(ROUTES)
    .filter((f) => /^api\.v1\./.test(f) && !f.startsWith('api.v1.openapi'))
    .map((file) => {
      const segments = file
        .replace(/\.tsx?$/, '')
        .split('.')
        .slice(2)
        .map((s) => s.replace(/_$/, '').replace(/^\$(.+)$/, '{$1}'))
      const source = fs.readFileSync(path.join(ROUTES, file), 'utf8')
      return { file, path: `/${segments.join('/')}`, method: /export async function action\b/.test(source) ? 'post' : 'get' }
    })
}

type MediaExample = { where: string; schema: ZodTypeAny; example: unknown }

/** The examples of every registered request body and response, with the Zod schema they document. */
function mediaExamples(): MediaExample[] {
  const out: MediaExample[] = []
  for (const definition of registry.definitions) {
    if (definition.type !== 'route') continue
    const { route } = definition
    const contents = [
      ['request', route.request?.body?.content ?? {}],
      ...Object.entries(route.responses).map(([status, response]) => [status, 'content' in response ? (response.content ?? {}) : {}]),
    ] as const
    for (const [part, content] of contents) {
      for (const [mediaType, media] of Object.entries(content)) {
        if (!media || media.example === undefined) continue
        if (!('safeParse' in media.schema)) throw new Error(`${route.path}: ${part} is not a Zod schema`)
        out.push({
          where: `${route.method.toUpperCase()} ${route.path} ${part} ${mediaType}`,
          schema: media.schema as ZodTypeAny,
          example: media.example,
        })
      }
    }
  }
  return out
}

const postJson = (action: typeof calculationAction, url: string, body: unknown) =>
  action({
    request: new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    params: {},
    context: {},
  }) as Promise<Response>

describe('the OpenAPI document', () => {
  it('is served at /api/v1/openapi.json, generated as OpenAPI 3.1', async () => {
    const response = await documentLoader()
    expect(response.status).toBe(200)
    const served = await response.json()
    expect(served.openapi).toBe('3.1.0')
    expect(served).toEqual(JSON.parse(JSON.stringify(openApiDocument())))
  })

  it('documents every API route file, and nothing that has no route', () => {
    const routes = apiRoutes()
    expect(routes.length).toBeGreaterThanOrEqual(8)
    const paths = openApiDocument().paths ?? {}
    for (const route of routes) {
      expect(paths[route.path]?.[route.method], `${route.file} → ${route.method.toUpperCase()} ${route.path}`).toBeTruthy()
    }
    expect(Object.keys(paths).sort()).toEqual([...new Set(routes.map((r) => r.path))].sort())
  })

  it('has examples that validate against their schemas', () => {
    const examples = mediaExamples()
    expect(examples.length).toBeGreaterThanOrEqual(15)
    for (const { where, schema, example } of examples) {
      const parsed = schema.safeParse(example)
      expect(parsed.success, `${where}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`).toBe(true)
    }
  })

  it('describes what the open endpoints really answer for the documented request examples', async () => {
    const calculation = await postJson(calculationAction, 'http://localhost/api/v1/subsidy-calculations', CALCULATION_EXAMPLE)
    expect(calculation.status).toBe(200)
    const calculated = SubsidyCalculationSchema.safeParse(await calculation.json())
    expect(calculated.success, calculated.success ? '' : JSON.stringify(calculated.error.issues)).toBe(true)

    const comparison = await postJson(comparisonAction, 'http://localhost/api/v1/subsidy-comparisons', COMPARISON_EXAMPLE)
    expect(comparison.status).toBe(200)
    const compared = SubsidyComparisonSchema.safeParse(await comparison.json())
    expect(compared.success, compared.success ? '' : JSON.stringify(compared.error.issues)).toBe(true)
  })
})
