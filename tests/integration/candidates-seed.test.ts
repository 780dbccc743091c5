import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { asc, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { closeDb, getDb } from '@db/client.server'
import { candidates, consents, profiles, users } from '@db/schema'
import { seedDemoData } from '@db/seed/demo.server'
import { generateBulkProfiles } from '@db/seed/candidates'
import { createRandom } from '@db/seed/random'
import { validateIdNumber } from '~/domain/candidates'
import { checkFreeText, sharesQuasiIdentifiers, type QuasiIdentifiers } from '~/domain/profiles'
import { ageOn } from '~/domain/dates'
import { osloDate, now, setClock } from '~/utils/clock.server'
import { templateDbPath, TMP_DIR } from '../setup/paths'

describe('demo caseloads', () => {
  it('give each demo jobbspesialist a caseload with valid fødselsnumre, published profiles with consent that pass the guards', async () => {
    const db = getDb()
    await seedDemoData(db)
    const owner = (email: string) => db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id
    const mine = db
      .select()
      .from(candidates)
      .where(eq(candidates.jobbspesialistUserId, owner('jobbspesialist@demo.no')))
      .all()
    const theirs = db
      .select()
      .from(candidates)
      .where(eq(candidates.jobbspesialistUserId, owner('jobbspesialist2@demo.no')))
      .all()
    expect(mine.length).toBeGreaterThanOrEqual(14)
    expect(theirs.length).toBeGreaterThanOrEqual(26)
    expect(new Set([...mine, ...theirs].map((c) => c.ipsStep)).size).toBeGreaterThanOrEqual(5)
    for (const c of [...mine, ...theirs]) {
      expect(validateIdNumber(c.fnr), c.fnr).toMatchObject({ ok: true, birthDate: c.birthDate })
    }
    const published = db
      .select({ p: profiles, c: candidates })
      .from(profiles)
      .innerJoin(candidates, eq(candidates.id, profiles.candidateId))
      .where(eq(profiles.status, 'PUBLISERT'))
      .all()
    expect(published.length).toBeGreaterThan(15)
    const consented = new Set(
      db
        .select({ id: consents.candidateId })
        .from(consents)
        .where(eq(consents.kind, 'PUBLISERING'))
        .all()
        .map((r) => r.id),
    )
    const shown = published.map(({ p }) => ({
      ageBand: p.shownAgeBand ?? 'ALLE',
      workArea: p.shownWorkArea,
      educationLevel: p.educationLevel,
      targetGroups: p.targetGroups,
    })) as QuasiIdentifiers[]
    for (const [i, { p, c }] of published.entries()) {
      expect(consented.has(c.id)).toBe(true)
      expect(
        checkFreeText(
          [{ field: 'summary', label: 'x', text: `${p.headline} ${p.summary} ${p.skills.join(' ')}` }],
          [c.firstName, c.lastName],
        ),
      ).toEqual([])
      const sharing = shown.filter((o) => sharesQuasiIdentifiers(o, shown[i])).length
      expect(sharing, `profile ${p.code}`).toBeGreaterThanOrEqual(3)
    }
  })

  it('the bulk generator makes published profiles with valid numbers in one go', () => {
    const db = getDb()
    const user = db.insert(users).values({ email: 'bulk@nav.no', name: 'Bulk', role: 'jobbspesialist' }).returning().get()
    expect(generateBulkProfiles(db, { count: 2000, random: createRandom(7), jobbspesialistUserIds: [user.id] })).toBe(2000)
    const rows = db.select({ fnr: candidates.fnr, birthDate: candidates.birthDate }).from(candidates).all()
    expect(rows).toHaveLength(2000)
    expect(rows.every((r) => validateIdNumber(r.fnr).ok)).toBe(true)
    expect(db.select().from(profiles).where(eq(profiles.status, 'PUBLISERT')).all()).toHaveLength(2000)
  })

  it('is the same demo on every date: ages, published profiles and what employers see do not move with the calendar', async () => {
    // The browser tests rely on the demo (requests, hires, namesakes); on some dates ages crossed age bands and the
    // guard kept most of the first caseload as drafts. People are now a given age on the day the demo is made.
    const demoOn = async (day: string) => {
      const file = path.join(TMP_DIR, `demo-date-${process.pid}-${crypto.randomBytes(4).toString('hex')}.db`)
      fs.copyFileSync(templateDbPath(), file)
      closeDb()
      process.env.DATABASE_PATH = file
      setClock(new Date(`${day}T10:00:00Z`))
      const db = getDb()
      await seedDemoData(db)
      const today = osloDate(now())
      const rows = db
        .select({ email: users.email, birthDate: candidates.birthDate, status: profiles.status, band: profiles.shownAgeBand })
        .from(candidates)
        .innerJoin(users, eq(users.id, candidates.jobbspesialistUserId))
        .leftJoin(profiles, eq(profiles.candidateId, candidates.id))
        .orderBy(asc(candidates.id))
        .all()
        .filter((r) => r.email.endsWith('@demo.no'))
        .map((r) => ({ email: r.email, age: ageOn(r.birthDate, today), status: r.status, band: r.band }))
      closeDb()
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
      return rows
    }
    const days = ['2027-01-01', '2027-06-30', '2028-02-29', '2031-12-31']
    const demos = []
    for (const day of days) demos.push(await demoOn(day))
    for (const [i, demo] of demos.entries()) {
      expect(demo, days[i]).toEqual(demos[0])
      for (const email of ['jobbspesialist@demo.no', 'jobbspesialist2@demo.no']) {
        const published = demo.filter((r) => r.email === email && r.status === 'PUBLISERT')
        expect(published.length, `${email} on ${days[i]}`).toBeGreaterThanOrEqual(5)
      }
    }
  })
})
