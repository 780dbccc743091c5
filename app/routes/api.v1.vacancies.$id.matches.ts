import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiFieldErrors, VacancyIdParams } from '~/domain/validation/id'
import { vacancyMatchesFor } from '~/services/matching.server'
import { requireEmployer } from '~/utils/permissions.server'
import { messageOf } from '~/utils/result'
import { statusOf } from '~/utils/result.server'

/** GET /api/v1/vacancies/{id}/matches: the best anonymised profiles for the caller's own vacancy, with reasons (audited). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request)
  const parsed = VacancyIdParams.safeParse(params)
  if (!parsed.success) return Response.json({ errors: apiFieldErrors(parsed.error) }, { status: 400 })
  const { id } = parsed.data
  const result = await vacancyMatchesFor(user, id, 'api')
  if (!result.ok) return Response.json({ error: messageOf(result) }, { status: statusOf(result) })
  return Response.json({ items: result.value.items })
}
