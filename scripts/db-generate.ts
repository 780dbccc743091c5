/**
 * Regenerates the migrations from db/schema. Until the first production
 * deployment the project keeps ONE initial migration (docs/decisions/0003):
 * the folder is rebuilt from scratch, which never prompts about renames.
 * Serialised with a lock file because several people may run it at once.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

const lock = '/tmp/vi-inkluderer-db-generate.lock'
const started = Date.now()
while (true) {
  try {
    fs.mkdirSync(lock)
    break
  } catch {
    if (Date.now() - started > 120_000) fs.rmSync(lock, { recursive: true, force: true })
    await new Promise((r) => setTimeout(r, 500))
  }
}
try {
  fs.rmSync('db/migrations', { recursive: true, force: true })
  execFileSync('npx', ['drizzle-kit', 'generate', '--name', 'init'], { stdio: 'inherit' })
} finally {
  fs.rmSync(lock, { recursive: true, force: true })
}
