import { BodyLong, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { jobbspesialistAgreementSummary } from '~/services/agreements/queries.server'
import { activeCaseloadCount } from '~/services/caseload.server'
import { jobbspesialistContactSummary } from '~/services/contact-requests/queries.server'
import { CASELOAD_NORM } from '~/domain/caseload'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Jobbspesialist – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  return {
    name: user.name,
    active: activeCaseloadCount(user.id),
    agreements: jobbspesialistAgreementSummary(user),
    contacts: jobbspesialistContactSummary(user.id),
  }
}

export default function JobbspesialistHome() {
  const { name, active, agreements, contacts } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        Jobbspesialist
      </Heading>
      <BodyLong>Velkommen, {name}.</BodyLong>
      <VStack gap="space-8" as="section" aria-labelledby="avtaler-og-portefolje">
        <Heading level="2" size="medium" id="avtaler-og-portefolje">
          Portefølje og oppfølgingsavtaler
        </Heading>
        <BodyLong>
          Aktive personer: {active} av normen {CASELOAD_NORM} · <AkselLink href="/jobbspesialist/oversikt">Se porteføljetallene</AkselLink>
        </BodyLong>
        <BodyLong>
          Ansettelser uten avtale: {agreements.hires} · Avtaler som venter på din godkjenning: {agreements.awaitingMe} ·{' '}
          <AkselLink href="/jobbspesialist/avtaler">Gå til avtalene</AkselLink>
        </BodyLong>
      </VStack>
      <VStack gap="space-8" as="section" aria-labelledby="foresporsler-om-kontakt">
        <Heading level="2" size="medium" id="foresporsler-om-kontakt">
          Forespørsler om kontakt
        </Heading>
        <BodyLong>
          Nye forespørsler: {contacts.newRequests} · Venter på svar fra personen: {contacts.awaitingPerson} ·{' '}
          <AkselLink href="/jobbspesialist/foresporsler">Gå til forespørslene</AkselLink>
        </BodyLong>
      </VStack>
    </VStack>
  )
}
