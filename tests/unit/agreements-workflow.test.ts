import { describe, expect, it } from 'vitest'
import {
  AGREEMENT_EVENTS,
  AgreementFormSchema,
  TRANSITIONS,
  awaitingApproval,
  changedSections,
  checkApproval,
  checkDecline,
  isResubmission,
  contentFromForm,
  dateMoves,
  endsWithin,
  followUpRemindersDue,
  healthWarning,
  missingRequiredFields,
  statusAfterSave,
  suggestNextFollowUp,
  transition,
  type AgreementContent,
  type AgreementEvent,
} from '~/domain/agreements'
import { AGREEMENT_STATUS_CODES, type AgreementStatus } from '~/domain/codes'

const complete: AgreementContent = {
  jobTitle: 'Lagermedarbeider',
  styrkCode: '9333',
  positionPercent: 80,
  startDate: '2026-12-01',
  endDate: '2027-05-31',
  permanent: false,
  monthlyPay: 32000,
  contactName: 'Kari Nordmann',
  contactPhone: '91234567',
  contactEmail: '',
  goals: 'Fast ansettelse etter seks måneder.',
  followUpFrequency: 'Ukentlig den første måneden, deretter annenhver uke',
  reviewDates: ['2027-02-01'],
  adaptations: [{ code: 'ARBEIDSTID__GRADVIS_OKNING', text: 'Starter med 60 %' }],
}

// The full expected table, written out independently of the implementation.
const EXPECTED: Record<AgreementStatus, Partial<Record<AgreementEvent, AgreementStatus>>> = {
  PABEGYNT: { LAGRET_KOMPLETT: 'MANGLER_GODKJENNING', LAGRET_UFULLSTENDIG: 'PABEGYNT', ANNULLER: 'ANNULLERT' },
  MANGLER_GODKJENNING: {
    LAGRET_KOMPLETT: 'MANGLER_GODKJENNING',
    LAGRET_UFULLSTENDIG: 'PABEGYNT',
    GODKJENT_AV_ALLE: 'KLAR_FOR_OPPSTART',
    IKKE_GODKJENT: 'PABEGYNT',
    ANNULLER: 'ANNULLERT',
  },
  KLAR_FOR_OPPSTART: {
    LAGRET_KOMPLETT: 'MANGLER_GODKJENNING',
    LAGRET_UFULLSTENDIG: 'PABEGYNT',
    STARTDATO_NADD: 'GJENNOMFORES',
    ANNULLER: 'ANNULLERT',
  },
  GJENNOMFORES: {
    LAGRET_KOMPLETT: 'MANGLER_GODKJENNING',
    LAGRET_UFULLSTENDIG: 'PABEGYNT',
    SLUTTDATO_PASSERT: 'AVSLUTTET',
    ANNULLER: 'ANNULLERT',
  },
  AVSLUTTET: {},
  ANNULLERT: {},
}

describe('agreement transition table', () => {
  it('covers every status', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...AGREEMENT_STATUS_CODES].sort())
  })
  for (const status of AGREEMENT_STATUS_CODES) {
    for (const event of AGREEMENT_EVENTS) {
      const expected = EXPECTED[status][event]
      it(`${status} + ${event} → ${expected ?? 'refused'}`, () => {
        const result = transition(status, event)
        if (expected) expect(result).toEqual({ ok: true, status: expected })
        else {
          expect(result.ok).toBe(false)
          if (!result.ok) expect(result.message).toMatch(/avtalen/i)
        }
      })
    }
  }
})

describe('required fields', () => {
  it('a complete agreement misses nothing and moves a draft to MANGLER_GODKJENNING', () => {
    expect(missingRequiredFields(complete)).toEqual([])
    expect(statusAfterSave('PABEGYNT', complete)).toEqual({ ok: true, status: 'MANGLER_GODKJENNING' })
  })
  it('a permanent job needs no end date', () => {
    expect(missingRequiredFields({ ...complete, permanent: true, endDate: null })).toEqual([])
  })
  it('names every missing field and keeps the draft', () => {
    const empty = {
      ...complete,
      jobTitle: ' ',
      styrkCode: null,
      positionPercent: null,
      startDate: null,
      endDate: null,
      monthlyPay: null,
      contactName: '',
      contactPhone: '',
      contactEmail: '',
      goals: '',
      followUpFrequency: '',
    }
    expect(missingRequiredFields(empty)).toEqual([
      'jobTitle',
      'styrkCode',
      'positionPercent',
      'startDate',
      'endDate',
      'monthlyPay',
      'contactName',
      'contactPhone',
      'goals',
      'followUpFrequency',
    ])
    expect(statusAfterSave('PABEGYNT', empty)).toEqual({ ok: true, status: 'PABEGYNT' })
    expect(statusAfterSave('MANGLER_GODKJENNING', empty)).toEqual({ ok: true, status: 'PABEGYNT' })
  })
  it('an e-mail is enough to reach the contact person', () => {
    expect(missingRequiredFields({ ...complete, contactPhone: '', contactEmail: 'kari@firma.no' })).toEqual([])
  })
  it('a closed agreement cannot be saved', () => {
    expect(statusAfterSave('AVSLUTTET', complete).ok).toBe(false)
    expect(statusAfterSave('ANNULLERT', complete).ok).toBe(false)
  })
})

describe('saying no', () => {
  it('a party who has not approved may say no while it awaits approval: back to PABEGYNT', () => {
    expect(checkDecline('MANGLER_GODKJENNING', ['EMPLOYER'], 'PERSON')).toEqual({ ok: true, status: 'PABEGYNT' })
    expect(checkDecline('MANGLER_GODKJENNING', [], 'PERSON')).toEqual({ ok: true, status: 'PABEGYNT' })
  })
  it('not after approving, and not when it awaits no approval', () => {
    expect(checkDecline('MANGLER_GODKJENNING', ['PERSON'], 'PERSON')).toEqual({
      ok: false,
      message: 'Deltaker har allerede godkjent avtalen.',
    })
    for (const status of ['PABEGYNT', 'KLAR_FOR_OPPSTART', 'GJENNOMFORES', 'AVSLUTTET', 'ANNULLERT'] as const) {
      expect(checkDecline(status, [], 'PERSON').ok).toBe(false)
    }
  })
  it('an unchanged save resubmits only a complete draft', () => {
    expect(isResubmission('PABEGYNT', complete)).toBe(true)
    expect(isResubmission('PABEGYNT', { ...complete, goals: '' })).toBe(false)
    for (const status of ['MANGLER_GODKJENNING', 'KLAR_FOR_OPPSTART', 'GJENNOMFORES', 'AVSLUTTET', 'ANNULLERT'] as const) {
      expect(isResubmission(status, complete)).toBe(false)
    }
  })
})

describe('approvals', () => {
  it('employer and person approve in any order, the jobbspesialist last', () => {
    expect(checkApproval('MANGLER_GODKJENNING', [], 'EMPLOYER')).toEqual({ ok: true, allApproved: false })
    expect(checkApproval('MANGLER_GODKJENNING', [], 'PERSON')).toEqual({ ok: true, allApproved: false })
    expect(checkApproval('MANGLER_GODKJENNING', ['PERSON'], 'EMPLOYER')).toEqual({ ok: true, allApproved: false })
    expect(checkApproval('MANGLER_GODKJENNING', ['EMPLOYER', 'PERSON'], 'JOBBSPESIALIST')).toEqual({ ok: true, allApproved: true })
  })
  it('refuses the jobbspesialist before the others', () => {
    for (const before of [[], ['EMPLOYER'], ['PERSON']] as const) {
      const r = checkApproval('MANGLER_GODKJENNING', before, 'JOBBSPESIALIST')
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.message).toMatch(/sist/)
    }
  })
  it('refuses a second approval by the same party and approvals outside MANGLER_GODKJENNING', () => {
    expect(checkApproval('MANGLER_GODKJENNING', ['EMPLOYER'], 'EMPLOYER').ok).toBe(false)
    for (const status of ['PABEGYNT', 'KLAR_FOR_OPPSTART', 'GJENNOMFORES', 'AVSLUTTET', 'ANNULLERT'] as const) {
      expect(checkApproval(status, [], 'EMPLOYER').ok).toBe(false)
    }
  })
  it('lists who is still awaited', () => {
    expect(awaitingApproval(['PERSON'])).toEqual(['EMPLOYER', 'JOBBSPESIALIST'])
    expect(awaitingApproval(['PERSON', 'EMPLOYER', 'JOBBSPESIALIST'])).toEqual([])
  })
})

describe('changes', () => {
  it('nothing changed → no sections', () => {
    expect(changedSections(complete, { ...complete, adaptations: [...complete.adaptations] })).toEqual([])
  })
  it('names the kind of change', () => {
    expect(changedSections(complete, { ...complete, monthlyPay: 33000 })).toEqual(['STILLING'])
    expect(changedSections(complete, { ...complete, contactPhone: '99999999', goals: 'Nytt mål' })).toEqual(['OPPFOLGING', 'KONTAKTPERSON'])
    expect(changedSections(complete, { ...complete, adaptations: [] })).toEqual(['TILRETTELEGGING'])
  })
})

describe('date moves (pure function of agreement and today)', () => {
  const base = { startDate: '2026-12-01', endDate: '2027-05-31', permanent: false }
  it('KLAR_FOR_OPPSTART starts on the start date, not before', () => {
    expect(dateMoves({ ...base, status: 'KLAR_FOR_OPPSTART' }, '2026-11-30')).toEqual([])
    expect(dateMoves({ ...base, status: 'KLAR_FOR_OPPSTART' }, '2026-12-01')).toEqual([
      { event: 'STARTDATO_NADD', from: 'KLAR_FOR_OPPSTART', to: 'GJENNOMFORES' },
    ])
  })
  it('GJENNOMFORES ends the day after the end date', () => {
    expect(dateMoves({ ...base, status: 'GJENNOMFORES' }, '2027-05-31')).toEqual([])
    expect(dateMoves({ ...base, status: 'GJENNOMFORES' }, '2027-06-01')).toEqual([
      { event: 'SLUTTDATO_PASSERT', from: 'GJENNOMFORES', to: 'AVSLUTTET' },
    ])
  })
  it('both moves at once when both dates have passed', () => {
    expect(dateMoves({ ...base, status: 'KLAR_FOR_OPPSTART' }, '2027-07-01').map((m) => m.to)).toEqual(['GJENNOMFORES', 'AVSLUTTET'])
  })
  it('a permanent job never ends by date; other statuses never move', () => {
    expect(dateMoves({ ...base, permanent: true, endDate: null, status: 'GJENNOMFORES' }, '2040-01-01')).toEqual([])
    for (const status of ['PABEGYNT', 'MANGLER_GODKJENNING', 'AVSLUTTET', 'ANNULLERT'] as const) {
      expect(dateMoves({ ...base, status }, '2040-01-01')).toEqual([])
    }
  })
  it('ends within 30 days', () => {
    expect(endsWithin({ ...base, status: 'GJENNOMFORES' }, '2027-05-01')).toBe(true)
    expect(endsWithin({ ...base, status: 'GJENNOMFORES' }, '2027-04-30')).toBe(false)
    expect(endsWithin({ ...base, status: 'KLAR_FOR_OPPSTART' }, '2027-05-01')).toBe(false)
  })
})

describe('follow-up', () => {
  it('reminds the day before and once overdue', () => {
    const p = { id: 1, date: '2026-12-10', done: false, cancelled: false }
    expect(followUpRemindersDue(p, '2026-12-08')).toEqual([])
    expect(followUpRemindersDue(p, '2026-12-09')).toEqual([{ kind: 'FOLLOW_UP_TOMORROW', plannedId: 1, date: '2026-12-10' }])
    expect(followUpRemindersDue(p, '2026-12-10')).toEqual([])
    expect(followUpRemindersDue(p, '2026-12-11')).toEqual([{ kind: 'FOLLOW_UP_OVERDUE', plannedId: 1, date: '2026-12-10' }])
    expect(followUpRemindersDue({ ...p, done: true }, '2026-12-11')).toEqual([])
  })
  it('suggests weekly in the first month, then every four weeks', () => {
    expect(suggestNextFollowUp('2026-12-01', '2026-12-08', '2026-12-08')).toBe('2026-12-15')
    expect(suggestNextFollowUp('2026-12-01', '2027-01-10', '2027-01-10')).toBe('2027-02-07')
  })
  it('warns about health details in a note, not about ordinary notes', () => {
    expect(healthWarning('Gikk fint, trives med kollegene.')).toBeNull()
    expect(healthWarning('Hun har depresjon og går til behandling')).toMatch(/helseopplysninger/)
  })
})

describe('agreement form', () => {
  const form = {
    version: '3',
    jobTitle: 'Kokk',
    styrkCode: '5120',
    positionPercent: '100',
    startDate: '2026-12-01',
    endDate: '2026-11-01',
    permanent: '',
    monthlyPay: '35 000',
    contactName: 'A',
    contactPhone: '12',
    contactEmail: 'x',
    goals: '',
    followUpFrequency: 'x',
  }
  it('gives bokmål messages next to the fields', () => {
    const r = AgreementFormSchema.safeParse(form)
    expect(r.success).toBe(false)
    if (!r.success) {
      const byField = Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]))
      expect(byField.endDate).toBe('Sluttdatoen kan ikke være før startdatoen.')
      expect(byField.contactPhone).toMatch(/8 siffer/)
      expect(byField.contactEmail).toMatch(/gyldig e-postadresse/)
    }
  })
  it('maps to content; a permanent job drops the end date; spaces in pay are fine', () => {
    const r = AgreementFormSchema.parse({
      ...form,
      endDate: '2027-01-01',
      permanent: 'on',
      contactPhone: '912 34 567',
      contactEmail: '',
      adaptations: ['ARBEIDSTID__FLEKSIBEL'],
      adaptationText_ARBEIDSTID: 'Fri onsdager',
    })
    const c = contentFromForm(r)
    expect(c.endDate).toBeNull()
    expect(c.monthlyPay).toBe(35000)
    expect(c.adaptations).toEqual([{ code: 'ARBEIDSTID__FLEKSIBEL', text: 'Fri onsdager' }])
  })
})
