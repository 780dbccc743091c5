import { BodyShort, Button, Heading, HStack, Link as AkselLink, Select, Table, TextField, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { ORGANISATION_KINDS } from '@db/schema'
import { ORGANISATION_KIND_LABELS } from '~/domain/codes'
import { formatOrgnr } from '~/domain/validation/orgnr'
import { listOrganisations, type OrganisationKind } from '~/services/organisations.server'
import { formatNumber } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Organisasjoner – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, 'admin')
  const url = new URL(request.url)
  const q = url.searchParams.get('q')?.slice(0, 100) ?? ''
  const kindParam = url.searchParams.get('type') ?? ''
  const kind = (ORGANISATION_KINDS as readonly string[]).includes(kindParam) ? (kindParam as OrganisationKind) : undefined
  return { ...listOrganisations({ q, kind }), q, kind: kind ?? '' }
}

export default function AdminOrganisations() {
  const { rows, total, q, kind } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Organisasjoner
      </Heading>
      <Form method="get" role="search" aria-label="Søk etter organisasjoner">
        <HStack gap="space-16" align="end" wrap>
          <TextField label="Søk på navn eller organisasjonsnummer" name="q" defaultValue={q} />
          <Select label="Type" name="type" defaultValue={kind}>
            <option value="">Alle typer</option>
            {ORGANISATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {ORGANISATION_KIND_LABELS[k]}
              </option>
            ))}
          </Select>
          <Button type="submit" variant="secondary">
            Søk
          </Button>
        </HStack>
      </Form>
      <BodyShort aria-live="polite">
        {total === 0
          ? 'Ingen organisasjoner passer med søket.'
          : total > rows.length
            ? `Viser ${formatNumber(rows.length)} av ${formatNumber(total)} organisasjoner. Snevre inn søket for å se flere.`
            : `${formatNumber(total)} ${total === 1 ? 'organisasjon' : 'organisasjoner'}.`}
      </BodyShort>
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
