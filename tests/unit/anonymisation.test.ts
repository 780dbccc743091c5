import { describe, expect, it } from 'vitest'
import { kommuneGeo } from '@db/geo.server'
import { coarsenWorkArea, type WorkArea } from '~/domain/matching/work-area'
import {
  applyReidentificationGuard,
  applyReidentificationGuardBatch,
  checkFreeText,
  generateProfileCode,
  isProfileCode,
  parseProfileQuery,
  PROFILE_CODE_ALPHABET,
  toEmployerProfile,
  widerAgeBand,
  type QuasiIdentifiers,
} from '~/domain/profiles'

const field = (text: string, name = 'summary', label = 'Om personen') => [{ field: name, label, text }]

describe('free-text PII check', () => {
  it('finds fødselsnummer-like numbers with and without a space, saying what and where', () => {
    for (const nr of ['14039112345', '140391 12345']) {
      const [f, ...rest] = checkFreeText(field(`Fnr: ${nr}.`), [])
      expect(rest).toEqual([])
      // The check digits fail: it only looks like one, and is refused all the same.
      expect(f).toMatchObject({ field: 'summary', kind: 'FNR_LIKE', match: nr })
      expect(f.message).toBe(`«Om personen» inneholder et tall som ligner på et fødselsnummer: «${nr}». Fjern det før profilen publiseres.`)
    }
  })

  it('finds Norwegian phone numbers in the common ways of writing them', () => {
    for (const phone of ['41234567', '412 34 567', '41 23 45 67', '4123 4567', '+47 41234567', '+4741234567', '0047 412 34 567']) {
      const findings = checkFreeText(field(`Ring ${phone} i dag`, 'headline', 'Overskrift'), [])
      expect(findings.map((f) => [f.kind, f.field, f.match])).toEqual([['PHONE', 'headline', phone]])
      expect(findings[0].message).toContain('«Overskrift» inneholder noe som ser ut som et telefonnummer')
    }
  })

  it('does not mistake years, percentages and short numbers for phone numbers', () => {
    expect(checkFreeText(field('Jobbet 2019–2021, 50 % stilling, 3 år erfaring, postnummer 0150.'), [])).toEqual([])
  })

  it('finds e-mail addresses', () => {
    const [f] = checkFreeText(field('Skriv til kari.nordmann@example.com'), [])
    expect(f).toMatchObject({ kind: 'EMAIL', match: 'kari.nordmann@example.com' })
  })

  it('finds the person’s own names on word boundaries, case-insensitively', () => {
    const findings = checkFreeText(field('KARI er flink. Nordmann-familien. Karianne og Karina er andre.'), ['Kari', 'Nordmann'])
    expect(findings.map((f) => [f.kind, f.match])).toEqual([
      ['NAME', 'KARI'],
      ['NAME', 'Nordmann'],
    ])
  })

  it('finds diagnosis words (inflected forms too) but not look-alikes', () => {
    const findings = checkFreeText(field('Har depresjonen under kontroll, lett angst og ADHD. Diabetiker.'), [])
    expect(findings.map((f) => f.match)).toEqual(['depresjonen', 'angst', 'ADHD', 'Diabetiker'])
    expect(findings.every((f) => f.kind === 'HEALTH')).toBe(true)
    expect(checkFreeText(field('Snakker russisk, kan MS Office og kjører truck. Rusk og rask.'), [])).toEqual([])
    expect(checkFreeText(field('Tidligere rus, nå rusfri'), []).map((f) => f.match)).toEqual(['rus'])
  })

  it('checks every field and reports each', () => {
    const findings = checkFreeText(
      [
        { field: 'headline', label: 'Overskrift', text: 'Ola søker jobb' },
        { field: 'skills', label: 'Ferdigheter', text: 'Truck, epilepsi' },
      ],
      ['Ola', 'Hansen'],
    )
    expect(findings.map((f) => [f.field, f.kind, f.match])).toEqual([
      ['headline', 'NAME', 'Ola'],
      ['skills', 'HEALTH', 'epilepsi'],
    ])
  })

  it('lets clean text through', () => {
    expect(checkFreeText(field('Stabil og nøyaktig lagermedarbeider med truckførerbevis.'), ['Ola', 'Hansen'])).toEqual([])
  })
})

describe('re-identification guard (k-anonymity)', () => {
  const geo = kommuneGeo()
  const coarsen = (a: WorkArea) => coarsenWorkArea(a, geo)
  const OSLO: WorkArea = { kommuner: ['0301'], fylker: [], partFylker: [], wholeCountry: false, maxTravelKm: 30 }
  const PART_OF_OSLO: WorkArea = { kommuner: [], fylker: [], partFylker: ['03'], wholeCountry: false, maxTravelKm: 0 }
  const BERGEN: WorkArea = { ...OSLO, kommuner: ['4601'] }
  const base: QuasiIdentifiers = { ageBand: '25-29', workArea: OSLO, educationLevel: 'VIDEREGAENDE', targetGroups: [] }
  const same = (overrides: Partial<QuasiIdentifiers> = {}): QuasiIdentifiers => ({ ...base, ...overrides })

  it('keeps fine values when at least k profiles share them (counting this one)', () => {
    const result = applyReidentificationGuard(base, [same(), same()], 3, coarsen)
    expect(result).toEqual({ ageBand: '25-29', workArea: OSLO, coarsened: [], count: 3, satisfied: true })
  })

  it('widens the age band first', () => {
    const result = applyReidentificationGuard(base, [same({ ageBand: '16-24' }), same({ ageBand: '16-29' })], 3, coarsen)
    expect(result).toMatchObject({ ageBand: '16-29', workArea: OSLO, coarsened: ['ageBand'], satisfied: true })
  })

  it('then hides the age band, then shows the work area only as «parts of» its fylke — never hides it', () => {
    expect(applyReidentificationGuard(base, [same({ ageBand: '40-49' }), same({ ageBand: '60-72' })], 3, coarsen)).toMatchObject({
      ageBand: 'ALLE',
      workArea: OSLO,
      coarsened: ['ageBand'],
    })
    expect(
      applyReidentificationGuard(base, [same({ workArea: PART_OF_OSLO }), same({ workArea: PART_OF_OSLO, ageBand: '16-24' })], 3, coarsen),
    ).toMatchObject({
      ageBand: '16-29',
      workArea: PART_OF_OSLO,
      coarsened: ['ageBand', 'workArea'],
      satisfied: true,
    })
  })

  it('never counts profiles with another education level, other target groups or another work area', () => {
    const others = [
      same({ educationLevel: 'FAGBREV' }),
      same({ targetGroups: ['PRIORITERT_MALGRUPPE__HULL_I_CV_EN'] }),
      same({ workArea: BERGEN }),
    ]
    expect(applyReidentificationGuard(base, others, 3, coarsen)).toMatchObject({
      ageBand: 'ALLE',
      workArea: PART_OF_OSLO,
      satisfied: false,
      count: 1,
    })
  })

  it('k = 1 never coarsens', () => {
    expect(applyReidentificationGuard(base, [], 1, coarsen)).toMatchObject({ ageBand: '25-29', workArea: OSLO, coarsened: [] })
  })

  it('wider bands', () => {
    expect(['16-24', '25-29', '30-39', '40-49', '50-59', '60-72'].map((b) => widerAgeBand(b as never))).toEqual([
      '16-29',
      '16-29',
      '30-49',
      '30-49',
      '50-72',
      '50-72',
    ])
  })

  it('batch: every shown group has at least k members when the data allow it', () => {
    const all: QuasiIdentifiers[] = [
      same(),
      same(),
      same(), // a full fine group
      same({ ageBand: '16-24' }),
      same({ ageBand: '16-24' }), // joins others at 16-29
      same({ workArea: BERGEN, ageBand: '60-72' }), // alone: must be coarsened all the way
    ]
    const result = applyReidentificationGuardBatch(all, 3, coarsen)
    expect(result.slice(0, 3).every((r) => r.ageBand === '25-29' && r.coarsened.length === 0)).toBe(true)
    expect(result[3]).toMatchObject({ ageBand: '16-29', workArea: OSLO })
    expect(result[5]).toMatchObject({ ageBand: 'ALLE', workArea: { ...PART_OF_OSLO, partFylker: ['46'] } })
  })
})

describe('profile codes', () => {
  it('are K- plus six characters from an alphabet without look-alikes', () => {
    let i = 0
    const code = generateProfileCode((n) => (i++ * 7) % n)
    expect(isProfileCode(code)).toBe(true)
    expect(PROFILE_CODE_ALPHABET).not.toMatch(/[01OIL]/)
    expect(isProfileCode('K-00000O')).toBe(false)
    expect(isProfileCode('12')).toBe(false)
  })
})

describe('the employer projection', () => {
  it('whitelists: candidate fields and internal ids never pass through', () => {
    const row = {
      // profile fields
      code: 'K-ABC234',
      headline: 'Lagermedarbeider',
      summary: 'Stabil',
      desiredStyrkCodes: ['4321'],
      skills: ['Truck'],
      experienceLevel: 'ETT_TIL_TRE_AR',
      educationLevel: 'VIDEREGAENDE',
      languages: ['no'],
      drivingLicences: ['B'],
      workCapacityMin: 50,
      workCapacityMax: 80,
      availability: 'UMIDDELBART',
      adaptationNeeds: ['ARBEIDSTID__FLEKSIBEL', 'FYSISK'],
      targetGroups: ['PRIORITERT_MALGRUPPE__HULL_I_CV_EN'],
      schemeHints: ['MENTOR'],
      shownAgeBand: '25-29',
      shownFylkesnummer: '03',
      shownWorkArea: { kommuner: ['0301'], fylker: [], partFylker: [], wholeCountry: false, maxTravelKm: 30 },
      publishedAt: '2026-11-01T10:00:00.000Z',
      // things that must never reach an employer
      id: 17,
      candidateId: 42,
      firstName: 'Kari',
      lastName: 'Nordmann',
      fnr: '14039112345',
      birthDate: '1991-03-14',
      phone: '41234567',
      email: 'kari@example.com',
      kommunenummer: '0301',
      innsatsgruppe: 'JOBBE_DELVIS',
      jobbspesialistUserId: 3,
      cv: { summary: 'x' },
    }
    const profile = toEmployerProfile(row, { styrkTitle: () => 'Lagermedarbeidere', fylkeName: () => 'Oslo', kommuneName: () => 'Oslo' })
    expect(Object.keys(profile).sort()).toEqual(
      [
        'adaptationNeeds',
        'ageBand',
        'availability',
        'code',
        'drivingLicences',
        'educationLevel',
        'experienceLevel',
        'headline',
        'languages',
        'occupations',
        'publishedAt',
        'schemeHints',
        'skills',
        'summary',
        'targetGroups',
        'workArea',
        'workCapacity',
      ].sort(),
    )
    const json = JSON.stringify(profile)
    for (const secret of [
      'Kari',
      'Nordmann',
      '14039112345',
      '1991-03-14',
      '41234567',
      'kari@example.com',
      'JOBBE_DELVIS',
      '"id"',
      'candidateId',
      '42',
      '"cv"',
    ]) {
      expect(json).not.toContain(secret)
    }
    expect(profile.adaptationNeeds).toEqual([
      { group: 'ARBEIDSTID', label: 'Arbeidstid', needs: [{ code: 'ARBEIDSTID__FLEKSIBEL', label: 'Fleksibel arbeidstid' }] },
      { group: 'FYSISK', label: 'Fysisk tilrettelegging', needs: [] },
    ])
    expect(profile.ageBand).toEqual({ code: '25-29', label: '25–29 år' })
    // the work area is shown (here it is the residence kommune too, but the row's kommunenummer is never read)
    expect(profile.workArea).toMatchObject({
      description: 'Oslo, inntil 30 km unna',
      kommuner: [{ code: '0301', name: 'Oslo' }],
      wholeCountry: false,
    })
  })

  it('a missing work area is «ikke oppgitt» (null), never «Hele landet», and a missing band is ALLE', () => {
    const p = toEmployerProfile(
      {
        code: 'K-ABC234',
        headline: '',
        summary: '',
        desiredStyrkCodes: [],
        skills: [],
        experienceLevel: null,
        educationLevel: null,
        languages: [],
        drivingLicences: [],
        workCapacityMin: 100,
        workCapacityMax: 100,
        availability: 'ETTER_AVTALE',
        adaptationNeeds: [],
        targetGroups: [],
        schemeHints: [],
        shownAgeBand: null,
        shownWorkArea: null,
        publishedAt: null,
      },
      { styrkTitle: () => undefined, fylkeName: () => undefined, kommuneName: () => undefined },
    )
    expect(p.workArea).toBeNull()
    expect(p.ageBand.code).toBe('ALLE')
  })
})

describe('listing query', () => {
  it('parses filters, sort and page', () => {
    const parsed = parseProfileQuery(
      new URLSearchParams(
        'q=truck&styrk=4321&fylke=03&minCapacity=60&adaptationGroups=ARBEIDSTID&adaptationGroups=FYSISK&sort=oldest&page=2',
      ),
    )
    expect(parsed).toEqual({
      ok: true,
      filters: { q: 'truck', styrk: '4321', fylke: '03', minCapacity: 60, adaptationGroups: ['ARBEIDSTID', 'FYSISK'] },
      sort: 'oldest',
      page: 2,
    })
  })
  it('gives field errors in bokmål for bad values', () => {
    const parsed = parseProfileQuery(new URLSearchParams('styrk=abc&fylke=3&page=0&minCapacity=150&sort=tilfeldig'))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors.map((e) => e.field).sort()).toEqual(['fylke', 'minCapacity', 'page', 'sort', 'styrk'])
  })
  it('empty values mean no filter', () => {
    expect(parseProfileQuery(new URLSearchParams('q=&styrk=&fylke=&page='))).toEqual({ ok: true, filters: {}, sort: 'newest', page: 1 })
  })
})

describe('re-identification guard: earlier coarsened profiles', () => {
  it('count for a later profile with a finer age band, but a differently shown work area does not', () => {
    const coarsen = (a: WorkArea) => coarsenWorkArea(a, kommuneGeo())
    const area: WorkArea = { kommuner: ['3201'], fylker: [], partFylker: [], wholeCountry: false, maxTravelKm: 20 }
    const own: QuasiIdentifiers = { ageBand: '30-39', workArea: area, educationLevel: 'VIDEREGAENDE', targetGroups: [] }
    const coarse = { ...own, ageBand: 'ALLE' as const }
    expect(applyReidentificationGuard(own, [coarse, coarse], 3, coarsen)).toMatchObject({
      ageBand: '30-39',
      workArea: area,
      coarsened: [],
      count: 3,
    })
    expect(
      applyReidentificationGuard(
        own,
        [
          { ...own, workArea: { ...area, maxTravelKm: 50 } },
          { ...own, ageBand: '50-59' },
        ],
        3,
        coarsen,
      ),
    ).toMatchObject({
      ageBand: 'ALLE',
      workArea: { kommuner: [], fylker: [], partFylker: ['32'], wholeCountry: false, maxTravelKm: 0 },
      coarsened: ['ageBand', 'workArea'],
    })
  })
})
