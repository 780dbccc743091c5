import { Alert, BodyLong, BodyShort, Button, Heading, VStack } from '@navikt/ds-react'
import { data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { PeriodFields } from '~/components/statistics/PeriodFields'
import { StatTableView } from '~/components/statistics/StatTableView'
import { monthLabel, parseStatsQuery, type PeriodPreset } from '~/domain/statistics/period'
import { clientIp } from '~/services/login.server'
import { loadPublicOverview, STATISTICS_BUILDING_MESSAGE } from '~/services/statistics/dashboard.server'
import { todayIso } from '~/utils/clock.server'
import { formatDateTime } from '~/utils/format'
import { createRateLimiter } from '~/utils/rate-limit.server'

export const meta: MetaFunction = () => [
  { title: 'Statistikk for inkluderingsdugnaden – Vi inkluderer' },
  { name: 'description', content: 'Hvor mange som går fra profil til jobb gjennom Vi inkluderer, i hele landet og per fylke.' },
]

/** Anyone may load the overview, so one client gets at most this many loads a minute. */
export const PUBLIC_STATISTICS_LIMIT = 60
const limiter = createRateLimiter({ limit: PUBLIC_STATISTICS_LIMIT, windowMs: 60_000 })

/**
 * The figures change only when the rollup is rebuilt (every 15 minutes): browsers
 * and shared caches may keep a page for 5 minutes, the dashboards are computed once
 * per rollup and period (`buildDashboard`'s cache).
 */
const PUBLIC_CACHE_CONTROL = 'public, max-age=300'

export const headers: HeadersFunction = ({ loaderHeaders }) => ({
  'Cache-Control': loaderHeaders.get('Cache-Control') ?? 'no-store',
})

/** GET /statistikk — the public overview (no login): the funnel nationally and per county, by the partners' rules. */
export async function loader({ request }: LoaderFunctionArgs) {
  const wait = limiter.hit(clientIp(request))
  if (wait !== null)
    throw new Response('For mange forespørsler. Vent litt og prøv igjen.', { status: 429, headers: { 'Retry-After': String(wait) } })
  const params = new URL(request.url).searchParams
  // Only the period can be chosen here; the overview always covers all employers.
  const periodOnly = new URLSearchParams()
  for (const key of ['from', 'to', 'preset']) {
    const value = params.get(key)
    if (value) periodOnly.set(key, value)
  }
  const parsed = parseStatsQuery(periodOnly, todayIso())
  if (!parsed.ok) return data({ submitted: parsed.submitted, errors: parsed.errors, overview: null, unavailable: null }, { status: 400 })
  const submitted: Record<string, string> = { ...parsed.value }
  const overview = await loadPublicOverview(parsed.value, todayIso())
  if (!overview.ok) {
    return data(
      { submitted, errors: [], overview: null, unavailable: STATISTICS_BUILDING_MESSAGE },
      { status: 503, headers: { 'Retry-After': '60', 'Cache-Control': 'no-store' } },
    )
  }
  return data(
    { submitted, errors: [], overview: overview.value, unavailable: null },
    { headers: { 'Cache-Control': PUBLIC_CACHE_CONTROL } },
  )
}

export default function PublicStatisticsPage() {
  const { submitted, errors, overview, unavailable } = useLoaderData<typeof loader>()
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message
  return (
    <VStack gap="space-32">
      <VStack gap="space-16">
        <Heading level="1" size="large">
          Statistikk for inkluderingsdugnaden
        </Heading>
        <BodyLong>
          Hvor mange som går fra publisert profil, via forespørsel om kontakt, til jobb og oppfølging gjennom Vi inkluderer – i hele landet
          og per fylke. Alle tall er summer: ingen enkeltperson kan finnes igjen.
        </BodyLong>
        <Alert variant="info" size="small">
          «&lt;5» betyr at tallet er 1, 2, 3 eller 4. «skjult» betyr at tallet er skjult av en annen grunn – fotnoten under tabellen sier
          hvilken.
        </Alert>
        {overview?.builtAt ? (
          <BodyShort weight="semibold">Sist oppdatert: {formatDateTime(overview.builtAt)}. Tallene oppdateres hvert kvarter.</BodyShort>
        ) : null}
      </VStack>
      <Form method="get" aria-labelledby="periode-heading">
        <VStack gap="space-16">
          <Heading level="2" size="small" id="periode-heading">
            Velg periode
          </Heading>
          {errors.length ? (
            <Alert variant="error" role="alert">
              Statistikken kunne ikke vises. Rett feilene under og prøv igjen.
            </Alert>
          ) : null}
          <PeriodFields submitted={submitted} errorFor={errorFor} presetHref={(preset: PeriodPreset) => `/statistikk?preset=${preset}`} />
          <div>
            <Button type="submit">Vis statistikk</Button>
          </div>
        </VStack>
      </Form>
      {unavailable ? (
        <Alert variant="warning" role="status">
          {unavailable}
        </Alert>
      ) : null}
      {overview ? (
        <VStack gap="space-32">
          <BodyLong>
            Tallene gjelder hele måneder: {monthLabel(overview.months.first)}–{monthLabel(overview.months.last)}, alle arbeidsgivere.
          </BodyLong>
          {overview.tables.map((t) => (
            <StatTableView key={t.id} table={t} />
          ))}
        </VStack>
      ) : null}
    </VStack>
  )
}
