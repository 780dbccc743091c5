import { BodyShort, Button, HStack } from '@navikt/ds-react'
import type { LoaderFunctionArgs } from '@remix-run/node'
import { Form, NavLink, Outlet, useLoaderData } from '@remix-run/react'
import { getPersonSession } from '~/services/person-auth.server'

/**
 * The frame of «Min side» inside the shared layout: when the person is signed
 * in, their own short menu and «Logg ut». Never the employer/NAV menu.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const person = await getPersonSession(request)
  return { person: person ? { firstName: person.firstName } : null }
}

const ITEMS = [
  { to: '/min-side', label: 'Min side', end: true },
  { to: '/min-side/profil', label: 'Profilen min' },
  { to: '/min-side/foresporsler', label: 'Forespørsler' },
  { to: '/min-side/avtaler', label: 'Avtaler' },
  { to: '/min-side/innsyn', label: 'Hvem har sett hva' },
  { to: '/min-side/mine-data', label: 'Mine data' },
]

export default function MinSideLayout() {
  const { person } = useLoaderData<typeof loader>()
  return (
    <div className="min-side">
      {person ? (
        <nav aria-label="Min side" className="min-side__nav">
          <HStack gap="space-16" align="center" justify="space-between" wrap>
            <ul>
              {ITEMS.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
            <HStack gap="space-8" align="center">
              <BodyShort size="small">
                <span className="visually-hidden">Innlogget på Min side som </span>
                {person.firstName}
              </BodyShort>
              <Form method="post" action="/min-side/logg-ut">
                <Button type="submit" variant="secondary" size="small">
                  Logg ut av Min side
                </Button>
              </Form>
            </HStack>
          </HStack>
        </nav>
      ) : null}
      <Outlet />
    </div>
  )
}
