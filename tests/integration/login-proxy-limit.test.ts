import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { getEnv } from '~/env.server'
import { LOGIN_LIMIT } from '~/services/login.server'
import { startHttpServer } from '../../scripts/server'
import { appBuild } from '../setup/remix-app'

/**
 * The per-IP login limit behind the real HTTP server (issue 12): the client
 * address comes from the TCP connection unless TRUST_PROXY names the proxy in
 * front, so X-Forwarded-For from anyone else cannot give each attempt a new
 * address.
 */
let server: Server | undefined
const original = getEnv().TRUST_PROXY

afterEach(async () => {
  getEnv().TRUST_PROXY = original
  if (server) await new Promise((resolve) => server!.close(resolve))
  server = undefined
})

async function start(): Promise<string> {
  server = await startHttpServer(await appBuild(), { port: 0, host: '127.0.0.1' })
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** A browser stand-in over HTTP: the CSRF cookie and token from the log-in page. */
async function loginForm(base: string) {
  const page = await fetch(`${base}/logg-inn`)
  const cookie = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  const csrf = /<meta name="csrf-token" content="([^"]+)"/.exec(await page.text())![1]
  return (email: string, forwardedFor: string) =>
    fetch(`${base}/logg-inn`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': forwardedFor },
      body: new URLSearchParams({ email, password: 'feil-passord-123', csrf }),
    })
}

describe('the per-IP login limit and X-Forwarded-For', () => {
  it('by default (TRUST_PROXY=none) a made-up X-Forwarded-For on every attempt does not get past the limit', async () => {
    const post = await loginForm(await start())
    for (let i = 0; i < LOGIN_LIMIT; i++) expect((await post(`ukjent${i}@example.no`, `203.0.113.${i + 1}`)).status).toBe(400)
    const limited = await post('enda-en@example.no', '198.51.100.77')
    expect(limited.status).toBe(429)
    expect(await limited.text()).toContain('For mange mislykkede forsøk. Vent 15 minutter og prøv igjen')
  })

  it('with TRUST_PROXY naming the proxy, its X-Forwarded-For is the client address (each client counted on its own)', async () => {
    getEnv().TRUST_PROXY = 'loopback'
    const post = await loginForm(await start())
    for (let i = 0; i <= LOGIN_LIMIT; i++) expect((await post(`ukjent${i}@example.no`, `203.0.113.${i + 1}`)).status).toBe(400)
    // One client address past the limit is stopped, whatever address it gives as the e-mail.
    for (let i = 0; i < LOGIN_LIMIT - 1; i++) await post(`annen${i}@example.no`, '203.0.113.1')
    expect((await post('siste@example.no', '203.0.113.1')).status).toBe(429)
  })
})
