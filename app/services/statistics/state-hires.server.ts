/**
 * State employers' yearly report of their total new hires: the denominator
 * of the inclusion goal in the dashboard's state-goal table.
 */
import { eq } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { organisations, stateHireReports } from '@db/schema'
import { actorOf, audit } from '~/services/audit.server'
import type { SessionUser } from '~/services/auth.server'
import { nowIso } from '~/utils/clock.server'
import { forbiddenResult, ok, type Result } from '~/utils/result'

export type StateHireReport = { year: number; totalHires: number; reportedAt: string }

export function listStateHireReports(organisationId: number): StateHireReport[] {
  return getDb()
    .select({ year: stateHireReports.year, totalHires: stateHireReports.totalHires, reportedAt: stateHireReports.reportedAt })
    .from(stateHireReports)
    .where(eq(stateHireReports.organisationId, organisationId))
    .orderBy(stateHireReports.year)
    .all()
    .reverse()
}

/** Whether the organisation is a state employer (sector STATLIG) — only those report. */
export function isStateEmployer(organisationId: number): boolean {
  const org = getDb()
    .select({ sector: organisations.sector, kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get()
  return org?.kind === 'EMPLOYER' && org.sector === 'STATLIG'
}

type Employer = SessionUser & { organisationId: number }

/** The employer user if their organisation is a state employer; anyone else is `forbidden` (the page is no secret). */
export function requireStateEmployer<User extends Employer>(user: User): Result<User> {
  return isStateEmployer(user.organisationId) ? ok(user) : forbiddenResult('Bare statlige arbeidsgivere rapporterer nyansettelser.')
}

/** Saves (or replaces) the year's total; audited. */
export function reportStateHires(actor: Employer, year: number, totalHires: number): Result<undefined> {
  const employer = requireStateEmployer(actor)
  if (!employer.ok) return employer
  const at = nowIso()
  getDb().transaction((tx) => {
    tx.insert(stateHireReports)
      .values({ organisationId: actor.organisationId, year, totalHires, reportedByUserId: actor.id, reportedAt: at })
      .onConflictDoUpdate({
        target: [stateHireReports.organisationId, stateHireReports.year],
        set: { totalHires, reportedByUserId: actor.id, reportedAt: at },
      })
      .run()
    audit(tx, actorOf(actor), {
      action: 'STATE_HIRES_REPORTED',
      subjectType: 'organisation',
      subjectId: actor.organisationId,
      details: { year, totalHires },
    })
  })
  return ok()
}
