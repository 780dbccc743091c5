import type { ActionFunctionArgs } from '@remix-run/node'
import { compareSubsidies } from '~/services/subsidies.server'
import { fail } from '~/utils/result'
import { problemResponse } from '~/utils/result.server'

/**
 * POST /api/v1/subsidy-comparisons – «Hvilke ordninger passer?», open without
 * login. 200 with every scheme side by side; 422 problem+json with field
 * errors for bad answers (including a body that is not JSON); never a 500.
 */
const POST_ONLY = () => Response.json({ error: 'Bruk POST med en JSON-forespørsel.' }, { status: 405, headers: { Allow: 'POST' } })

export async function loader() {
  return POST_ONLY()
}

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== 'POST') return POST_ONLY()
  let body: unknown
  try {
    body = JSON.parse(await request.text())
  } catch {
    return problemResponse(fail('validation', { request: ['Forespørselen må være gyldig JSON'] }))
  }
  const outcome = compareSubsidies(body)
  return outcome.ok ? Response.json(outcome.value) : problemResponse(outcome)
}
