import { Alert, BodyLong, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { ProfileMatchList, ScoringExplanation } from '~/components/matching/MatchList'
import { vacancyMatchesFor } from '~/services/matching.server'
import { notFound, requireUserWithRole } from '~/utils/permissions.server'
import { pageFailure } from '~/utils/result.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Aktuelle kandidater – ${data?.vacancy.title ?? 'stilling'} – Vi inkluderer` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['jobbspesialist', 'admin'])
  const id = Number(params.id)
  if (!Number.isSafeInteger(id)) throw notFound()
  const result = await vacancyMatchesFor(user, id, 'page')
  if (!result.ok) throw pageFailure(result)
  const { vacancy, items } = result.value
  return { vacancy: { id: vacancy.id, title: vacancy.title, organisationName: vacancy.organisationName }, items }
}

export default function JobbspesialistVacancyCandidates() {
  const { vacancy, items } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <AkselLink as={Link} to={`/jobbspesialist/stillinger/${vacancy.id}`}>
          Tilbake til stillingen
        </AkselLink>
        <Heading level="1" size="large">
          Aktuelle kandidater: {vacancy.title}
        </Heading>
        <BodyLong>Publiserte profiler fra alle jobbspesialister som passer stillingen best, med hvorfor.</BodyLong>
        <ScoringExplanation subject="kandidater" />
      </VStack>
      {items.length === 0 ? (
        <Alert variant="info">Ingen publiserte profiler passer stillingen ennå.</Alert>
      ) : (
        <ProfileMatchList items={items} />
      )}
    </VStack>
  )
}
