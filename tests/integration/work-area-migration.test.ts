import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { createDb } from '../../db/client.server'
import { migrateDatabase } from '../../db/migrate.server'

/**
 * Migration 0011 (issue 11): existing profiles get a work area derived from
 * where the person lives, unconfirmed (the jobbspesialist is asked to confirm
 * it), and employers keep seeing no more than before: the fylke they saw, as
 * «deler av <fylke>»; a fylke the guard had hidden stays hidden (no area).
 */
describe('work areas on upgrade', () => {
  it('derives unconfirmed work areas from the residence and shows nothing finer than before', () => {
    const file = path.resolve(`tests/.tmp/work-area-upgrade-${crypto.randomUUID()}.db`)
    fs.writeFileSync(file, zlib.gunzipSync(fs.readFileSync(path.resolve('tests/fixtures/baseline-demo.db.gz'))))
    try {
      const db = createDb(file)
      migrateDatabase(db)
      const rows = db.$client
        .prepare(
          `SELECT p.work_kommuner AS kommuner, p.max_travel_km AS km, p.work_area_confirmed_at AS confirmed, p.shown_work_area AS shown,
                  p.shown_fylkesnummer AS fylke, c.kommunenummer AS residence
             FROM profiles p JOIN candidates c ON c.id = p.candidate_id`,
        )
        .all() as Array<{
        kommuner: string
        km: number
        confirmed: string | null
        shown: string | null
        fylke: string | null
        residence: string
      }>
      expect(rows.length).toBeGreaterThan(10)
      for (const row of rows) {
        expect(JSON.parse(row.kommuner)).toEqual([row.residence])
        expect(row.km).toBe(30)
        expect(row.confirmed).toBeNull()
        if (row.fylke)
          expect(JSON.parse(row.shown ?? 'null')).toEqual({
            kommuner: [],
            fylker: [],
            partFylker: [row.fylke],
            wholeCountry: false,
            maxTravelKm: 0,
          })
        else expect(row.shown).toBeNull()
      }
      expect(rows.some((r) => r.fylke === null)).toBe(true)
      db.$client.close()
    } finally {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
    }
  })
})
