import { createRequestHandler } from '@remix-run/express'
import compression from 'compression'
import express from 'express'
import type { ServerBuild } from '@remix-run/node'
import { devToolsAllowed } from '../app/env.server'

/**
 * Development tools (mailbox, clock): outside production and from this machine
 * only, judged by the TCP peer address, which no header can fake.
 */
export const devToolsGuard: express.RequestHandler = (req, res, next) => {
  if (devToolsAllowed(req.socket.remoteAddress)) next()
  else res.status(404).type('text/plain; charset=utf-8').send('Ikke funnet')
}

/**
 * The HTTP server: static assets + the Remix build. Nothing here knows about
 * the domain; background work (e-mail, search sync, scheduled jobs) is started
 * by scripts/start.ts through app/services/background.server.ts.
 */
export async function startHttpServer(build: ServerBuild, options: { port: number; host: string }) {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  app.use(compression())
  const suffix = process.env.VI_BUILD_ID ? `-${process.env.VI_BUILD_ID}` : ''
  app.use(`/build${suffix}`, express.static(`public/build${suffix}`, { immutable: true, maxAge: '1y' }))
  app.use(express.static('public', { maxAge: '1h' }))
  app.use((req, res, next) => {
    // The only trusted source of the client address for rate limiting.
    req.headers['x-client-ip'] = req.ip ?? 'ukjent'
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'same-origin')
    res.setHeader('X-Frame-Options', 'DENY')
    next()
  })
  app.use('/dev', devToolsGuard)
  app.all('*', createRequestHandler({ build, mode: 'production' }))
  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const s = app.listen(options.port, options.host, () => resolve(s))
    s.once('error', reject)
  })
  return server
}
