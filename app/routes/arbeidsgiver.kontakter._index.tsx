import { BodyLong, BodyShort, Heading, Link as AkselLink, Table, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { EMPLOYER_MARKINGS } from '~/domain/codes'
import { ContactStatusTag } from '~/components/contact-requests/ContactStatusTag'
import { listRequestsForEmployer } from '~/services/contact-requests/queries.server'
import { formatDate } from '~/utils/format'
import { requireEmployer } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Kontakter – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request)
  return { requests: listRequestsForEmployer(user.organisationId) }
}

export default function EmployerContacts() {
  const { requests } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Kontakter
      </Heading>
      <BodyLong>
        Forespørslene deres om kontakt med kandidater. Navn og kontaktinformasjon vises først når personen har sagt ja, og bare i 6 måneder.
      </BodyLong>
      {requests.length === 0 ? (
        <BodyShort>
          Dere har ikke bedt om kontakt med noen ennå. <AkselLink href="/arbeidsgiver/kandidater">Finn kandidater</AkselLink>
        </BodyShort>
      ) : (
        <Table className="stack-on-phone">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Profil</Table.HeaderCell>
              <Table.HeaderCell scope="col">Stilling</Table.HeaderCell>
              <Table.HeaderCell scope="col">Sendt</Table.HeaderCell>
              <Table.HeaderCell scope="col">Status</Table.HeaderCell>
              <Table.HeaderCell scope="col">Markering</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {requests.map((r) => (
              <Table.Row key={r.id}>
                <Table.DataCell>
                  <AkselLink href={`/arbeidsgiver/kontakter/${r.id}`}>Profil {r.profileCode}</AkselLink>
                </Table.DataCell>
                <Table.DataCell data-label="Stilling">{r.vacancyTitle ?? 'Ingen bestemt stilling'}</Table.DataCell>
                <Table.DataCell data-label="Sendt">{formatDate(r.createdAt)}</Table.DataCell>
                <Table.DataCell data-label="Status">
                  <ContactStatusTag status={r.status} sharingActive={r.sharingActive} />
                </Table.DataCell>
                <Table.DataCell data-label="Markering">{r.employerMarking ? EMPLOYER_MARKINGS[r.employerMarking] : '–'}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </VStack>
  )
}
