import type { LoaderFunctionArgs } from '@remix-run/node'
import { getAgreementForApi } from '~/services/agreements.server'
import { requireUserWithRole } from '~/utils/permissions.server'

/** GET /api/v1/agreements/{id}: the agreement for its parties only (audited). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['jobbspesialist', 'arbeidsgiver'])
  const id = Number(params.id)
  if (!Number.isInteger(id) || id <= 0) {
    return Response.json({ errors: [{ field: 'id', message: 'Avtale-id må være et positivt heltall.' }] }, { status: 400 })
  }
  const agreement = getAgreementForApi(user, id)
  if (!agreement) return Response.json({ error: 'Fant ikke avtalen.' }, { status: 404 })
  return Response.json(agreement)
}
