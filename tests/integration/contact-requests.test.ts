import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, candidates, candidateTokens, consents, contactRequests, emailOutbox } from '@db/schema'
import {
  askCandidateSchema,
  CONSENT_LINK_MESSAGES,
  ContactRequestSchema,
  endOfOsloDay,
  MarkCandidateSchema,
  RecordAnswerSchema,
} from '~/domain/contact-requests'
import { sha256 } from '~/services/auth.server'
import { answerConsentLink, askCandidate, getConsentLink, recordAnswer } from '~/services/contact-requests/consent.server'
import { expireOverdueRequests, expireSharing } from '~/services/contact-requests/jobs.server'
import {
  getRequestForEmployer,
  getRequestForJobbspesialist,
  listHiresAwaitingAgreement,
  listRequestsForEmployer,
  listRequestsForJobbspesialist,
} from '~/services/contact-requests/queries.server'
import { createContactRequest, markCandidate, withdrawRequest } from '~/services/contact-requests/requests.server'
import { getPersonHistory } from '~/services/person-history.server'
import { setClock, todayIso } from '~/utils/clock.server'
import { fail, parseInput } from '~/utils/result'
import { withSmtpServer } from '../setup/smtp'
import { askInput, contactWorld, PERSONAL_DATA, tokenFromOutbox } from './contact-fixtures'
import { valueOf } from './profiles-fixtures'

const START = new Date('2026-11-22T09:00:00.000Z')

function counts(w: ReturnType<typeof contactWorld>) {
  return {
    requests: w.db.select().from(contactRequests).all().length,
    outbox: w.db.select().from(emailOutbox).all().length,
    audit: w.db.select().from(auditLog).all().length,
    consents: w.db.select().from(consents).all().length,
    tokens: w.db.select().from(candidateTokens).all().length,
  }
}

function auditRows(w: ReturnType<typeof contactWorld>, action: string) {
  return w.db.select().from(auditLog).where(eq(auditLog.action, action)).all()
}

function expectNoPersonalData(value: unknown) {
  const text = JSON.stringify(value)
  for (const item of PERSONAL_DATA) expect(text, `leaked «${item}»`).not.toContain(item)
}

/** SENDT → SPURT_KANDIDAT with a link; returns the request id and the raw token. */
function requestAndAsk(w: ReturnType<typeof contactWorld>, deadlineOption = '3') {
  const created = createContactRequest(w.ag, { code: w.profile.code, vacancyId: w.vacancy.id, message: 'Vi trenger en kokk.' })
  if (!created.ok) throw new Error('create failed')
  const asked = askCandidate(w.js, created.value.id, askInput({ deadlineOption, cvParts: ['SUMMARY', 'EXPERIENCE'], sendLink: true }))
  if (!asked.ok) throw new Error('ask failed')
  return { id: created.value.id, token: tokenFromOutbox(w.person.email!), deadline: asked.value.deadline }
}

describe('asking for contact', () => {
  it('creates a SENDT request, audits it and e-mails the owning jobbspesialist with employer and profile code only', () => {
    setClock(START)
    const w = contactWorld()
    const result = createContactRequest(w.ag, { code: 'K7Q2XP', vacancyId: w.vacancy.id, message: 'Vi trenger en kokk.' })
    expect(result).toEqual({ ok: true, value: { id: expect.any(Number) } })
    if (!result.ok) return
    const row = w.db.select().from(contactRequests).where(eq(contactRequests.id, result.value.id)).get()!
    expect(row).toMatchObject({ status: 'SENDT', organisationId: w.employer.id, vacancyId: w.vacancy.id, requestedByUserId: w.ag.id })
    expect(auditRows(w, 'CONTACT_REQUESTED')).toEqual([
      expect.objectContaining({ candidateId: w.person.id, actorOrganisationId: w.employer.id, subjectId: String(result.value.id) }),
    ])
    const mails = w.db.select().from(emailOutbox).all()
    expect(mails).toHaveLength(1)
    expect(mails[0].toAddress).toBe('js@nav.no')
    expect(mails[0].textBody).toContain('Fjordkokken Restaurant AS')
    expect(mails[0].textBody).toContain('K7Q2XP')
    expect(mails[0].textBody).toContain(`/jobbspesialist/foresporsler/${result.value.id}`)
    expectNoPersonalData(mails[0])
    expect(listRequestsForJobbspesialist(w.js.id).map((r) => r.id)).toEqual([result.value.id])
    expect(listRequestsForJobbspesialist(w.js2.id)).toEqual([])
  })

  it('refuses a request for an unpublished or unknown profile, and nothing changes', () => {
    const w = contactWorld()
    const before = counts(w)
    for (const code of ['DRAFT9', 'FINNES', '']) {
      const result = createContactRequest(w.ag, { code, message: 'Hei' })
      expect(result).toMatchObject({ ok: false, kind: 'conflict', errors: { code: [expect.stringContaining('ikke publisert')] } })
    }
    expect(counts(w)).toEqual(before)
  })

  it('refuses another organisation’s vacancy, an empty message and a second open request — nothing changes', () => {
    const w = contactWorld()
    const before = counts(w)
    expect(createContactRequest(w.ag, { code: 'K7Q2XP', vacancyId: w.otherVacancy.id, message: 'Hei' })).toMatchObject({
      ok: false,
      errors: { vacancyId: expect.any(Array) },
    })
    expect(parseInput(ContactRequestSchema, { message: '   ' })).toMatchObject({
      ok: false,
      errors: { message: expect.any(Array) },
    })
    expect(counts(w)).toEqual(before)
    const first = createContactRequest(w.ag, { code: 'K7Q2XP', message: 'Hei' })
    expect(first.ok).toBe(true)
    const afterFirst = counts(w)
    expect(createContactRequest(w.ag, { code: 'K7Q2XP', message: 'Igjen' })).toMatchObject({ ok: false, kind: 'conflict' })
    expect(counts(w)).toEqual(afterFirst)
    // Another employer may ask about the same profile.
    expect(createContactRequest(w.ag2, { code: 'K7Q2XP', message: 'Hei' }).ok).toBe(true)
    // After withdrawing, the same employer may ask again.
    if (first.ok) expect(withdrawRequest(w.ag, first.value.id).ok).toBe(true)
    expect(createContactRequest(w.ag, { code: 'K7Q2XP', message: 'Ny runde' }).ok).toBe(true)
  })

  it('shows the employer no personal data before consent', () => {
    const w = contactWorld()
    const { id } = requestAndAsk(w)
    expectNoPersonalData(getRequestForEmployer(w.ag, id))
    expectNoPersonalData(listRequestsForEmployer(w.employer.id))
    expect(valueOf(getRequestForEmployer(w.ag, id)).person).toBeNull()
    expect(auditRows(w, 'CONTACT_DETAILS_VIEWED')).toHaveLength(0)
  })
})

describe('asking the person', () => {
  it('only the owning jobbspesialist may ask; a bad deadline changes nothing', () => {
    setClock(START)
    const w = contactWorld()
    const created = createContactRequest(w.ag, { code: 'K7Q2XP', message: 'Hei' })
    if (!created.ok) throw new Error()
    const before = counts(w)
    expect(askCandidate(w.js2, created.value.id, askInput({ deadlineOption: '3', cvParts: [], sendLink: true }))).toMatchObject({
      ok: false,
      kind: 'not_found',
    })
    expect(
      parseInput(askCandidateSchema({ today: todayIso() }), {
        deadlineOption: 'DATO',
        deadlineDate: '01.01.2027',
        cvParts: [],
        sendLink: true,
      }),
    ).toMatchObject({
      ok: false,
      errors: { deadlineDate: ['Svarfristen kan være høyst én måned fram i tid.'] },
    })
    expect(
      parseInput(askCandidateSchema({ today: todayIso() }), { deadlineOption: '3', cvParts: ['DIAGNOSE'], sendLink: true }),
    ).toMatchObject({
      ok: false,
      errors: { cvParts: expect.any(Array) },
    })
    expect(counts(w)).toEqual(before)
    expect(getRequestForJobbspesialist(w.js2.id, created.value.id)).toMatchObject({ ok: false, kind: 'not_found' })
  })

  it('stores only the hash of the single-use link, expiring at the end of the deadline day, and mails the person', () => {
    setClock(START)
    const w = contactWorld()
    const { id, token, deadline } = requestAndAsk(w, '7')
    expect(deadline).toBe('2026-11-29')
    const row = w.db.select().from(contactRequests).where(eq(contactRequests.id, id)).get()!
    expect(row).toMatchObject({ status: 'SPURT_KANDIDAT', replyDeadline: '2026-11-29', sharedCvParts: ['SUMMARY', 'EXPERIENCE'] })
    const tokens = w.db.select().from(candidateTokens).all()
    expect(tokens).toEqual([
      expect.objectContaining({
        purpose: 'CONTACT_CONSENT',
        tokenHash: sha256(token),
        subjectId: id,
        expiresAt: endOfOsloDay('2026-11-29'),
      }),
    ])
    expect(JSON.stringify(tokens)).not.toContain(token)
    // The same request cannot be asked twice.
    expect(askCandidate(w.js, id, askInput({ deadlineOption: '2', cvParts: [], sendLink: true }))).toMatchObject({
      ok: false,
      kind: 'conflict',
    })
  })

  it('refuses to send a link to a person without an e-mail address', () => {
    const w = contactWorld()
    w.db.update(candidates).set({ email: null }).where(eq(candidates.id, w.person.id)).run()
    const created = createContactRequest(w.ag, { code: 'K7Q2XP', message: 'Hei' })
    if (!created.ok) throw new Error()
    expect(askCandidate(w.js, created.value.id, askInput({ deadlineOption: '3', cvParts: [], sendLink: true }))).toMatchObject({
      ok: false,
      errors: { sendLink: expect.any(Array) },
    })
    expect(askCandidate(w.js, created.value.id, askInput({ deadlineOption: '3', cvParts: [], sendLink: false })).ok).toBe(true)
  })
})

describe('the consent link', () => {
  it('shows only what the person consents to, and a yes shares with that one employer for 6 months', () => {
    setClock(START)
    const w = contactWorld()
    const { id, token } = requestAndAsk(w)
    const link = getConsentLink(token)
    expect(link).toEqual({
      ok: true,
      value: {
        organisationName: 'Fjordkokken Restaurant AS',
        organisationKommune: 'Oslo',
        vacancyTitle: 'Kokk i restaurant',
        message: 'Vi trenger en kokk.',
        cvParts: [
          { code: 'SUMMARY', label: 'Sammendrag' },
          { code: 'EXPERIENCE', label: 'Arbeidserfaring' },
        ],
        deadline: '2026-11-25',
      },
    })
    expect(answerConsentLink(token, 'JA')).toEqual({ ok: true, value: { answer: 'JA' } })
    const row = w.db.select().from(contactRequests).where(eq(contactRequests.id, id)).get()!
    expect(row).toMatchObject({ status: 'GODKJENT', answeredAt: START.toISOString(), sharedUntil: '2027-05-22T09:00:00.000Z' })
    expect(w.db.select().from(consents).all()).toEqual([
      expect.objectContaining({
        candidateId: w.person.id,
        kind: 'DELING_MED_ARBEIDSGIVER',
        organisationId: w.employer.id,
        contactRequestId: id,
        method: 'DIGITAL_LENKE',
        givenAt: START.toISOString(),
      }),
    ])
    expect(auditRows(w, 'CONTACT_APPROVED')).toHaveLength(1)
  })

  it('a used link changes nothing', () => {
    const w = contactWorld()
    const { token } = requestAndAsk(w)
    expect(answerConsentLink(token, 'NEI').ok).toBe(true)
    const before = counts(w)
    expect(getConsentLink(token)).toEqual(fail('conflict', CONSENT_LINK_MESSAGES.used))
    expect(answerConsentLink(token, 'JA')).toEqual(fail('conflict', CONSENT_LINK_MESSAGES.used))
    expect(counts(w)).toEqual(before)
    expect(w.db.select().from(contactRequests).get()!.status).toBe('AVSLATT')
  })

  it('an expired link changes nothing', () => {
    setClock(START)
    const w = contactWorld()
    const { id, token } = requestAndAsk(w, '2')
    setClock(new Date('2026-11-24T22:59:59.000Z')) // 23:59:59 on the deadline day in Oslo
    expect(getConsentLink(token).ok).toBe(true)
    setClock(new Date('2026-11-24T23:00:00.000Z'))
    const before = counts(w)
    expect(getConsentLink(token)).toEqual(fail('conflict', CONSENT_LINK_MESSAGES.expired))
    expect(answerConsentLink(token, 'JA')).toEqual(fail('conflict', CONSENT_LINK_MESSAGES.expired))
    expect(counts(w)).toEqual(before)
    expect(w.db.select().from(contactRequests).where(eq(contactRequests.id, id)).get()!.status).toBe('SPURT_KANDIDAT')
  })

  it('a tampered or made-up link changes nothing', () => {
    const w = contactWorld()
    const { token } = requestAndAsk(w)
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`
    const before = counts(w)
    for (const t of [tampered, 'abc', `${token}x`, '../../etc/passwd', '']) {
      expect(getConsentLink(t)).toEqual(fail('not_found', CONSENT_LINK_MESSAGES.invalid))
      expect(answerConsentLink(t, 'JA')).toEqual(fail('not_found', CONSENT_LINK_MESSAGES.invalid))
    }
    expect(counts(w)).toEqual(before)
    expect(getConsentLink(token).ok).toBe(true)
  })

  it('a withdrawn request or an answer recorded by the jobbspesialist closes the link', () => {
    const w = contactWorld()
    const first = requestAndAsk(w)
    expect(withdrawRequest(w.ag, first.id).ok).toBe(true)
    expect(getConsentLink(first.token)).toEqual(fail('conflict', CONSENT_LINK_MESSAGES.closed))
    expect(answerConsentLink(first.token, 'JA')).toEqual(fail('conflict', CONSENT_LINK_MESSAGES.closed))
    const second = requestAndAsk(w)
    expect(recordAnswer(w.js, second.id, { answer: 'JA', method: 'MUNTLIG' }).ok).toBe(true)
    expect(getConsentLink(second.token)).toEqual(fail('conflict', CONSENT_LINK_MESSAGES.used))
    expect(w.db.select().from(consents).where(eq(consents.contactRequestId, second.id)).get()!.method).toBe('MUNTLIG')
  })
})

describe('after consent', () => {
  it('reveals name, contact details and the chosen CV parts to that employer only, audit-logging every view', () => {
    setClock(START)
    const w = contactWorld()
    const { id, token } = requestAndAsk(w)
    answerConsentLink(token, 'JA')
    const seen = valueOf(getRequestForEmployer(w.ag, id))
    expect(seen.person).toEqual({
      firstName: 'Sigrid',
      lastName: 'Solheimsvik',
      phone: '41234567',
      email: 'sigrid.solheimsvik@example.no',
      cv: {
        summary: 'Kokk med fagbrev og ti års erfaring.',
        experience: [{ employer: 'Grand Kafé Bergen', title: 'Kokk', from: '2014', to: '2023' }],
      },
      cvParts: ['SUMMARY', 'EXPERIENCE'],
      sharedUntil: '2027-05-22T09:00:00.000Z',
    })
    expect(JSON.stringify(seen)).not.toContain('Bergen tekniske fagskole') // education was not chosen
    expect(JSON.stringify(seen)).not.toContain('15028812345') // never the fødselsnummer
    getRequestForEmployer(w.ag, id)
    const views = auditRows(w, 'CONTACT_DETAILS_VIEWED')
    expect(views).toHaveLength(2)
    expect(views.every((v) => v.candidateId === w.person.id && v.actorUserId === w.ag.id && v.actorOrganisationId === w.employer.id)).toBe(
      true,
    )
    expectNoPersonalData(views)

    // Another employer never sees it — not by id, not in its list — and nothing is logged for it.
    expect(getRequestForEmployer(w.ag2, id)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(listRequestsForEmployer(w.other.id)).toEqual([])
    expect(markCandidate(w.ag2, id, 'AKTUELL')).toMatchObject({ ok: false, kind: 'not_found' })
    expect(withdrawRequest(w.ag2, id)).toMatchObject({ ok: false, kind: 'not_found' })
    expect(auditRows(w, 'CONTACT_DETAILS_VIEWED')).toHaveLength(2)
    // Its own request about the same profile shows nothing personal.
    const own = createContactRequest(w.ag2, { code: 'K7Q2XP', message: 'Hei' })
    if (!own.ok) throw new Error()
    expectNoPersonalData(getRequestForEmployer(w.ag2, own.value.id))
  })

  it('a no is told to the employer without reasons', () => {
    const w = contactWorld()
    const { id } = requestAndAsk(w)
    expect(recordAnswer(w.js, id, { answer: 'NEI', method: 'SKRIFTLIG' }).ok).toBe(true)
    const seen = valueOf(getRequestForEmployer(w.ag, id))
    expect(seen.status).toBe('AVSLATT')
    expect(seen.person).toBeNull()
    expect(withdrawRequest(w.ag, id)).toMatchObject({ ok: false, kind: 'conflict' })
    expect(markCandidate(w.ag, id, 'AKTUELL')).toMatchObject({ ok: false, kind: 'conflict' })
    expect(recordAnswer(w.js, id, { answer: 'JA', method: 'MUNTLIG' })).toMatchObject({ ok: false, kind: 'conflict' })
    expect(parseInput(RecordAnswerSchema, { answer: 'KANSKJE', method: 'MUNTLIG' })).toMatchObject({
      ok: false,
      errors: { answer: expect.any(Array) },
    })
  })

  it('FATT_JOBBEN asks the jobbspesialist to start a follow-up agreement', () => {
    const w = contactWorld()
    const { id, token } = requestAndAsk(w)
    answerConsentLink(token, 'JA')
    expect(parseInput(MarkCandidateSchema, { marking: 'UKJENT' })).toMatchObject({ ok: false, errors: { marking: expect.any(Array) } })
    expect(markCandidate(w.ag, id, 'TIL_VURDERING').ok).toBe(true)
    expect(listHiresAwaitingAgreement(w.js.id)).toEqual([])
    expect(markCandidate(w.ag, id, 'FATT_JOBBEN').ok).toBe(true)
    expect(markCandidate(w.ag, id, 'FATT_JOBBEN').ok).toBe(true) // marking again sends no second mail
    const hires = listHiresAwaitingAgreement(w.js.id)
    expect(hires).toEqual([
      expect.objectContaining({ contactRequestId: id, candidateId: w.person.id, organisationId: w.employer.id, profileCode: 'K7Q2XP' }),
    ])
    expect(listHiresAwaitingAgreement(w.js2.id)).toEqual([])
    const hiredMails = w.db.select().from(emailOutbox).where(eq(emailOutbox.template, 'contact-hired')).all()
    expect(hiredMails).toHaveLength(1)
    expect(hiredMails[0].toAddress).toBe('js@nav.no')
    expect(valueOf(getRequestForJobbspesialist(w.js.id, id)).employerMarking).toBe('FATT_JOBBEN')
  })
})

describe('scheduled jobs', () => {
  it('UTLOPT: expires requests past the deadline once, tells the employer without reasons, idempotent', () => {
    setClock(START)
    const w = contactWorld()
    const { id } = requestAndAsk(w, '2') // deadline 2026-11-24
    setClock(new Date('2026-11-24T22:30:00.000Z')) // still the deadline day in Oslo
    expect(expireOverdueRequests()).toBe(0)
    setClock(new Date('2026-11-24T23:00:01.000Z'))
    expect(expireOverdueRequests()).toBe(1)
    expect(expireOverdueRequests()).toBe(0)
    setClock(new Date('2026-12-24T12:00:00.000Z'))
    expect(expireOverdueRequests()).toBe(0)
    expect(w.db.select().from(contactRequests).where(eq(contactRequests.id, id)).get()!.status).toBe('UTLOPT')
    expect(auditRows(w, 'CONTACT_EXPIRED')).toHaveLength(1)
    const mails = w.db.select().from(emailOutbox).where(eq(emailOutbox.template, 'contact-not-completed')).all()
    expect(mails).toHaveLength(1)
    expect(mails[0].toAddress).toBe('ag@fjordkokken.no')
    expect(mails[0].textBody).toContain('Kontakten ble ikke gjennomført')
    expectNoPersonalData(mails[0])
    expect(valueOf(getRequestForEmployer(w.ag, id)).status).toBe('UTLOPT')
  })

  it('after 6 months the shared data is gone at once, and the job marks it once', () => {
    setClock(START)
    const w = contactWorld()
    const { id, token } = requestAndAsk(w)
    answerConsentLink(token, 'JA')
    setClock(new Date('2027-05-22T08:59:59.000Z'))
    expect(valueOf(getRequestForEmployer(w.ag, id)).person).not.toBeNull()
    expect(expireSharing()).toBe(0)
    setClock(new Date('2027-05-22T09:00:00.000Z'))
    const viewsBefore = auditRows(w, 'CONTACT_DETAILS_VIEWED').length
    const seen = valueOf(getRequestForEmployer(w.ag, id)) // before the job has run
    expect(seen.person).toBeNull()
    expect(seen.sharingEnded).toBe(true)
    expectNoPersonalData(seen)
    expect(auditRows(w, 'CONTACT_DETAILS_VIEWED')).toHaveLength(viewsBefore)
    expect(markCandidate(w.ag, id, 'AKTUELL')).toMatchObject({ ok: false, kind: 'conflict' })
    expect(expireSharing()).toBe(1)
    expect(expireSharing()).toBe(0)
    expect(w.db.select().from(contactRequests).where(eq(contactRequests.id, id)).get()!.sharingExpiredAt).toBe('2027-05-22T09:00:00.000Z')
    expect(auditRows(w, 'CONTACT_SHARING_EXPIRED')).toHaveLength(1)
  })

  it('a withdrawn sharing consent hides the data at once', () => {
    const w = contactWorld()
    const { id, token } = requestAndAsk(w)
    answerConsentLink(token, 'JA')
    w.db.update(consents).set({ withdrawnAt: '2026-11-23T10:00:00.000Z' }).where(eq(consents.contactRequestId, id)).run()
    expect(valueOf(getRequestForEmployer(w.ag, id)).person).toBeNull()
  })
})

describe('e-mails through a real SMTP server', () => {
  it('every status change mails the party who acts next; employer mails carry no personal data', async () => {
    await withSmtpServer(async (smtp) => {
      setClock(START)
      const w = contactWorld()
      const { id, token } = requestAndAsk(w)
      answerConsentLink(token, 'JA')
      markCandidate(w.ag, id, 'FATT_JOBBEN')
      // A second request that the person declines, and a third that expires.
      const second = createContactRequest(w.ag2, { code: 'K7Q2XP', message: 'Hei fra oss' })
      if (!second.ok) throw new Error()
      askCandidate(w.js, second.value.id, askInput({ deadlineOption: '2', cvParts: [], sendLink: false }))
      setClock(new Date('2026-11-26T12:00:00.000Z'))
      expect(expireOverdueRequests()).toBe(1)
      expect(await smtp.deliver()).toBe(w.db.select().from(emailOutbox).all().length)
      const inbox = smtp.inbox()
      const to = (address: string) => inbox.filter((m) => m.toAddress.includes(address))

      const js = to('js@nav.no')
      expect(js.map((m) => m.subject).sort()).toEqual(
        [
          'Fått jobben – start oppfølgingsavtale (profil K7Q2XP)',
          'Ny forespørsel om kontakt – profil K7Q2XP',
          'Ny forespørsel om kontakt – profil K7Q2XP',
        ].sort(),
      )
      const person = to('sigrid.solheimsvik@example.no')
      expect(person).toHaveLength(1)
      expect(person[0].subject).toBe('En arbeidsgiver ønsker kontakt med deg')
      expect(person[0].textBody).toContain('Fjordkokken Restaurant AS')
      expect(person[0].textBody).toMatch(/\/samtykke\/[\w-]+/)

      const employerMails = [...to('ag@fjordkokken.no'), ...to('ag@annen.no')]
      expect(employerMails.map((m) => m.subject).sort()).toEqual(
        ['Kandidaten har sagt ja – profil K7Q2XP', 'Kontakten ble ikke gjennomført – profil K7Q2XP'].sort(),
      )
      expect(to('ag@fjordkokken.no')[0].textBody).toContain('Logg inn for å se kontaktinformasjonen')
      for (const mail of employerMails) {
        for (const item of PERSONAL_DATA) {
          expect(mail.textBody).not.toContain(item)
          expect(mail.htmlBody ?? '').not.toContain(item)
          expect(mail.subject).not.toContain(item)
        }
      }
    })
  })
})

describe('person history (innsyn)', () => {
  it('shows the owning jobbspesialist and admin every employer view, request and reveal, with organisation names', () => {
    setClock(START)
    const w = contactWorld()
    const { id, token } = requestAndAsk(w)
    answerConsentLink(token, 'JA')
    getRequestForEmployer(w.ag, id)
    const history = getPersonHistory(w.js, w.person.id)!
    expect(history.person.name).toBe('Sigrid Solheimsvik')
    const actions = history.events.map((e) => e.action)
    expect(actions).toEqual(
      expect.arrayContaining(['CONTACT_REQUESTED', 'CONTACT_CANDIDATE_ASKED', 'CONTACT_APPROVED', 'CONTACT_DETAILS_VIEWED']),
    )
    const reveal = history.events.find((e) => e.action === 'CONTACT_DETAILS_VIEWED')!
    expect(reveal).toMatchObject({ kind: 'REVEAL', who: 'Fjordkokken Restaurant AS' })
    expect(history.events.find((e) => e.action === 'CONTACT_APPROVED')!.who).toBe('Kandidaten (via lenke)')
    expect(history.requests).toEqual([expect.objectContaining({ id, organisationName: 'Fjordkokken Restaurant AS', status: 'GODKJENT' })])
    expect(auditRows(w, 'PERSON_HISTORY_VIEWED')).toHaveLength(0)

    expect(getPersonHistory(w.js2, w.person.id)).toBeNull()
    expect(getPersonHistory(w.ag, w.person.id)).toBeNull()

    const adminHistory = getPersonHistory(w.admin, w.person.id)!
    expect(adminHistory.events.length).toBeGreaterThanOrEqual(history.events.length)
    expect(auditRows(w, 'PERSON_HISTORY_VIEWED')).toEqual([expect.objectContaining({ actorUserId: w.admin.id, candidateId: w.person.id })])
  })
})
