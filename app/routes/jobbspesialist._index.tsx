import { BodyLong, Heading, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Jobbspesialist – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'jobbspesialist')
  return { name: user.name }
}

export default function JobbspesialistHome() {
  const { name } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        Jobbspesialist
      </Heading>
      <BodyLong>Velkommen, {name}.</BodyLong>
    </VStack>
  )
}
