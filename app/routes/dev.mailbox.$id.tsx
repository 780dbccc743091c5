import { BodyShort, Heading, VStack, Link as AkselLink, Box } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { getCaughtMail } from '~/services/dev-mailbox.server'
import { devMailboxEnabled } from '~/env.server'
import { formatDateTime } from '~/utils/format'

export const meta: MetaFunction = () => [{ title: 'E-post – Utviklerpostkasse – Vi inkluderer' }]

export async function loader({ params }: LoaderFunctionArgs) {
  if (!devMailboxEnabled()) throw new Response('Ikke funnet', { status: 404 })
  const mail = getCaughtMail(Number(params.id))
  if (!mail) throw new Response('Ikke funnet', { status: 404 })
  return { mail }
}

/** Shows the plain-text part; links in it are made clickable so a tester can follow them. */
export default function CaughtMail() {
  const { mail } = useLoaderData<typeof loader>()
  const parts = mail.textBody.split(/(https?:\/\/\S+)/g)
  return (
    <VStack gap="space-16">
      <BodyShort>
        <AkselLink href="/dev/mailbox">Tilbake til postkassen</AkselLink>
      </BodyShort>
      <Heading level="1" size="large">
        {mail.subject}
      </Heading>
      <BodyShort>Til: {mail.toAddress}</BodyShort>
      <BodyShort>Mottatt: {formatDateTime(mail.receivedAt)}</BodyShort>
      <Box padding="space-16" borderWidth="1" borderRadius="8">
        <div style={{ whiteSpace: 'pre-wrap' }} data-testid="mail-body">
          {parts.map((part, i) =>
            /^https?:\/\//.test(part) ? (
              <AkselLink key={i} href={part}>
                {part}
              </AkselLink>
            ) : (
              <span key={i}>{part}</span>
            ),
          )}
        </div>
      </Box>
    </VStack>
  )
}
