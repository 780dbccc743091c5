/**
 * Production start time: launches the compiled server (`node build/serve.js`,
 * NODE_ENV=production) on an existing database with demo data, times until
 * GET / answers 200, stops it, and repeats. Needs a built app (`npm run build`).
 * Writes bench/startup-results.json and the «Production start» section of
 * docs/performance.md. Target: answers within 5 s of launch.
 *
 *   npm run build && npx tsx tests/bench/startup.ts
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

const RUNS = Number(process.env.RUNS ?? 5)
const TARGET_MS = 5000
const suffix = process.env.VI_BUILD_ID ? `-${process.env.VI_BUILD_ID}` : ''
const serve = path.resolve(`build${suffix}/serve.js`)
if (!fs.existsSync(serve)) {
  console.error(`${serve} mangler: kjør \`npm run build\` først.`)
  process.exit(1)
}
const port = Number(process.env.PORT ?? 4110)
const file = path.resolve(`tests/.tmp/startup-bench-${process.pid}.db`)
fs.mkdirSync(path.dirname(file), { recursive: true })
// An existing database (the baseline fixture with demo data): the first start also migrates it.
fs.writeFileSync(file, zlib.gunzipSync(fs.readFileSync('tests/fixtures/baseline-demo.db.gz')))

/** CPU time (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
function cpuMsOf(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return Math.round(((Number(fields[11]) + Number(fields[12])) * 1000) / 100)
  } catch {
    return null
  }
}

async function startOnce(): Promise<{ ms: number; cpuMs: number | null }> {
  const started = performance.now()
  const child = spawn(process.execPath, [serve], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SESSION_SECRET: 'benchmark-secret-not-for-real-use',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: file,
      SMTP_URL: '',
      MEILI_URL: '',
      BACKUP_INTERVAL: 'off',
      NODE_OPTIONS: '',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += d))
  try {
    while (true) {
      if (child.exitCode !== null) throw new Error(`serveren stoppet: ${stderr}`)
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`)
        if (response.status === 200) return { ms: Math.round(performance.now() - started), cpuMs: cpuMsOf(child.pid) }
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 60_000) throw new Error(`svarte ikke på 60 s: ${stderr}`)
      await new Promise((r) => setTimeout(r, 25))
    }
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  }
}

const runs: number[] = []
const cpu: Array<number | null> = []
try {
  for (let i = 0; i < RUNS; i++) {
    const run = await startOnce()
    runs.push(run.ms)
    cpu.push(run.cpuMs)
  }
} finally {
  for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true })
}
const sorted = [...runs].sort((a, b) => a - b)
const result = {
  generatedAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, loadAverage1m: Number(os.loadavg()[0].toFixed(1)), node: process.version },
  command: 'NODE_ENV=production node build/serve.js',
  runsMs: runs,
  /** CPU the server used until it answered: what the start costs on an idle machine, whatever the load. */
  cpuMs: cpu,
  firstStartMs: runs[0],
  medianMs: sorted[Math.floor(sorted.length / 2)],
  maxMs: sorted[sorted.length - 1],
  targetMs: TARGET_MS,
  met: sorted[sorted.length - 1] <= TARGET_MS,
}
fs.mkdirSync('bench', { recursive: true })
fs.writeFileSync('bench/startup-results.json', JSON.stringify(result, null, 2) + '\n')

const section = `## Production start (issue 10)

Time from launching \`${result.command}\` on an existing database with demo
data until \`GET /\` answers 200 (the first run also applies migrations), ${RUNS} runs,
${result.machine.cpus} CPUs, load average ${result.machine.loadAverage1m} when measured
(${result.generatedAt.slice(0, 10)}):

| first start | median | slowest | CPU used until it answered (per run) | target |
|---|---|---|---|---|
| ${result.firstStartMs} ms | ${result.medianMs} ms | ${result.maxMs} ms | ${cpu.map((c) => (c === null ? '–' : `${c} ms`)).join(' · ')} | ≤ ${TARGET_MS} ms: ${result.met ? 'met' : 'NOT met'} |

The CPU column is what the start costs on an idle machine; the wall-clock
figures include waiting for the CPU when the machine is busy (see the load average).

Measured by \`npx tsx tests/bench/startup.ts\` after \`npm run build\`; raw numbers in
\`bench/startup-results.json\`. \`npm start\` (tsx, build check, demo data) is the development start.
`
const START = '<!-- startup-bench:start -->'
const END = '<!-- startup-bench:end -->'
const perf = fs.existsSync('docs/performance.md') ? fs.readFileSync('docs/performance.md', 'utf8') : '# Performance\n'
const block = `${START}\n${section}${END}\n`
const updated = perf.includes(START) ? perf.slice(0, perf.indexOf(START)) + block + perf.slice(perf.indexOf(END) + END.length + 1) : perf.trimEnd() + '\n\n' + block
fs.writeFileSync('docs/performance.md', updated)
console.log(JSON.stringify(result))
