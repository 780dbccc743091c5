import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { agreementApprovals, agreements, agreementSchemes, agreementVersions, auditLog, candidates, users } from '@db/schema'
import { seedDemoData } from '@db/seed/demo.server'
import { EXTRA_JOBBSPESIALISTER } from '@db/seed/agreements'
import { fidelityBand } from '~/domain/caseload'
import { AGREEMENT_STATUS_CODES } from '~/domain/codes'
import type { SessionUser } from '~/services/auth.server'
import { activeCaseloadCount, caseloadFor, caseloadsForAllUnits, caseloadsForUnit } from '~/services/caseload.server'
import { todayIso } from '~/utils/clock.server'

const userByEmail = (email: string): SessionUser => {
  const u = getDb().select().from(users).where(eq(users.email, email)).get()!
  return { id: u.id, email: u.email, name: u.name, role: u.role, organisationId: u.organisationId, organisationName: null }
}

/** Direct SQL, written independently of the service. */
function directCounts(userId: number, today: string) {
  const sql = getDb().$client
  const one = (q: string, ...args: unknown[]) => (sql.prepare(q).get(...args) as { n: number }).n
  const cutoff = new Date(Date.parse(`${today}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10)
  return {
    active: one(`SELECT count(*) n FROM candidates WHERE jobbspesialist_user_id = ? AND ips_step NOT IN ('AVSLUTTET','PASSIV')`, userId),
    inWork: one(`SELECT count(*) n FROM candidates WHERE jobbspesialist_user_id = ? AND ips_step = 'I_JOBB'`, userId),
    jobbsok: one(`SELECT count(*) n FROM candidates WHERE jobbspesialist_user_id = ? AND ips_step = 'JOBBSOK'`, userId),
    overdue: one(
      `SELECT count(*) n FROM planned_follow_ups p JOIN candidates c ON c.id = p.candidate_id
       WHERE c.jobbspesialist_user_id = ? AND p.done_contact_id IS NULL AND p.cancelled_at IS NULL AND p.date < ?`,
      userId,
      today,
    ),
    noEmployerContact: one(
      `SELECT count(*) n FROM candidates c WHERE c.jobbspesialist_user_id = ? AND c.ips_step NOT IN ('AVSLUTTET','PASSIV','I_JOBB') AND c.referral_date < ?
         AND NOT EXISTS (SELECT 1 FROM follow_up_contacts f WHERE f.candidate_id = c.id AND f.with_whom IN ('ARBEIDSGIVER','BEGGE'))
         AND NOT EXISTS (SELECT 1 FROM contact_requests r JOIN profiles p ON p.id = r.profile_id WHERE p.candidate_id = c.id)
         AND NOT EXISTS (SELECT 1 FROM agreements a WHERE a.candidate_id = c.id)`,
      userId,
      cutoff,
    ),
  }
}

describe('caseload figures on the seeded demo data', () => {
  it('agree with direct counts for every demo jobbspesialist, from well under to well over the norm', async () => {
    await seedDemoData(getDb())
    const today = todayIso()
    const emails = ['jobbspesialist@demo.no', 'jobbspesialist2@demo.no', ...EXTRA_JOBBSPESIALISTER.map((j) => j.email)]
    const actives: number[] = []
    for (const email of emails) {
      const user = userByEmail(email)
      const c = caseloadFor(user, today)
      const d = directCounts(user.id, today)
      expect(c.active, email).toBe(d.active)
      expect(activeCaseloadCount(user.id)).toBe(d.active)
      expect(c.band).toBe(fidelityBand(d.active))
      expect(c.perStep.I_JOBB).toBe(d.inWork)
      expect(c.perStep.JOBBSOK).toBe(d.jobbsok)
      expect(c.overdueFollowUps.length, email).toBe(d.overdue)
      expect(c.noEmployerContact.length, email).toBe(d.noEmployerContact)
      expect(c.inWorkShare).toBe(d.active === 0 ? 0 : Math.round((d.inWork / d.active) * 1000) / 10)
      actives.push(c.active)
    }
    // Well under and well over the norm of 20.
    expect(Math.min(...actives)).toBeLessThan(15)
    expect(Math.max(...actives)).toBeGreaterThan(40)
    // Somebody has an overdue follow-up and somebody has days in work.
    expect(emails.some((e) => caseloadFor(userByEmail(e), today).overdueFollowUps.length > 0)).toBe(true)
    expect(caseloadFor(userByEmail('jobbspesialist@demo.no'), today).daysInWork.length).toBeGreaterThan(0)

    // The admin view: the same figures per jobbspesialist of the unit, counts only, audited.
    const admin = userByEmail('admin@demo.no')
    const rows = caseloadsForUnit(admin, admin.organisationId!, today)
    for (const email of emails) {
      const user = userByEmail(email)
      const row = rows.find((r) => r.userId === user.id)!
      expect(row.active).toBe(directCounts(user.id, today).active)
      expect(row.overdueCount).toBe(directCounts(user.id, today).overdue)
      expect(row).not.toHaveProperty('noEmployerContact')
    }
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, 'CASELOADS_VIEWED')).all()).toHaveLength(1)

    // All NAV offices at once (issue 17): the same rows, one audited read.
    const all = caseloadsForAllUnits(admin, today)
    expect(all.find((u) => u.unit.id === admin.organisationId)!.rows).toEqual(rows)
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, 'CASELOADS_VIEWED')).all()).toHaveLength(2)
    // Nobody «I jobb» is listed as lacking employer contact (issue 17).
    const inWorkIds = new Set(
      getDb()
        .select({ id: candidates.id })
        .from(candidates)
        .where(eq(candidates.ipsStep, 'I_JOBB'))
        .all()
        .map((r) => r.id),
    )
    for (const email of emails) {
      expect(caseloadFor(userByEmail(email), today).noEmployerContact.filter((p) => inWorkIds.has(p.candidateId))).toEqual([])
    }
    // No demo approval, approval version or calculation is dated after the app clock's today (issue 17).
    expect(
      getDb()
        .select()
        .from(agreementApprovals)
        .all()
        .filter((a) => a.at.slice(0, 10) > today),
    ).toEqual([])
    expect(
      getDb()
        .select()
        .from(agreementVersions)
        .all()
        .filter((v) => v.at.slice(0, 10) > today),
    ).toEqual([])
    expect(
      getDb()
        .select()
        .from(agreements)
        .all()
        .filter((a) => a.approvedAt && a.approvedAt.slice(0, 10) > today),
    ).toEqual([])
    expect(
      getDb()
        .select()
        .from(agreementSchemes)
        .all()
        .filter((c) => c.calculatedAt.slice(0, 10) > today),
    ).toEqual([])

    // Demo agreements exist in every status.
    const statuses = new Set(
      getDb()
        .select({ s: agreements.status })
        .from(agreements)
        .all()
        .map((r) => r.s),
    )
    expect([...statuses].sort()).toEqual([...AGREEMENT_STATUS_CODES].sort())
    // Demo calculations are real ones from the calculator.
    const schemes = getDb().select().from(agreementSchemes).all()
    expect(schemes.length).toBeGreaterThan(0)
    expect(schemes.every((s) => s.total > 0 && Array.isArray((s.calculation as { periods?: unknown[] }).periods))).toBe(true)
  }, 60_000)
})
