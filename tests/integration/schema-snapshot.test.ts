import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS_DIR } from '../../db/migrate.server'

/**
 * `npm run db:generate` diffs db/schema against the newest drizzle-kit
 * snapshot. If a migration is written by hand without its snapshot, the next
 * generated migration would re-create what exists (as happened after 0000).
 * Here drizzle-kit generates into a copy of db/migrations: nothing new may
 * come out, so the snapshot matches the schema and the migrations.
 */
describe('the migrations and db/schema agree', () => {
  it('drizzle-kit finds no change between db/schema and the newest snapshot', () => {
    // drizzle-kit wants `out` relative to the working directory
    const dir = `tests/.tmp/schema-snapshot-${process.pid}`
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    const out = path.join(dir, 'migrations')
    fs.cpSync(MIGRATIONS_DIR, out, { recursive: true })
    const config = path.join(dir, 'drizzle.config.ts')
    fs.writeFileSync(config, `export default ${JSON.stringify({ dialect: 'sqlite', schema: 'db/schema/index.ts', out })}\n`)
    try {
      const before = fs.readdirSync(out).sort()
      const run = spawnSync('npx', ['drizzle-kit', 'generate', '--config', config, '--name', 'probe'], { encoding: 'utf8' })
      const output = `${run.stdout}\n${run.stderr}`
      expect(run.status, output).toBe(0)
      expect(fs.readdirSync(out).sort(), output).toEqual(before)
      expect(output).toMatch(/No schema changes/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
