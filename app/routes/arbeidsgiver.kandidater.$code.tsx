import { Alert, BodyShort, Button, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { EmployerProfileView } from '~/components/EmployerProfileView'
import { ContactStatusTag } from '~/components/contact-requests/ContactStatusTag'
import { openRequestForProfile } from '~/services/contact-requests/queries.server'
import { viewPublishedProfile } from '~/services/profiles/employer.server'
import { formatDate } from '~/utils/format'
import { requireUserWithRole } from '~/utils/permissions.server'
import { pageFailure } from '~/utils/result.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? `Profil ${data.profile.code}` : 'Profil'} – Vi inkluderer` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, ['arbeidsgiver', 'jobbspesialist', 'admin'])
  const viewed = viewPublishedProfile(user, params.code ?? '')
  if (!viewed.ok) throw pageFailure(viewed)
  const profile = viewed.value
  const canAskForContact = user.role === 'arbeidsgiver' && user.organisationId !== null
  const pending = canAskForContact ? openRequestForProfile(user.organisationId!, profile.code) : null
  return { profile, canAskForContact, pending }
}

export default function EmployerProfilePage() {
  const { profile, canAskForContact, pending } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-24">
      <BodyShort>
        <AkselLink as={Link} to="/arbeidsgiver/kandidater">
          Tilbake til kandidater
        </AkselLink>
      </BodyShort>
      <EmployerProfileView profile={profile} headingLevel="1" />
      <BodyShort>
        <AkselLink as={Link} to={`/hvilke-ordninger-passer?profil=${encodeURIComponent(profile.code)}`}>
          Sammenlign hvilke tilskuddsordninger som kan passe
        </AkselLink>
      </BodyShort>
      {canAskForContact ? (
        <VStack gap="space-8">
          <Heading level="2" size="small">
            Vil dere komme i kontakt?
          </Heading>
          {pending ? (
            <Alert variant="info" data-testid="pending-request">
              <VStack gap="space-8">
                <BodyShort>
                  Dere ba om kontakt {formatDate(pending.createdAt)}. Status: <ContactStatusTag status={pending.status} />
                </BodyShort>
                <BodyShort>
                  <AkselLink as={Link} to={`/arbeidsgiver/kontakter/${pending.id}`}>
                    Se forespørselen
                  </AkselLink>
                </BodyShort>
              </VStack>
            </Alert>
          ) : (
            <>
              <BodyShort>Jobbspesialisten spør personen. Navn og kontaktinformasjon deles bare hvis personen samtykker.</BodyShort>
              <div>
                <Button as={Link} to={`/arbeidsgiver/kandidater/${profile.code}/kontakt`}>
                  Be om kontakt
                </Button>
              </div>
            </>
          )}
        </VStack>
      ) : null}
    </VStack>
  )
}
