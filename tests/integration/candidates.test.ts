import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { auditLog, candidates, candidateStepHistory } from '@db/schema'
import {
  changeIpsStep,
  getCandidateDetails,
  listCaseload,
  registerCandidate,
  updateCv,
  type CaseloadUser,
} from '~/services/candidates.server'
import { messageOf } from '~/utils/result'
import { freshFnr, register, setupPeople, PERSON } from './profiles-fixtures'

const input = (navUnitId: number, fnr: string) => ({
  ...PERSON,
  fnr,
  innsatsgruppe: 'JOBBE_DELVIS' as const,
  referralDate: '2026-02-01',
  navUnitId,
})

/** The person's record, for a reader who may read it. */
function details(user: CaseloadUser, id: number) {
  const found = getCandidateDetails(user, id)
  if (!found.ok) throw new Error(messageOf(found))
  return found.value
}

describe('caseload: registering people', () => {
  it('registers a person with the birth date from the fødselsnummer and a HENVIST step in the history', () => {
    const { js, navUnitId } = setupPeople()
    const fnr = freshFnr('1988-06-30')
    const result = registerCandidate(js, input(navUnitId, `${fnr.slice(0, 6)} ${fnr.slice(6)}`))
    expect(result).toMatchObject({ ok: true, value: { overNorm: false, activeCount: 1 } })
    const row = getDb().select().from(candidates).get()!
    expect(row).toMatchObject({ fnr, birthDate: '1988-06-30', ipsStep: 'HENVIST', jobbspesialistUserId: js.id, navUnitId })
    expect(
      getDb()
        .select()
        .from(candidateStepHistory)
        .all()
        .map((h) => h.step),
    ).toEqual(['HENVIST'])
  })

  it('refuses an invalid fødselsnummer and stores nothing', () => {
    const { js, navUnitId } = setupPeople()
    const result = registerCandidate(js, input(navUnitId, '14039112345'))
    expect(result).toEqual({ ok: false, kind: 'validation', errors: { fnr: [expect.stringContaining('Ugyldig fødselsnummer')] } })
    expect(getDb().select().from(candidates).all()).toEqual([])
  })

  it('refuses a duplicate fødselsnummer with a clear message', () => {
    const { js, js2, navUnitId } = setupPeople()
    const fnr = freshFnr()
    expect(registerCandidate(js, input(navUnitId, fnr)).ok).toBe(true)
    const again = registerCandidate(js2, input(navUnitId, fnr))
    expect(again).toEqual({ ok: false, kind: 'validation', errors: { fnr: [expect.stringContaining('allerede registrert')] } })
    expect(getDb().select().from(candidates).all()).toHaveLength(1)
  })

  it('refuses unknown kommune, NAV unit and a referral date in the future', () => {
    const { js, navUnitId, employerId } = setupPeople()
    const result = registerCandidate(js, {
      ...input(navUnitId, freshFnr()),
      kommunenummer: '9999',
      navUnitId: employerId,
      referralDate: '2999-01-01',
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['kommunenummer', 'navUnitId', 'referralDate'])
  })

  it('warns (but registers) the 21st active person', () => {
    const { js, navUnitId } = setupPeople()
    for (let i = 0; i < 20; i++) register(js, navUnitId)
    const id = register(js, navUnitId)
    // one inactive person does not count
    changeIpsStep(js, id, 'AVSLUTTET')
    const next = registerCandidate(js, input(navUnitId, freshFnr('1975-01-01')))
    expect(next).toMatchObject({ ok: true, value: { overNorm: true, activeCount: 21 } })
    expect(listCaseload(js).rows).toHaveLength(22)
    expect(listCaseload(js, { step: 'AVSLUTTET' }).rows.map((r) => r.id)).toEqual([id])
  })
})

describe('caseload: who may read a person', () => {
  it('another jobbspesialist gets a 404 and nothing else', () => {
    const { js, js2, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    for (const attempt of [
      () => getCandidateDetails(js2, id),
      () => changeIpsStep(js2, id, 'JOBBSOK'),
      () => updateCv(js2, id, { summary: 'x' }),
    ]) {
      expect(attempt()).toMatchObject({ ok: false, kind: 'not_found' })
    }
    expect(listCaseload(js2).rows).toEqual([])
    expect(getDb().select().from(candidates).get()!.ipsStep).toBe('HENVIST')
  })

  it('an employer or partner user gets a 404', () => {
    const { js, employer, partner, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    expect(getCandidateDetails(employer, id)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(getCandidateDetails(partner, id)).toMatchObject({ ok: false, kind: 'not_found' })
  })

  it('the owner reads without an audit entry; an admin read is audit-logged', () => {
    const { js, admin, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    expect(details(js, id).candidate.firstName).toBe('Kari')
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, 'CANDIDATE_VIEWED')).all()).toEqual([])
    expect(details(admin, id).candidate.firstName).toBe('Kari')
    const entries = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'CANDIDATE_VIEWED'), eq(auditLog.candidateId, id)))
      .all()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ actorUserId: admin.id, actorRole: 'admin', subjectType: 'candidate', subjectId: String(id) })
    expect(JSON.stringify(entries[0].details ?? {})).not.toContain('Kari')
  })

  it('moving through the IPS steps records each step', () => {
    const { js, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    changeIpsStep(js, id, 'FORSTE_KONTAKT')
    changeIpsStep(js, id, 'JOBBSOK')
    changeIpsStep(js, id, 'JOBBSOK') // no change, no new row
    const steps = getDb()
      .select()
      .from(candidateStepHistory)
      .where(eq(candidateStepHistory.candidateId, id))
      .all()
      .map((h) => h.step)
    expect(steps).toEqual(['HENVIST', 'FORSTE_KONTAKT', 'JOBBSOK'])
    expect(details(js, id).candidate.ipsStep).toBe('JOBBSOK')
  })

  it('the CV is saved for the owner', () => {
    const { js, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    updateCv(js, id, { summary: 'Erfaren', certificates: ['Truckførerbevis'] })
    expect(details(js, id).candidate.cv).toEqual({ summary: 'Erfaren', certificates: ['Truckførerbevis'] })
  })
})
