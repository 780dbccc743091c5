import { BodyShort, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { EmployerProfileView } from '~/components/EmployerProfileView'
import { viewPublishedProfile } from '~/services/profiles.server'
import { notFound, requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data ? `Profil ${data.profile.code}` : 'Profil'} – Vi inkluderer` }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['arbeidsgiver', 'jobbspesialist', 'admin'])
  const profile = viewPublishedProfile(user, params.code ?? '')
  if (!profile) throw notFound('Profilen finnes ikke eller er ikke lenger publisert.')
  return { profile, canAskForContact: user.role === 'arbeidsgiver' }
}

export default function EmployerProfilePage() {
  const { profile, canAskForContact } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <BodyShort>
        <AkselLink as={Link} to="/arbeidsgiver/kandidater">
          Tilbake til kandidater
        </AkselLink>
      </BodyShort>
      <EmployerProfileView profile={profile} headingLevel="1" />
      {canAskForContact ? (
        <VStack gap="space-8">
          <Heading level="2" size="small">
            Vil dere komme i kontakt?
          </Heading>
          <BodyShort>Jobbspesialisten spør personen. Navn og kontaktinformasjon deles bare hvis personen samtykker.</BodyShort>
          <div>
            <AkselLink as={Link} to={`/arbeidsgiver/kandidater/${profile.code}/kontakt`}>
              Be om kontakt
            </AkselLink>
          </div>
        </VStack>
      ) : null}
    </VStack>
  )
}
