import { describe, expect, it } from 'vitest'
import { CONTACT_REQUEST_STATUS_CODES, type ContactRequestStatus } from '~/domain/codes'
import {
  addDays,
  addMonths,
  CONTACT_EVENTS,
  CONTACT_TRANSITIONS,
  employerStatusLabel,
  endOfOsloDay,
  isDeadlinePassed,
  isOpen,
  isSharingActive,
  nextStatus,
  parseNorwegianDate,
  partyToActNext,
  pickCvParts,
  resolveDeadline,
  sharedUntilFrom,
  type ContactEvent,
} from '~/domain/contact-requests'

/** The one source of truth the table must match: every allowed transition, nothing else. */
const ALLOWED: Array<[ContactRequestStatus, ContactEvent, ContactRequestStatus]> = [
  ['SENDT', 'ASK_CANDIDATE', 'SPURT_KANDIDAT'],
  ['SENDT', 'WITHDRAW', 'TRUKKET'],
  ['SPURT_KANDIDAT', 'ACCEPT', 'GODKJENT'],
  ['SPURT_KANDIDAT', 'DECLINE', 'AVSLATT'],
  ['SPURT_KANDIDAT', 'EXPIRE', 'UTLOPT'],
  ['SPURT_KANDIDAT', 'WITHDRAW', 'TRUKKET'],
]

describe('contact request transitions', () => {
  it('the table covers every status and every event', () => {
    expect(Object.keys(CONTACT_TRANSITIONS).sort()).toEqual([...CONTACT_REQUEST_STATUS_CODES].sort())
    for (const status of CONTACT_REQUEST_STATUS_CODES) {
      expect(Object.keys(CONTACT_TRANSITIONS[status]).sort()).toEqual([...CONTACT_EVENTS].sort())
    }
  })

  for (const [from, event, to] of ALLOWED) {
    it(`allows ${from} --${event}--> ${to}`, () => {
      expect(nextStatus(from, event)).toBe(to)
    })
  }

  const refused = CONTACT_REQUEST_STATUS_CODES.flatMap((from) =>
    CONTACT_EVENTS.filter((event) => !ALLOWED.some(([f, e]) => f === from && e === event)).map((event) => [from, event] as const),
  )
  it('refuses exactly the other 24 combinations', () => {
    expect(refused).toHaveLength(CONTACT_REQUEST_STATUS_CODES.length * CONTACT_EVENTS.length - ALLOWED.length)
    expect(refused).toHaveLength(24)
  })
  for (const [from, event] of refused) {
    it(`refuses ${event} in ${from}`, () => {
      expect(nextStatus(from, event)).toBeNull()
    })
  }

  it('final statuses accept no event at all', () => {
    for (const status of ['GODKJENT', 'AVSLATT', 'UTLOPT', 'TRUKKET'] as const) {
      expect(CONTACT_EVENTS.map((e) => nextStatus(status, e))).toEqual(CONTACT_EVENTS.map(() => null))
      expect(isOpen(status)).toBe(false)
    }
    expect(isOpen('SENDT')).toBe(true)
    expect(isOpen('SPURT_KANDIDAT')).toBe(true)
  })

  it('the employer is never told why a contact did not go ahead', () => {
    expect(employerStatusLabel('AVSLATT')).toBe('Kontakten ble ikke gjennomført')
    expect(employerStatusLabel('UTLOPT')).toBe('Kontakten ble ikke gjennomført')
  })

  it('names the party who must act next', () => {
    expect(partyToActNext('SENDT')).toBe('JOBBSPESIALIST')
    expect(partyToActNext('SPURT_KANDIDAT')).toBe('CANDIDATE')
    expect(partyToActNext('GODKJENT')).toBe('EMPLOYER')
    expect(partyToActNext('AVSLATT')).toBe('EMPLOYER')
    expect(partyToActNext('UTLOPT')).toBe('EMPLOYER')
  })
})

describe('reply deadline', () => {
  const today = '2026-11-22'
  it('offers 2, 3 and 7 days', () => {
    expect(resolveDeadline('2', undefined, today)).toEqual({ ok: true, deadline: '2026-11-24' })
    expect(resolveDeadline('3', undefined, today)).toEqual({ ok: true, deadline: '2026-11-25' })
    expect(resolveDeadline('7', undefined, today)).toEqual({ ok: true, deadline: '2026-11-29' })
  })
  it('crosses month and year ends', () => {
    expect(resolveDeadline('7', undefined, '2026-12-28')).toEqual({ ok: true, deadline: '2027-01-04' })
  })
  it('accepts a chosen date after today and up to one month ahead (Norwegian or ISO format)', () => {
    expect(resolveDeadline('DATO', '23.11.2026', today)).toEqual({ ok: true, deadline: '2026-11-23' })
    expect(resolveDeadline('DATO', '22.12.2026', today)).toEqual({ ok: true, deadline: '2026-12-22' })
    expect(resolveDeadline('DATO', '2026-12-01', today)).toEqual({ ok: true, deadline: '2026-12-01' })
  })
  it('refuses today, the past, more than a month ahead, nonsense and a missing choice, naming the field', () => {
    expect(resolveDeadline('DATO', '22.11.2026', today)).toMatchObject({
      ok: false,
      field: 'deadlineDate',
      message: 'Svarfristen må være etter i dag.',
    })
    expect(resolveDeadline('DATO', '01.01.2026', today)).toMatchObject({ ok: false, field: 'deadlineDate' })
    expect(resolveDeadline('DATO', '23.12.2026', today)).toMatchObject({
      ok: false,
      field: 'deadlineDate',
      message: 'Svarfristen kan være høyst én måned fram i tid.',
    })
    expect(resolveDeadline('DATO', '31.02.2026', today)).toMatchObject({ ok: false, field: 'deadlineDate' })
    expect(resolveDeadline('DATO', '', today)).toMatchObject({ ok: false, field: 'deadlineDate' })
    expect(resolveDeadline(undefined, undefined, today)).toMatchObject({ ok: false, field: 'deadlineOption' })
    expect(resolveDeadline('5', undefined, today)).toMatchObject({ ok: false, field: 'deadlineOption' })
  })
  it('one month from 31 January is the end of February', () => {
    expect(resolveDeadline('DATO', '28.02.2027', '2027-01-31')).toEqual({ ok: true, deadline: '2027-02-28' })
    expect(resolveDeadline('DATO', '01.03.2027', '2027-01-31')).toMatchObject({ ok: false })
  })
  it('has passed only after the deadline day', () => {
    expect(isDeadlinePassed('2026-11-24', '2026-11-24')).toBe(false)
    expect(isDeadlinePassed('2026-11-24', '2026-11-25')).toBe(true)
    expect(isDeadlinePassed(null, '2026-11-25')).toBe(false)
  })
  it('a link for deadline D works through the whole Norwegian day D (winter and summer time)', () => {
    expect(endOfOsloDay('2026-11-24')).toBe('2026-11-24T23:00:00.000Z')
    expect(endOfOsloDay('2026-07-01')).toBe('2026-07-01T22:00:00.000Z')
    expect(endOfOsloDay('2026-03-28')).toBe('2026-03-28T23:00:00.000Z')
    expect(endOfOsloDay('2026-03-29')).toBe('2026-03-29T22:00:00.000Z')
  })
  it('parses dates', () => {
    expect(parseNorwegianDate('1.2.2027')).toBe('2027-02-01')
    expect(parseNorwegianDate('29.02.2027')).toBeNull()
    expect(parseNorwegianDate('29.02.2028')).toBe('2028-02-29')
    expect(parseNorwegianDate('i morgen')).toBeNull()
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
  })
})

describe('six-month sharing', () => {
  it('ends 6 calendar months after the answer', () => {
    expect(sharedUntilFrom('2026-11-22T10:15:00.000Z')).toBe('2027-05-22T10:15:00.000Z')
    expect(sharedUntilFrom('2026-08-31T08:00:00.000Z')).toBe('2027-02-28T08:00:00.000Z')
  })
  const approved = { status: 'GODKJENT', sharedUntil: '2027-05-22T10:15:00.000Z', sharingExpiredAt: null }
  it('is active until then, and not a moment after', () => {
    expect(isSharingActive(approved, '2027-05-22T10:14:59.999Z')).toBe(true)
    expect(isSharingActive(approved, '2027-05-22T10:15:00.000Z')).toBe(false)
  })
  it('is never active when expired by the job, withdrawn, or not approved', () => {
    expect(isSharingActive({ ...approved, sharingExpiredAt: '2027-01-01T00:00:00.000Z' }, '2026-12-01T00:00:00.000Z')).toBe(false)
    expect(isSharingActive({ ...approved, consentWithdrawnAt: '2026-12-01T00:00:00.000Z' }, '2026-12-02T00:00:00.000Z')).toBe(false)
    for (const status of ['SENDT', 'SPURT_KANDIDAT', 'AVSLATT', 'UTLOPT', 'TRUKKET']) {
      expect(isSharingActive({ ...approved, status }, '2026-12-01T00:00:00.000Z')).toBe(false)
    }
  })
})

describe('CV parts', () => {
  const cv = {
    summary: 'Erfaren kokk',
    experience: [{ employer: 'Kafé', title: 'Kokk' }],
    education: [{ institution: 'Skole', programme: 'Restaurant' }],
    certificates: ['Hygienekurs'],
  }
  it('keeps only the chosen parts', () => {
    expect(pickCvParts(cv, ['SUMMARY', 'CERTIFICATES'])).toEqual({ summary: 'Erfaren kokk', certificates: ['Hygienekurs'] })
    expect(pickCvParts(cv, [])).toEqual({})
    expect(pickCvParts(null, ['SUMMARY'])).toEqual({})
    expect(pickCvParts(cv, ['SUMMARY', 'EXPERIENCE', 'EDUCATION', 'CERTIFICATES'])).toEqual(cv)
  })
})
