import { BodyLong, Button, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { VACANCY_STATUS_CODES, VACANCY_STATUSES } from '~/domain/codes'
import { countOwnVacanciesByStatus } from '~/services/vacancies.server'
import { employerAgreementSummary } from '~/services/agreements/queries.server'
import { employerContactSummary } from '~/services/contact-requests/queries.server'
import { isStateEmployer } from '~/services/statistics/state-hires.server'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Arbeidsgiver – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'arbeidsgiver')
  return {
    name: user.name,
    vacancyCounts: countOwnVacanciesByStatus(user),
    stateEmployer: user.organisationId != null && isStateEmployer(user.organisationId),
    agreementSummary: user.organisationId != null ? employerAgreementSummary(user.organisationId) : null,
    contactSummary: user.organisationId != null ? employerContactSummary(user.organisationId) : null,
  }
}

export default function ArbeidsgiverHome() {
  const { name, vacancyCounts, stateEmployer, agreementSummary, contactSummary } = useLoaderData<typeof loader>()
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
        <BodyLong>{VACANCY_STATUS_CODES.map((s) => `${VACANCY_STATUSES[s]}: ${vacancyCounts[s]}`).join(' · ')}</BodyLong>
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
      {contactSummary ? (
        <VStack gap="space-8" as="section" aria-labelledby="kontakter">
          <Heading level="2" size="medium" id="kontakter">
            Kontakter
          </Heading>
          <BodyLong>
            Åpne forespørsler: {contactSummary.open} · Delt med dere nå: {contactSummary.shared}
          </BodyLong>
          <BodyLong>
            <AkselLink as={Link} to="/arbeidsgiver/kontakter">
              Se forespørslene om kontakt
            </AkselLink>
          </BodyLong>
        </VStack>
      ) : null}
      {agreementSummary ? (
        <VStack gap="space-8" as="section" aria-labelledby="oppfolgingsavtaler">
          <Heading level="2" size="medium" id="oppfolgingsavtaler">
            Oppfølgingsavtaler
          </Heading>
          <BodyLong>
            Venter på godkjenningen deres: {agreementSummary.awaitingUs} · Klar eller i gang: {agreementSummary.active}
          </BodyLong>
          <BodyLong>
            <AkselLink as={Link} to="/arbeidsgiver/avtaler">
              Se avtalene og neste oppfølging
            </AkselLink>
          </BodyLong>
        </VStack>
      ) : null}
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
