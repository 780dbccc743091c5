import type { ProfileDocument, VacancyDocument } from '@search/port'

export const TITLES: Record<string, string> = {
  '5120': 'Kokker',
  '7512': 'Bakere, konditorer mv.',
  '8322': 'Bil-, drosje- og varebilførere',
  '2223': 'Sykepleiere',
  '9112': 'Renholdere i bedrifter',
}
export const ctx = { today: '2026-11-22', styrkTitle: (code: string) => TITLES[code] }

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
    fylkesnummer: '03',
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

/** The fixed ranking fixture: a cook vacancy and a cook, a baker and a driver nearby. */
export const COOK = profileDoc(101, { desiredStyrkCodes: ['5120'], skills: ['matlaging'], headline: 'Erfaren kokk' })
export const BAKER = profileDoc(102, { desiredStyrkCodes: ['7512'], skills: ['Matlaging', 'hygiene'], headline: 'Baker med fagbrev' })
export const DRIVER = profileDoc(103, { desiredStyrkCodes: ['8322'], skills: ['Varelevering'], headline: 'Sjåfør', drivingLicences: ['B'] })
