import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
// @ts-expect-error -- oidc-provider 9 ships no type declarations (dev dependency, test only)
import Provider from 'oidc-provider'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { candidates, organisations, users } from '@db/schema'
import { getDb } from '@db/client.server'
import { parseEnv } from '~/env.server'
import { finishIdportenLogin, idportenSettings, startIdportenLogin, type IdportenSettings } from '~/services/idporten.server'
import { getPersonSession, inviteToMinSide, personSessionCookie } from '~/services/person-auth.server'

/**
 * ID-porten login against a REAL OpenID Connect provider (oidc-provider)
 * started in the test: discovery, authorization code + PKCE, signed ID token
 * with the `pid` claim, matched to the person by fødselsnummer.
 */
const REDIRECT = 'http://localhost:3999/min-side/idporten/callback'
let server: Server
let settings: IdportenSettings

beforeAll(async () => {
  const provider = new Provider('http://localhost', {
    clients: [
      {
        client_id: 'vi-inkluderer',
        client_secret: 'en-hemmelighet-for-testen',
        redirect_uris: [REDIRECT],
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub', 'pid'] },
    conformIdTokenClaims: false,
    findAccount: async (_ctx: unknown, id: string) => ({ accountId: id, claims: async () => ({ sub: `sub-${id}`, pid: id }) }),
  })
  server = provider.listen(0) as Server
  await new Promise((resolve) => server.once('listening', resolve))
  const port = (server.address() as AddressInfo).port
  // The issuer must match the URL the provider is reached on.
  ;(provider as unknown as { issuer: string }).issuer = `http://localhost:${port}`
  const env = parseEnv({
    ...process.env,
    IDPORTEN_ISSUER: `http://localhost:${port}`,
    IDPORTEN_CLIENT_ID: 'vi-inkluderer',
    IDPORTEN_CLIENT_SECRET: 'en-hemmelighet-for-testen',
    IDPORTEN_REDIRECT_URI: REDIRECT,
  })
  settings = idportenSettings(env)!
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** A browser for the provider's own login and consent pages: follows redirects, keeps cookies, stops at our callback. */
async function signInAtProvider(startUrl: string, pid: string): Promise<URL> {
  const jar = new Map<string, string>()
  const cookie = () => [...jar.entries()].map(([k, v]) => `${k}=${v}`).join('; ')
  const remember = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';')
      const [name, ...rest] = pair.split('=')
      jar.set(name, rest.join('='))
    }
  }
  let url = startUrl
  let body: URLSearchParams | undefined
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, { method: body ? 'POST' : 'GET', body, headers: { cookie: cookie() }, redirect: 'manual' })
    remember(res)
    body = undefined
    const location = res.headers.get('location')
    if (location) {
      const next = new URL(location, url)
      if (next.href.startsWith(REDIRECT)) return next
      url = next.href
      continue
    }
    const html = await res.text()
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1]
    if (!action) throw new Error(`no form at ${url}: ${html.slice(0, 200)}`)
    url = new URL(action.replace(/&amp;/g, '&'), url).href
    body = html.includes('name="login"')
      ? new URLSearchParams({ prompt: 'login', login: pid, password: 'x' })
      : new URLSearchParams({ prompt: 'consent' })
  }
  throw new Error('the provider never redirected back')
}

function person(fnr: string, email: string) {
  const db = getDb()
  const nav = db.insert(organisations).values({ kind: 'NAV_UNIT', name: 'NAV Test' }).returning().get()
  const js = db
    .insert(users)
    .values({ email: `js-${fnr}@nav.no`, name: 'Jo Spesialist', role: 'jobbspesialist', organisationId: nav.id })
    .returning()
    .get()
  const c = db
    .insert(candidates)
    .values({
      jobbspesialistUserId: js.id,
      firstName: 'Ida',
      lastName: 'Idporten',
      fnr,
      birthDate: '1988-02-15',
      email,
      kommunenummer: '0301',
      innsatsgruppe: 'GODE_MULIGHETER',
      referralDate: '2026-01-01',
    })
    .returning()
    .get()
  return { candidateId: c.id, js: { id: js.id, role: 'jobbspesialist' as const, organisationId: nav.id } }
}

describe('ID-porten (OIDC) login', () => {
  it('signs the invited person in by pid, with code + PKCE, against the real provider', async () => {
    const p = person('15028812345', 'ida@example.no')
    inviteToMinSide(p.js, p.candidateId)
    const { url, state } = await startIdportenLogin(settings)
    const authUrl = new URL(url)
    expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256')
    expect(authUrl.searchParams.get('scope')).toBe('openid')
    const callback = await signInAtProvider(url, '15028812345')
    expect(callback.searchParams.get('code')).toBeTruthy()

    // The state must come back with the same browser (cookie).
    expect(await finishIdportenLogin(settings, callback, 'en-annen-state')).toMatchObject({ ok: false, kind: 'forbidden' })
    const result = await finishIdportenLogin(settings, callback, state)
    expect(result).toMatchObject({ ok: true, value: { candidateId: p.candidateId } })
    if (!result.ok) return
    const cookie = (await personSessionCookie(result.value.token)).split(';')[0]
    const session = await getPersonSession(new Request('http://localhost/min-side', { headers: { Cookie: cookie } }))
    expect(session?.candidateId).toBe(p.candidateId)
    // The code and state are single use.
    expect(await finishIdportenLogin(settings, callback, state)).toMatchObject({ ok: false })
  })

  it('refuses a person who has not been given access (no match on pid)', async () => {
    person('02029012345', 'ikke-invitert@example.no')
    const { url, state } = await startIdportenLogin(settings)
    const callback = await signInAtProvider(url, '02029012345')
    expect(await finishIdportenLogin(settings, callback, state)).toMatchObject({
      ok: false,
      kind: 'not_found',
      errors: { '': ['unknown_person'] },
    })
  })

  it('partial IDPORTEN_* settings stop the start-up with a message naming them', () => {
    expect(() => parseEnv({ IDPORTEN_ISSUER: 'https://idporten.no' })).toThrow(
      /IDPORTEN_ISSUER, IDPORTEN_CLIENT_ID og IDPORTEN_CLIENT_SECRET/,
    )
  })
})
