import type { LoaderFunctionArgs } from '@remix-run/node'
import { viewPublishedProfile } from '~/services/profiles/employer.server'
import { requireUserWithRole } from '~/utils/permissions.server'
import { messageOf } from '~/utils/result'
import { statusOf } from '~/utils/result.server'

/** GET /api/v1/profiles/{code} — one published profile (audit-logged); 404 when not published. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['arbeidsgiver', 'jobbspesialist', 'admin'])
  const profile = viewPublishedProfile(user, params.code ?? '', 'api')
  if (!profile.ok) return Response.json({ error: messageOf(profile) }, { status: statusOf(profile) })
  return Response.json(profile.value)
}
