import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiFieldErrors, CandidateIdParams } from '~/domain/validation/id'
import { candidateMatchesFor } from '~/services/matching.server'
import { requireUserWithRole } from '~/utils/permissions.server'
import { messageOf } from '~/utils/result'
import { statusOf } from '~/utils/result.server'

/** GET /api/v1/candidates/{id}/matches: the best published vacancies for a person in the caller's caseload (audited). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['jobbspesialist', 'admin'])
  const parsed = CandidateIdParams.safeParse(params)
  if (!parsed.success) return Response.json({ errors: apiFieldErrors(parsed.error) }, { status: 400 })
  const { id } = parsed.data
  const result = await candidateMatchesFor(user, id, 'api')
  if (!result.ok) return Response.json({ error: messageOf(result) }, { status: statusOf(result) })
  return Response.json({ items: result.value.items })
}
