import type { LoaderFunctionArgs } from '@remix-run/node'
import { parseProfileQuery } from '~/domain/profiles'
import { searchPublishedProfiles } from '~/services/profiles/employer.server'
import { requireUserWithRole } from '~/utils/permissions.server'

/** GET /api/v1/profiles — published anonymised profiles; the same projection as the pages. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, ['arbeidsgiver', 'jobbspesialist', 'admin'])
  const parsed = parseProfileQuery(new URL(request.url).searchParams)
  if (!parsed.ok) return Response.json({ errors: parsed.errors }, { status: 400 })
  const result = await searchPublishedProfiles(parsed.filters, parsed.sort, parsed.page)
  return Response.json({
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    pageCount: result.pageCount,
    items: result.items,
  })
}
