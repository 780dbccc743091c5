import compression from 'compression'
import express from 'express'
import { createReadableStreamFromReadable, createRequestHandler, writeReadableStreamToWritable, type ServerBuild } from '@remix-run/node'
import { devToolsAllowed, trustProxySetting } from '../app/env.server'
import { secureRequestHandler } from '../app/utils/request-guard.server'

/**
 * Development tools (mailbox, clock): outside production and from this machine
 * only, judged by the TCP peer address, which no header can fake.
 */
export const devToolsGuard: express.RequestHandler = (req, res, next) => {
  if (devToolsAllowed(req.socket.remoteAddress)) next()
  else res.status(404).type('text/plain; charset=utf-8').send('Ikke funnet')
}

/**
 * Express → Fetch API request, as @remix-run/express does it (that package
 * does not export its adapter, and the request guard must sit between it and
 * Remix). The host and protocol respect TRUST_PROXY through Express.
 */
function toFetchRequest(req: express.Request, res: express.Response): Request {
  // req.hostname and req.protocol follow X-Forwarded-* only from proxies TRUST_PROXY names.
  const port = [req.get('X-Forwarded-Host'), req.get('host')]
    .map((h) => Number.parseInt(h?.split(':')[1] ?? '', 10))
    .find(Number.isSafeInteger)
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ''}${req.originalUrl}`)
  const headers = new Headers()
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(key, v)
    else if (value !== undefined) headers.set(key, value)
  }
  const controller = new AbortController()
  let finished = false
  res.on('finish', () => (finished = true))
  res.on('close', () => finished || controller.abort())
  const init: RequestInit & { duplex?: 'half' } = { method: req.method, headers, signal: controller.signal }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    init.body = createReadableStreamFromReadable(req)
    init.duplex = 'half'
  }
  return new Request(url, init)
}

async function sendFetchResponse(res: express.Response, response: Response): Promise<void> {
  res.statusMessage = response.statusText
  res.status(response.status)
  for (const [key, value] of response.headers.entries()) res.append(key, value)
  if (response.body) await writeReadableStreamToWritable(response.body, res)
  else res.end()
}

/**
 * The HTTP server: static assets + the Remix build. Nothing here knows about
 * the domain; background work (e-mail, search sync, scheduled jobs) is started
 * by scripts/start.ts through app/services/background.server.ts.
 */
export async function startHttpServer(build: ServerBuild, options: { port: number; host: string }) {
  const app = express()
  app.disable('x-powered-by')
  // Only proxies named in TRUST_PROXY may set the client address (default: none; see README).
  app.set('trust proxy', trustProxySetting())
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
  // Every request to the app passes the request guard and gets its security headers (issue 12).
  const handle = secureRequestHandler(createRequestHandler(build, 'production'))
  app.all('*', async (req, res, next) => {
    try {
      await sendFetchResponse(res, await handle(toFetchRequest(req, res)))
    } catch (error) {
      next(error)
    }
  })
  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const s = app.listen(options.port, options.host, () => resolve(s))
    s.once('error', reject)
  })
  return server
}
