import type { LoaderFunctionArgs } from '@remix-run/node'
import { occupationDisplayTitle } from '~/domain/vacancies'
import { findOccupations } from '~/services/vacancies.server'

/**
 * STYRK-08 occupations whose title or job title contains what was typed (`?q=oppvask`
 * → «Oppvasker (Kjøkkenassistenter)», 9412), for the
 * occupation field's suggestions. Public reference data: no login needed.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 100)
  return Response.json(
    { items: findOccupations(q, 20).map((o) => ({ code: o.code, title: occupationDisplayTitle(o) })) },
    { headers: { 'Cache-Control': 'public, max-age=3600' } },
  )
}
