import crypto from 'node:crypto'
import type { AppLoadContext } from '@remix-run/node'
import { appUrl, getEnv } from '~/env.server'
import { CSRF_FIELD, csrfTokenFor, isValidCsrfToken } from '~/utils/csrf.server'
import { contentSecurityPolicy } from '~/utils/security-headers.server'

/**
 * THE request guard (issue 12): every request that can change something
 * (any method but GET/HEAD/OPTIONS), to pages and the API alike, passes here
 * before Remix sees it — also Remix' own fetch form of an action (`?_data=`,
 * `.data`). In order:
 *
 * 1. same origin: `Origin` (or, without it, `Sec-Fetch-Site`) must be this
 *    site, else 403;
 * 2. the body must be the expected type (forms for pages, JSON for /api/),
 *    else 415, not larger than MAX_BODY_BYTES (413), and readable (400);
 * 3. a form must carry the CSRF token of the cookie, else 403.
 *
 * Refusals are a short bokmål page, or JSON for the API and fetch requests,
 * never a 500. The wrapper also sets the security headers of every response.
 */
export const MAX_BODY_BYTES = 512 * 1024

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data']

export type RequestHandler = (request: Request, loadContext?: AppLoadContext) => Promise<Response>

type Refusal = { status: number; title: string; message: string; field?: string }

export const REFUSALS = {
  crossSite: {
    status: 403,
    title: 'Forespørselen ble avvist',
    message:
      'Skjemaet ble sendt fra et annet nettsted enn Vi inkluderer, så vi har ikke gjort noe. Gå til siden i Vi inkluderer og prøv igjen der.',
  },
  csrf: {
    status: 403,
    title: 'Skjemaet er utløpt',
    message:
      'Vi kunne ikke bekrefte at skjemaet kom fra Vi inkluderer, så ingenting er lagret. Last inn siden på nytt og send skjemaet igjen.',
  },
  contentType: {
    status: 415,
    title: 'Feil format',
    message: 'Skjemaet kom i et format vi ikke tar imot. Send det fra siden i Vi inkluderer.',
  },
  apiContentType: {
    status: 415,
    title: 'Feil format',
    message: 'Send forespørselen som JSON (Content-Type: application/json).',
    field: 'request',
  },
  tooLarge: {
    status: 413,
    title: 'For mye tekst',
    message: 'Skjemaet inneholder mer tekst enn vi tar imot. Kort ned teksten og prøv igjen.',
  },
  unreadable: {
    status: 400,
    title: 'Skjemaet kunne ikke leses',
    message: 'Innholdet i skjemaet var ødelagt, så ingenting er lagret. Last inn siden på nytt og prøv igjen.',
  },
} satisfies Record<string, Refusal>

function wantsJson(request: Request, url: URL): boolean {
  return (
    url.pathname.startsWith('/api/') ||
    url.searchParams.has('_data') ||
    url.pathname.endsWith('.data') ||
    (request.headers.get('Accept') ?? '').startsWith('application/json')
  )
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function refusalResponse(request: Request, refusal: Refusal): Response {
  const url = new URL(request.url)
  const headers = { 'Cache-Control': 'no-store' }
  if (wantsJson(request, url)) {
    return Response.json(
      { error: refusal.message, errors: [{ field: refusal.field ?? null, message: refusal.message }] },
      { status: refusal.status, headers },
    )
  }
  const html = `<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(refusal.title)} – Vi inkluderer</title></head>
<body><main><h1>${escapeHtml(refusal.title)}</h1><p>${escapeHtml(refusal.message)}</p><p><a href="/">Gå til forsiden</a></p><p>Feilkode: ${refusal.status}</p></main></body></html>`
  return new Response(html, { status: refusal.status, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } })
}

/** The origins this site answers on: APP_URL and the address the request came to. */
function isSameOrigin(request: Request, url: URL): boolean {
  const origin = request.headers.get('Origin')
  if (origin !== null) {
    if (origin === 'null') return false
    const allowed = new Set([url.origin, new URL(appUrl()).origin])
    return allowed.has(origin)
  }
  // Browsers that send no Origin still say where a request came from.
  const site = request.headers.get('Sec-Fetch-Site')
  return site === null || site === 'same-origin' || site === 'none'
}

async function readLimited(request: Request): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  const declared = Number(request.headers.get('Content-Length') ?? '0')
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return 'too-large'
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > MAX_BODY_BYTES) {
      await reader.cancel()
      return 'too-large'
    }
    chunks.push(value)
  }
  const body = new Uint8Array(new ArrayBuffer(total))
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

function mediaType(request: Request): string {
  return (request.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase()
}

function rebuilt(request: Request, body: BodyInit | null, contentType?: string): Request {
  const headers = new Headers(request.headers)
  headers.delete('Content-Length')
  // Checked above against APP_URL too. Remix' own check compares Origin with Host only, and behind a proxy
  // that rewrites Host it would throw (a 500) for our own forms.
  headers.delete('Origin')
  if (contentType) headers.set('Content-Type', contentType)
  else if (body instanceof FormData) headers.delete('Content-Type') // the new multipart boundary is set from the body
  return new Request(request.url, { method: request.method, headers, body, signal: request.signal })
}

/**
 * Checks a request; returns the request to hand to Remix (its body read once
 * and rebuilt, the CSRF field removed) or the refusal to send instead.
 */
export async function guardRequest(request: Request): Promise<Request | Response> {
  if (SAFE_METHODS.has(request.method)) return request
  const url = new URL(request.url)
  if (!isSameOrigin(request, url)) return refusalResponse(request, REFUSALS.crossSite)
  const type = mediaType(request)
  const api = url.pathname.startsWith('/api/')
  const body = await readLimited(request)
  if (body === 'too-large') return refusalResponse(request, REFUSALS.tooLarge)

  if (api) {
    if (body.byteLength === 0 && type === '') return rebuilt(request, null)
    if (type !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(type))
      return refusalResponse(request, REFUSALS.apiContentType)
    // Broken JSON is the endpoint's to answer (422 with field errors, as documented in the OpenAPI document).
    return rebuilt(request, body)
  }

  if (!FORM_TYPES.includes(type)) return refusalResponse(request, REFUSALS.contentType)
  let form: FormData
  try {
    form = await new Request(request.url, {
      method: 'POST',
      headers: { 'Content-Type': request.headers.get('Content-Type')! },
      body,
    }).formData()
  } catch {
    return refusalResponse(request, REFUSALS.unreadable)
  }
  if (!(await isValidCsrfToken(request, form.get(CSRF_FIELD)))) return refusalResponse(request, REFUSALS.csrf)
  form.delete(CSRF_FIELD)
  if (type === 'application/x-www-form-urlencoded') {
    const params = new URLSearchParams()
    for (const [name, value] of form) params.append(name, typeof value === 'string' ? value : value.name)
    return rebuilt(request, params.toString(), 'application/x-www-form-urlencoded;charset=UTF-8')
  }
  return rebuilt(request, form)
}

/** A signed-in request: the page shows who is signed in (the header), even on a public page. */
const SESSION_COOKIE_RE = /(?:^|;\s*)(?:vi_session|vi_person)=/

/**
 * Responses may carry personal data unless a route says `public` and nobody
 * is signed in: everything else is never stored by a browser or proxy.
 */
function cacheControlFor(request: Request, response: Response): string {
  const current = response.headers.get('Cache-Control') ?? ''
  const signedIn = SESSION_COOKIE_RE.test(request.headers.get('Cookie') ?? '')
  if (!signedIn && /\bpublic\b/.test(current) && !/\bprivate\b/.test(current)) return current
  return 'no-store'
}

/**
 * Wraps Remix' request handler: the guard first, then the handler with the
 * response's CSP nonce and CSRF token in the load context, then the security
 * headers on whatever comes back.
 */
export function secureRequestHandler(handle: RequestHandler): RequestHandler {
  return async (request, loadContext) => {
    const nonce = crypto.randomBytes(16).toString('base64')
    const csrf = await csrfTokenFor(request)
    const guarded = await guardRequest(request)
    let response: Response
    try {
      response = guarded instanceof Response ? guarded : await handle(guarded, { ...loadContext, cspNonce: nonce, csrfToken: csrf.token })
    } catch (error) {
      // A Remix handler rejects only when it cannot even render an error page.
      console.error(`[feil] ${request.method} ${new URL(request.url).pathname}:`, error instanceof Error ? error.stack : String(error))
      response = new Response('Det oppstod en feil hos oss.', { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    }
    const headers = new Headers(response.headers)
    headers.set('Cache-Control', cacheControlFor(request, response))
    headers.set('Content-Security-Policy', contentSecurityPolicy(nonce))
    if (getEnv().NODE_ENV === 'production') headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    headers.set('X-Content-Type-Options', 'nosniff')
    headers.set('X-Frame-Options', 'DENY')
    if (!headers.has('Referrer-Policy')) headers.set('Referrer-Policy', 'same-origin')
    if (csrf.setCookie) headers.append('Set-Cookie', csrf.setCookie)
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
}
