import { Alert, BodyLong, Heading, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { openDeletionRequest } from '~/services/min-side.server'
import { requirePerson } from '~/services/person-auth.server'
import { formatDate } from '~/utils/format'

export const meta: MetaFunction = () => [{ title: 'Mine data – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  return { deletion: openDeletionRequest(person.candidateId) }
}

export default function MyData() {
  const { deletion } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Opplysningene dine
      </Heading>
      <BodyLong>
        Du har rett til å få en kopi av alt vi har lagret om deg: personopplysninger, profilen, samtykker, forespørsler, delinger, avtaler
        og hvem som har sett hva.
      </BodyLong>
      <ul className="min-side__tasks">
        <li>
          <a href="/min-side/mine-data.json" download>
            Last ned som fil (JSON)
          </a>
        </li>
        <li>
          <Link to="/min-side/mine-data/utskrift">Vis som side du kan skrive ut</Link>
        </li>
        <li>
          <Link to="/min-side/sletting">Be om at opplysningene slettes</Link>
        </li>
      </ul>
      {deletion ? (
        <Alert variant="info">Du ba om sletting {formatDate(deletion.requestedAt)}. Jobbspesialisten din behandler forespørselen.</Alert>
      ) : null}
    </VStack>
  )
}
