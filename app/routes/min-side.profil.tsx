import { Alert, BodyLong, Heading, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { EmployerProfileView } from '~/components/EmployerProfileView'
import { viewOwnProfile } from '~/services/min-side.server'
import { requirePerson } from '~/services/person-auth.server'

export const meta: MetaFunction = () => [{ title: 'Profilen din – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  return viewOwnProfile(person.candidateId)
}

export default function OwnProfile() {
  const { profile, notes, status } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Profilen din slik arbeidsgivere ser den
      </Heading>
      {profile ? (
        <>
          <BodyLong>Dette er nøyaktig det arbeidsgivere ser når de finner profilen din. Navnet ditt står ikke der.</BodyLong>
          <EmployerProfileView profile={profile} headingLevel="2" />
        </>
      ) : (
        <Alert variant="info">
          {status === 'AVPUBLISERT'
            ? 'Profilen din er fjernet. Arbeidsgivere kan ikke se den.'
            : 'Profilen din er ikke publisert. Arbeidsgivere kan ikke se den. Snakk med jobbspesialisten din hvis du vil at den skal vises.'}
        </Alert>
      )}
      <section aria-labelledby="hva-vises-ikke">
        <VStack gap="space-8">
          <Heading level="2" size="medium" id="hva-vises-ikke">
            Dette vises ikke, og hvorfor
          </Heading>
          <ul>
            {notes.map((note) => (
              <li key={note}>
                <BodyLong>{note}</BodyLong>
              </li>
            ))}
          </ul>
          <BodyLong>
            Vil du endre hva som står om behovene dine? <Link to="/min-side/deling">Bestem hva arbeidsgivere får vite</Link>.
          </BodyLong>
        </VStack>
      </section>
    </VStack>
  )
}
