import { idnr } from '@navikt/fnrvalidator'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ageBandFor,
  ageOn,
  birthDateFromIdNumber,
  buildIdNumber,
  centuryFor,
  exceedsNormAfterAdding,
  parseCvForm,
  cvToForm,
  CvSchema,
  maskIdNumber,
  RegisterCandidateSchema,
  schemeHintsFor,
  toIsoDate,
  validateIdNumber,
} from '~/domain/candidates'

describe('fødselsnummer and d-nummer', () => {
  it('derives the birth date of a fødselsnummer (1900s)', () => {
    const fnr = buildIdNumber('1991-03-14', 123)!
    expect(fnr.slice(0, 9)).toBe('140391123')
    expect(validateIdNumber(fnr)).toEqual({ ok: true, value: fnr, kind: 'fnr', birthDate: '1991-03-14' })
  })

  it('derives the birth date of a d-nummer (first digit + 4)', () => {
    const dnr = buildIdNumber('1985-07-02', 322, { dnr: true })!
    expect(dnr.startsWith('42')).toBe(true)
    const result = validateIdNumber(dnr)
    expect(result).toMatchObject({ ok: true, kind: 'dnr', birthDate: '1985-07-02' })
  })

  it('applies the century rules of the individual number', () => {
    expect(centuryFor(91, 123)).toBe(1900)
    expect(centuryFor(5, 612)).toBe(2000)
    expect(centuryFor(60, 600)).toBe(1800)
    expect(centuryFor(45, 950)).toBe(1900)
    expect(centuryFor(45, 800)).toBeNull()
    const born2005 = buildIdNumber('2005-12-31', 765)!
    expect(validateIdNumber(born2005)).toMatchObject({ ok: true, birthDate: '2005-12-31' })
    expect(birthDateFromIdNumber(buildIdNumber('1948-01-09', 955)!)).toBe('1948-01-09')
  })

  it('accepts spaces between the groups', () => {
    const fnr = buildIdNumber('1970-10-20', 45)!
    expect(validateIdNumber(`${fnr.slice(0, 6)} ${fnr.slice(6)}`)).toMatchObject({ ok: true, value: fnr })
  })

  it('rejects wrong control digits, wrong length and impossible dates with a bokmål message', () => {
    const fnr = buildIdNumber('1991-03-14', 123)!
    const broken = fnr.slice(0, 10) + String((Number(fnr[10]) + 1) % 10)
    expect(validateIdNumber(broken)).toEqual({ ok: false, message: expect.stringContaining('Kontrollsifrene stemmer ikke') })
    expect(validateIdNumber('1234')).toEqual({ ok: false, message: 'Fødselsnummeret må ha 11 siffer.' })
    expect(validateIdNumber('')).toEqual({ ok: false, message: 'Skriv fødselsnummeret eller d-nummeret.' })
    expect(validateIdNumber('31029112345')).toMatchObject({ ok: false })
  })

  it('every number buildIdNumber makes passes @navikt/fnrvalidator and encodes its birth date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1940-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 499 }),
        fc.boolean(),
        (date, ind, dnr) => {
          const birthDate = date.toISOString().slice(0, 10)
          const individual = date.getUTCFullYear() >= 2000 ? 500 + ind : ind
          const nr = buildIdNumber(birthDate, individual, { dnr })
          if (nr === null) return true // no valid control digit for this individual number
          expect(idnr(nr).status).toBe('valid')
          expect(birthDateFromIdNumber(nr)).toBe(birthDate)
          return true
        },
      ),
    )
  })
})

describe('age and age bands', () => {
  it('counts whole years (birthday not yet reached)', () => {
    expect(ageOn('1991-03-14', '2026-03-13')).toBe(34)
    expect(ageOn('1991-03-14', '2026-03-14')).toBe(35)
  })
  it('maps ages to the fine bands', () => {
    expect([16, 24, 25, 29, 30, 39, 40, 49, 50, 59, 60, 72].map(ageBandFor)).toEqual([
      '16-24',
      '16-24',
      '25-29',
      '25-29',
      '30-39',
      '30-39',
      '40-49',
      '40-49',
      '50-59',
      '50-59',
      '60-72',
      '60-72',
    ])
  })
})

describe('scheme hints from innsatsgruppe', () => {
  it('GODE_MULIGHETER gives none', () => {
    expect(schemeHintsFor('GODE_MULIGHETER', 22)).toEqual([])
  })
  it('TRENGER_VEILEDNING: 40 %, mentor, inkluderingstilskudd, and sommerjobb under 30', () => {
    expect(schemeHintsFor('TRENGER_VEILEDNING', 25)).toEqual([
      'MIDLERTIDIG_LONNSTILSKUDD_40',
      'MENTOR',
      'INKLUDERINGSTILSKUDD',
      'SOMMERJOBB',
    ])
    expect(schemeHintsFor('TRENGER_VEILEDNING', 30)).toEqual(['MIDLERTIDIG_LONNSTILSKUDD_40', 'MENTOR', 'INKLUDERINGSTILSKUDD'])
  })
  it('nedsatt arbeidsevne: 60 %; JOBBE_DELVIS and LITEN_MULIGHET also varig', () => {
    expect(schemeHintsFor('TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE', 40)).toEqual([
      'MIDLERTIDIG_LONNSTILSKUDD_60',
      'MENTOR',
      'INKLUDERINGSTILSKUDD',
    ])
    expect(schemeHintsFor('JOBBE_DELVIS', 40)).toContain('VARIG_LONNSTILSKUDD')
    expect(schemeHintsFor('LITEN_MULIGHET_TIL_A_JOBBE', 40)).toEqual([
      'MIDLERTIDIG_LONNSTILSKUDD_60',
      'VARIG_LONNSTILSKUDD',
      'MENTOR',
      'INKLUDERINGSTILSKUDD',
    ])
  })
})

describe('caseload forms', () => {
  it('warns from the 21st active person', () => {
    expect(exceedsNormAfterAdding(19)).toBe(false)
    expect(exceedsNormAfterAdding(20)).toBe(true)
  })
  it('reads dd.mm.åååå dates and refuses impossible ones', () => {
    expect(toIsoDate('1.2.2026')).toBe('2026-02-01')
    expect(toIsoDate('2026-02-01')).toBe('2026-02-01')
    expect(toIsoDate('31.02.2026')).toBe('31.02.2026')
  })
  it('the registration schema gives the fødselsnummer message on the fnr field', () => {
    const result = RegisterCandidateSchema.safeParse({
      firstName: 'Kari',
      lastName: 'Nordmann',
      fnr: '12345678901',
      kommunenummer: '0301',
      innsatsgruppe: 'GODE_MULIGHETER',
      referralDate: '01.02.2026',
      navUnitId: '1',
    })
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((i) => [i.path[0], i.message])).toEqual([['fnr', expect.stringContaining('Ugyldig fødselsnummer')]])
  })
  it('CV fields round-trip (work history as rows; empty rows dropped)', () => {
    const cv = parseCvForm({
      intent: 'cv',
      summary: 'Hei',
      experience: [{ employer: 'Rema 1000', title: 'Butikkmedarbeider', from: '2019', to: '2021' }, {}],
      education: 'Oslo VGS; Service og samferdsel; 2015',
      certificates: 'Truckførerbevis\nHMS',
    })
    expect(cv).toEqual({
      summary: 'Hei',
      experience: [{ employer: 'Rema 1000', title: 'Butikkmedarbeider', from: '2019', to: '2021' }],
      education: [{ institution: 'Oslo VGS', programme: 'Service og samferdsel', year: '2015' }],
      certificates: ['Truckførerbevis', 'HMS'],
    })
    expect(cvToForm(cv).experience).toEqual([{ employer: 'Rema 1000', title: 'Butikkmedarbeider', from: '2019', to: '2021' }])
  })
  it('a half-filled work-history row says what is missing; a period must be a year or mm.åååå', () => {
    const result = CvSchema.safeParse({
      intent: 'cv',
      experience: [
        { title: 'Kokk', from: '2019' },
        { employer: 'A', title: 'B', to: 'i fjor' },
      ],
    })
    expect(result.success).toBe(false)
    const issues = result.error!.issues.map((i) => [i.path.join('.'), i.message])
    expect(issues).toContainEqual(['experience.0.employer', 'Skriv arbeidsgiveren.'])
    expect(issues).toContainEqual(['experience.1.to', expect.stringContaining('åååå')])
    expect(CvSchema.safeParse({ intent: 'cv', experience: [{ employer: 'A', title: 'B', from: '03.2019', to: '2021' }] }).success).toBe(
      true,
    )
  })
  it('a fødselsnummer is masked to its birth-date part', () => {
    expect(maskIdNumber('15039012345')).toBe('150390 *****')
  })
})
