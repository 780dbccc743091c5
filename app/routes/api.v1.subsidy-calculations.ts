import type { ActionFunctionArgs } from '@remix-run/node'
import { computeSubsidy } from '~/services/subsidies.server'
import { fieldErrorList } from '~/utils/result'

/**
 * POST /api/v1/subsidy-calculations – open without login.
 * 200 with the calculation, 422 `{ errors: [{ field, message }] }` for any bad
 * input (including a body that is not JSON); never a 500 for bad input.
 */
export async function loader() {
  return Response.json({ error: 'Bruk POST med en JSON-forespørsel.' }, { status: 405, headers: { Allow: 'POST' } })
}

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== 'POST') {
    return Response.json({ error: 'Bruk POST med en JSON-forespørsel.' }, { status: 405, headers: { Allow: 'POST' } })
  }
  let body: unknown
  try {
    body = JSON.parse(await request.text())
  } catch {
    return Response.json({ errors: [{ field: 'request', message: 'Forespørselen må være gyldig JSON' }] }, { status: 422 })
  }
  try {
    const outcome = computeSubsidy(body)
    if (!outcome.ok) return Response.json({ errors: fieldErrorList(outcome.errors) }, { status: 422 })
    return Response.json(outcome.value)
  } catch (error) {
    console.error('subsidy calculation failed', error)
    return Response.json(
      { errors: [{ field: 'request', message: 'Vi kunne ikke beregne tilskuddet for disse opplysningene' }] },
      { status: 422 },
    )
  }
}
