import { BodyShort, Heading, Table, VStack, Link as AkselLink } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { listCaughtMail } from '~/services/dev-mailbox.server'
import { devMailboxEnabled } from '~/env.server'
import { formatDateTime } from '~/utils/format'

export const meta: MetaFunction = () => [{ title: 'Utviklerpostkasse – Vi inkluderer' }]

/** Development only: mail caught by the local SMTP catcher. */
export async function loader(_args: LoaderFunctionArgs) {
  if (!devMailboxEnabled()) throw new Response('Ikke funnet', { status: 404 })
  return { mails: listCaughtMail(50) }
}

export default function DevMailbox() {
  const { mails } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        Utviklerpostkasse
      </Heading>
      <BodyShort>E-post som appen har sendt til den lokale SMTP-fangeren. Nyeste først.</BodyShort>
      {mails.length === 0 ? (
        <BodyShort>Ingen e-post ennå.</BodyShort>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Mottatt</Table.HeaderCell>
              <Table.HeaderCell scope="col">Til</Table.HeaderCell>
              <Table.HeaderCell scope="col">Emne</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {mails.map((mail) => (
              <Table.Row key={mail.id}>
                <Table.DataCell>{formatDateTime(mail.receivedAt)}</Table.DataCell>
                <Table.DataCell>{mail.toAddress}</Table.DataCell>
                <Table.DataCell>
                  <AkselLink href={`/dev/mailbox/${mail.id}`}>{mail.subject}</AkselLink>
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </VStack>
  )
}
