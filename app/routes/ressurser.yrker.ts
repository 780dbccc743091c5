import type { LoaderFunctionArgs } from '@remix-run/node'
import { findOccupations } from '~/services/vacancies.server'

/**
 * STYRK-08 occupations whose title contains what was typed (`?q=kokk`), for the
 * occupation field's suggestions. Public reference data: no login needed.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 100)
  return Response.json(
    { items: findOccupations(q, 20).map((o) => ({ code: o.code, title: o.title })) },
    { headers: { 'Cache-Control': 'public, max-age=3600' } },
  )
}
