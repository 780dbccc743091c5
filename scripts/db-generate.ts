/**
 * `npm run db:generate -- <short_name> [--custom]`: adds ONE new numbered migration
 * (db/migrations/NNNN_<short_name>.sql) for the difference between db/schema
 * and the latest snapshot. Existing migrations are never rebuilt or edited
 * (docs/decisions/0008): every database that exists has already run them.
 * `--custom` gives an empty migration (with its snapshot) for SQL drizzle-kit
 * cannot derive: a backfill, a trigger.
 * Serialised with a lock file because several people may run it at once.
 */
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const DIR = 'db/migrations'
const name = process.argv[2]
const custom = process.argv.includes('--custom')
if (!name || !/^[a-z0-9_]{1,40}$/.test(name)) {
  console.error('Bruk: npm run db:generate -- <kort_navn> [--custom]   (små bokstaver, tall og _, for eksempel add_work_areas)')
  process.exit(2)
}

/** Every file under db/migrations with a hash of its content. */
function fingerprint(): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else out.set(full, crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex'))
    }
  }
  walk(DIR)
  return out
}

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
  const before = fingerprint()
  const saved = new Map([...before.keys()].filter((f) => f.endsWith('.sql')).map((f) => [f, fs.readFileSync(f)]))
  execFileSync('npx', ['drizzle-kit', 'generate', '--name', name, ...(custom ? ['--custom'] : [])], { stdio: 'inherit' })
  const after = fingerprint()
  const changedSql = [...saved.keys()].filter((f) => after.get(f) !== before.get(f))
  if (changedSql.length > 0) {
    // Never: an existing database has already run these. Put them back and stop.
    for (const f of changedSql) fs.writeFileSync(f, saved.get(f)!)
    console.error(`Eksisterende migrasjoner ble endret og er satt tilbake: ${changedSql.join(', ')}`)
    process.exit(1)
  }
  const added = [...after.keys()].filter((f) => !before.has(f) && f.endsWith('.sql'))
  if (added.length === 0) console.log('Ingen endring i skjemaet: ingen ny migrasjon.')
  else
    console.log(
      `Ny migrasjon: ${added.join(', ')}\n` +
        'Les SQL-en før du committer: eksisterende rader må overleve (fyll ut nye NOT NULL-kolonner),\n' +
        'og kjør oppgraderingstesten: npx vitest run tests/integration/upgrade.test.ts',
    )
} finally {
  fs.rmSync(lock, { recursive: true, force: true })
}
