import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Select, VStack } from '@navikt/ds-react'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { PeriodFields } from '~/components/statistics/PeriodFields'
import { StatTableView } from '~/components/statistics/StatTableView'
import {
  GROUP_BY_CODES,
  GROUP_BYS,
  MEASURE_CODES,
  MEASURES,
  monthLabel,
  parseStatsQuery,
  type PeriodPreset,
} from '~/domain/statistics/period'
import { requireUtvalg, statisticsAccess } from '~/services/statistics/access.server'
import { loadDashboard } from '~/services/statistics/dashboard.server'
import { todayIso } from '~/utils/clock.server'
import { formatDateTime } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'
import { fieldErrorList } from '~/utils/result'
import { statusOf } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Statistikk – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['partner', 'admin'])
  const access = statisticsAccess(user)
  const params = new URL(request.url).searchParams
  const parsed = parseStatsQuery(params, todayIso())
  if (!parsed.ok) {
    return data({ access, submitted: parsed.submitted, errors: parsed.errors, dashboard: null, unavailable: null }, { status: 400 })
  }
  const submitted: Record<string, string> = { ...parsed.value }
  const allowed = requireUtvalg(user, parsed.value.utvalg)
  if (!allowed.ok) {
    return data({ access, submitted, errors: fieldErrorList(allowed.errors), dashboard: null, unavailable: null }, { status: 400 })
  }
  const dashboard = await loadDashboard(parsed.value, todayIso())
  if (!dashboard.ok) {
    const message = Object.values(dashboard.errors).flat()[0] ?? ''
    return data(
      { access, submitted, errors: [], dashboard: null, unavailable: message },
      { status: statusOf(dashboard), headers: { 'Retry-After': '60' } },
    )
  }
  return { access, submitted, errors: [], dashboard: dashboard.value, unavailable: null }
}

export default function PartnerStatisticsPage() {
  const { access, submitted, errors, dashboard, unavailable } = useLoaderData<typeof loader>()
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message
  const keep = { groupBy: submitted.groupBy ?? 'fylke', utvalg: submitted.utvalg ?? 'alle', measure: submitted.measure ?? 'vacancies' }
  const presetHref = (preset: PeriodPreset) => `/partner/statistikk?${new URLSearchParams({ preset, ...keep })}`
  const csvHref = (table: string) => {
    const q = dashboard!.query
    return `/partner/statistikk.csv?${new URLSearchParams({ table, from: q.from, to: q.to, groupBy: q.groupBy, utvalg: q.utvalg, measure: q.measure })}`
  }
  return (
    <VStack gap="space-32">
      <VStack gap="space-16">
        <Heading level="1" size="large">
          Statistikk over Vi inkluderer
        </Heading>
        <BodyLong>
          Tallene viser bruken av Vi inkluderer over tid. Alle tall er summer: ingen enkeltperson, og ingen enkelt arbeidsgivers tilskudd
          eller egne tall, kan finnes igjen.
        </BodyLong>
        <Alert variant="info" size="small">
          «&lt;5» betyr at tallet er 1, 2, 3 eller 4. «skjult» betyr at tallet er skjult av en annen grunn – fotnoten under tabellen sier
          hvilken. 0 betyr null. Publiserte stillinger er offentlige og vises alltid.
        </Alert>
        {dashboard?.builtAt ? (
          <BodyShort weight="semibold">Sist oppdatert: {formatDateTime(dashboard.builtAt)}. Tallene oppdateres hvert kvarter.</BodyShort>
        ) : null}
      </VStack>
      <Form method="get" aria-labelledby="periode-heading">
        <VStack gap="space-16">
          <Heading level="2" size="small" id="periode-heading">
            Velg periode og fordeling
          </Heading>
          {errors.length ? (
            <Alert variant="error" role="alert">
              Statistikken kunne ikke vises. Rett feilene under og prøv igjen.
            </Alert>
          ) : null}
          <PeriodFields submitted={submitted} errorFor={errorFor} presetHref={presetHref} />
          <HStack gap="space-16" align="start" wrap>
            <Select label="Fordeling" name="groupBy" defaultValue={submitted.groupBy} error={errorFor('groupBy')}>
              {GROUP_BY_CODES.map((g) => (
                <option key={g} value={g}>
                  {GROUP_BYS[g]}
                </option>
              ))}
            </Select>
            <Select label="Diagrammet per måned viser" name="measure" defaultValue={submitted.measure} error={errorFor('measure')}>
              {MEASURE_CODES.map((m) => (
                <option key={m} value={m}>
                  {MEASURES[m]}
                </option>
              ))}
            </Select>
            {access.utvalg.length > 1 ? (
              <Select label="Arbeidsgivere" name="utvalg" defaultValue={submitted.utvalg} error={errorFor('utvalg')}>
                {access.utvalg.map((u) => (
                  <option key={u.value} value={u.value}>
                    {u.label}
                  </option>
                ))}
              </Select>
            ) : (
              <input type="hidden" name="utvalg" value="alle" />
            )}
          </HStack>
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
      {dashboard ? (
        <VStack gap="space-32">
          <BodyLong>
            Tallene gjelder hele måneder: {monthLabel(dashboard.months.first)}–{monthLabel(dashboard.months.last)}. {dashboard.scope}
          </BodyLong>
          {dashboard.tables.map((t) => (
            <StatTableView key={t.id} table={t} csvHref={csvHref(t.id)} />
          ))}
        </VStack>
      ) : null}
    </VStack>
  )
}
