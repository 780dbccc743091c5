import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import path from 'node:path'
import {
  AUDIT_ACTION_CODES,
  AUDIT_ACTIONS,
  AUDIT_SUBJECT_TYPES,
  auditActionLabel,
  auditSubjectLabel,
  isAuditAction,
  RENAMED_AUDIT_ACTIONS,
} from '~/domain/audit/actions'

describe('audit catalogue', () => {
  it('names every action in one scheme (SUBJECT_VERB in capitals) with a bokmål label', () => {
    for (const code of AUDIT_ACTION_CODES) {
      expect(code).toMatch(/^[A-Z]+(_[A-Z]+)+$/)
      expect(AUDIT_ACTIONS[code].trim().length).toBeGreaterThan(3)
    }
    expect(new Set(Object.values(AUDIT_ACTIONS)).size).toBe(AUDIT_ACTION_CODES.length)
  })

  it('shows the label, and the raw name for a name outside the catalogue', () => {
    expect(auditActionLabel('CONTACT_DETAILS_VIEWED')).toBe('Arbeidsgiver så kontaktinformasjonen')
    expect(auditActionLabel('vacancy.created')).toBe('Annen hendelse (vacancy.created)')
    expect(isAuditAction('toString')).toBe(false)
  })

  it('renames every old name to a catalogue action in migration 0004', () => {
    const sql = fs.readFileSync('db/migrations/0004_audit_action_names.sql', 'utf8')
    for (const [from, to] of Object.entries(RENAMED_AUDIT_ACTIONS)) {
      expect(isAuditAction(to)).toBe(true)
      expect(isAuditAction(from)).toBe(false)
      expect(sql).toContain(`SET \`action\` = '${to}' WHERE \`action\` = '${from}'`)
    }
  })

  it('has a bokmål label for every subject type the app writes (the admin log shows no raw codes)', () => {
    const sources = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name)
        return e.isDirectory() ? sources(full) : /\.tsx?$/.test(e.name) ? [full] : []
      })
    const written = new Set<string>()
    for (const file of [...sources('app'), ...sources('db')]) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/subjectType: '([a-z_]+)'/g)) written.add(match[1])
    }
    expect(written.size).toBeGreaterThan(5)
    for (const type of written) expect(Object.keys(AUDIT_SUBJECT_TYPES)).toContain(type)
    expect(auditSubjectLabel('contact_request')).toBe('Forespørsel om kontakt')
    expect(auditSubjectLabel('something_new')).toBe('something_new')
  })
})
