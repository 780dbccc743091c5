import { Alert, BodyLong, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { ScoringExplanation, VacancyMatchList } from '~/components/matching/MatchList'
import { candidateMatchesFor } from '~/services/matching.server'
import { notFound, requireUserWithRole } from '~/utils/permissions.server'
import { pageFailure } from '~/utils/result.server'

export const meta: MetaFunction = () => [{ title: 'Aktuelle stillinger – Vi inkluderer' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['jobbspesialist', 'admin'])
  const id = Number(params.id)
  if (!Number.isSafeInteger(id)) throw notFound()
  const result = await candidateMatchesFor(user, id, 'page')
  if (!result.ok) throw pageFailure(result)
  return result.value
}

export default function CaseloadVacancyMatches() {
  const { candidate, profileStatus, items } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <AkselLink as={Link} to={`/jobbspesialist/portefolje/${candidate.id}`}>
          Tilbake til {candidate.name}
        </AkselLink>
        <Heading level="1" size="large">
          Aktuelle stillinger for {candidate.name}
        </Heading>
        <BodyLong>Publiserte stillinger innenfor området personen kan jobbe i, som passer profilen best, med hvorfor.</BodyLong>
        <ScoringExplanation subject="stillinger" />
      </VStack>
      {profileStatus === null ? (
        <Alert variant="info">
          Personen har ingen profil ennå.{' '}
          <AkselLink as={Link} to={`/jobbspesialist/portefolje/${candidate.id}/profil`}>
            Skriv profilen
          </AkselLink>{' '}
          for å se aktuelle stillinger.
        </Alert>
      ) : profileStatus !== 'PUBLISERT' ? (
        <Alert variant="info">Profilen er ikke publisert. Forslagene bygger på utkastet; arbeidsgivere ser den ikke.</Alert>
      ) : null}
      {profileStatus !== null && items.length === 0 ? <Alert variant="info">Ingen publiserte stillinger passer profilen nå.</Alert> : null}
      {items.length > 0 ? <VacancyMatchList items={items} vacancyHref={(vid) => `/jobbspesialist/stillinger/${vid}`} /> : null}
    </VStack>
  )
}
