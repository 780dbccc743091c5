import { BodyLong, Button, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { VACANCY_STATUS_CODES, VACANCY_STATUSES } from '~/domain/codes'
import { countOwnVacanciesByStatus } from '~/services/vacancies.server'
import { isStateEmployer } from '~/services/statistics.server'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Arbeidsgiver – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'arbeidsgiver')
  return {
    name: user.name,
    vacancyCounts: countOwnVacanciesByStatus(user),
    stateEmployer: user.organisationId != null && isStateEmployer(user.organisationId),
  }
}

export default function ArbeidsgiverHome() {
  const { name, vacancyCounts, stateEmployer } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        Arbeidsgiver
      </Heading>
      <BodyLong>Velkommen, {name}.</BodyLong>
      <VStack gap="space-8" as="section" aria-labelledby="dine-stillinger">
        <Heading level="2" size="medium" id="dine-stillinger">
          Dine stillinger
        </Heading>
        <BodyLong>
          {VACANCY_STATUS_CODES.map((s) => `${VACANCY_STATUSES[s]}: ${vacancyCounts[s]}`).join(' · ')}
        </BodyLong>
        <BodyLong>
          <AkselLink as={Link} to="/arbeidsgiver/stillinger">
            Se og endre stillingene dine
          </AkselLink>
        </BodyLong>
        <div>
          <Button as={Link} to="/arbeidsgiver/stillinger/ny" variant="secondary">
            Ny stilling
          </Button>
        </div>
      </VStack>
      {stateEmployer ? (
        <VStack gap="space-8" as="section" aria-labelledby="statlige-ansettelser">
          <Heading level="2" size="medium" id="statlige-ansettelser">
            Inkluderingsdugnaden i staten
          </Heading>
          <BodyLong>
            <AkselLink as={Link} to="/arbeidsgiver/statlige-ansettelser">
              Rapporter hvor mange dere ansatte i året
            </AkselLink>
          </BodyLong>
        </VStack>
      ) : null}
    </VStack>
  )
}
