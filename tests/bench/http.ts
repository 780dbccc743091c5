/**
 * HTTP part of `npm run bench` (issue 11, «Quality and speed»): the real app
 * (`scripts/start.ts`, the server the e2e tests use, on the built app) on the
 * national-scale database the bench generated, asked through HTTP by a
 * logged-in employer:
 *
 * - the employer's profile search page, `GET /arbeidsgiver/kandidater?q=…&fylke=…`
 *   (the whole HTML page, as a browser without JavaScript gets it);
 * - `GET /api/v1/vacancies/{id}/matches` (session cookie; the API answers
 *   only for the caller's own vacancies, so the sampled vacancies are moved to
 *   the bench employer's organisation — matching does not use the organisation).
 *
 * Each at concurrency 1 and 8: throughput (requests per second of wall time)
 * and latency p50/p95/p99. Writes bench/http-results.json and the «Through
 * HTTP» section of docs/performance.md.
 *
 *   BENCH_ONLY=http npm run bench        (generates the data set, then only this part)
 *   BENCH_HTTP_REQUESTS=200              (requests per kind and concurrency)
 *   BENCH_HTTP_PORT=4211                 (the server's port; the dev mailbox gets port + 25)
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { createDb } from '@db/client.server'
import { organisations, users } from '@db/schema'
import { hashPassword } from '~/services/auth.server'
import { createRandom } from '@db/seed/random'
import { nowIso } from '~/utils/clock.server'
import { pickFylke } from './generate'

const REQUESTS = Number(process.env.BENCH_HTTP_REQUESTS ?? 200)
const PORT = Number(process.env.BENCH_HTTP_PORT ?? 4211)
const CONCURRENCY = [1, 8] as const
const EMAIL = 'benk.arbeidsgiver@example.no'
const PASSWORD = 'benk-passord-ikke-ekte'
/** The same words the engine part searches for. */
const WORDS = ['kokk', 'renholder', 'sjåfør', 'butikkmedarbeider', 'helsefagarbeider', 'lagermedarbeider', 'servitør', 'elektriker', 'barnehageassistent', 'kundeservice', 'vaskehjelp', 'kjøkkensjef', 'hygienekurs', 'truckførerbevis', 'renholdere', 'sjåfører']

const log = (...args: unknown[]) => console.log(`[bench http ${nowIso().slice(11, 19)}]`, ...args)

export type HttpRun = {
  concurrency: number
  requests: number
  wallMs: number
  perSecond: number
  p50: number
  p95: number
  p99: number
  errors: number
  /** HTTP status → count, for the answers that were errors (a 200 without the expected body counts as «200»). */
  errorStatuses: Record<string, number>
}
export type HttpBenchResult = {
  at: string
  machine: { cpus: number; node: string; nice: number; uptimeBefore: string; uptimeAfter: string }
  data: { profiles: number; vacancies: number }
  searchPage: HttpRun[]
  vacancyMatches: HttpRun[]
}

/** Prepares the bench employer (one user, the sampled vacancies in its organisation). Returns the vacancy ids. */
async function prepareEmployer(file: string): Promise<{ vacancyIds: number[]; profiles: number; vacancies: number }> {
  const db = createDb(file)
  try {
    const org = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.kind, 'EMPLOYER')).limit(1).get()
    if (!org) throw new Error('the bench database has no employer')
    const passwordHash = await hashPassword(PASSWORD)
    db.insert(users)
      .values({ email: EMAIL, name: 'Benk Arbeidsgiver', role: 'arbeidsgiver', organisationId: org.id, passwordHash, emailVerifiedAt: '2026-11-01T10:00:00.000Z' })
      .onConflictDoNothing()
      .run()
    const published = db.$client.prepare(`SELECT id FROM vacancies WHERE status = 'PUBLISERT' ORDER BY id`).pluck().all() as number[]
    const random = createRandom(2211)
    const vacancyIds = [...new Set(Array.from({ length: 100 }, () => random.pick(published)))]
    const move = db.$client.prepare('UPDATE vacancies SET organisation_id = ? WHERE id = ?')
    db.$client.transaction(() => vacancyIds.forEach((id) => move.run(org.id, id)))()
    const profiles = Number(db.$client.prepare(`SELECT count(*) FROM profiles WHERE status = 'PUBLISERT'`).pluck().get())
    return { vacancyIds, profiles, vacancies: published.length }
  } finally {
    db.$client.close()
  }
}

/** Every process below `root` (from /proc; Linux). */
function descendants(root: number): number[] {
  const parentOf = new Map<number, number>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = []
  const queue = [root]
  while (queue.length) {
    const pid = queue.shift()!
    for (const [child, parent] of parentOf) {
      if (parent !== pid) continue
      out.push(child)
      queue.push(child)
    }
  }
  return out
}

/** The statistics job rebuilds its roll-up in a child process at start (`node -e …`); wait until none runs for 3 s. */
async function waitForBackgroundBuilds(server: ChildProcess): Promise<void> {
  const isBuild = (pid: number) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('-e')
    } catch {
      return false
    }
  }
  let quietSince = performance.now()
  const deadline = performance.now() + 10 * 60_000
  while (performance.now() < deadline) {
    if (descendants(server.pid!).some(isBuild)) quietSince = performance.now()
    else if (performance.now() - quietSince > 3_000) return
    await new Promise((r) => setTimeout(r, 250))
  }
  log('the background build still runs after 10 minutes; measuring anyway')
}

async function startServer(file: string): Promise<ChildProcess> {
  const server = spawn('npx', ['tsx', 'scripts/start.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(PORT),
      HOST: '127.0.0.1',
      APP_URL: `http://localhost:${PORT}`,
      DATABASE_PATH: file,
      DEV_SMTP_PORT: String(PORT + 25),
      SMTP_URL: '',
      MEILI_URL: '',
      SEED_DEMO: 'never',
      BACKUP_INTERVAL: 'off',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  })
  let stderr = ''
  server.stderr?.on('data', (d) => (stderr += d))
  const deadline = performance.now() + 10 * 60_000
  while (performance.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server stopped (${server.exitCode}): ${stderr.slice(-2000)}`)
    try {
      if ((await fetch(`http://localhost:${PORT}/`)).ok) return server
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`the server did not answer within 10 minutes: ${stderr.slice(-2000)}`)
}

/** Cookies as a browser keeps them: name → value, from every Set-Cookie. */
class CookieJar {
  private cookies = new Map<string, string>()
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const at = pair.indexOf('=')
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim())
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }
}

async function login(): Promise<CookieJar> {
  const jar = new CookieJar()
  const page = await fetch(`http://localhost:${PORT}/logg-inn`)
  jar.take(page)
  const csrf = /name="csrf"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf"/.exec(await page.text())
  if (!csrf) throw new Error('no CSRF token on /logg-inn')
  const response = await fetch(`http://localhost:${PORT}/logg-inn`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: `http://localhost:${PORT}`, Cookie: jar.header() },
    body: new URLSearchParams({ csrf: csrf[1] ?? csrf[2], email: EMAIL, password: PASSWORD, redirectTo: '' }),
  })
  jar.take(response)
  if (response.status !== 302 && response.status !== 303) throw new Error(`login answered ${response.status}`)
  return jar
}

function percentile(sorted: number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10
}

/** `urls` through `concurrency` parallel clients; a non-200 answer counts as an error. */
async function run(urls: string[], concurrency: number, jar: CookieJar, check: (body: string) => boolean): Promise<HttpRun> {
  const times: number[] = []
  let errors = 0
  const errorStatuses: Record<string, number> = {}
  let next = 0
  const started = performance.now()
  const client = async () => {
    while (next < urls.length) {
      const url = urls[next++]
      const t0 = performance.now()
      const response = await fetch(`http://localhost:${PORT}${url}`, { headers: { Cookie: jar.header() } })
      const body = await response.text()
      times.push(performance.now() - t0)
      if (response.status !== 200 || !check(body)) {
        errors++
        errorStatuses[response.status] = (errorStatuses[response.status] ?? 0) + 1
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, client))
  const wallMs = performance.now() - started
  const sorted = times.sort((a, b) => a - b)
  return {
    concurrency,
    requests: urls.length,
    wallMs: Math.round(wallMs),
    perSecond: Math.round((urls.length / wallMs) * 1000 * 10) / 10,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors,
    errorStatuses,
  }
}

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim()

/** Runs the HTTP bench on a generated bench database (closed by the caller). */
export async function runHttpBench(file: string): Promise<HttpBenchResult> {
  const uptimeBefore = uptime()
  const { vacancyIds, profiles, vacancies } = await prepareEmployer(file)
  log(`starting the app on port ${PORT} with ${file} …`)
  const server = await startServer(file)
  try {
    await waitForBackgroundBuilds(server)
    const jar = await login()
    const random = createRandom(3311)
    const searchUrls = Array.from(
      { length: REQUESTS + 10 },
      () => `/arbeidsgiver/kandidater?${new URLSearchParams({ q: random.pick(WORDS), fylke: pickFylke(random) })}`,
    )
    const matchUrls = Array.from({ length: REQUESTS + 10 }, () => `/api/v1/vacancies/${random.pick(vacancyIds)}/matches`)
    const isPage = (body: string) => body.includes('<h1')
    const isMatches = (body: string) => Array.isArray(JSON.parse(body).items)
    // warm-up: the first requests load the route modules and fill the page cache
    await run(searchUrls.slice(0, 10), 1, jar, isPage)
    await run(matchUrls.slice(0, 10), 1, jar, isMatches)
    const searchPage: HttpRun[] = []
    const vacancyMatches: HttpRun[] = []
    for (const concurrency of CONCURRENCY) {
      searchPage.push(await run(searchUrls.slice(10), concurrency, jar, isPage))
      log('search page', JSON.stringify(searchPage.at(-1)))
      vacancyMatches.push(await run(matchUrls.slice(10), concurrency, jar, isMatches))
      log('vacancy matches', JSON.stringify(vacancyMatches.at(-1)))
    }
    const result: HttpBenchResult = {
      at: nowIso(),
      machine: { cpus: os.cpus().length, node: process.version, nice: os.getPriority(), uptimeBefore, uptimeAfter: uptime() },
      data: { profiles, vacancies },
      searchPage,
      vacancyMatches,
    }
    fs.mkdirSync('bench', { recursive: true })
    fs.writeFileSync('bench/http-results.json', JSON.stringify(result, null, 2) + '\n')
    writeSection(result)
    return result
  } finally {
    // the server's own process group (started detached above)
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}

const START = '<!-- http-bench:start -->'
const END = '<!-- http-bench:end -->'

function writeSection(r: HttpBenchResult, file = path.resolve('docs/performance.md')) {
  const rows = (label: string, runs: HttpRun[]) =>
    runs
      .map((x) => `| ${label} | ${x.concurrency} | ${x.requests} | ${x.perSecond} | ${x.p50} | **${x.p95}** | ${x.p99} | ${x.errors}${x.errors ? ` (${Object.entries(x.errorStatuses ?? {}).map(([status, n]) => `${n} × ${status}`).join(', ')})` : ''} |`)
      .join('\n')
  const section = `${START}
## Through HTTP (issue 11)

Generated by \`npm run bench\` (\`BENCH_ONLY=http npm run bench\` for this part alone; \`tests/bench/http.ts\`) on ${r.at.slice(0, 10)} — ${r.machine.cpus} CPU(s), Node ${r.machine.node}, bench process at nice ${r.machine.nice} (the server inherits it). Raw numbers: \`bench/http-results.json\`.

The real app (\`scripts/start.ts\` on the built app, the server the e2e tests use, embedded engine) on the bench's database: ${r.data.profiles.toLocaleString('nb-NO')} published profiles, ${r.data.vacancies.toLocaleString('nb-NO')} published vacancies. One employer logged in through \`/logg-inn\` (session cookie); requests from the same machine, after the start-up statistics build finished and 10 warm-up requests per kind. Latency is per request, wall-clock; throughput is requests per second of wall time.

| Request | Concurrency | Requests | Requests/s | p50 ms | p95 ms | p99 ms | Errors |
|---|---:|---:|---:|---:|---:|---:|---:|
${rows('Profilsøk-siden (`GET /arbeidsgiver/kandidater?q=…&fylke=…`, hele HTML-siden)', r.searchPage)}
${rows('`GET /api/v1/vacancies/{id}/matches` (topp 20 med begrunnelser, revisjonslogget)', r.vacancyMatches)}

Machine load (\`uptime\`) before: \`${r.machine.uptimeBefore}\`; after: \`${r.machine.uptimeAfter}\`. The machine has ${r.machine.cpus} cores shared with other work, so a load average above ${r.machine.cpus} means requests also waited for a CPU: the figures are an upper bound for an idle machine.
${END}`
  const doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Performance\n'
  const at = doc.indexOf(START)
  const updated = at >= 0 ? doc.slice(0, at) + section + doc.slice(doc.indexOf(END) + END.length) : `${doc.trimEnd()}\n\n${section}\n`
  fs.writeFileSync(file, updated)
}
