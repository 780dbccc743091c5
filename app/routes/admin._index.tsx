import { BodyLong, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ADMIN_PAGES } from '~/utils/navigation'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Administrasjon – Vi inkluderer' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, 'admin')
  return { name: user.name }
}

export default function AdministrasjonHome() {
  const { name } = useLoaderData<typeof loader>()
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        Administrasjon
      </Heading>
      <BodyLong>Velkommen, {name}.</BodyLong>
      <ul className="admin-sections">
        {ADMIN_PAGES.map((section) => (
          <li key={section.to}>
            <AkselLink href={section.to}>{section.label}</AkselLink>
            <BodyLong size="small">{section.description}</BodyLong>
          </li>
        ))}
      </ul>
    </VStack>
  )
}
