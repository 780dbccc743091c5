import { Alert, BodyLong, Button, Heading, HStack, Select, TextField, VStack } from '@navikt/ds-react'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { StatTableView } from '~/components/statistics/StatTableView'
import { GROUP_BY_CODES, GROUP_BYS, monthLabel, parseStatsQuery } from '~/domain/statistics/period'
import { buildDashboard, statisticsAccess, utvalgError } from '~/services/statistics.server'
import { todayIso } from '~/utils/clock.server'
import { formatDateTime } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Statistikk – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['partner', 'admin'])
  const access = statisticsAccess(user)
  const params = new URL(request.url).searchParams
  const parsed = parseStatsQuery(params, todayIso())
  if (!parsed.ok) {
    return data({ access, submitted: parsed.submitted, errors: parsed.errors, dashboard: null }, { status: 400 })
  }
  const accessError = utvalgError(user, parsed.value.utvalg)
  if (accessError) {
    return data(
      { access, submitted: parsed.value as Record<string, string>, errors: [{ field: 'utvalg', message: accessError }], dashboard: null },
      { status: 400 },
    )
  }
  return { access, submitted: parsed.value as Record<string, string>, errors: [], dashboard: buildDashboard(parsed.value, todayIso()) }
}

export default function PartnerStatisticsPage() {
  const { access, submitted, errors, dashboard } = useLoaderData<typeof loader>()
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message
  const csvHref = (table: string) => {
    const q = dashboard!.query
    return `/partner/statistikk.csv?${new URLSearchParams({ table, from: q.from, to: q.to, groupBy: q.groupBy, utvalg: q.utvalg })}`
  }
  return (
    <VStack gap="space-32">
      <VStack gap="space-16">
        <Heading level="1" size="large">
          Statistikk over Vi inkluderer
        </Heading>
        <BodyLong>
          Tallene viser bruken av Vi inkluderer over tid. Alle tall er summer: ingen enkeltperson eller enkeltvirksomhet kan
          finnes igjen.
        </BodyLong>
        <Alert variant="info" size="small">
          «&lt;5» betyr at tallet er under 5 (personer eller virksomheter) og er skjult for å verne dem det gjelder. «skjult»
          betyr at et tall på 5 eller mer er skjult fordi det ellers kunne brukes til å regne ut et tall under 5.
        </Alert>
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
          <HStack gap="space-16" align="start" wrap>
            <TextField
              label="Fra og med dato"
              description="Eksempel: 2026-01-01"
              name="from"
              defaultValue={submitted.from}
              error={errorFor('from')}
              htmlSize={12}
            />
            <TextField
              label="Til og med dato"
              description="Eksempel: 2026-12-31"
              name="to"
              defaultValue={submitted.to}
              error={errorFor('to')}
              htmlSize={12}
            />
            <Select label="Fordeling" name="groupBy" defaultValue={submitted.groupBy} error={errorFor('groupBy')}>
              {GROUP_BY_CODES.map((g) => (
                <option key={g} value={g}>
                  {GROUP_BYS[g]}
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
      {dashboard ? (
        <VStack gap="space-32">
          <BodyLong>
            Tallene gjelder hele måneder: {monthLabel(dashboard.months.first)}–{monthLabel(dashboard.months.last)}. {dashboard.scope}{' '}
            {dashboard.builtAt ? `Tallene ble sist oppdatert ${formatDateTime(dashboard.builtAt)} og oppdateres hvert kvarter.` : ''}
          </BodyLong>
          {dashboard.tables.map((t) => (
            <StatTableView key={t.id} table={t} csvHref={csvHref(t.id)} />
          ))}
        </VStack>
      ) : null}
    </VStack>
  )
}
