import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { auditLog } from '@db/schema'
import { audit } from '~/services/audit.server'
import { searchAuditLog } from '~/services/audit-log.server'
import { setClock } from '~/utils/clock.server'

describe('audit log', () => {
  it('is append-only: updates and deletes are refused by the database', () => {
    const db = getDb()
    audit(db, null, { action: 'PROFILE_VIEWED', subjectType: 'profile', subjectId: 7, candidateId: 3 })
    expect(() => db.$client.prepare("UPDATE audit_log SET action = 'X'").run()).toThrow(/append-only/)
    expect(() => db.$client.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
    expect(db.select().from(auditLog).all()).toHaveLength(1)
  })

  it('is written in the same transaction as the change: a rolled-back change leaves no entry', () => {
    const db = getDb()
    expect(() =>
      db.transaction((tx) => {
        audit(tx, null, { action: 'CONTACT_DETAILS_VIEWED', subjectType: 'contact_request', subjectId: 1 })
        throw new Error('rollback')
      }),
    ).toThrow('rollback')
    expect(db.select().from(auditLog).all()).toHaveLength(0)
  })

  it('is searchable by action, person and date', () => {
    const db = getDb()
    setClock(new Date('2026-03-01T10:00:00Z'))
    audit(
      db,
      { id: 1, role: 'admin', organisationId: null },
      { action: 'CANDIDATE_VIEWED', subjectType: 'candidate', subjectId: 5, candidateId: 5 },
    )
    setClock(new Date('2026-03-05T10:00:00Z'))
    audit(db, null, { action: 'PROFILE_VIEWED', subjectType: 'profile', subjectId: 9, candidateId: 5 })
    audit(db, null, { action: 'PROFILE_VIEWED', subjectType: 'profile', subjectId: 10, candidateId: 6 })
    expect(searchAuditLog({ page: 1 }).total).toBe(3)
    expect(searchAuditLog({ action: 'PROFILE_VIEWED', page: 1 }).total).toBe(2)
    expect(searchAuditLog({ candidateId: 5, page: 1 }).rows.map((r) => r.action)).toEqual(['PROFILE_VIEWED', 'CANDIDATE_VIEWED'])
    expect(searchAuditLog({ from: '2026-03-02', page: 1 }).total).toBe(2)
    expect(searchAuditLog({ to: '2026-03-01', page: 1 }).total).toBe(1)
  })
})
