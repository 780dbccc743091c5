import { describe, expect, it } from 'vitest'
import {
  actionBlocker,
  allowedActions,
  canEdit,
  inclusionTagGroupsFor,
  occupationChoices,
  parseDateInput,
  parseSkillList,
  parseWholeKroner,
  resolveOccupation,
  searchOccupations,
  validateVacancy,
  type VacancyValidationContext,
} from '~/domain/vacancies'

const occupations = [
  { code: '5120', title: 'Kokker' },
  { code: '9412', title: 'Kjøkkenassistenter' },
  { code: '5131', title: 'Servitører' },
  { code: '9112', title: 'Renholdere i bedrifter' },
  { code: '9111', title: 'Rengjørere i private hjem' },
  { code: '5311', title: 'Barnehage- og skolefritidsassistenter mv.' },
  { code: '5321', title: 'Helsefagarbeidere' },
  { code: '2221', title: 'Sykepleiere' },
  { code: '3221', title: 'Helsesekretærer' },
]

const ctx = (overrides: Partial<VacancyValidationContext> = {}): VacancyValidationContext => ({
  today: '2026-11-22',
  occupations,
  isKnownKommune: (nr) => ['0301', '4601', '5001'].includes(nr),
  sector: 'PRIVAT',
  ...overrides,
})

const valid = {
  title: 'Kokk til lunsjrestaurant',
  occupation: 'Kokker (5120)',
  description: 'Vi trenger en kokk.',
  kommunenummer: '0301',
  positionPercent: '80',
  contractType: 'FAST',
  startMode: 'SNAREST',
  applicationDeadline: '2026-12-31',
  yearlySalary: '450 000',
  requiredSkills: 'Matlaging, hygiene\nSamarbeid',
  desiredSkills: '',
  languages: ['no'],
  drivingLicence: 'B',
  inclusionTags: ['INKLUDERING__ARBEIDSTID', 'TILTAK_ELLER_VIRKEMIDDEL__LONNSTILSKUDD'],
}

function errorsFor(input: Record<string, unknown>, c = ctx()) {
  const result = validateVacancy(input, c)
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.errors
}

describe('vacancy validation', () => {
  it('accepts a complete vacancy and normalises it', () => {
    const result = validateVacancy(valid, ctx())
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Kokk til lunsjrestaurant',
        styrkCode: '5120',
        description: 'Vi trenger en kokk.',
        kommunenummer: '0301',
        positionPercent: 80,
        contractType: 'FAST',
        startAsap: true,
        startDate: null,
        applicationDeadline: '2026-12-31',
        yearlySalary: 450000,
        requiredSkills: ['Matlaging', 'hygiene', 'Samarbeid'],
        desiredSkills: [],
        languages: ['no'],
        drivingLicence: 'B',
        inclusionTags: ['INKLUDERING__ARBEIDSTID', 'TILTAK_ELLER_VIRKEMIDDEL__LONNSTILSKUDD'],
      },
    })
  })

  it('rejects an application deadline before today, and accepts today', () => {
    expect(errorsFor({ ...valid, applicationDeadline: '2026-11-21' })).toEqual([
      { field: 'applicationDeadline', message: 'Søknadsfristen kan ikke være før i dag.' },
    ])
    expect(validateVacancy({ ...valid, applicationDeadline: '2026-11-22' }, ctx()).ok).toBe(true)
  })

  it('rejects an impossible date', () => {
    expect(errorsFor({ ...valid, applicationDeadline: '2026-02-30' })[0].field).toBe('applicationDeadline')
  })

  it.each(['0', '101', '-5', '50.5', 'femti'])('rejects position percentage %s', (positionPercent) => {
    expect(errorsFor({ ...valid, positionPercent })).toEqual([
      { field: 'positionPercent', message: 'Stillingsprosenten må være et helt tall fra 1 til 100.' },
    ])
  })

  it.each([
    ['1', 1],
    ['100', 100],
    ['50 %', 50],
  ])('accepts position percentage %s', (positionPercent, expected) => {
    const result = validateVacancy({ ...valid, positionPercent }, ctx())
    expect(result.ok && result.value.positionPercent).toBe(expected)
  })

  it('rejects an unknown STYRK code and an unknown occupation name', () => {
    expect(errorsFor({ ...valid, occupation: '9999' })).toEqual([
      { field: 'occupation', message: 'Yrkeskoden 9999 finnes ikke i STYRK-08. Skriv en del av yrkesnavnet og velg fra listen.' },
    ])
    expect(errorsFor({ ...valid, occupation: 'Astronaut' })[0]).toEqual({
      field: 'occupation',
      message: 'Fant ikke yrket «Astronaut» i STYRK-08. Skriv en del av yrkesnavnet og velg fra listen.',
    })
  })

  it('says when the typed occupation is ambiguous', () => {
    const [error] = errorsFor({ ...valid, occupation: 'helse' })
    expect(error.field).toBe('occupation')
    expect(error.message).toContain('passer til 2 yrker')
    expect(error.message).toContain('Helsefagarbeidere')
  })

  it('rejects STATLIG_INKLUDERINGSDUGNAD for a private employer but accepts it for a state employer', () => {
    const input = { ...valid, inclusionTags: ['STATLIG_INKLUDERINGSDUGNAD'] }
    expect(errorsFor(input)).toEqual([
      { field: 'inclusionTags', message: 'Statlig inkluderingsdugnad kan bare velges av statlige virksomheter.' },
    ])
    expect(validateVacancy(input, ctx({ sector: 'STATLIG' })).ok).toBe(true)
  })

  it('only offers the STATLIG group to state employers', () => {
    expect(inclusionTagGroupsFor('PRIVAT').map((g) => g.code)).toEqual(['INKLUDERING', 'TILTAK_ELLER_VIRKEMIDDEL', 'PRIORITERT_MALGRUPPE'])
    expect(inclusionTagGroupsFor('STATLIG').map((g) => g.code)).toContain('STATLIG_INKLUDERINGSDUGNAD')
    expect(inclusionTagGroupsFor('PRIVAT')[0].tags[0]).toEqual({ code: 'INKLUDERING__ARBEIDSTID', label: 'Arbeidstid' })
  })

  it('rejects unknown codes for kommune, contract type, languages, driving licence and tags', () => {
    const errors = errorsFor({
      ...valid,
      kommunenummer: '9999',
      contractType: 'EVIG',
      languages: ['xx'],
      drivingLicence: 'Z',
      inclusionTags: ['FINNES_IKKE'],
    })
    expect(errors.map((e) => e.field).sort()).toEqual(['contractType', 'drivingLicence', 'inclusionTags', 'kommunenummer', 'languages'])
    expect(errors.find((e) => e.field === 'kommunenummer')?.message).toBe('Kommunen finnes ikke. Velg en kommune fra listen.')
  })

  it('needs a start date when start is not «snarest»', () => {
    expect(errorsFor({ ...valid, startMode: 'DATO' })).toEqual([
      { field: 'startDate', message: 'Skriv startdatoen, eller velg «Snarest».' },
    ])
    const result = validateVacancy({ ...valid, startMode: 'DATO', startDate: '2027-01-04' }, ctx())
    expect(result.ok && [result.value.startAsap, result.value.startDate]).toEqual([false, '2027-01-04'])
  })

  it.each(['0', '-1000', '45000,50', 'mye'])('rejects yearly salary %s', (yearlySalary) => {
    expect(errorsFor({ ...valid, yearlySalary })).toEqual([
      { field: 'yearlySalary', message: 'Årslønnen må være et positivt helt antall kroner, for eksempel 450 000.' },
    ])
  })

  it('requires title and description, naming the field', () => {
    const errors = errorsFor({ ...valid, title: '  ', description: undefined })
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'title', message: 'Skriv en tittel på stillingen.' },
        { field: 'description', message: 'Skriv en beskrivelse av stillingen.' },
      ]),
    )
  })
})

describe('occupation lookup', () => {
  it('resolves a code, a labelled code, an exact title and a unique part of a title', () => {
    expect(resolveOccupation('5120', occupations)).toEqual({ ok: true, code: '5120' })
    expect(resolveOccupation('Servitører (5131)', occupations)).toEqual({ ok: true, code: '5131' })
    expect(resolveOccupation('kokker', occupations)).toEqual({ ok: true, code: '5120' })
    expect(resolveOccupation('Renholder', occupations)).toEqual({ ok: true, code: '9112' })
    expect(resolveOccupation('barnehage', occupations)).toEqual({ ok: true, code: '5311' })
  })

  it('finds titles containing every typed word, prefix matches first', () => {
    expect(searchOccupations('kjøkken', occupations).map((o) => o.code)).toEqual(['9412'])
    expect(searchOccupations('helse', occupations).map((o) => o.code)).toEqual(['3221', '5321'])
    expect(searchOccupations('sykepleiere', [{ code: '1', title: 'Spesialsykepleiere' }, ...occupations]).map((o) => o.code)).toEqual([
      '2221',
      '1',
    ])
    expect(searchOccupations('', occupations)).toEqual([])
    expect(searchOccupations('51', occupations).map((o) => o.code)).toEqual(['5120', '5131'])
  })

  it('shows saved codes and resolvable text in the occupation picker as titles, and keeps other text as typed', () => {
    expect(occupationChoices(['5120', 'servitører', '  ', 'Renholder'], occupations)).toEqual([
      { value: '5120', label: 'Kokker' },
      { value: '5131', label: 'Servitører' },
      { value: '9112', label: 'Renholdere i bedrifter' },
    ])
    // Two occupations fit «helse», and «astronaut» none: shown as typed, to be corrected.
    expect(occupationChoices(['helse', 'astronaut'], occupations)).toEqual([
      { value: 'helse', label: 'helse', typed: true },
      { value: 'astronaut', label: 'astronaut', typed: true },
    ])
  })
})

describe('dates', () => {
  it('reads Norwegian and ISO dates, rejects impossible ones', () => {
    expect(parseDateInput('31.12.2026')).toBe('2026-12-31')
    expect(parseDateInput('4.1.2027')).toBe('2027-01-04')
    expect(parseDateInput('2026-12-31')).toBe('2026-12-31')
    expect(parseDateInput('30.02.2026')).toBeNull()
    expect(parseDateInput('i morgen')).toBeNull()
  })

  it('accepts a deadline typed as dd.mm.åååå and rejects one before today', () => {
    const ok = validateVacancy({ ...valid, applicationDeadline: '15.01.2027' }, ctx())
    expect(ok.ok && ok.value.applicationDeadline).toBe('2027-01-15')
    expect(errorsFor({ ...valid, applicationDeadline: '21.11.2026' })[0].message).toBe('Søknadsfristen kan ikke være før i dag.')
  })
})

describe('skills, salary', () => {
  it('splits skills on commas and lines, trims and drops duplicates', () => {
    expect(parseSkillList(' Truckførerbevis ,\n\nkundeservice\r\nKundeservice; excel ')).toEqual([
      'Truckførerbevis',
      'kundeservice',
      'excel',
    ])
    expect(parseSkillList(undefined)).toEqual([])
  })

  it('reads whole kroner with spaces and «kr»', () => {
    expect(parseWholeKroner('450 000 kr')).toBe(450000)
    expect(parseWholeKroner('450\u00a0000')).toBe(450000)
    expect(parseWholeKroner('12,5')).toBeNull()
  })
})

describe('status transitions', () => {
  it('allows publish from draft, fill and close from published, nothing from filled', () => {
    expect(allowedActions('UTKAST')).toEqual(['publish', 'close'])
    expect(allowedActions('PUBLISERT')).toEqual(['fill', 'close'])
    expect(allowedActions('BESATT')).toEqual([])
    expect(allowedActions('STENGT')).toEqual(['publish'])
    expect(canEdit('BESATT')).toBe(false)
    expect(canEdit('PUBLISERT')).toBe(true)
  })

  it('blocks publishing when the deadline has passed and says why', () => {
    expect(actionBlocker({ status: 'UTKAST', applicationDeadline: '2026-11-01' }, 'publish', '2026-11-22')).toBe(
      'Søknadsfristen har gått ut. Endre søknadsfristen før du publiserer.',
    )
    expect(actionBlocker({ status: 'UTKAST', applicationDeadline: null }, 'publish', '2026-11-22')).toBeNull()
    expect(actionBlocker({ status: 'BESATT', applicationDeadline: null }, 'close', '2026-11-22')).toBe(
      'Stillingen har status «besatt» og kan ikke stenges.',
    )
  })
})

describe('form values and links for a saved vacancy', async () => {
  const { calculatorHref, groupedInclusionTags, vacancyFormValues } = await import('~/components/vacancies/VacancyDetails')

  it('turns a saved vacancy back into form values that validate to the same vacancy', () => {
    const first = validateVacancy({ ...valid, startMode: 'DATO', startDate: '4.1.2027' }, ctx())
    if (!first.ok) throw new Error('valid input expected')
    const saved = {
      ...first.value,
      styrkTitle: 'Kokker',
      kommuneName: 'Oslo',
      fylkeName: 'Oslo',
      organisationName: 'X',
      status: 'UTKAST' as const,
      publishedAt: null,
      version: 3,
    }
    const values = vacancyFormValues(saved)
    expect(values).toMatchObject({ occupation: 'Kokker (5120)', startDate: '04.01.2027', applicationDeadline: '31.12.2026', version: '3' })
    const again = validateVacancy(values, ctx())
    expect(again).toEqual(first)
  })

  it('prefills the subsidy calculator with salary, percentage and kommune', () => {
    const href = calculatorHref({ yearlySalary: 460000, positionPercent: 80, kommunenummer: '0301' })
    const params = new URL(href, 'http://x').searchParams
    expect(href.startsWith('/tilskuddskalkulator?')).toBe(true)
    expect(Object.fromEntries(params)).toEqual({
      yearlySalary: '460000',
      yearlyPay: '460000',
      payMode: 'yearly',
      positionPercent: '80',
      kommunenummer: '0301',
    })
    expect(calculatorHref({ yearlySalary: null, positionPercent: 50, kommunenummer: '4601' })).toBe(
      '/tilskuddskalkulator?positionPercent=50&kommunenummer=4601',
    )
  })

  it('groups inclusion tags under NAV group labels', () => {
    expect(groupedInclusionTags(['TILTAK_ELLER_VIRKEMIDDEL__MENTORTILSKUDD', 'INKLUDERING__FYSISK', 'INKLUDERING__ARBEIDSTID'])).toEqual([
      { label: 'Tilrettelegging', tags: ['Fysisk tilrettelegging', 'Arbeidstid'] },
      { label: 'Bruk av virkemidler', tags: ['Mentor'] },
    ])
  })
})
