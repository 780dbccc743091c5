import { redirect } from '@remix-run/node'
import type { Role } from '@db/schema'
import { getUser, type SessionUser } from '~/services/auth.server'
import { forbiddenResult, notFoundResult } from './result'
import { pageFailure } from './result.server'

/** The logged-in user, or a redirect to log in that comes back here afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request)
  if (!user) {
    const url = new URL(request.url)
    if (url.pathname.startsWith('/api/')) {
      throw Response.json({ error: 'Du må logge inn.' }, { status: 401 })
    }
    const redirectTo = `${url.pathname}${url.search}`
    throw redirect(`/logg-inn?${new URLSearchParams({ redirectTo })}`)
  }
  return user
}

/**
 * The logged-in user if they have one of the roles; otherwise a 403 (the
 * root error boundary shows the «Ingen tilgang» page).
 */
export async function requireUserWithRole(request: Request, roles: Role | readonly Role[]): Promise<SessionUser> {
  const user = await requireUser(request)
  const allowed = typeof roles === 'string' ? [roles] : roles
  if (!allowed.includes(user.role)) {
    if (new URL(request.url).pathname.startsWith('/api/')) {
      throw Response.json({ error: 'Du har ikke tilgang til dette.' }, { status: 403 })
    }
    throw pageFailure(forbiddenResult('Ingen tilgang'))
  }
  return user
}

/** An employer user with an organisation (every arbeidsgiver has one). */
export async function requireEmployer(request: Request): Promise<SessionUser & { organisationId: number }> {
  const user = await requireUserWithRole(request, 'arbeidsgiver')
  if (user.organisationId == null) throw pageFailure(forbiddenResult('Ingen tilgang'))
  return { ...user, organisationId: user.organisationId }
}

export async function requireAnonymous(request: Request): Promise<void> {
  const user = await getUser(request)
  if (user) throw redirect('/')
}

/** The 404 page for a route that finds nothing before any service is asked (e.g. a malformed id). */
export function notFound(message = 'Ikke funnet'): Response {
  return pageFailure(notFoundResult(message))
}

/** A page URL's numeric id (`:id`); anything but a positive whole number is the 404 page. */
export function pageId(raw: string | undefined, message?: string): number {
  const id = Number(raw)
  if (!Number.isInteger(id) || id <= 0) throw notFound(message)
  return id
}
