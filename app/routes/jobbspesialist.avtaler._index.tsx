import { BodyShort, Heading, Link as AkselLink, List, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AgreementTable } from '~/components/agreements/AgreementTable'
import { hiresWithoutAgreement, listAgreementsForJobbspesialist } from '~/services/agreements/queries.server'
import { todayIso } from '~/utils/clock.server'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Oppfølgingsavtaler – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  return { agreements: listAgreementsForJobbspesialist(user), hires: hiresWithoutAgreement(user), today: todayIso() }
}

export default function JobbspesialistAgreements() {
  const { agreements, hires, today } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Oppfølgingsavtaler
      </Heading>
      <VStack gap="space-8">
        <Heading level="2" size="medium">
          Ansettelser som venter på avtale
        </Heading>
        {hires.length === 0 ? (
          <BodyShort>Ingen arbeidsgivere har markert «Fått jobben» uten at det finnes en avtale.</BodyShort>
        ) : (
          <List data-testid="hires">
            {hires.map((h) => (
              <List.Item key={h.contactRequestId}>
                <AkselLink href={`/jobbspesialist/avtaler/ny?kontakt=${h.contactRequestId}`}>
                  Lag avtale: {h.personName} hos {h.organisationName} (profil {h.profileCode})
                </AkselLink>
              </List.Item>
            ))}
          </List>
        )}
        <BodyShort>
          <AkselLink href="/jobbspesialist/avtaler/ny">Lag en avtale for en person i porteføljen din</AkselLink>
        </BodyShort>
      </VStack>
      <VStack gap="space-8">
        <Heading level="2" size="medium">
          Avtalene dine
        </Heading>
        {agreements.length === 0 ? (
          <BodyShort>Du har ingen oppfølgingsavtaler ennå.</BodyShort>
        ) : (
          <AgreementTable rows={agreements} hrefBase="/jobbspesialist/avtaler" viewer="jobbspesialist" today={today} />
        )}
      </VStack>
    </VStack>
  )
}
