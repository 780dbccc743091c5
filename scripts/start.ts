/**
 * `npm start`: one command from a fresh clone to a running app.
 * 1. validate the environment (a wrong setting names the variable and stops)
 * 2. create the SQLite file and apply migrations
 * 3. seed demo data when the database is empty
 * 4. build when the build is missing or older than the sources
 * 5. start background work (mail catcher, e-mail worker, search sync, jobs) and serve
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ServerBuild } from '@remix-run/node'
import { EnvError, parseEnv, appUrl } from '../app/env.server'

let env
try {
  env = parseEnv(process.env)
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}

const { getDb, closeDb } = await import('../db/client.server')
const { migrateDatabase } = await import('../db/migrate.server')
const { seedDemoDataIfEmpty, listDemoUsers, DEMO_PASSWORD } = await import('../db/seed/demo.server')
const { startHttpServer } = await import('./server')

const db = getDb()
migrateDatabase(db)
console.log(`Database: ${path.resolve(env.DATABASE_PATH)}`)
if (env.SEED_DEMO === 'auto') {
  const seeded = await seedDemoDataIfEmpty(db)
  if (seeded) console.log('Demo data seeded.')
}

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

const demoUsers = listDemoUsers(db)
// Migration and seeding used this process's own connection; the app opens its own.
closeDb()
const build = (await import(pathToFileURL(buildFile).href)) as ServerBuild & {
  entry: { module: { startBackground: typeof import('../app/services/background.server').startBackground } }
}
const background = await build.entry.module.startBackground(env)
await startHttpServer(build, { port: env.PORT, host: env.HOST })

console.log(`\nVi inkluderer kjører på ${appUrl(env)}`)
if (background.mailboxUrl) console.log(`E-post fanges lokalt og vises på ${appUrl(env)}/dev/mailbox`)
if (demoUsers.length > 0) {
  console.log('\nDemobrukere (passord for alle: ' + DEMO_PASSWORD + '):')
  for (const user of demoUsers) console.log(`  ${user.role.padEnd(15)} ${user.email}`)
}

const shutdown = async () => {
  await background.stop()
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
