/**
 * What every start does once the Remix build is loaded: apply migrations,
 * seed demo data when allowed (never in production, see shouldSeedDemoData),
 * start background work and serve. Used by scripts/start.ts (development,
 * through tsx) and scripts/serve.ts (production, compiled into the build).
 */
import path from 'node:path'
import type { ServerBuild } from '@remix-run/node'
import { appUrl, EnvError, parseEnv, shouldSeedDemoData, type Env } from '../app/env.server'
import { closeDb, getDb } from '../db/client.server'
import { migrateDatabase } from '../db/migrate.server'
import { claimDatabaseFile } from '../db/backup.server'
import { DEMO_PASSWORD, listDemoUsers, seedDemoDataIfEmpty } from '../db/seed/demo.server'
import { startHttpServer } from './server'

export type AppBuild = ServerBuild & {
  entry: { module: { startBackground: typeof import('../app/services/background.server').startBackground } }
}

/** The validated environment, or exit with a message naming the wrong variable. */
export function envOrExit(): Env {
  try {
    return parseEnv(process.env)
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}

export async function runApp(env: Env, loadBuild: () => Promise<AppBuild>): Promise<void> {
  // Marks the file as in use, so `npm run db:restore` refuses to replace it under us.
  claimDatabaseFile(env.DATABASE_PATH)
  const db = getDb()
  migrateDatabase(db)
  console.log(`Database: ${path.resolve(env.DATABASE_PATH)}`)
  if (shouldSeedDemoData(env)) {
    const seeded = await seedDemoDataIfEmpty(db)
    if (seeded) console.log('Demo data seeded.')
  }
  const demoUsers = env.NODE_ENV === 'production' ? [] : listDemoUsers(db)
  // Migration and seeding used this process's own connection; the app opens its own.
  closeDb()

  const build = await loadBuild()
  const background = await build.entry.module.startBackground(env)
  await startHttpServer(build, { port: env.PORT, host: env.HOST })

  console.log(`\nVi inkluderer kjører på ${appUrl(env)} (lytter på ${env.HOST}:${env.PORT})`)
  if (background.mailboxUrl) console.log(`E-post fanges lokalt og vises på ${appUrl(env)}/dev/mailbox (bare fra denne maskinen)`)
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
}
