import type { LoaderFunctionArgs } from '@remix-run/node'
import { vacancyMatchesFor } from '@search/matching.server'
import { apiFieldErrors, VacancyIdParams } from '~/domain/validation/id'
import { requireEmployer } from '~/utils/permissions.server'

/** GET /api/v1/vacancies/{id}/matches: the best anonymised profiles for the caller's own vacancy, with reasons (audited). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request)
  const parsed = VacancyIdParams.safeParse(params)
  if (!parsed.success) return Response.json({ errors: apiFieldErrors(parsed.error) }, { status: 400 })
  const { id } = parsed.data
  const result = await vacancyMatchesFor(user, id, 'api')
  if (!result) return Response.json({ error: 'Fant ikke stillingen.' }, { status: 404 })
  return Response.json({ items: result.items })
}
