import { createCookie } from '@remix-run/node'
import { addMinutes } from 'date-fns'
import { and, eq, isNull } from 'drizzle-orm'
import * as oidc from 'openid-client'
import { getDb } from '@db/client.server'
import { candidates, candidateTokens, personOidcStates } from '@db/schema'
import { OIDC_STATE_MINUTES } from '~/domain/person'
import { appUrl, getEnv, type Env } from '~/env.server'
import { sha256 } from '~/services/auth.server'
import { startPersonSession } from '~/services/person-auth.server'
import { now, nowIso } from '~/utils/clock.server'
import { fail, ok, type Result } from '~/utils/result'

/**
 * ID-porten (OpenID Connect) for Min side: authorization code flow with PKCE,
 * state and nonce, used when the IDPORTEN_* settings are present. The person
 * is matched by fødselsnummer (the `pid` claim) to a candidate the
 * jobbspesialist has given access to Min side. Nothing else is taken from
 * the identity provider.
 */
export type IdportenSettings = { issuer: string; clientId: string; clientSecret: string; redirectUri: string }

export function idportenSettings(env: Env = getEnv()): IdportenSettings | null {
  if (!env.IDPORTEN_ISSUER || !env.IDPORTEN_CLIENT_ID || !env.IDPORTEN_CLIENT_SECRET) return null
  return {
    issuer: env.IDPORTEN_ISSUER,
    clientId: env.IDPORTEN_CLIENT_ID,
    clientSecret: env.IDPORTEN_CLIENT_SECRET,
    redirectUri: env.IDPORTEN_REDIRECT_URI ?? `${appUrl(env)}/min-side/idporten/callback`,
  }
}

/** Binds the login to the browser that started it (the state also travels in the URL). */
export const oidcStateCookie = createCookie('vi_person_oidc', {
  httpOnly: true,
  sameSite: 'lax',
  path: '/min-side',
  maxAge: OIDC_STATE_MINUTES * 60,
  secure: getEnv().NODE_ENV === 'production',
})

const configs = new Map<string, Promise<oidc.Configuration>>()

function configFor(settings: IdportenSettings): Promise<oidc.Configuration> {
  const key = `${settings.issuer}|${settings.clientId}`
  let config = configs.get(key)
  if (!config) {
    // Plain http only for a local test provider; ID-porten itself is https.
    const local = new URL(settings.issuer).protocol === 'http:'
    config = oidc.discovery(
      new URL(settings.issuer),
      settings.clientId,
      settings.clientSecret,
      oidc.ClientSecretPost(settings.clientSecret),
      {
        execute: local ? [oidc.allowInsecureRequests] : [],
      },
    )
    config.catch(() => configs.delete(key))
    configs.set(key, config)
  }
  return config
}

/** Starts a login: the URL to send the browser to, and the state to keep in its cookie. */
export async function startIdportenLogin(settings: IdportenSettings): Promise<{ url: string; state: string }> {
  const config = await configFor(settings)
  const codeVerifier = oidc.randomPKCECodeVerifier()
  const state = oidc.randomState()
  const nonce = oidc.randomNonce()
  getDb()
    .insert(personOidcStates)
    .values({ stateHash: sha256(state), codeVerifier, nonce, expiresAt: addMinutes(now(), OIDC_STATE_MINUTES).toISOString() })
    .run()
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: settings.redirectUri,
    scope: 'openid',
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    acr_values: 'idporten-loa-substantial',
    ui_locales: 'nb',
  })
  return { url: url.href, state }
}

export type IdportenProblem = 'state' | 'provider' | 'unknown_person'

/**
 * Finishes the login from the callback URL: checks state (against the
 * browser's cookie), exchanges the code with the PKCE verifier, validates
 * the ID token (signature, issuer, audience, nonce) and matches `pid`.
 * Returns the new person session's token.
 */
export async function finishIdportenLogin(
  settings: IdportenSettings,
  callbackUrl: URL,
  cookieState: string | null,
): Promise<Result<{ token: string; candidateId: number }>> {
  const state = callbackUrl.searchParams.get('state')
  if (!state || !cookieState || state !== cookieState) return fail('forbidden', 'state')
  const db = getDb()
  const pending = db
    .update(personOidcStates)
    .set({ usedAt: nowIso() })
    .where(and(eq(personOidcStates.stateHash, sha256(state)), isNull(personOidcStates.usedAt)))
    .returning()
    .get()
  if (!pending || pending.expiresAt <= nowIso()) return fail('forbidden', 'state')
  let pid: unknown
  try {
    const config = await configFor(settings)
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    })
    const claims = tokens.claims()
    pid = claims?.pid
    if (typeof pid !== 'string' && claims) {
      pid = (await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)).pid
    }
  } catch (error) {
    console.error('ID-porten-innlogging feilet:', error instanceof Error ? error.message : 'ukjent feil')
    return fail('forbidden', 'provider')
  }
  if (typeof pid !== 'string' || !/^\d{11}$/.test(pid)) return fail('forbidden', 'provider')
  return db.transaction((tx) => {
    // Only people the jobbspesialist has given access to Min side (an invitation exists).
    const match = tx
      .selectDistinct({ id: candidates.id })
      .from(candidates)
      .innerJoin(candidateTokens, and(eq(candidateTokens.candidateId, candidates.id), eq(candidateTokens.purpose, 'MIN_SIDE_LOGIN')))
      .where(eq(candidates.fnr, pid as string))
      .get()
    if (!match) return fail('not_found', 'unknown_person')
    return ok({ token: startPersonSession(tx, match.id, 'IDPORTEN'), candidateId: match.id })
  })
}
