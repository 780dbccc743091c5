import crypto from 'node:crypto'
import { createCookie } from '@remix-run/node'
import { getEnv, sessionSecret } from '~/env.server'

/**
 * The CSRF token (issue 12): a random token in a signed, HttpOnly cookie and
 * the same token in every form (`<AuthenticityTokenInput />` from remix-utils,
 * field `csrf`). A page on another site can make the browser send the cookie
 * but cannot read it, so it cannot put the token in its form.
 *
 * remix-utils' server half (`CSRF` from remix-utils/csrf/server) needs
 * crypto-js, which is discontinued and compares tokens in non-constant time;
 * this is the same double-submit scheme with node:crypto and Remix' own
 * signed cookie (SESSION_SECRET), see ADR 0010.
 */
export const CSRF_FIELD = 'csrf'

let cookie: ReturnType<typeof createCookie> | undefined
function csrfCookie() {
  const production = getEnv().NODE_ENV === 'production'
  // __Host- in production: only this host, over HTTPS, path / — no other (sub)domain can plant a token.
  cookie ??= createCookie(production ? '__Host-vi_csrf' : 'vi_csrf', {
    secrets: [sessionSecret()],
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: production,
  })
  return cookie
}

/** The token in the request's cookie, if it is there and its signature holds. */
export async function csrfTokenFromCookie(request: Request): Promise<string | null> {
  const value = await csrfCookie().parse(request.headers.get('Cookie'))
  return typeof value === 'string' && /^[A-Za-z0-9_-]{32,64}$/.test(value) ? value : null
}

/** The request's token, or a new one with the Set-Cookie header that stores it. */
export async function csrfTokenFor(request: Request): Promise<{ token: string; setCookie: string | null }> {
  const existing = await csrfTokenFromCookie(request)
  if (existing) return { token: existing, setCookie: null }
  const token = crypto.randomBytes(32).toString('base64url')
  return { token, setCookie: await csrfCookie().serialize(token) }
}

/** Whether the form's token is the cookie's (constant-time). */
export async function isValidCsrfToken(request: Request, formValue: FormDataEntryValue | null): Promise<boolean> {
  const expected = await csrfTokenFromCookie(request)
  if (!expected || typeof formValue !== 'string') return false
  const a = Buffer.from(expected)
  const b = Buffer.from(formValue)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}
