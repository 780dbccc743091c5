import fc from 'fast-check'
import { kommuneGeo, kommunePlaceNames } from '@db/geo.server'
import { relatedOccupations } from '@db/reference.server'
import { normaliseWorkArea, type MatchContext, type WorkArea } from '~/domain/matching'
import type { ProfileDocument, VacancyDocument } from '@search/port'

export const TITLES: Record<string, string> = {
  '5120': 'Kokker',
  '7512': 'Bakere, konditorer mv.',
  '8322': 'Bil-, drosje- og varebilførere',
  '2223': 'Sykepleiere',
  '9112': 'Renholdere i bedrifter',
  '5131': 'Servitører',
  '2221': 'Spesialsykepleiere',
  '3434': 'Sjefskokker',
  '5246': 'Gatekjøkken- og kafémedarbeidere mv.',
  '8332': 'Lastebil- og trailersjåfører',
  '6113': 'Gartnere',
}
export const ctx: MatchContext = {
  today: '2026-11-22',
  styrkTitle: (code: string) => TITLES[code],
  relatedOccupations: relatedOccupations(),
  geo: kommuneGeo(),
  places: kommunePlaceNames(),
}

/** A work area: chosen kommuner (default Oslo), optionally fylker, parts of fylker, the whole country, travel km. */
export function area(over: Partial<WorkArea> = {}): WorkArea {
  return { kommuner: ['0301'], fylker: [], partFylker: [], wholeCountry: false, maxTravelKm: 30, ...over }
}

export function profileDoc(id: number, over: Partial<ProfileDocument> = {}): ProfileDocument {
  const codes = over.desiredStyrkCodes ?? ['5120']
  return {
    id,
    code: `P${String(id).padStart(6, '0')}`,
    headline: '',
    summary: '',
    desiredStyrkCodes: codes,
    desiredStyrkTitles: codes.map((c) => TITLES[c]).filter(Boolean),
    skills: [],
    experienceLevel: 'ETT_TIL_TRE_AR',
    educationLevel: 'VIDEREGAENDE',
    languages: ['no'],
    drivingLicences: [],
    workCapacityMin: 50,
    workCapacityMax: 100,
    availability: 'UMIDDELBART',
    adaptationNeeds: [],
    targetGroups: [],
    schemeHints: [],
    ageBand: '30-39',
    workArea: area(),
    publishedAt: `2026-11-${String(1 + (id % 20)).padStart(2, '0')}T10:00:00.000Z`,
    ...over,
  }
}

export function vacancyDoc(id: number, over: Partial<VacancyDocument> = {}): VacancyDocument {
  const styrk = over.styrkCode ?? '5120'
  return {
    id,
    organisationId: 1,
    title: 'Kokk til kantine',
    description: '',
    styrkCode: styrk,
    styrkTitle: TITLES[styrk] ?? styrk,
    kommunenummer: '0301',
    fylkesnummer: '03',
    positionPercent: 80,
    contractType: 'FAST',
    startDate: '2027-01-15',
    startAsap: false,
    applicationDeadline: null,
    requiredSkills: ['Matlaging', 'Hygiene'],
    desiredSkills: [],
    languages: ['no'],
    drivingLicence: null,
    inclusionTags: ['INKLUDERING__ARBEIDSTID'],
    publishedAt: '2026-11-20T10:00:00.000Z',
    ...over,
  }
}

/** The fixed ranking fixture: a cook vacancy and a cook, a waiter, a baker and a driver nearby. */
export const WAITER = profileDoc(104, { desiredStyrkCodes: ['5131'], skills: ['Kundeservice'], headline: 'Blid servitør' })
export const COOK = profileDoc(101, { desiredStyrkCodes: ['5120'], skills: ['matlaging'], headline: 'Erfaren kokk' })
export const BAKER = profileDoc(102, { desiredStyrkCodes: ['7512'], skills: ['Matlaging', 'hygiene'], headline: 'Baker med fagbrev' })
/** A head chef: a curated related occupation of kokk (3434 ↔ 5120), in another major group. */
export const HEAD_CHEF = profileDoc(105, { desiredStyrkCodes: ['3434'], skills: ['Kundeservice'], headline: 'Sjefskokk' })
export const GARDENER = profileDoc(106, { desiredStyrkCodes: ['6113'], skills: ['Matlaging'], headline: 'Gartner' })
export const DRIVER = profileDoc(103, { desiredStyrkCodes: ['8322'], skills: ['Varelevering'], headline: 'Sjåfør', drivingLicences: ['B'] })

// ── Random data sets (fast-check) for exact top N against brute force ──────

/**
 * Codes that give every occupation relation: same unit, minor (222x, 513x), sub-major group (51xx), none, and the
 * curated related occupations (db/reference/beslektede_yrker.csv): 3434 ↔ 5120, 5120 ↔ 9412, 5246 ↔ 5131 and 9412
 * across sub-major groups, 8322 ↔ 8332 inside one.
 */
const CODES = ['5120', '5131', '5132', '5141', '2221', '2223', '2224', '9412', '7512', '3434', '5246', '8322', '8332']
const SKILLS = [
  'Matlaging',
  'matlaging',
  'Hygienekurs',
  'Hygiene',
  'Kundeservice',
  'Sykepleie',
  'Truckførerbevis',
  'Truck',
  'truckførere',
  'Allergener',
  // occupation synonyms (search/text/synonym-groups.ts) as skills
  'Kelner',
  'Servitør',
  'Gaffeltruckfører',
  'Oppvasker',
]
/** Oslo, Bærum, Asker, Lillestrøm, Drammen, Bergen, Tingvoll, Tromsø: near, far and in other fylker. */
const KOMMUNER = ['0301', '3201', '3203', '3205', '3301', '4601', '1560', '5501']
const FYLKER = ['03', '32', '33', '46', '15', '55']
const fylkeOf = (k: string) => kommuneGeo().fylkeOf(k) ?? ''

const randomArea = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        kommuner: fc.uniqueArray(fc.constantFrom(...KOMMUNER), { maxLength: 2 }),
        fylker: fc.uniqueArray(fc.constantFrom(...FYLKER), { maxLength: 1 }),
        partFylker: fc.uniqueArray(fc.constantFrom(...FYLKER), { maxLength: 1 }),
        wholeCountry: fc.constant(false),
        maxTravelKm: fc.constantFrom(0, 10, 30, 50, 100),
      })
      .map((a) => normaliseWorkArea(a, kommuneGeo())),
  },
  { weight: 1, arbitrary: fc.constant<WorkArea | null>(null) },
  { weight: 1, arbitrary: fc.constant(area({ kommuner: [], wholeCountry: true, maxTravelKm: 0 })) },
)

const profileFields = fc.record({
  desiredStyrkCodes: fc.uniqueArray(fc.constantFrom(...CODES), { minLength: 0, maxLength: 3 }),
  skills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 4 }),
  languages: fc.uniqueArray(fc.constantFrom('no', 'en', 'pl'), { maxLength: 3 }),
  drivingLicences: fc.uniqueArray(fc.constantFrom('B', 'C', 'CE'), { maxLength: 2 }),
  capacity: fc.tuple(fc.constantFrom(20, 50, 60, 80, 100), fc.constantFrom(20, 50, 60, 80, 100)),
  availability: fc.constantFrom('UMIDDELBART', 'INNEN_1_MND', 'INNEN_3_MND', 'ETTER_AVTALE'),
  adaptationNeeds: fc.uniqueArray(
    fc.constantFrom(
      'ARBEIDSTID__FLEKSIBEL',
      'FYSISK',
      'ARBEIDSHVERDAGEN__MENTOR',
      'ARBEIDSHVERDAGEN__OPPLAERING',
      'UTFORDRINGER_MED_NORSK__LESE',
    ),
    { maxLength: 3 },
  ),
  schemeHints: fc.uniqueArray(fc.constantFrom('MIDLERTIDIG_LONNSTILSKUDD_60', 'VARIG_LONNSTILSKUDD', 'MENTOR', 'SOMMERJOBB'), {
    maxLength: 2,
  }),
  workArea: randomArea,
  day: fc.integer({ min: 1, max: 28 }),
})

const vacancyFields = fc.record({
  styrkCode: fc.constantFrom(...CODES),
  kommunenummer: fc.constantFrom(...KOMMUNER),
  positionPercent: fc.constantFrom(20, 50, 60, 80, 100),
  startAsap: fc.boolean(),
  startDate: fc.constantFrom<string | null>(null, '2026-11-25', '2026-12-30', '2027-03-01'),
  applicationDeadline: fc.constantFrom<string | null>(null, '2026-11-21', '2026-12-31'),
  requiredSkills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 2 }),
  desiredSkills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 2 }),
  languages: fc.uniqueArray(fc.constantFrom('no', 'en'), { maxLength: 2 }),
  drivingLicence: fc.constantFrom<string | null>(null, 'B', 'C'),
  inclusionTags: fc.uniqueArray(
    fc.constantFrom(
      'INKLUDERING__ARBEIDSTID',
      'INKLUDERING__FYSISK',
      'INKLUDERING__ARBEIDSMILJO',
      'TILTAK_ELLER_VIRKEMIDDEL__LONNSTILSKUDD',
      'TILTAK_ELLER_VIRKEMIDDEL__MENTORTILSKUDD',
    ),
    { maxLength: 3 },
  ),
})

export const randomProfiles = (min: number, max: number) =>
  fc.array(profileFields, { minLength: min, maxLength: max }).map((rows) =>
    rows.map((r, i) =>
      profileDoc(i + 1, {
        desiredStyrkCodes: r.desiredStyrkCodes,
        desiredStyrkTitles: r.desiredStyrkCodes.map((c) => TITLES[c]).filter(Boolean),
        skills: r.skills,
        languages: r.languages,
        drivingLicences: r.drivingLicences,
        workCapacityMin: Math.min(...r.capacity),
        workCapacityMax: Math.max(...r.capacity),
        availability: r.availability,
        adaptationNeeds: r.adaptationNeeds,
        schemeHints: r.schemeHints,
        workArea: r.workArea,
        publishedAt: `2026-11-${String(r.day).padStart(2, '0')}T10:00:00.000Z`,
      }),
    ),
  )

export const randomVacancies = (min: number, max: number) =>
  fc
    .array(vacancyFields, { minLength: min, maxLength: max })
    .map((rows) =>
      rows.map((r, i) =>
        vacancyDoc(i + 1, { ...r, styrkTitle: TITLES[r.styrkCode] ?? r.styrkCode, fylkesnummer: fylkeOf(r.kommunenummer) }),
      ),
    )

/** 40 weak nurses (2223) and one strong specialist nurse (2221, older) in Oslo: the specialist must lead the nurse vacancy's list. */
export function weakNursesAndSpecialist(): { vacancy: VacancyDocument; profiles: ProfileDocument[]; strongId: number } {
  const weak = Array.from({ length: 40 }, (_, i) =>
    profileDoc(1000 + i, {
      desiredStyrkCodes: ['2223'],
      skills: [],
      availability: 'ETTER_AVTALE',
      adaptationNeeds: ['FYSISK'],
      publishedAt: `2026-11-${String(10 + (i % 10)).padStart(2, '0')}T10:00:00.000Z`,
    }),
  )
  const strong = profileDoc(999, {
    desiredStyrkCodes: ['2221'],
    skills: ['Sykepleie', 'Medisinhåndtering'],
    availability: 'UMIDDELBART',
    publishedAt: '2026-01-05T10:00:00.000Z',
  })
  const vacancy = vacancyDoc(50, {
    styrkCode: '2223',
    title: 'Sykepleier',
    styrkTitle: TITLES['2223'],
    requiredSkills: ['Sykepleie', 'Medisinhåndtering'],
    inclusionTags: [],
  })
  return { vacancy, profiles: [...weak, strong], strongId: strong.id }
}

/** 400 newer weak cooks and one older excellent cook: the excellent cook must lead the cook vacancy's list. */
export function weakCooksAndExcellentCook(): { vacancy: VacancyDocument; profiles: ProfileDocument[]; excellentId: number } {
  const weak = Array.from({ length: 400 }, (_, i) =>
    profileDoc(2000 + i, {
      desiredStyrkCodes: ['5120'],
      skills: [],
      availability: 'INNEN_3_MND',
      publishedAt: `2026-11-${String(1 + (i % 20)).padStart(2, '0')}T10:00:00.000Z`,
    }),
  )
  const excellent = profileDoc(1999, {
    desiredStyrkCodes: ['5120'],
    skills: ['Matlaging', 'Hygiene'],
    availability: 'UMIDDELBART',
    adaptationNeeds: ['ARBEIDSTID__FLEKSIBEL'],
    publishedAt: '2025-03-01T10:00:00.000Z',
  })
  return { vacancy: vacancyDoc(60), profiles: [...weak, excellent], excellentId: excellent.id }
}
