import type { LoaderFunctionArgs } from '@remix-run/node'
import { exportMyData } from '~/services/min-side.server'
import { requirePerson } from '~/services/person-auth.server'
import { todayIso } from '~/utils/clock.server'

/** Everything stored about the signed-in person, as a JSON download. Only their own data. */
export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  const body = JSON.stringify(exportMyData(person.candidateId, 'json'), null, 2)
  return new Response(body, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="mine-data-vi-inkluderer-${todayIso()}.json"`,
      'Cache-Control': 'no-store',
    },
  })
}
