import { BodyLong, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { requireUserWithRole } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Administrasjon – Vi inkluderer' }]

/**
 * The admin's tasks. Other capabilities add their entry here (satser, revisjonslogg …):
 * one line each, { href, label, description }.
 */
const ADMIN_SECTIONS: Array<{ href: string; label: string; description: string }> = [
  { href: '/admin/brukere', label: 'Brukere', description: 'Søk etter brukere, inviter jobbspesialister, partnerbrukere og administratorer, og deaktiver brukere.' },
  { href: '/admin/organisasjoner', label: 'Organisasjoner', description: 'Arbeidsgivere, partnerorganisasjoner og NAV-kontor, med brukere og medlemskap.' },
  { href: '/admin/revisjonslogg', label: 'Revisjonslogg', description: 'Søk i loggen over visninger av profiler, innsyn i personopplysninger og deling med arbeidsgivere.' },
]

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
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.href}>
            <AkselLink href={section.href}>{section.label}</AkselLink>
            <BodyLong size="small">{section.description}</BodyLong>
          </li>
        ))}
      </ul>
    </VStack>
  )
}
