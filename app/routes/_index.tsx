import { BodyLong, Heading, HGrid, Link as AkselLink, Box, VStack } from '@navikt/ds-react'
import type { MetaFunction } from '@remix-run/node'

export const meta: MetaFunction = () => [{ title: 'Vi inkluderer – inkluderende rekruttering' }]

export default function Index() {
  return (
    <VStack gap="space-32">
      <VStack gap="space-16">
        <Heading level="1" size="xlarge">
          Trygg rekruttering med oppfølging
        </Heading>
        <BodyLong size="large">
          Vi inkluderer kobler arbeidsgivere som trenger folk med kandidater som følges opp av NAVs jobbspesialister. Du ser anonymiserte
          profiler, ber om kontakt, og får tilskudd og systematisk oppfølging etter ansettelsen.
        </BodyLong>
      </VStack>
      <HGrid gap="space-24" columns={{ xs: 1, md: 3 }}>
        <Box padding="space-24" borderWidth="1" borderRadius="12">
          <Heading level="2" size="small" spacing>
            For arbeidsgivere
          </Heading>
          <BodyLong spacing>Lys ut stillinger, finn aktuelle kandidater og be om kontakt.</BodyLong>
          <AkselLink href="/registrer">Registrer virksomheten</AkselLink>
        </Box>
        <Box padding="space-24" borderWidth="1" borderRadius="12">
          <Heading level="2" size="small" spacing>
            Hva koster en ansettelse?
          </Heading>
          <BodyLong spacing>Regn ut lønnstilskudd, sommerjobb, mentor og inkluderingstilskudd måned for måned.</BodyLong>
          <AkselLink href="/tilskuddskalkulator">Åpne tilskuddskalkulatoren</AkselLink>
        </Box>
        <Box padding="space-24" borderWidth="1" borderRadius="12">
          <Heading level="2" size="small" spacing>
            Personvern først
          </Heading>
          <BodyLong spacing>
            Ingen opplysninger om en kandidat deles med en arbeidsgiver uten kandidatens samtykke. All innsyn logges.
          </BodyLong>
          <AkselLink href="/min-side">Min side for deg som får hjelp av en jobbspesialist</AkselLink>
        </Box>
      </HGrid>
    </VStack>
  )
}
