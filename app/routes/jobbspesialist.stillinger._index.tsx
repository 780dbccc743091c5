import { BodyLong, BodyShort, Button, Heading, HStack, Link as AkselLink, Pagination, Select, Table, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { Form } from '~/components/Form'
import { startLabel } from '~/components/vacancies/VacancyDetails'
import { CONTRACT_TYPES } from '~/domain/codes'
import { resolveOccupation } from '~/domain/vacancies'
import { OccupationPicker } from '~/components/occupations/OccupationPicker'
import { findOccupations, listOccupations, listPublishedVacancies, occupationChoicesFor } from '~/services/vacancies.server'
import { fylkeOptions } from '~/services/kommuner.server'
import { formatDate, formatNumber, formatPercent } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Ledige stillinger – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, ['jobbspesialist', 'admin'])
  const url = new URL(request.url)
  const fylker = fylkeOptions()
  const rawFylke = url.searchParams.get('fylke') ?? ''
  const fylke = fylker.some((f) => f.fylkesnummer === rawFylke) ? rawFylke : ''
  const occupation = (url.searchParams.get('yrke') ?? '').trim().slice(0, 200)
  let styrkCodes: string[] | null = null
  let occupationError: string | null = null
  if (occupation) {
    const resolved = resolveOccupation(occupation, listOccupations())
    if (resolved.ok) styrkCodes = [resolved.code]
    else if (resolved.reason === 'ambiguous') styrkCodes = resolved.candidates.map((o) => o.code)
    else occupationError = resolved.message
  }
  const page = Number(url.searchParams.get('side') ?? '1')
  const result = occupationError
    ? null
    : listPublishedVacancies({ page: Number.isFinite(page) ? page : 1, fylkesnummer: fylke || null, styrkCodes })
  return {
    fylker,
    fylke,
    occupation,
    occupationChoice: occupationChoicesFor([occupation]),
    occupationError,
    result,
    matchedOccupations: styrkCodes?.length ?? 0,
    hint: occupation && styrkCodes && styrkCodes.length > 1 ? findOccupations(occupation, 5).map((o) => o.title) : [],
  }
}

export default function PublishedVacanciesPage() {
  const { fylker, fylke, occupation, occupationChoice, occupationError, result, matchedOccupations, hint } = useLoaderData<typeof loader>()
  const pageHref = (page: number) => {
    const params = new URLSearchParams()
    if (fylke) params.set('fylke', fylke)
    if (occupation) params.set('yrke', occupation)
    params.set('side', String(page))
    return `?${params}`
  }
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Ledige stillinger
      </Heading>
      <BodyLong>Publiserte stillinger fra arbeidsgivere i Vi inkluderer.</BodyLong>
      <Form method="get" role="search" aria-label="Filtrer stillinger">
        <HStack gap="space-16" align="end">
          <Select label="Fylke" name="fylke" defaultValue={fylke}>
            <option value="">Alle fylker</option>
            {fylker.map((f) => (
              <option key={f.fylkesnummer} value={f.fylkesnummer}>
                {f.name}
              </option>
            ))}
          </Select>
          <OccupationPicker label="Yrke" name="yrke" defaultValue={occupationChoice} error={occupationError ?? undefined} />
          <Button type="submit" variant="secondary">
            Vis stillinger
          </Button>
        </HStack>
      </Form>
      {result ? (
        <>
          <BodyShort role="status">
            {formatNumber(result.total)} {result.total === 1 ? 'stilling' : 'stillinger'}
            {matchedOccupations > 1
              ? ` i ${matchedOccupations} yrker som passer til «${occupation}» (${hint.join(', ')}${matchedOccupations > 5 ? ' …' : ''})`
              : ''}
          </BodyShort>
          {result.items.length > 0 ? (
            <Table className="stack-on-phone">
              <caption className="visually-hidden">Publiserte stillinger</caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">Stilling</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Arbeidsgiver</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Yrke</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Sted</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Omfang</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Oppstart</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Søknadsfrist</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {result.items.map((v) => (
                  <Table.Row key={v.id}>
                    <Table.DataCell>
                      <AkselLink as={Link} to={`/jobbspesialist/stillinger/${v.id}`}>
                        {v.title}
                      </AkselLink>
                    </Table.DataCell>
                    <Table.DataCell data-label="Arbeidsgiver">{v.organisationName}</Table.DataCell>
                    <Table.DataCell data-label="Yrke">{v.styrkTitle}</Table.DataCell>
                    <Table.DataCell data-label="Sted">
                      {v.kommuneName}, {v.fylkeName}
                    </Table.DataCell>
                    <Table.DataCell data-label="Omfang">
                      {formatPercent(v.positionPercent)}, {(CONTRACT_TYPES[v.contractType] ?? v.contractType).toLowerCase()}
                    </Table.DataCell>
                    <Table.DataCell data-label="Oppstart">{startLabel(v)}</Table.DataCell>
                    <Table.DataCell data-label="Søknadsfrist">
                      {v.applicationDeadline ? formatDate(v.applicationDeadline) : 'Ingen frist'}
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <BodyLong>Ingen publiserte stillinger passer til filteret.</BodyLong>
          )}
          {result.pageCount > 1 ? (
            <nav aria-label="Sider">
              <Pagination
                page={result.page}
                count={result.pageCount}
                renderItem={(item) => <Pagination.Item {...item} as="a" href={pageHref(item.page)} />}
              />
            </nav>
          ) : null}
        </>
      ) : null}
    </VStack>
  )
}
