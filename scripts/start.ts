/**
 * `npm start` / `npm run dev`: one command from a fresh clone to a running app.
 * 1. validate the environment (a wrong setting names the variable and stops)
 * 2. build when the build is missing or older than the sources
 * 3. create the SQLite file, apply migrations, seed demo data when the
 *    database is empty (never in production)
 * 4. start background work (mail catcher, e-mail worker, search sync, jobs) and serve
 * Production runs the compiled server instead: `npm run build && npm run start:production`.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { envOrExit, runApp, type AppBuild } from './run-app'

const env = envOrExit()

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full))
    else newest = Math.max(newest, fs.statSync(full).mtimeMs)
  }
  return newest
}

const buildFile = path.resolve(`build${process.env.VI_BUILD_ID ? `-${process.env.VI_BUILD_ID}` : ''}/index.js`)
const sources = ['app', 'db', 'search', 'emails'].filter((d) => fs.existsSync(d))
const stale =
  !fs.existsSync(buildFile) ||
  Math.max(...sources.map(newestMtime), fs.statSync('remix.config.js').mtimeMs) > fs.statSync(buildFile).mtimeMs
if (stale) {
  console.log('Building the app (the build is missing or older than the sources)…')
  execFileSync('npx', ['remix', 'build'], { stdio: 'inherit' })
}

await runApp(env, async () => (await import(pathToFileURL(buildFile).href)) as AppBuild)
