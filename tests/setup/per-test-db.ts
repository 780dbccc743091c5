import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { closeDb } from '../../db/client.server'
import { resetClock } from '../../app/utils/clock.server'
import { templateDbPath, TMP_DIR } from './paths'

/** Every test runs on its own copy of the migrated template database. */
let current: string | undefined

beforeEach(() => {
  current = path.join(TMP_DIR, `test-${process.pid}-${crypto.randomBytes(6).toString('hex')}.db`)
  fs.copyFileSync(templateDbPath(), current)
  process.env.DATABASE_PATH = current
  resetClock()
})

afterEach(() => {
  closeDb()
  if (current) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(current + suffix, { force: true })
  current = undefined
})
