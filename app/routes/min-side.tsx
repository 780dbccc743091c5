import { NavLink, Outlet, useRouteLoaderData } from '@remix-run/react'
import type { RootData } from '~/root'

/**
 * The frame of «Min side» inside the shared layout: when the person is signed
 * in, their own short menu (the site header shows who is signed in and
 * «Logg ut»). Never the employer/NAV menu.
 */
const ITEMS = [
  { to: '/min-side', label: 'Min side', end: true },
  { to: '/min-side/profil', label: 'Profilen min' },
  { to: '/min-side/foresporsler', label: 'Forespørsler' },
  { to: '/min-side/avtaler', label: 'Avtaler' },
  { to: '/min-side/innsyn', label: 'Hvem har sett hva' },
  { to: '/min-side/mine-data', label: 'Mine data' },
]

export default function MinSideLayout() {
  const person = useRouteLoaderData<RootData>('root')?.person
  return (
    <div className="min-side">
      {person ? (
        <nav aria-label="Min side" className="min-side__nav">
          <ul>
            {ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <Outlet />
    </div>
  )
}
