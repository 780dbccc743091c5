import { BodyLong, Heading, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { getOverview } from '~/services/min-side.server'
import { requirePerson } from '~/services/person-auth.server'

export const meta: MetaFunction = () => [{ title: 'Min side – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request)
  return getOverview(person.candidateId)
}

export default function MinSideHome() {
  const o = useLoaderData<typeof loader>()
  const profileText =
    o.profileStatus === 'PUBLISERT' ? 'Arbeidsgivere kan se den anonyme profilen din.' : 'Profilen din vises ikke for arbeidsgivere nå.'
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Hei, {o.firstName}
      </Heading>
      <BodyLong>{profileText} Velg hva du vil gjøre.</BodyLong>
      <ul className="min-side__tasks">
        <li>
          <Link to="/min-side/profil">Se profilen din slik arbeidsgivere ser den</Link>
        </li>
        <li>
          <Link to="/min-side/deling">Bestem hva arbeidsgivere får vite om behovene dine</Link>
        </li>
        <li>
          <Link to="/min-side/foresporsler">
            Svar på forespørsler fra arbeidsgivere{o.waitingRequests ? ` (${o.waitingRequests} venter på svar)` : ''}
          </Link>
        </li>
        <li>
          <Link to="/min-side/avtaler">
            Se oppfølgingsavtalen din{o.agreementsAwaitingYou ? ` (${o.agreementsAwaitingYou} venter på deg)` : ''}
          </Link>
        </li>
        <li>
          <Link to="/min-side/innsyn">Se hvilke arbeidsgivere som har sett profilen din</Link>
        </li>
        <li>
          <Link to="/min-side/mine-data">Last ned opplysningene dine eller be om sletting</Link>
        </li>
        {o.profileStatus === 'PUBLISERT' ? (
          <li>
            <Link to="/min-side/samtykke">Fjern profilen fra Vi inkluderer</Link>
          </li>
        ) : null}
      </ul>
    </VStack>
  )
}
