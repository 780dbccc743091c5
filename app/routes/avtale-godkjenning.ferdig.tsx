import { Alert, BodyShort, Heading, VStack } from '@navikt/ds-react'
import type { MetaFunction } from '@remix-run/node'

export const meta: MetaFunction = () => [{ title: 'Takk for godkjenningen – Vi inkluderer' }, { name: 'robots', content: 'noindex' }]

export default function PersonApprovalDone() {
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Takk for godkjenningen
      </Heading>
      <Alert variant="success" role="status">
        Godkjenningen din er registrert.
      </Alert>
      <BodyShort>Jobbspesialisten din får beskjed. Lenken i e-posten kan ikke brukes igjen.</BodyShort>
    </VStack>
  )
}
