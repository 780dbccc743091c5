import { BodyLong, Heading, LinkCard, VStack } from '@navikt/ds-react'
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
      <ul className="card-list">
        {ADMIN_PAGES.map((section) => (
          <li key={section.to}>
            <LinkCard size="small">
              <LinkCard.Title as="h2">
                <LinkCard.Anchor href={section.to}>{section.label}</LinkCard.Anchor>
              </LinkCard.Title>
              <LinkCard.Description>{section.description}</LinkCard.Description>
            </LinkCard>
          </li>
        ))}
      </ul>
    </VStack>
  )
}
