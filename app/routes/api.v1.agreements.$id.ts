import type { LoaderFunctionArgs } from '@remix-run/node'
import { getAgreementForApi } from '~/services/agreements.server'
import { apiFieldErrors, AgreementIdParams } from '~/domain/validation/id'
import { requireUserWithRole } from '~/utils/permissions.server'

/** GET /api/v1/agreements/{id}: the agreement for its parties only (audited). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['jobbspesialist', 'arbeidsgiver'])
  const parsed = AgreementIdParams.safeParse(params)
  if (!parsed.success) return Response.json({ errors: apiFieldErrors(parsed.error) }, { status: 400 })
  const { id } = parsed.data
  const agreement = getAgreementForApi(user, id)
  if (!agreement) return Response.json({ error: 'Fant ikke avtalen.' }, { status: 404 })
  return Response.json(agreement)
}
