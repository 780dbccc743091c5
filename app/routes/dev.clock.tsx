import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { isIsoDate } from '~/domain/dates'
import { getEnv } from '~/env.server'
import { runScheduledJobsOnce } from '~/services/background.server'
import { resetClock, setClock, todayIso } from '~/utils/clock.server'

/**
 * Development and browser tests only: `POST /dev/clock` with `date`
 * (YYYY-MM-DD, set to midday in Norway) or `reset`, then runs the scheduled
 * jobs once. Refused (404) in production.
 */
function refuseInProduction() {
  if (getEnv().NODE_ENV === 'production') throw new Response('Ikke funnet', { status: 404 })
}

export async function loader(_args: LoaderFunctionArgs) {
  refuseInProduction()
  return Response.json({ today: todayIso() })
}

export async function action({ request }: ActionFunctionArgs) {
  refuseInProduction()
  const form = await request.formData()
  const date = String(form.get('date') ?? '')
  if (date === 'reset') resetClock()
  // A real calendar date only: 2026-02-30 is refused (Date.parse would roll it over to 2 March).
  else if (isIsoDate(date)) setClock(new Date(`${date}T11:00:00Z`))
  else return Response.json({ errors: [{ field: 'date', message: 'Skriv datoen som ÅÅÅÅ-MM-DD, eller «reset».' }] }, { status: 400 })
  const ran = runScheduledJobsOnce()
  return Response.json({ today: todayIso(), ran })
}
