import { and, eq, ne } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { agreements, auditLog, candidates, profiles, users, vacancies } from '@db/schema'
import { seedDemoData } from '@db/seed/demo.server'
import type { SessionUser } from '~/services/auth.server'
import { comparisonPrefill } from '~/services/subsidies.server'

function sessionUser(row: typeof users.$inferSelect): SessionUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId, organisationName: null }
}

async function demo() {
  const db = getDb()
  await seedDemoData(db)
  const employerRow = db.select().from(users).where(eq(users.role, 'arbeidsgiver')).get()!
  const jobbspesialistRow = db.select().from(users).where(eq(users.role, 'jobbspesialist')).get()!
  return { db, employer: sessionUser(employerRow), jobbspesialist: sessionUser(jobbspesialistRow) }
}

describe('«Hvilke ordninger passer?» prefilled from records the user may see (issue 16)', () => {
  it('fills the job side from the employer’s own vacancy and refuses another employer’s', async () => {
    const { db, employer } = await demo()
    const own = db.select().from(vacancies).where(eq(vacancies.organisationId, employer.organisationId!)).get()!
    const prefill = comparisonPrefill(employer, { kind: 'stilling', id: own.id })
    expect(prefill.ok).toBe(true)
    if (!prefill.ok) return
    expect(prefill.value.source).toContain(own.title)
    if (own.positionPercent != null) expect(prefill.value.values.positionPercent).toBe(String(own.positionPercent))
    expect(prefill.value.values.innsatsgruppe).toBeUndefined()

    const other = db.select().from(vacancies).where(ne(vacancies.organisationId, employer.organisationId!)).get()!
    const refused = comparisonPrefill(employer, { kind: 'stilling', id: other.id })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.kind).toBe('not_found')
  })

  it('gives the jobbspesialist their own candidate’s innsatsgruppe and birth date, and an employer nothing', async () => {
    const { db, employer, jobbspesialist } = await demo()
    const candidate = db.select().from(candidates).where(eq(candidates.jobbspesialistUserId, jobbspesialist.id)).get()!
    const prefill = comparisonPrefill(jobbspesialist, { kind: 'kandidat', id: candidate.id })
    expect(prefill.ok && prefill.value.values).toMatchObject({ innsatsgruppe: candidate.innsatsgruppe })
    expect(prefill.ok && prefill.value.values.birthDate).toMatch(/^\d{2}\.\d{2}\.\d{4}$/)
    const refused = comparisonPrefill(employer, { kind: 'kandidat', id: candidate.id })
    expect(refused.ok).toBe(false)
  })

  it('gives an employer an agreement’s job side, never the person’s innsatsgruppe or birth date', async () => {
    const { db, employer } = await demo()
    const agreement = db
      .select()
      .from(agreements)
      .where(and(eq(agreements.organisationId, employer.organisationId!), ne(agreements.status, 'PABEGYNT')))
      .get()
    expect(agreement).toBeDefined()
    const prefill = comparisonPrefill(employer, { kind: 'avtale', id: agreement!.id })
    expect(prefill.ok).toBe(true)
    if (!prefill.ok) return
    expect(prefill.value.values.innsatsgruppe).toBeUndefined()
    expect(prefill.value.values.birthDate).toBeUndefined()
    expect(prefill.value.values.positionType).toMatch(/^(FAST|MIDLERTIDIG)$/)
  })

  it('prefills from a published profile only what the profile shows, audit-logged as a profile view', async () => {
    const { db, employer } = await demo()
    const profile = db.select().from(profiles).where(eq(profiles.status, 'PUBLISERT')).get()!
    const before = db.select().from(auditLog).where(eq(auditLog.action, 'PROFILE_VIEWED')).all().length
    const prefill = comparisonPrefill(employer, { kind: 'profil', code: profile.code })
    expect(prefill.ok).toBe(true)
    if (!prefill.ok) return
    expect(prefill.value.source).toBe(`profil ${profile.code}`)
    expect(prefill.value.values.positionPercent).toMatch(/^\d+$/)
    for (const key of Object.keys(prefill.value.values)) expect(['positionPercent', 'needsAdaptation', 'needsMentor']).toContain(key)
    const after = db.select().from(auditLog).where(eq(auditLog.action, 'PROFILE_VIEWED')).all()
    expect(after.length).toBe(before + 1)
    expect(after.at(-1)).toMatchObject({ actorUserId: employer.id, subjectId: String(profile.id) })

    expect(comparisonPrefill(employer, { kind: 'profil', code: 'K-0000000' }).ok).toBe(false)
    const unpublished = db.select().from(profiles).where(ne(profiles.status, 'PUBLISERT')).get()
    if (unpublished) expect(comparisonPrefill(employer, { kind: 'profil', code: unpublished.code }).ok).toBe(false)
  })

  it('refuses a profile prefill to a partner and to someone not signed in', async () => {
    const { db } = await demo()
    const profile = db.select().from(profiles).where(eq(profiles.status, 'PUBLISERT')).get()!
    const partnerRow = db.select().from(users).where(eq(users.role, 'partner')).get()
    if (partnerRow) expect(comparisonPrefill(sessionUser(partnerRow), { kind: 'profil', code: profile.code }).ok).toBe(false)
    expect(comparisonPrefill(null, { kind: 'profil', code: profile.code }).ok).toBe(false)
  })
})
