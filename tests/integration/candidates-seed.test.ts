import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { candidates, consents, profiles, users } from '@db/schema'
import { seedDemoData } from '@db/seed/demo.server'
import { generateBulkProfiles } from '@db/seed/candidates'
import { createRandom } from '@db/seed/random'
import { validateIdNumber } from '~/domain/candidates'
import { checkFreeText, sharesQuasiIdentifiers, type QuasiIdentifiers } from '~/domain/anonymisation'

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
})
