import { and, desc, eq, gte, like, lte, sql, type SQL } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { auditLog, organisations, users } from '@db/schema'

export type AuditSearch = {
  action?: string
  subjectType?: string
  subjectId?: string
  actorEmail?: string
  candidateId?: number
  from?: string
  to?: string
  page: number
}

export const AUDIT_PAGE_SIZE = 50

/** Admin's audit log search. Reading the log is itself not personal data: entries hold ids and codes. */
export function searchAuditLog(search: AuditSearch) {
  const db = getDb()
  const where: SQL[] = []
  if (search.action) where.push(eq(auditLog.action, search.action))
  if (search.subjectType) where.push(eq(auditLog.subjectType, search.subjectType))
  if (search.subjectId) where.push(eq(auditLog.subjectId, search.subjectId))
  if (search.candidateId) where.push(eq(auditLog.candidateId, search.candidateId))
  if (search.actorEmail) where.push(like(users.email, `%${search.actorEmail.toLowerCase()}%`))
  if (search.from) where.push(gte(auditLog.at, `${search.from}T00:00:00`))
  if (search.to) where.push(lte(auditLog.at, `${search.to}T23:59:59.999Z`))
  const condition = where.length ? and(...where) : undefined
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(condition)
      .get()?.n ?? 0
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      candidateId: auditLog.candidateId,
      actorRole: auditLog.actorRole,
      actorEmail: users.email,
      actorOrganisation: organisations.name,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(organisations, eq(organisations.id, auditLog.actorOrganisationId))
    .where(condition)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((search.page - 1) * AUDIT_PAGE_SIZE)
    .all()
  return { total, rows, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) }
}
