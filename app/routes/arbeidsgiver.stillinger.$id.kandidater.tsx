import { Alert, BodyLong, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { ProfileMatchList } from '~/components/matching/MatchList'
import { vacancyMatchesFor } from '@search/matching.server'
import { notFound, requireEmployer } from '~/utils/permissions.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Aktuelle kandidater – ${data?.vacancy.title ?? 'stilling'} – Vi inkluderer` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request)
  const id = Number(params.id)
  if (!Number.isSafeInteger(id)) throw notFound()
  const result = await vacancyMatchesFor(user, id, 'page')
  if (!result) throw notFound()
  return { vacancy: { id: result.vacancy.id, title: result.vacancy.title, status: result.vacancy.status }, items: result.items }
}

export default function EmployerVacancyCandidates() {
  const { vacancy, items } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <AkselLink as={Link} to={`/arbeidsgiver/stillinger/${vacancy.id}`}>
          Tilbake til stillingen
        </AkselLink>
        <Heading level="1" size="large">
          Aktuelle kandidater: {vacancy.title}
        </Heading>
        <BodyLong>
          De {items.length > 1 ? items.length : ''} anonymiserte profilene som passer best, med hvorfor. Navn og CV deles først når
          personen har samtykket — bruk «Be om kontakt».
        </BodyLong>
      </VStack>
      {vacancy.status !== 'PUBLISERT' ? (
        <Alert variant="info">Stillingen er ikke publisert. Forslagene viser hvem som ville passet når den publiseres.</Alert>
      ) : null}
      {items.length === 0 ? (
        <Alert variant="info">Ingen publiserte profiler passer stillingen ennå. Prøv igjen senere, eller vurder stillingsprosent og sted.</Alert>
      ) : (
        <ProfileMatchList
          items={items}
          profileHref={(code) => `/arbeidsgiver/kandidater/${code}`}
          contactHref={(code) => `/arbeidsgiver/kandidater/${code}/kontakt?vacancyId=${vacancy.id}`}
        />
      )}
    </VStack>
  )
}
