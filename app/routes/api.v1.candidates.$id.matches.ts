import type { LoaderFunctionArgs } from '@remix-run/node'
import { candidateMatchesFor } from '@search/matching.server'
import { apiFieldErrors, CandidateIdParams } from '~/domain/validation/id'
import { requireUserWithRole } from '~/utils/permissions.server'

/** GET /api/v1/candidates/{id}/matches: the best published vacancies for a person in the caller's caseload (audited). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['jobbspesialist', 'admin'])
  const parsed = CandidateIdParams.safeParse(params)
  if (!parsed.success) return Response.json({ errors: apiFieldErrors(parsed.error) }, { status: 400 })
  const { id } = parsed.data
  try {
    const result = await candidateMatchesFor(user, id, 'api')
    return Response.json({ items: result.items })
  } catch (error) {
    if (error instanceof Response && error.status === 404) return Response.json({ error: 'Fant ikke personen.' }, { status: 404 })
    throw error
  }
}
