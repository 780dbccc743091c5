import { appHandler } from './remix-app'

export const BASE = 'http://localhost:3000'

/**
 * A browser stand-in for the in-process app (tests/setup/remix-app.ts): keeps
 * cookies, reads the CSRF token from the page, and sends same-origin requests
 * unless told otherwise.
 */
export class AppClient {
  readonly cookies = new Map<string, string>()

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  setCookie(setCookie: string): void {
    const [pair] = setCookie.split(';')
    const i = pair.indexOf('=')
    const name = pair.slice(0, i)
    const value = pair.slice(i + 1)
    if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(setCookie) || value === '') this.cookies.delete(name)
    else this.cookies.set(name, value)
  }

  async fetch(path: string, init: RequestInit & { origin?: string | null } = {}): Promise<Response> {
    const { origin = BASE, ...rest } = init
    const headers = new Headers(rest.headers)
    if (!headers.has('Host')) headers.set('Host', new URL(BASE).host)
    if (this.cookies.size && !headers.has('Cookie')) headers.set('Cookie', this.cookieHeader())
    const method = (rest.method ?? 'GET').toUpperCase()
    if (origin !== null && method !== 'GET' && method !== 'HEAD' && !headers.has('Origin')) headers.set('Origin', origin)
    const handle = await appHandler()
    const response = await handle(new Request(new URL(path, BASE), { ...rest, headers }))
    for (const c of response.headers.getSetCookie()) this.setCookie(c)
    return response
  }

  /** The CSRF token the pages put in their forms (and in <meta name="csrf-token">). */
  async csrfToken(): Promise<string> {
    const html = await (await this.fetch('/')).text()
    const token = /<meta name="csrf-token" content="([^"]+)"/.exec(html)?.[1]
    if (!token) throw new Error('no csrf token on the page')
    return token
  }

  /** A form post as the browser sends it (with the page's CSRF token unless `csrf: null`). */
  async postForm(
    path: string,
    fields: Record<string, string | string[]> | URLSearchParams,
    options: { csrf?: string | null; origin?: string | null } = {},
  ): Promise<Response> {
    const body = fields instanceof URLSearchParams ? new URLSearchParams(fields) : new URLSearchParams()
    if (!(fields instanceof URLSearchParams)) for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x)
    const csrf = options.csrf === undefined ? await this.csrfToken() : options.csrf
    if (csrf !== null) body.set('csrf', csrf)
    return this.fetch(path, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      origin: options.origin,
    })
  }
}
