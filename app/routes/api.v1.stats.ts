import type { LoaderFunctionArgs } from '@remix-run/node'
import { parseStatsQuery } from '~/domain/statistics/period'
import { requireUtvalg } from '~/services/statistics/access.server'
import { loadDashboard } from '~/services/statistics/dashboard.server'
import { todayIso } from '~/utils/clock.server'
import { requireUserWithRole } from '~/utils/permissions.server'
import { fieldErrorList } from '~/utils/result'
import { statusOf } from '~/utils/result.server'

/**
 * GET /api/v1/stats?from=&to=&preset=&groupBy=&utvalg=&measure= — the partner
 * dashboard as JSON (partner and admin users). The same suppressed tables as
 * the page and the CSV export: each figure is a value or a `suppressed`
 * reason code, never both. 400 `{ errors: [{ field, message }] }` for bad parameters;
 * 503 `{ error }` with Retry-After while the statistics are first being built.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['partner', 'admin'])
  const parsed = parseStatsQuery(new URL(request.url).searchParams, todayIso())
  if (!parsed.ok) return Response.json({ errors: parsed.errors }, { status: 400 })
  const allowed = requireUtvalg(user, parsed.value.utvalg)
  if (!allowed.ok) return Response.json({ errors: fieldErrorList(allowed.errors) }, { status: 400 })
  const result = await loadDashboard(parsed.value, todayIso())
  if (!result.ok) {
    return Response.json({ error: Object.values(result.errors).flat()[0] }, { status: statusOf(result), headers: { 'Retry-After': '60' } })
  }
  const dashboard = result.value
  return Response.json(
    {
      ...dashboard.query,
      months: dashboard.months,
      lastYear: dashboard.lastYear,
      builtAt: dashboard.builtAt,
      scope: dashboard.scope,
      tables: dashboard.tables,
    },
    { headers: { 'Cache-Control': 'private, no-store' } },
  )
}
