import type { LoaderFunctionArgs } from '@remix-run/node'
import { parseStatsQuery } from '~/domain/statistics/period'
import { tableToCsv } from '~/domain/statistics/table'
import { requireUtvalg } from '~/services/statistics/access.server'
import { loadDashboard } from '~/services/statistics/dashboard.server'
import { todayIso } from '~/utils/clock.server'
import { requireUserWithRole } from '~/utils/permissions.server'
import { messageOf } from '~/utils/result'
import { statusOf } from '~/utils/result.server'

/**
 * GET /partner/statistikk.csv?table=…&from=…&to=…&groupBy=…&utvalg=… — one
 * dashboard table as CSV for Norwegian Excel (UTF-8 with BOM, semicolons),
 * with exactly the suppression the page shows.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['partner', 'admin'])
  const params = new URL(request.url).searchParams
  const parsed = parseStatsQuery(params, todayIso())
  const badRequest = (message: string) => new Response(message, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  if (!parsed.ok) return badRequest(parsed.errors.map((e) => e.message).join('\n'))
  const allowed = requireUtvalg(user, parsed.value.utvalg)
  if (!allowed.ok) return badRequest(messageOf(allowed))
  const result = await loadDashboard(parsed.value, todayIso())
  if (!result.ok) {
    return new Response(Object.values(result.errors).flat().join('\n'), {
      status: statusOf(result),
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60' },
    })
  }
  const dashboard = result.value
  const id = params.get('table') ?? ''
  const table = dashboard.tables.find((t) => t.id === id)
  if (!table) return badRequest(`Velg en tabell: ${dashboard.tables.map((t) => t.id).join(', ')}.`)
  const q = parsed.value
  const name = `vi-inkluderer-${table.id}${table.id === 'fordeling' ? `-${q.groupBy}` : ''}-${q.from}-${q.to}.csv`
  return new Response(tableToCsv(table), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
