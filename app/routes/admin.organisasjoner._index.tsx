import { Heading, Link as AkselLink, Table, VStack } from '@navikt/ds-react'
import { AdminListFilter } from '~/components/accounts/AdminListFilter'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ORGANISATION_KINDS } from '@db/schema'
import { isCode, ORGANISATION_KIND_LABELS } from '~/domain/codes'
import { formatOrgnr } from '~/domain/validation/orgnr'
import { listOrganisations } from '~/services/organisations.server'
import { formatNumber } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Organisasjoner – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, 'admin')
  const url = new URL(request.url)
  const q = url.searchParams.get('q')?.slice(0, 100) ?? ''
  const kindParam = url.searchParams.get('type') ?? ''
  const kind = isCode(ORGANISATION_KINDS, kindParam) ? kindParam : undefined
  return { ...listOrganisations({ q, kind }), q, kind: kind ?? '' }
}

export default function AdminOrganisations() {
  const { rows, total, q, kind } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Organisasjoner
      </Heading>
      <AdminListFilter
        searchName="Søk etter organisasjoner"
        searchLabel="Søk på navn eller organisasjonsnummer"
        q={q}
        filter={{
          name: 'type',
          label: 'Type',
          allLabel: 'Alle typer',
          value: kind,
          options: ORGANISATION_KINDS.map((k) => ({ value: k, label: ORGANISATION_KIND_LABELS[k] })),
        }}
        shown={rows.length}
        total={total}
        noun={{ one: 'organisasjon', many: 'organisasjoner' }}
      />
      {rows.length > 0 ? (
        <Table>
          <caption className="visually-hidden">Organisasjoner</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
              <Table.HeaderCell scope="col">Type</Table.HeaderCell>
              <Table.HeaderCell scope="col">Organisasjonsnummer</Table.HeaderCell>
              <Table.HeaderCell scope="col">Kommune</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">
                Brukere
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((org) => (
              <Table.Row key={org.id}>
                <Table.DataCell>
                  <AkselLink href={`/admin/organisasjoner/${org.id}`}>{org.name}</AkselLink>
                </Table.DataCell>
                <Table.DataCell>{ORGANISATION_KIND_LABELS[org.kind]}</Table.DataCell>
                <Table.DataCell>{org.orgnr ? formatOrgnr(org.orgnr) : '–'}</Table.DataCell>
                <Table.DataCell>{org.kommune ?? '–'}</Table.DataCell>
                <Table.DataCell align="right">{formatNumber(org.userCount)}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : null}
    </VStack>
  )
}
