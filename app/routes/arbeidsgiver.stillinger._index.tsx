import { BodyLong, Button, Heading, HStack, Link as AkselLink, Table, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { VacancyStatusTag } from '~/components/vacancies/VacancyDetails'
import { isCode, VACANCY_STATUS_CODES, VACANCY_STATUSES, type VacancyStatus } from '~/domain/codes'
import { countOwnVacanciesByStatus, listOwnVacancies } from '~/services/vacancies.server'
import { formatDate, formatNumber } from '~/utils/format'
import { requireEmployer } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Dine stillinger – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request)
  const raw = new URL(request.url).searchParams.get('status')
  const status = isCode(VACANCY_STATUS_CODES, raw) ? raw : null
  return { status, counts: countOwnVacanciesByStatus(user), vacancies: listOwnVacancies(user, { status }) }
}

export default function EmployerVacanciesPage() {
  const { status, counts, vacancies } = useLoaderData<typeof loader>()
  const total = Object.values(counts).reduce((a, b) => a + b, 0)
  const filters: Array<{ code: VacancyStatus | null; label: string; n: number }> = [
    { code: null, label: 'Alle', n: total },
    ...VACANCY_STATUS_CODES.map((c) => ({ code: c, label: VACANCY_STATUSES[c], n: counts[c] })),
  ]
  return (
    <VStack gap="space-24">
      <HStack justify="space-between" align="center" gap="space-16">
        <Heading level="1" size="large">
          Dine stillinger
        </Heading>
        <Button as={Link} to="/arbeidsgiver/stillinger/ny">
          Ny stilling
        </Button>
      </HStack>
      <nav aria-label="Filtrer på status">
        <HStack as="ul" gap="space-16" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {filters.map((f) => (
            <li key={f.label}>
              <AkselLink
                as={Link}
                to={f.code ? `?status=${f.code}` : '/arbeidsgiver/stillinger'}
                aria-current={f.code === status ? 'page' : undefined}
                style={f.code === status ? { fontWeight: 700 } : undefined}
              >
                {f.label} ({formatNumber(f.n)})
              </AkselLink>
            </li>
          ))}
        </HStack>
      </nav>
      {vacancies.length === 0 ? (
        <BodyLong>
          {status ? `Du har ingen stillinger med status «${VACANCY_STATUSES[status].toLowerCase()}».` : 'Du har ingen stillinger ennå.'}
        </BodyLong>
      ) : (
        <Table>
          <caption className="visually-hidden">
            {status ? `Stillinger med status ${VACANCY_STATUSES[status].toLowerCase()}` : 'Alle stillinger'}
          </caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Stilling</Table.HeaderCell>
              <Table.HeaderCell scope="col">Yrke</Table.HeaderCell>
              <Table.HeaderCell scope="col">Kommune</Table.HeaderCell>
              <Table.HeaderCell scope="col">Status</Table.HeaderCell>
              <Table.HeaderCell scope="col">Søknadsfrist</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {vacancies.map((v) => (
              <Table.Row key={v.id}>
                <Table.DataCell>
                  <AkselLink as={Link} to={`/arbeidsgiver/stillinger/${v.id}`}>
                    {v.title}
                  </AkselLink>
                </Table.DataCell>
                <Table.DataCell>{v.styrkTitle}</Table.DataCell>
                <Table.DataCell>{v.kommuneName}</Table.DataCell>
                <Table.DataCell>
                  <VacancyStatusTag status={v.status} />
                </Table.DataCell>
                <Table.DataCell>{v.applicationDeadline ? formatDate(v.applicationDeadline) : 'Ingen frist'}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </VStack>
  )
}
