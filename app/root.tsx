// Aksel's CSS without its font file (global/fonts.css loads Source Sans 3 from cdn.nav.no): the app must not
// depend on a network it may not have. app.css sets the font stack (Source Sans if installed, else the system font).
// @ts-expect-error -- ds-css's types declare no default export; the Remix compiler gives the file's URL.
import akselReset from '@navikt/ds-css/dist/global/reset.css'
// @ts-expect-error -- as above
import akselTokens from '@navikt/ds-css/dist/global/tokens.css'
// @ts-expect-error -- as above
import akselBaseline from '@navikt/ds-css/dist/global/baseline.css'
// @ts-expect-error -- as above
import akselPrint from '@navikt/ds-css/dist/global/print.css'
// @ts-expect-error -- as above
import akselComponents from '@navikt/ds-css/dist/components.css'
import { BodyLong, BodyShort, Button, Heading, Link as AkselLink, VStack } from '@navikt/ds-react'
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import {
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLoaderData,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react'
import { Form } from '~/components/Form'
import type { ReactNode } from 'react'
import { AuthenticityTokenProvider } from 'remix-utils/csrf/react'
import { useNonce } from '~/utils/nonce'
import appCss from '~/styles/app.css'
import { getUser } from '~/services/auth.server'
import { getPersonSession } from '~/services/person-auth.server'
import { navigationFor, PERSON_NAVIGATION } from '~/utils/navigation'
import { devMailboxEnabled } from '~/env.server'

export const links: LinksFunction = () => [
  ...[akselReset, akselTokens, akselBaseline, akselPrint, akselComponents].map((href: string) => ({ rel: 'stylesheet', href })),
  { rel: 'stylesheet', href: appCss },
]

export const meta: MetaFunction = () => [{ title: 'Vi inkluderer' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getUser(request)
  // A person signed in on Min side (their own session, not a user): the header shows them and «Logg ut».
  const person = await getPersonSession(request)
  // The request guard issues the CSRF token (cookie) and hands it over here for the forms.
  return { user, person: person ? { firstName: person.firstName } : null, devMailbox: devMailboxEnabled(), csrf: context.csrfToken ?? '' }
}

export type RootData = Awaited<ReturnType<typeof loader>>

const isMinSide = (pathname: string) => pathname === '/min-side' || pathname.startsWith('/min-side/')

function Shell({ children, data }: { children: ReactNode; data: RootData | undefined }) {
  const { pathname } = useLocation()
  const onMinSide = isMinSide(pathname)
  // On Min side the person's session is the one that counts; elsewhere a staff session wins if both exist.
  const person = data?.person && (onMinSide || !data.user) ? data.person : null
  const user = person ? null : (data?.user ?? null)
  const items = person ? PERSON_NAVIGATION : navigationFor(user?.role ?? null)
  const nonce = useNonce()
  return (
    <AuthenticityTokenProvider token={data?.csrf ?? ''}>
      <html lang="nb">
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          {data?.csrf ? <meta name="csrf-token" content={data.csrf} /> : null}
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
          <Meta />
          <Links />
        </head>
        <body>
          <a className="skip-link" href="#hovedinnhold">
            Hopp til hovedinnhold
          </a>
          <header className="app-header">
            <div className="app-header__inner">
              <a className="app-header__brand" href="/">
                Vi inkluderer
              </a>
              <div className="app-header__user">
                {person ? (
                  <>
                    <BodyShort size="small" className="app-header__name">
                      <span className="visually-hidden">Innlogget på Min side som </span>
                      {person.firstName}
                    </BodyShort>
                    <Form method="post" action="/min-side/logg-ut" className="inline-form">
                      <Button type="submit" variant="secondary" size="small" className="app-header__logout">
                        Logg ut
                      </Button>
                    </Form>
                  </>
                ) : user ? (
                  <>
                    <BodyShort size="small" className="app-header__name">
                      <span className="visually-hidden">Innlogget som </span>
                      {user.name}
                      {user.organisationName ? ` (${user.organisationName})` : ''}
                    </BodyShort>
                    <Form method="post" action="/logg-ut" className="inline-form">
                      <Button type="submit" variant="secondary" size="small" className="app-header__logout">
                        Logg ut
                      </Button>
                    </Form>
                  </>
                ) : (
                  <AkselLink href={onMinSide ? '/min-side/logg-inn' : '/logg-inn'}>Logg inn</AkselLink>
                )}
              </div>
              <nav className="app-nav" aria-label="Hovedmeny">
                <ul>
                  {items.map((item) => (
                    <li key={item.to}>
                      <NavLink to={item.to} end={item.end}>
                        {item.label}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </header>
          <main id="hovedinnhold" className="app-main" tabIndex={-1}>
            {children}
          </main>
          <footer className="app-footer">
            <div className="app-footer__inner">
              <BodyShort size="small">
                Vi inkluderer – inkluderende rekruttering med oppfølging fra NAVs jobbspesialister.{' '}
                <AkselLink href="/tilskuddskalkulator">Tilskuddskalkulator</AkselLink>
                {' · '}
                <AkselLink href="/statistikk">Statistikk</AkselLink>
                {data?.devMailbox ? (
                  <>
                    {' · '}
                    <AkselLink href="/dev/mailbox">Utviklerpostkasse</AkselLink>
                  </>
                ) : null}
              </BodyShort>
            </div>
          </footer>
          <ScrollRestoration nonce={nonce} />
          <Scripts nonce={nonce} />
        </body>
      </html>
    </AuthenticityTokenProvider>
  )
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root')
  return <Shell data={data}>{children}</Shell>
}

export default function App() {
  useLoaderData<typeof loader>()
  return <Outlet />
}

export function ErrorBoundary() {
  const error = useRouteError()
  const status = isRouteErrorResponse(error) ? error.status : 500
  const copy = errorCopy(status)
  return (
    <VStack gap="space-16" className="form-narrow">
      <title>{`${copy.title} – Vi inkluderer`}</title>
      <Heading level="1" size="large">
        {copy.title}
      </Heading>
      <BodyLong>{copy.body}</BodyLong>
      <BodyShort>
        <AkselLink href="/">Gå til forsiden</AkselLink>
      </BodyShort>
      <BodyShort size="small">Feilkode: {status}</BodyShort>
    </VStack>
  )
}

function errorCopy(status: number): { title: string; body: string } {
  switch (status) {
    case 404:
      return { title: 'Fant ikke siden', body: 'Siden finnes ikke, eller den er ikke lenger tilgjengelig.' }
    case 403:
      return { title: 'Ingen tilgang', body: 'Du har ikke tilgang til denne siden med rollen du er logget inn med.' }
    case 429:
      return { title: 'For mange forsøk', body: 'Vent litt og prøv igjen.' }
    case 400:
    case 422:
      return { title: 'Ugyldig forespørsel', body: 'Noe i forespørselen var ikke gyldig. Gå tilbake og prøv igjen.' }
    default:
      return {
        title: 'Noe gikk galt',
        body: 'Det oppstod en feil hos oss. Prøv igjen om litt. Feilen er registrert.',
      }
  }
}
