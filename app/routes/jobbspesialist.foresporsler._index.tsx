import { BodyLong, BodyShort, Heading, Link as AkselLink, Table, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { CONTACT_REQUEST_STATUS_CODES, EMPLOYER_MARKINGS, type ContactRequestStatus } from '~/domain/codes'
import { jobbspesialistStatusLabel } from '~/domain/contact-requests'
import { listRequestsForJobbspesialist } from '~/services/contact-requests/queries.server'
import { formatDate } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Forespørsler om kontakt – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  return { requests: listRequestsForJobbspesialist(user.id) }
}

const GROUP_TITLES: Record<ContactRequestStatus, string> = {
  SENDT: 'Nye – kandidaten er ikke spurt',
  SPURT_KANDIDAT: 'Venter på svar fra kandidaten',
  GODKJENT: 'Godkjent',
  AVSLATT: 'Avslått',
  UTLOPT: 'Utløpt',
  TRUKKET: 'Trukket av arbeidsgiveren',
}

export default function JobbspesialistRequests() {
  const { requests } = useLoaderData<typeof loader>()
  const groups = CONTACT_REQUEST_STATUS_CODES.map((status) => ({
    status,
    items: requests.filter((r) => r.status === status),
  })).filter((g) => g.items.length > 0)
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Forespørsler om kontakt
      </Heading>
      <BodyLong>Arbeidsgivere som ønsker kontakt med personer du følger opp. Spør personen, og registrer svaret.</BodyLong>
      {groups.length === 0 ? <BodyShort>Ingen forespørsler ennå.</BodyShort> : null}
      {groups.map((group) => (
        <section key={group.status} aria-labelledby={`gruppe-${group.status}`}>
          <VStack gap="space-8">
            <Heading level="2" size="medium" id={`gruppe-${group.status}`}>
              {GROUP_TITLES[group.status]} ({group.items.length})
            </Heading>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">Person</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Arbeidsgiver</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Mottatt</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Svarfrist</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Status</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {group.items.map((r) => (
                  <Table.Row key={r.id}>
                    <Table.DataCell>
                      <AkselLink href={`/jobbspesialist/foresporsler/${r.id}`}>
                        {r.firstName} {r.lastName} (profil {r.profileCode})
                      </AkselLink>
                    </Table.DataCell>
                    <Table.DataCell>{r.organisationName}</Table.DataCell>
                    <Table.DataCell>{formatDate(r.createdAt)}</Table.DataCell>
                    <Table.DataCell>{r.replyDeadline ? formatDate(r.replyDeadline) : '–'}</Table.DataCell>
                    <Table.DataCell>
                      {jobbspesialistStatusLabel(r.status)}
                      {r.employerMarking ? ` · ${EMPLOYER_MARKINGS[r.employerMarking]}` : ''}
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </VStack>
        </section>
      ))}
    </VStack>
  )
}
