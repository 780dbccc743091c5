import { Alert, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { MetaFunction } from '@remix-run/node'
import { useSearchParams } from '@remix-run/react'

export const meta: MetaFunction = () => [{ title: 'Innloggingen mislyktes – Vi inkluderer' }]

export default function IdportenProblem() {
  const [params] = useSearchParams()
  return (
    <VStack gap="space-16" className="form-narrow">
      <Heading level="1" size="large">
        Innloggingen mislyktes
      </Heading>
      <Alert variant="warning">
        {params.get('grunn') === 'ukjent'
          ? 'Vi fant deg ikke blant dem som har fått tilgang til Min side. Be jobbspesialisten din om tilgang.'
          : 'Noe gikk galt med innloggingen. Prøv igjen.'}
      </Alert>
      <AkselLink href="/min-side/logg-inn">Tilbake til innlogging</AkselLink>
    </VStack>
  )
}
