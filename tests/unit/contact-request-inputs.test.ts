import { parseWithZod } from '@conform-to/zod'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  askCandidateFormSchema,
  askCandidateSchema,
  ContactAnswerSchema,
  ContactRequestSchema,
  EmployerRequestFormSchema,
  MarkCandidateSchema,
  RecordAnswerSchema,
} from '~/domain/contact-requests'

/** The contact-request forms: one schema each holds every rule that needs no database (issue 13 part 2). */
const TODAY = '2026-11-22'
type Fields = Record<string, string | string[]>

function submit<Schema extends z.ZodTypeAny>(schema: Schema, fields: Fields) {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v)
  return parseWithZod(data, { schema })
}
function errorsOf<Schema extends z.ZodTypeAny>(schema: Schema, fields: Fields) {
  const submission = submit(schema, fields)
  return submission.status === 'success' ? undefined : submission.error
}
function valueOf<Schema extends z.ZodTypeAny>(schema: Schema, fields: Fields): z.output<Schema> {
  const submission = submit(schema, fields)
  if (submission.status !== 'success') throw new Error(JSON.stringify(submission.error))
  return submission.value
}

describe('ContactRequestSchema («Be om kontakt»)', () => {
  it('takes a message (trimmed) and an optional vacancy', () => {
    expect(valueOf(ContactRequestSchema, { message: '  Vi trenger en kokk. ', vacancyId: '12' })).toEqual({
      message: 'Vi trenger en kokk.',
      vacancyId: 12,
    })
    expect(valueOf(ContactRequestSchema, { message: 'Hei', vacancyId: '' })).toEqual({ message: 'Hei' })
  })

  it('refuses a missing, blank or 10 000-character message and a vacancy that is not an id', () => {
    expect(errorsOf(ContactRequestSchema, {})).toEqual({ message: ['Skriv en melding til jobbspesialisten.'] })
    expect(ContactRequestSchema.safeParse({ message: '   ' }).error?.issues.map((i) => i.message)).toEqual([
      'Skriv en melding til jobbspesialisten.',
    ])
    expect(errorsOf(ContactRequestSchema, { message: 'x'.repeat(10_000) })).toEqual({ message: ['Meldingen kan være høyst 2000 tegn.'] })
    expect(valueOf(ContactRequestSchema, { message: 'x'.repeat(2000) }).message).toHaveLength(2000)
    for (const vacancyId of ['abc', '-1', '1.5']) {
      expect(errorsOf(ContactRequestSchema, { message: 'Hei', vacancyId })).toEqual({
        vacancyId: ['Velg en av virksomhetens publiserte stillinger, eller ingen stilling.'],
      })
    }
  })
})

describe('the employer’s request page', () => {
  it('marks with a code from the list only', () => {
    expect(valueOf(MarkCandidateSchema, { marking: 'FATT_JOBBEN' })).toEqual({ marking: 'FATT_JOBBEN' })
    const hostile: Fields[] = [{ marking: 'UKJENT' }, { marking: '' }, {}, { marking: ['AKTUELL', 'FATT_JOBBEN'] }]
    for (const fields of hostile) {
      expect(errorsOf(MarkCandidateSchema, fields)).toEqual({ marking: ['Velg en markering.'] })
    }
  })

  it('tells withdrawing and marking apart by intent', () => {
    expect(valueOf(EmployerRequestFormSchema, { intent: 'withdraw' })).toEqual({ intent: 'withdraw' })
    expect(valueOf(EmployerRequestFormSchema, { intent: 'mark', marking: 'AKTUELL' })).toEqual({ intent: 'mark', marking: 'AKTUELL' })
    expect(errorsOf(EmployerRequestFormSchema, { intent: 'mark', marking: 'SLETT' })).toEqual({ marking: ['Velg en markering.'] })
    expect(errorsOf(EmployerRequestFormSchema, { intent: 'drop-table' })).toHaveProperty('intent')
  })
})

describe('askCandidateSchema («Spør kandidaten»)', () => {
  const ask = askCandidateSchema({ today: TODAY })

  it('resolves the deadline from the option or the typed date, and keeps each CV part once', () => {
    expect(valueOf(ask, { deadlineOption: '7', cvParts: ['SUMMARY', 'EXPERIENCE', 'SUMMARY'], sendLink: 'on' })).toEqual({
      deadline: '2026-11-29',
      cvParts: ['SUMMARY', 'EXPERIENCE'],
      sendLink: true,
    })
    expect(valueOf(ask, { deadlineOption: 'DATO', deadlineDate: '22.12.2026' })).toEqual({
      deadline: '2026-12-22',
      cvParts: [],
      sendLink: false,
    })
    expect(valueOf(ask, { deadlineOption: '2', cvParts: 'EDUCATION' }).cvParts).toEqual(['EDUCATION'])
  })

  it('refuses a missing or unknown option, a missing, malformed, past or too distant date, and CV parts not in the list', () => {
    expect(errorsOf(ask, {})).toEqual({ deadlineOption: ['Velg en svarfrist.'] })
    expect(errorsOf(ask, { deadlineOption: '365' })).toEqual({ deadlineOption: ['Velg en svarfrist.'] })
    expect(errorsOf(ask, { deadlineOption: 'DATO' })).toEqual({ deadlineDate: ['Skriv datoen for svarfristen.'] })
    expect(errorsOf(ask, { deadlineOption: 'DATO', deadlineDate: '31.02.2026' })).toEqual({
      deadlineDate: ['Skriv en gyldig dato på formen dd.mm.åååå, for eksempel 24.12.2026.'],
    })
    expect(errorsOf(ask, { deadlineOption: 'DATO', deadlineDate: '22.11.2026' })).toEqual({
      deadlineDate: ['Svarfristen må være etter i dag.'],
    })
    expect(errorsOf(ask, { deadlineOption: 'DATO', deadlineDate: '23.12.2026' })).toEqual({
      deadlineDate: ['Svarfristen kan være høyst én måned fram i tid.'],
    })
    expect(errorsOf(ask, { deadlineOption: 'DATO', deadlineDate: 'x'.repeat(10_000) })).toEqual({
      deadlineDate: ['Skriv en gyldig dato på formen dd.mm.åååå, for eksempel 24.12.2026.'],
    })
    expect(errorsOf(ask, { deadlineOption: '3', cvParts: ['SUMMARY', 'DIAGNOSE'] })).toEqual({
      cvParts: ['Velg bare blant CV-delene i listen.'],
    })
  })

  it('on the request page, wants the ask form’s intent', () => {
    const form = askCandidateFormSchema({ today: TODAY })
    expect(valueOf(form, { intent: 'ask', deadlineOption: '3' })).toEqual({ deadline: '2026-11-25', cvParts: [], sendLink: false })
    expect(errorsOf(form, { intent: 'other', deadlineOption: '3' })).toHaveProperty('intent')
  })
})

describe('the answer', () => {
  it('recorded by the jobbspesialist: yes or no, and how it was given', () => {
    expect(valueOf(RecordAnswerSchema, { answer: 'JA', method: 'SKRIFTLIG' })).toEqual({ answer: 'JA', method: 'SKRIFTLIG' })
    expect(errorsOf(RecordAnswerSchema, {})).toEqual({
      answer: ['Velg hva kandidaten svarte.'],
      method: ['Velg hvordan kandidaten svarte.'],
    })
    // The link and Min side record their own methods; the jobbspesialist cannot claim them.
    expect(errorsOf(RecordAnswerSchema, { answer: 'KANSKJE', method: 'DIGITAL_LENKE' })).toEqual({
      answer: ['Velg hva kandidaten svarte.'],
      method: ['Velg hvordan kandidaten svarte.'],
    })
  })

  it('given by the person (the link and Min side): yes or no', () => {
    expect(valueOf(ContactAnswerSchema, { answer: 'NEI' })).toEqual({ answer: 'NEI' })
    const hostile: Fields[] = [{}, { answer: 'ja' }, { answer: 'x'.repeat(10_000) }]
    for (const fields of hostile) {
      expect(errorsOf(ContactAnswerSchema, fields)).toEqual({ answer: ['Velg ja eller nei.'] })
    }
  })
})
