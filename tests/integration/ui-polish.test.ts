import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { auditLog, candidates, users } from '@db/schema'
import { seedDemoData } from '@db/seed/demo.server'
import type { SessionUser } from '~/services/auth.server'
import { listCaseload, revealIdNumber } from '~/services/candidates.server'
import { kommuneDisplayName, kommuneOptions } from '~/services/kommuner.server'

const userByEmail = (email: string): SessionUser => {
  const u = getDb().select().from(users).where(eq(users.email, email)).get()!
  return { id: u.id, email: u.email, name: u.name, role: u.role, organisationId: u.organisationId, organisationName: null }
}

describe('issue 17 on the demo data', () => {
  it('caseload search by name (æøå-safe), own caseload only, with the birth year to tell namesakes apart', async () => {
    await seedDemoData(getDb())
    const js = userByEmail('jobbspesialist@demo.no')
    const all = listCaseload(js).rows
    expect(all.length).toBeGreaterThan(3)
    const someone = all[0]
    const found = listCaseload(js, { q: someone.lastName.slice(0, 3).toLocaleLowerCase('nb') }).rows
    expect(found.map((r) => r.id)).toContain(someone.id)
    expect(
      found.every((r) =>
        `${r.firstName} ${r.lastName}`.toLocaleLowerCase('nb').includes(someone.lastName.slice(0, 3).toLocaleLowerCase('nb')),
      ),
    ).toBe(true)
    expect(listCaseload(js, { q: `${someone.firstName} ${someone.lastName}` }).rows.map((r) => r.id)).toContain(someone.id)
    expect(listCaseload(js, { q: 'finnesikkeqq' }).rows).toEqual([])
    expect(someone.birthYear).toMatch(/^\d{4}$/)
    // Another jobbspesialist's people are never found.
    const other = getDb()
      .select()
      .from(candidates)
      .where(eq(candidates.jobbspesialistUserId, userByEmail('jobbspesialist2@demo.no').id))
      .get()!
    expect(listCaseload(js, { q: other.lastName }).rows.map((r) => r.id)).not.toContain(other.id)
  }, 60_000)

  it('the full fødselsnummer is revealed only on request, to the owner or admin, and every reveal is audit-logged', async () => {
    await seedDemoData(getDb())
    const js = userByEmail('jobbspesialist@demo.no')
    const person = getDb().select().from(candidates).where(eq(candidates.jobbspesialistUserId, js.id)).get()!
    expect(revealIdNumber(js, person.id)).toEqual({ ok: true, value: person.fnr })
    expect(revealIdNumber(userByEmail('jobbspesialist2@demo.no'), person.id)).toMatchObject({ ok: false, kind: 'not_found' })
    const entries = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'FNR_REVEALED'), eq(auditLog.candidateId, person.id)))
      .all()
    expect(entries).toHaveLength(1)
    expect(JSON.stringify(entries[0])).not.toContain(person.fnr)
  }, 60_000)

  it('kommune labels: no doubled qualifier, Norwegian name first, sorted by it', async () => {
    await seedDemoData(getDb())
    const options = kommuneOptions()
    const labels = options.map((o) => o.label)
    expect(labels).toContain('Herøy (Møre og Romsdal)')
    expect(labels).toContain('Oslo')
    expect(labels.some((l) => /\) \(/.test(l))).toBe(false)
    expect(kommuneDisplayName('1826', 'Aarborte - Hattfjelldal')).toBe('Hattfjelldal - Aarborte')
    expect(kommuneDisplayName('5628', 'Deatnu - Tana')).toBe('Tana - Deatnu')
    expect(kommuneDisplayName('5001', 'Trondheim - Tråante')).toBe('Trondheim - Tråante')
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'nb')))
    expect(labels.indexOf('Hattfjelldal - Aarborte')).toBeGreaterThan(labels.findIndex((l) => l.startsWith('H')))
    expect(new Set(options.map((o) => o.kommunenummer)).size).toBe(options.length)
  }, 60_000)
})
