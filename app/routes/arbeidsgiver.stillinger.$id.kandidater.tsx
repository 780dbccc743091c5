import { Alert, BodyLong, Heading, Link as AkselLink, List, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { ProfileMatchList, ScoringExplanation } from '~/components/matching/MatchList'
import { MIN_MATCH_SCORE } from '~/domain/matching'
import { vacancyMatchesFor } from '~/services/matching.server'
import { notFound, requireEmployer } from '~/utils/permissions.server'
import { pageFailure } from '~/utils/result.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Aktuelle kandidater – ${data?.vacancy.title ?? 'stilling'} – Vi inkluderer` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request)
  const id = Number(params.id)
  if (!Number.isSafeInteger(id)) throw notFound()
  const result = await vacancyMatchesFor(user, id, 'page')
  if (!result.ok) throw pageFailure(result)
  const { vacancy, items, hints } = result.value
  return { vacancy: { id: vacancy.id, title: vacancy.title, status: vacancy.status }, items, hints }
}

export default function EmployerVacancyCandidates() {
  const { vacancy, items, hints } = useLoaderData<typeof loader>()
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
          De {items.length > 1 ? items.length : ''} anonymiserte profilene som passer best, med hvorfor. Navn og CV deles først når personen
          har samtykket — bruk «Be om kontakt».
        </BodyLong>
        <ScoringExplanation subject="kandidater" />
      </VStack>
      {vacancy.status !== 'PUBLISERT' ? (
        <Alert variant="info">Stillingen er ikke publisert. Forslagene viser hvem som ville passet når den publiseres.</Alert>
      ) : null}
      {hints.length > 0 ? (
        <Alert variant="info">
          <VStack gap="space-8">
            <BodyLong>
              {items.length === 0
                ? `Ingen publiserte profiler passer stillingen godt nok ennå (minst ${MIN_MATCH_SCORE} av 100 poeng).`
                : `Bare ${items.length === 1 ? 'én profil passer' : `${items.length} profiler passer`} stillingen godt nok (minst ${MIN_MATCH_SCORE} av 100 poeng).`}{' '}
              Dette kan gi flere treff:
            </BodyLong>
            <List as="ul" size="small">
              {hints.map((hint) => (
                <List.Item key={hint}>{hint}</List.Item>
              ))}
            </List>
          </VStack>
        </Alert>
      ) : null}
      {items.length === 0 ? null : (
        <ProfileMatchList
          items={items}
          profileHref={(code) => `/arbeidsgiver/kandidater/${code}`}
          contactHref={(code) => `/arbeidsgiver/kandidater/${code}/kontakt?vacancyId=${vacancy.id}`}
        />
      )}
    </VStack>
  )
}
