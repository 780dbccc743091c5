import { BodyLong, Heading, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Arbeidsgiver – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'arbeidsgiver')
  return { name: user.name }
}

export default function ArbeidsgiverHome() {
  const { name } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        Arbeidsgiver
      </Heading>
      <BodyLong>Velkommen, {name}.</BodyLong>
    </VStack>
  )
}
