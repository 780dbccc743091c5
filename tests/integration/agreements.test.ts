import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { closeDb, getDb } from '@db/client.server'
import { agreementApprovals, agreementReminders, agreements, agreementVersions, auditLog, emailOutbox } from '@db/schema'
import { AttachSchemeSchema, CancelAgreementSchema, followUpSchema, type FollowUpInput } from '~/domain/agreements/inputs'
import {
  approveAsEmployer,
  approveAsJobbspesialist,
  approveWithToken,
  getAgreementForToken,
  recordPersonApproval,
  sendPersonApprovalLink,
} from '~/services/agreements/approvals.server'
import { attachScheme, cancelAgreement, createAgreement, updateAgreement } from '~/services/agreements/commands.server'
import { logFollowUp } from '~/services/agreements/follow-up.server'
import { runAgreementJobs } from '~/services/agreements/jobs.server'
import { getAgreementForApi, getAgreementForEmployer, getAgreementForJobbspesialist } from '~/services/agreements/queries.server'
import type { SessionUser } from '~/services/auth.server'
import { messageOf, type Result } from '~/utils/result'
import { setClock } from '~/utils/clock.server'
import { withSmtpServer } from '../setup/smtp'
import { agreementWorld, COMPLETE } from './agreements-fixtures'

const at = (date: string) => setClock(new Date(`${date}T09:00:00Z`))
const statusOf = (id: number) => getDb().select().from(agreements).where(eq(agreements.id, id)).get()!
/** The value of a use-case that must succeed here. */
function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(messageOf(result))
  return result.value
}
const jobbspesialistView = (user: SessionUser, id: number) => valueOf(getAgreementForJobbspesialist(user, id))
/** A follow-up contact as the form sends it, parsed by the form's schema on the app's today. */
const followUp = (today: string, form: Record<string, unknown>) => followUpSchema({ today }).safeParse(form)
const scheme = (version: number, form: Record<string, unknown>) => AttachSchemeSchema.parse({ version, ...form })
const tokenFromOutbox = () => {
  const mail = getDb()
    .select()
    .from(emailOutbox)
    .all()
    .filter((m) => m.template === 'agreement-approval-link')
    .pop()!
  return mail.textBody.match(/\/avtale-godkjenning\/(\S+)/)![1]
}

/** A created, complete agreement awaiting approval. */
function readyForApproval(w: ReturnType<typeof agreementWorld>) {
  const { id } = valueOf(createAgreement(w.js, { candidateId: w.person.id, organisationId: w.employer.id, sharingConsentConfirmed: true }))
  valueOf(updateAgreement(w.js, id, 1, COMPLETE))
  return id
}

function approveAll(w: ReturnType<typeof agreementWorld>, id: number) {
  expect(approveAsEmployer(w.ag, id, statusOf(id).version).ok).toBe(true)
  expect(recordPersonApproval(w.js, id, statusOf(id).version, 'MUNTLIG').ok).toBe(true)
  const last = approveAsJobbspesialist(w.js, id, statusOf(id).version)
  expect(last.ok).toBe(true)
  return last
}

describe('agreement workflow through the service', () => {
  it('PABEGYNT → MANGLER_GODKJENNING → KLAR_FOR_OPPSTART → GJENNOMFORES → AVSLUTTET', () => {
    at('2026-11-22')
    const w = agreementWorld()
    const created = valueOf(
      createAgreement(w.js, { candidateId: w.person.id, organisationId: w.employer.id, sharingConsentConfirmed: true }),
    )
    expect(statusOf(created.id).status).toBe('PABEGYNT')
    // An incomplete save stays a draft, and cannot be approved.
    expect(updateAgreement(w.js, created.id, 1, { ...COMPLETE, goals: '' })).toMatchObject({ ok: true, value: { status: 'PABEGYNT' } })
    expect(approveAsEmployer(w.ag, created.id, 2)).toMatchObject({
      ok: false,
      kind: 'conflict',
      errors: { '': [expect.stringMatching(/påkrevde feltene/)] },
    })
    expect(updateAgreement(w.js, created.id, 2, COMPLETE)).toMatchObject({ ok: true, value: { status: 'MANGLER_GODKJENNING' } })
    // Jobbspesialist last.
    expect(approveAsJobbspesialist(w.js, created.id, 3)).toMatchObject({
      ok: false,
      kind: 'conflict',
      errors: { '': [expect.stringMatching(/sist/)] },
    })
    expect(approveAll(w, created.id)).toMatchObject({ ok: true, value: { status: 'KLAR_FOR_OPPSTART' } })
    runAgreementJobs('2026-11-30')
    expect(statusOf(created.id).status).toBe('KLAR_FOR_OPPSTART')
    runAgreementJobs('2026-12-01')
    expect(statusOf(created.id).status).toBe('GJENNOMFORES')
    runAgreementJobs('2027-05-31')
    expect(statusOf(created.id).status).toBe('GJENNOMFORES')
    runAgreementJobs('2027-06-01')
    expect(statusOf(created.id)).toMatchObject({ status: 'AVSLUTTET' })
    // Closed: no edits, no cancel.
    const v = statusOf(created.id).version
    expect(updateAgreement(w.js, created.id, v, { ...COMPLETE, goals: 'Nytt' }).ok).toBe(false)
    expect(cancelAgreement(w.js, created.id, 'For sent nå').ok).toBe(false)
  })

  it('the last approval after the start date goes straight on to GJENNOMFORES', () => {
    at('2026-12-03')
    const w = agreementWorld()
    const id = readyForApproval(w)
    expect(approveAll(w, id)).toMatchObject({ ok: true, value: { status: 'GJENNOMFORES' } })
    const kinds = getDb()
      .select()
      .from(agreementVersions)
      .where(eq(agreementVersions.agreementId, id))
      .all()
      .map((v) => v.changeKind)
    expect(kinds.slice(-2)).toEqual(['GODKJENT', 'STATUS_ENDRET'])
  })

  it('ANNULLERT from every open status needs a reason', () => {
    at('2026-11-22')
    const w = agreementWorld()
    const draft = valueOf(createAgreement(w.js, { candidateId: w.person.id, organisationId: w.employer.id, sharingConsentConfirmed: true }))
    // The reason is checked by the form's schema before the service is asked.
    expect(CancelAgreementSchema.safeParse({ reason: '  ' }).error?.issues).toMatchObject([{ path: ['reason'] }])
    expect(cancelAgreement(w.js, draft.id, 'Personen takket nei til jobben')).toEqual({ ok: true, value: undefined })
    expect(statusOf(draft.id)).toMatchObject({ status: 'ANNULLERT', cancellationReason: 'Personen takket nei til jobben' })
    expect(cancelAgreement(w.js, draft.id, 'Igjen, to ganger').ok).toBe(false)

    const waiting = readyForApproval(w)
    expect(cancelAgreement(w.js, waiting, 'Arbeidsgiveren trakk tilbudet').ok).toBe(true)

    const ready = readyForApproval(w)
    approveAll(w, ready)
    expect(statusOf(ready).status).toBe('KLAR_FOR_OPPSTART')
    expect(cancelAgreement(w.js, ready, 'Oppstarten ble avlyst').ok).toBe(true)

    const running = readyForApproval(w)
    approveAll(w, running)
    runAgreementJobs('2026-12-01')
    expect(statusOf(running).status).toBe('GJENNOMFORES')
    expect(cancelAgreement(w.js, running, 'Arbeidsforholdet ble avsluttet')).toEqual({ ok: true, value: undefined })
    expect(statusOf(running).status).toBe('ANNULLERT')
    // Another jobbspesialist cannot cancel someone else's agreement.
    const mine = readyForApproval(w)
    expect(cancelAgreement(w.js2, mine, 'Ikke min avtale')).toMatchObject({
      ok: false,
      kind: 'not_found',
      errors: { '': ['Fant ikke avtalen.'] },
    })
  })
})

describe('changes after approval', () => {
  it('withdraw every approval, go back to MANGLER_GODKJENNING and keep the earlier version with the kind of change', () => {
    at('2026-11-22')
    const w = agreementWorld()
    const id = readyForApproval(w)
    approveAll(w, id)
    expect(statusOf(id).status).toBe('KLAR_FOR_OPPSTART')
    const before = statusOf(id)
    const result = updateAgreement(w.js, id, before.version, { ...COMPLETE, monthlyPay: 34000 })
    expect(result).toMatchObject({ ok: true, value: { approvalsWithdrawn: true, status: 'MANGLER_GODKJENNING' } })
    const approvals = getDb().select().from(agreementApprovals).where(eq(agreementApprovals.agreementId, id)).all()
    expect(approvals).toHaveLength(3)
    expect(approvals.every((a) => a.withdrawnAt !== null)).toBe(true)
    const versions = getDb().select().from(agreementVersions).where(eq(agreementVersions.agreementId, id)).all()
    const last = versions[versions.length - 1]
    expect(last).toMatchObject({ changeKind: 'ENDRET', changedSections: ['STILLING'], approvalsWithdrawn: true })
    // The earlier, approved version is still there with the old pay and its approvals.
    const approved = versions.find((v) => v.version === before.version)!
    expect(approved.snapshot).toMatchObject({ status: 'KLAR_FOR_OPPSTART', monthlyPay: 32000 })
    expect((approved.snapshot.approvals as unknown[]).length).toBe(3)
    // Everyone must approve again.
    expect(jobbspesialistView(w.js, id).awaiting).toEqual(['EMPLOYER', 'PERSON', 'JOBBSPESIALIST'])
  })

  it('a change voids the person’s unused approval link', () => {
    at('2026-11-22')
    const w = agreementWorld()
    const id = readyForApproval(w)
    expect(sendPersonApprovalLink(w.js, id)).toEqual({ ok: true, value: undefined })
    const token = tokenFromOutbox()
    expect(getAgreementForToken(token).ok).toBe(true)
    approveAsEmployer(w.ag, id, statusOf(id).version)
    updateAgreement(w.js, id, statusOf(id).version, { ...COMPLETE, goals: 'Endret mål' })
    expect(getAgreementForToken(token)).toMatchObject({
      ok: false,
      kind: 'conflict',
      errors: { '': [expect.stringMatching(/utløpt eller avtalen er endret/)] },
    })
  })
})

describe('two people editing at once', () => {
  it('the second gets a clear message, nothing is overwritten, and saving again works', () => {
    at('2026-11-22')
    const w = agreementWorld()
    const id = readyForApproval(w)
    const version = statusOf(id).version
    // Both opened the same version; the first saves.
    expect(updateAgreement(w.js, id, version, { ...COMPLETE, goals: 'Første redaktør' }).ok).toBe(true)
    const second = updateAgreement(w.js, id, version, { ...COMPLETE, goals: 'Andre redaktør' })
    expect(second).toMatchObject({ ok: false, kind: 'conflict' })
    if (!second.ok) expect(messageOf(second)).toMatch(/Noen andre har lagret endringer/)
    expect(statusOf(id).version).toBe(version + 1)
    expect(jobbspesialistView(w.js, id).content.goals).toBe('Første redaktør')
    // With the current version the second editor's input is saved.
    expect(updateAgreement(w.js, id, version + 1, { ...COMPLETE, goals: 'Andre redaktør' }).ok).toBe(true)
    expect(jobbspesialistView(w.js, id).content.goals).toBe('Andre redaktør')
  })

  it('an employer approving a version that has changed is told to read it again', () => {
    at('2026-11-22')
    const w = agreementWorld()
    const id = readyForApproval(w)
    const seen = statusOf(id).version
    updateAgreement(w.js, id, seen, { ...COMPLETE, goals: 'Nytt mål' })
    expect(approveAsEmployer(w.ag, id, seen)).toMatchObject({ ok: false, kind: 'conflict' })
  })
})

describe('person approval through the e-mailed link', () => {
  it('is single-use, shows only this agreement and records DIGITAL_LENKE', async () => {
    at('2026-11-22')
    const w = agreementWorld()
    const id = readyForApproval(w)
    await withSmtpServer(async (smtp) => {
      expect(sendPersonApprovalLink(w.js, id)).toEqual({ ok: true, value: undefined })
      await smtp.deliver()
      const mail = smtp.inbox().find((m) => m.toAddress.includes('ola@example.no'))!
      expect(mail.subject).toBe('Oppfølgingsavtalen din venter på godkjenningen din')
      // No personal data in the mail beyond the link.
      expect(mail.textBody).not.toMatch(/Nordmann/)
      const token = mail.textBody.match(/\/avtale-godkjenning\/(\S+)/)![1]
      const view = valueOf(getAgreementForToken(token))
      expect(Object.keys(view)).not.toContain('personName')
      expect(view.organisationName).toBe('Fjord Bygg AS')
      expect(approveWithToken(token, view.version)).toMatchObject({ ok: true, value: { status: 'MANGLER_GODKJENNING' } })
      expect(approveWithToken(token, view.version + 1)).toMatchObject({
        ok: false,
        kind: 'conflict',
        errors: { '': [expect.stringMatching(/allerede brukt/)] },
      })
      const approval = getDb().select().from(agreementApprovals).where(eq(agreementApprovals.agreementId, id)).get()!
      expect(approval).toMatchObject({ party: 'PERSON', method: 'DIGITAL_LENKE', byUserId: null })
    })
  })
})

describe('privacy and access', () => {
  it('the employer sees only their own agreements, each view audited; the API serves parties only', () => {
    at('2026-11-22')
    const w = agreementWorld()
    const id = readyForApproval(w)
    expect(getAgreementForEmployer(w.ag2, id)).toMatchObject({ ok: false, kind: 'not_found' })
    const view = valueOf(getAgreementForEmployer(w.ag, id))
    expect(view.personName).toMatch(/^Ola Nordmann/)
    expect(view).not.toHaveProperty('candidateId')
    const entries = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'AGREEMENT_VIEWED'), eq(auditLog.subjectId, String(id))))
      .all()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ actorUserId: w.ag.id, candidateId: w.person.id })
    expect(getAgreementForApi(w.ag2, id)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(getAgreementForApi(w.js2, id)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(getAgreementForApi(w.ag, id)).toMatchObject({
      ok: true,
      value: { id, status: 'MANGLER_GODKJENNING', employer: { name: 'Fjord Bygg AS' } },
    })
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, 'AGREEMENT_API_READ')).all()).toHaveLength(1)
  })

  it('a direct agreement needs the person’s consent to share with the employer', () => {
    at('2026-11-22')
    const w = agreementWorld()
    const r = createAgreement(w.js, { candidateId: w.person.id, organisationId: w.employer.id })
    expect(r).toMatchObject({ ok: false, kind: 'validation', errors: { sharingConsent: [expect.any(String)] } })
    const other = createAgreement(w.js2, { candidateId: w.person.id, organisationId: w.employer.id, sharingConsentConfirmed: true })
    expect(other).toMatchObject({ ok: false, kind: 'validation', errors: { candidateId: [expect.any(String)] } })
  })
})

describe('schemes with a saved calculation', () => {
  it('attaches a midlertidig lønnstilskudd calculated from the agreement', () => {
    at('2026-11-22')
    const w = agreementWorld()
    const id = readyForApproval(w)
    const r = attachScheme(w.js, id, scheme(statusOf(id).version, { scheme: 'MIDLERTIDIG_LONNSTILSKUDD' }))
    expect(r.ok).toBe(true)
    const d = jobbspesialistView(w.js, id)
    expect(d.schemes).toHaveLength(1)
    expect(d.schemes[0].scheme).toBe('MIDLERTIDIG_LONNSTILSKUDD')
    expect(d.schemes[0].total).toBeGreaterThan(0)
    expect(d.schemes[0].result.periods[0].percent).toBe(60)
    expect(d.versions[0]).toMatchObject({ changeKind: 'ORDNING_LAGT_TIL', changedSections: ['ORDNINGER'] })
  })

  it('gives the calculator’s field errors in bokmål and saves nothing', () => {
    at('2026-11-22')
    const w = agreementWorld()
    const id = readyForApproval(w)
    const r = attachScheme(w.js, id, scheme(statusOf(id).version, { scheme: 'MIDLERTIDIG_LONNSTILSKUDD', endDate: '2030-01-01' }))
    expect(r).toMatchObject({ ok: false, kind: 'validation' })
    if (!r.ok) expect(messageOf(r)).toMatch(/24 måneder/)
    expect(jobbspesialistView(w.js, id).schemes).toHaveLength(0)
  })
})

describe('follow-up log and reminders', () => {
  it('warns about health details before saving a note', () => {
    at('2026-12-08')
    const w = agreementWorld()
    const id = readyForApproval(w)
    const input = { kind: 'MOTE', withWhom: 'BEGGE', date: '2026-12-08', note: 'Snakket om depresjon og medisiner' }
    const warned = followUp('2026-12-08', input)
    expect(warned.error?.issues).toMatchObject([{ path: ['note'], message: expect.stringMatching(/helseopplysninger/) }])
    expect(jobbspesialistView(w.js, id).contacts).toHaveLength(0)
    const confirmed = followUp('2026-12-08', { ...input, confirmHealth: true })
    expect(confirmed.success && logFollowUp(w.js, id, confirmed.data).ok).toBe(true)
    expect(followUp('2026-12-08', { ...input, date: '2026-12-20', note: 'ok' }).error?.issues).toMatchObject([{ path: ['date'] }])
  })

  it('sends each reminder once, also across a restart, and through real SMTP', async () => {
    at('2026-11-22')
    const w = agreementWorld()
    const id = readyForApproval(w)
    approveAll(w, id)
    at('2026-12-01')
    expect(runAgreementJobs()).toMatchObject({ moved: 1 })
    const visit: FollowUpInput = {
      kind: 'BESOK',
      withWhom: 'BEGGE',
      date: '2026-12-01',
      note: 'Første dag gikk fint',
      nextDate: '2026-12-08',
      confirmHealth: false,
    }
    expect(logFollowUp(w.js, id, visit).ok).toBe(true)
    at('2026-12-07')
    await withSmtpServer(async (smtp) => {
      const first = runAgreementJobs()
      expect(first.reminders).toBeGreaterThan(0)
      // A second run the same day and a run after a "restart" (a fresh connection) send nothing new.
      expect(runAgreementJobs()).toEqual({ moved: 0, reminders: 0 })
      closeDb()
      expect(runAgreementJobs()).toEqual({ moved: 0, reminders: 0 })
      await smtp.deliver()
      const tomorrow = smtp.inbox().filter((m) => m.subject.startsWith('Påminnelse: oppfølging i morgen'))
      expect(tomorrow).toHaveLength(1)
      expect(tomorrow[0].toAddress).toContain('js@nav.no')
      expect(tomorrow[0].textBody).toContain('08.12.2026')
      expect(tomorrow[0].textBody).not.toMatch(/Nordmann/)
      // Overdue when the day passes without a logged contact — once.
      expect(runAgreementJobs('2026-12-09').reminders).toBe(1)
      expect(runAgreementJobs('2026-12-10').reminders).toBe(0)
      await smtp.deliver()
      expect(smtp.inbox().filter((m) => m.subject.startsWith('Oppfølging er forfalt'))).toHaveLength(1)
      const started = smtp.inbox().filter((m) => m.subject.endsWith('er startet'))
      expect(started.map((m) => m.toAddress).join(' ')).toMatch(/ag@fjord\.no/)
      expect(started.map((m) => m.toAddress).join(' ')).toMatch(/js@nav\.no/)
    })
    const kinds = getDb()
      .select()
      .from(agreementReminders)
      .all()
      .map((r) => r.kind)
      .sort()
    expect(kinds).toEqual(['FOLLOW_UP_OVERDUE', 'FOLLOW_UP_TOMORROW', 'STARTED'])
  })

  it('notices an agreement awaiting the employer once per version', () => {
    at('2026-11-22')
    const w = agreementWorld()
    const id = readyForApproval(w)
    expect(runAgreementJobs().reminders).toBe(1)
    expect(runAgreementJobs().reminders).toBe(0)
    const mails = getDb()
      .select()
      .from(emailOutbox)
      .all()
      .filter((m) => m.template === 'agreement-awaiting-approval')
    expect(mails.map((m) => m.toAddress)).toEqual(['ag@fjord.no'])
    // A new version awaits a new approval: a new notice.
    updateAgreement(w.js, id, statusOf(id).version, { ...COMPLETE, goals: 'Endret' })
    expect(runAgreementJobs().reminders).toBe(1)
  })

  it('notices an agreement ending within 30 days once', () => {
    at('2026-11-22')
    const w = agreementWorld()
    const id = readyForApproval(w)
    approveAll(w, id)
    runAgreementJobs('2026-12-01')
    expect(runAgreementJobs('2027-04-30').reminders).toBe(0)
    expect(runAgreementJobs('2027-05-01').reminders).toBe(1)
    expect(runAgreementJobs('2027-05-02').reminders).toBe(0)
    expect(
      getDb()
        .select()
        .from(emailOutbox)
        .all()
        .filter((m) => m.template === 'agreement-ending'),
    ).toHaveLength(2)
  })
})
