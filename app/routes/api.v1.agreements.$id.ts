import type { LoaderFunctionArgs } from '@remix-run/node'
import { getAgreementForApi } from '~/services/agreements/queries.server'
import { apiFieldErrors, AgreementIdParams } from '~/domain/validation/id'
import { requireUserWithRole } from '~/utils/permissions.server'
import { messageOf } from '~/utils/result'
import { statusOf } from '~/utils/result.server'

/** GET /api/v1/agreements/{id}: the agreement for its parties only (audited). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['jobbspesialist', 'arbeidsgiver'])
  const parsed = AgreementIdParams.safeParse(params)
  if (!parsed.success) return Response.json({ errors: apiFieldErrors(parsed.error) }, { status: 400 })
  const agreement = getAgreementForApi(user, parsed.data.id)
  if (!agreement.ok) return Response.json({ error: messageOf(agreement) }, { status: statusOf(agreement) })
  return Response.json(agreement.value)
}
