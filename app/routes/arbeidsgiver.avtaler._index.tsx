import { BodyShort, Heading, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AgreementTable } from '~/components/agreements/AgreementTable'
import { listAgreementsForEmployer } from '~/services/agreements/queries.server'
import { todayIso } from '~/utils/clock.server'
import { requireEmployer } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Oppfølgingsavtaler – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request)
  return { agreements: listAgreementsForEmployer(user), today: todayIso() }
}

export default function EmployerAgreements() {
  const { agreements, today } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Oppfølgingsavtaler
      </Heading>
      <BodyShort>
        Oppfølgingsavtalen beskriver stillingen, tilretteleggingen, tilskuddene og hvordan jobbspesialisten følger opp etter ansettelsen.
      </BodyShort>
      {agreements.length === 0 ? (
        <BodyShort>Dere har ingen oppfølgingsavtaler ennå.</BodyShort>
      ) : (
        <AgreementTable rows={agreements} hrefBase="/arbeidsgiver/avtaler" viewer="arbeidsgiver" today={today} />
      )}
    </VStack>
  )
}
