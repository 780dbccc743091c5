import type { LoaderFunctionArgs } from '@remix-run/node'
import { describe, expect, it } from 'vitest'
import { loader as apiLoader } from '~/routes/api.v1.profiles'
import { loader as pageLoader } from '~/routes/arbeidsgiver.kandidater._index'
import { publishWithConsent, register, sessionRequest, setupPeople } from './profiles-fixtures'

/**
 * Issue 11, bad input: whatever is typed into the employer's search or its
 * API gives a normal result or a clear bokmål message by the field, never a
 * 500, and internal filter tokens are not searchable.
 */
async function call(loader: (args: LoaderFunctionArgs) => Promise<unknown>, request: Request): Promise<Response> {
  try {
    const result = await loader({ request, params: {}, context: {} })
    if (result instanceof Response) return result
    // Remix `data()` from the page loader, or a plain object
    const init = (result as { init?: { status?: number } | null }).init
    const body = (result as { data?: unknown }).data ?? result
    return Response.json(body, { status: init?.status ?? 200 })
  } catch (thrown) {
    if (thrown instanceof Response) return thrown
    throw thrown
  }
}

const QUERIES: Array<[string, 'ok' | 'field', string?]> = [
  ['q=qqall', 'ok'],
  ['q=qqfylke03+qqall', 'ok'],
  ['q=%22kokk', 'ok'],
  ['q=NEAR(kokk+baker)', 'ok'],
  ['q=kokk*+OR+-baker+AND+(', 'ok'],
  ['q=%5E%24%25%26', 'ok'],
  [`q=${'kokk '.repeat(2000)}`, 'field', 'q'],
  ['minCapacity=1e99', 'field', 'minCapacity'],
  ['minCapacity=-5', 'field', 'minCapacity'],
  ['minCapacity=NaN', 'field', 'minCapacity'],
  ['page=99999999999999999999', 'field', 'page'],
  ['page=0', 'field', 'page'],
  ['page=2.5', 'field', 'page'],
  ['styrk=99', 'field', 'styrk'],
  ['styrk=9999', 'ok'], // the API: a well-formed code with no profiles; the page: see PAGE_NAMES_UNKNOWN_OCCUPATION
  ['fylke=99', 'ok'],
  ['fylke=%3Cscript%3E', 'field', 'fylke'],
  ['language=klingon', 'field', 'language'],
  ['availability=ALDRI', 'field', 'availability'],
  ['adaptationGroups=NOE', 'field', 'adaptationGroups'],
  ['sort=random', 'field', 'sort'],
  ['drivingLicence=Z', 'field', 'drivingLicence'],
]

/** The page's occupation picker names an occupation it cannot find by the field; the API answers with no hits. */
const PAGE_NAMES_UNKNOWN_OCCUPATION = new Set(['styrk=9999'])

describe('bad input in the employer search', () => {
  it.each(QUERIES)('%s → %s', async (query, expectedForApi, fieldForApi) => {
    const { js, navUnitId, employer } = setupPeople()
    publishWithConsent(js, register(js, navUnitId), { headline: 'Kokk og baker' })
    for (const [loader, path] of [
      [apiLoader, '/api/v1/profiles'],
      [pageLoader, '/arbeidsgiver/kandidater'],
    ] as const) {
      const response = await call(loader, await sessionRequest(employer.id, `http://localhost${path}?${query}`))
      const pageNamesOccupation = path === '/arbeidsgiver/kandidater' && PAGE_NAMES_UNKNOWN_OCCUPATION.has(query)
      const expected = pageNamesOccupation ? 'field' : expectedForApi
      const field = pageNamesOccupation ? 'styrk' : fieldForApi
      expect(response.status).toBeLessThan(500)
      const body = await response.json()
      if (expected === 'ok') {
        expect(response.status).toBe(200)
        // internal tokens and engine syntax are only text: «qqall» is in no profile
        if (query.startsWith('q=qq')) expect(body.total ?? body.result.total).toBe(0)
      } else {
        expect(response.status).toBe(400)
        const errors: Array<{ field: string; message: string }> = body.errors
        expect(errors.map((e) => e.field)).toContain(field)
        // a sentence in bokmål, not a code
        for (const e of errors) expect(e.message).toMatch(/^[A-ZÆØÅ].*[.]$/)
      }
    }
  })
})
