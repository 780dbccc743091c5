import type { LoaderFunctionArgs } from '@remix-run/node'
import { viewPublishedProfile } from '~/services/profiles.server'
import { requireUserWithRole } from '~/utils/permissions.server'

/** GET /api/v1/profiles/{code} — one published profile (audit-logged); 404 when not published. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['arbeidsgiver', 'jobbspesialist', 'admin'])
  const profile = viewPublishedProfile(user, params.code ?? '', 'api')
  if (!profile) return Response.json({ error: 'Profilen finnes ikke eller er ikke publisert.' }, { status: 404 })
  return Response.json(profile)
}
