import { BodyLong, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { MetaFunction } from '@remix-run/node'

export const meta: MetaFunction = () => [{ title: 'Sjekk e-posten din – Vi inkluderer' }]

export default function RegistrationSent() {
  return (
    <VStack gap="space-16" className="form-narrow">
      <Heading level="1" size="large">
        Sjekk e-posten din
      </Heading>
      <BodyLong>
        Virksomheten er registrert. Vi har sendt deg en e-post med en lenke for å bekrefte e-postadressen. Lenken virker i 24 timer. Når
        adressen er bekreftet, kan du logge inn.
      </BodyLong>
      <BodyLong>
        Har du ikke fått e-posten? Sjekk søppelpost, eller <AkselLink href="/bekreft-epost">send bekreftelsen på nytt</AkselLink>.
      </BodyLong>
    </VStack>
  )
}
