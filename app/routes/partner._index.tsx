import { BodyLong, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Partner – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'partner')
  return { name: user.name }
}

export default function PartnerHome() {
  const { name } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        Partner
      </Heading>
      <BodyLong>Velkommen, {name}.</BodyLong>
      <BodyLong>
        <AkselLink as={Link} to="/partner/statistikk">
          Se statistikk over bruken av Vi inkluderer
        </AkselLink>{' '}
        – per måned, fylke, sektor, næring og målgruppe, med CSV-eksport.
      </BodyLong>
    </VStack>
  )
}
