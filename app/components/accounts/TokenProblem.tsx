import { Alert, BodyLong, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { TokenState } from '~/domain/accounts/schemas'

/** Why an e-mailed link no longer works, and where to get a new one. */
export function TokenProblem({
  state,
  title,
  newLink,
}: {
  state: Exclude<TokenState, 'valid'>
  title: string
  newLink?: { href: string; label: string }
}) {
  const reason =
    state === 'expired'
      ? 'Lenken er utløpt.'
      : state === 'used'
        ? 'Lenken er allerede brukt, eller den er erstattet av en nyere lenke. Hver lenke kan bare brukes én gang.'
        : 'Lenken er ikke gyldig. Sjekk at du har kopiert hele adressen fra e-posten.'
  return (
    <VStack gap="space-16" className="form-narrow">
      <Heading level="1" size="large">
        {title}
      </Heading>
      <Alert variant="warning">
        <BodyLong>{reason}</BodyLong>
      </Alert>
      {newLink ? (
        <BodyLong>
          <AkselLink href={newLink.href}>{newLink.label}</AkselLink>
        </BodyLong>
      ) : (
        <BodyLong>Be administratoren som inviterte deg om å sende en ny invitasjon.</BodyLong>
      )}
    </VStack>
  )
}
