import { BodyLong, Heading, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
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
    </VStack>
  )
}
