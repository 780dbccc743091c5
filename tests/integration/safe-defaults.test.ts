import type { AddressInfo } from 'node:net'
import os from 'node:os'
import express from 'express'
import { describe, expect, it } from 'vitest'
import { getSessionId, sessionCookie } from '~/services/auth.server'
import { getEnv } from '~/env.server'
import { devToolsGuard } from '../../scripts/server'

/** A real HTTP server with the /dev guard in front of a handler that answers 200. */
async function withGuardedServer(run: (port: number) => Promise<void>) {
  const app = express()
  app.use('/dev', devToolsGuard)
  app.get('/dev/clock', (_req, res) => res.json({ ok: true }))
  const server = app.listen(0, '0.0.0.0')
  await new Promise((resolve) => server.once('listening', resolve))
  try {
    await run((server.address() as AddressInfo).port)
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
}

const externalAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address

describe('safe defaults', () => {
  it('/dev answers a client on the loopback interface outside production', async () => {
    await withGuardedServer(async (port) => {
      expect((await fetch(`http://127.0.0.1:${port}/dev/clock`)).status).toBe(200)
    })
  })

  it('/dev is 404 in production, also from loopback', async () => {
    const env = getEnv()
    const original = env.NODE_ENV
    env.NODE_ENV = 'production'
    try {
      await withGuardedServer(async (port) => {
        expect((await fetch(`http://127.0.0.1:${port}/dev/clock`)).status).toBe(404)
      })
    } finally {
      env.NODE_ENV = original
    }
  })

  it.skipIf(!externalAddress)('/dev is 404 to a client on another interface, whatever headers it sends', async () => {
    await withGuardedServer(async (port) => {
      const response = await fetch(`http://${externalAddress}:${port}/dev/clock`, {
        headers: { 'X-Forwarded-For': '127.0.0.1', 'X-Real-IP': '127.0.0.1', Host: 'localhost' },
      })
      expect(response.status).toBe(404)
      expect(await response.text()).toBe('Ikke funnet')
    })
  })

  it('signs the session cookie: an unsigned or altered cookie is ignored', async () => {
    const signed = await sessionCookie.serialize('session-id-123')
    const pair = signed.split(';')[0]
    expect(await getSessionId(new Request('http://localhost/', { headers: { Cookie: pair } }))).toBe('session-id-123')
    const unsigned = `vi_session=${Buffer.from(JSON.stringify('session-id-123')).toString('base64')}`
    expect(await getSessionId(new Request('http://localhost/', { headers: { Cookie: unsigned } }))).toBeNull()
    const value = pair.slice('vi_session='.length)
    const altered = `vi_session=${value.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))}`
    expect(await getSessionId(new Request('http://localhost/', { headers: { Cookie: altered } }))).toBeNull()
  })
})
