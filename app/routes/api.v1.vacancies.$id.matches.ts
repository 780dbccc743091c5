import type { LoaderFunctionArgs } from '@remix-run/node'
import { vacancyMatchesFor } from '@search/matching.server'
import { requireEmployer } from '~/utils/permissions.server'

/** GET /api/v1/vacancies/{id}/matches: the best anonymised profiles for the caller's own vacancy, with reasons (audited). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request)
  const id = Number(params.id)
  if (!Number.isSafeInteger(id) || id <= 0) {
    return Response.json({ errors: [{ field: 'id', message: 'Stillings-id må være et positivt heltall.' }] }, { status: 400 })
  }
  const result = await vacancyMatchesFor(user, id, 'api')
  if (!result) return Response.json({ error: 'Fant ikke stillingen.' }, { status: 404 })
  return Response.json({ items: result.items })
}
