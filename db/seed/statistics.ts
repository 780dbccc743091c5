/**
 * Demo data for the partner dashboard (issue 7): a state employer with its own
 * demo user (statlig@demo.no) and yearly reports of total new hires from the
 * state employers, so the 5 % goal has a denominator.
 */
import { eq } from 'drizzle-orm'
import { organisations, stateHireReports, users } from '../schema'
import type { SeedContext } from './demo.server'
import { generateOrgnr } from './generators'
import { todayIso } from '~/utils/clock.server'

export const STATE_DEMO_EMAIL = 'statlig@demo.no'

export function seedStatistics(ctx: SeedContext): void {
  const { db, random } = ctx
  const used = new Set(
    db
      .select({ orgnr: organisations.orgnr })
      .from(organisations)
      .all()
      .map((o) => o.orgnr ?? ''),
  )
  const orgId = db
    .insert(organisations)
    .values({
      kind: 'EMPLOYER',
      name: 'Direktoratet for demonstrasjon',
      orgnr: generateOrgnr(random, used),
      kommunenummer: '0301',
      sector: 'STATLIG',
      naceSection: 'O',
    })
    .returning({ id: organisations.id })
    .get().id
  ctx.employerIds.push(orgId)
  const userId = db
    .insert(users)
    .values({
      email: STATE_DEMO_EMAIL,
      name: 'Siri Statlig',
      role: 'arbeidsgiver',
      organisationId: orgId,
      passwordHash: ctx.passwordHash,
      emailVerifiedAt: '2026-01-01T00:00:00.000Z',
    })
    .returning({ id: users.id })
    .get().id
  ctx.usersByEmail.set(STATE_DEMO_EMAIL, userId)
  // Last year's totals from every state employer except the demo one (it reports in the demo).
  const lastYear = Number(todayIso().slice(0, 4)) - 1
  const stateOrgs = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.sector, 'STATLIG')).all()
  for (const org of stateOrgs) {
    if (org.id === orgId) continue
    db.insert(stateHireReports)
      .values({
        organisationId: org.id,
        year: lastYear,
        totalHires: random.int(20, 400),
        reportedAt: `${lastYear + 1}-01-15T09:00:00.000Z`,
      })
      .onConflictDoNothing()
      .run()
  }
}
