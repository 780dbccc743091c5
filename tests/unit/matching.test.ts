import { describe, expect, it } from 'vitest'
import { kommuneGeo, kommunePlaceNames } from '@db/geo.server'
import {
  hasLicence,
  match,
  occupationMatch,
  passesHardFilters,
  type MatchContext,
  type MatchProfile,
  type MatchVacancy,
} from '~/domain/matching'

const TITLES: Record<string, string> = { '5120': 'Kokker', '5131': 'Servitører', '5151': 'Renholdsledere i bedrifter', '7512': 'Bakere, konditorer mv.' }
const ctx: MatchContext = { today: '2026-11-22', styrkTitle: (c: string) => TITLES[c], geo: kommuneGeo(), places: kommunePlaceNames() }

function vacancy(over: Partial<MatchVacancy> = {}): MatchVacancy {
  return {
    id: 1,
    status: 'PUBLISERT',
    styrkCode: '5120',
    kommunenummer: '0301',
    fylkesnummer: '03',
    positionPercent: 60,
    startDate: '2027-01-15',
    startAsap: false,
    applicationDeadline: null,
    requiredSkills: ['Matlaging', 'Hygiene'],
    desiredSkills: ['Bestilling', 'Allergener'],
    languages: ['no'],
    drivingLicence: null,
    inclusionTags: ['INKLUDERING__ARBEIDSTID', 'TILTAK_ELLER_VIRKEMIDDEL__LONNSTILSKUDD'],
    ...over,
  }
}
function profile(over: Partial<MatchProfile> = {}): MatchProfile {
  return {
    id: 10,
    status: 'PUBLISERT',
    desiredStyrkCodes: ['5120'],
    skills: ['matlaging', 'HYGIENE', 'allergéner'],
    languages: ['no', 'en'],
    drivingLicences: [],
    workCapacityMin: 50,
    workCapacityMax: 80,
    availability: 'INNEN_1_MND',
    adaptationNeeds: ['ARBEIDSTID__GRADVIS_OKNING', 'FYSISK'],
    schemeHints: ['MIDLERTIDIG_LONNSTILSKUDD_60'],
    workArea: { kommuner: ['0301'], fylker: [], partFylker: [], wholeCountry: false, maxTravelKm: 0 },
    ...over,
  }
}

describe('hard filters', () => {
  it('accepts a published pair in the same fylke with fitting capacity', () => {
    expect(passesHardFilters(vacancy(), profile(), ctx)).toEqual({ ok: true })
  })
  it.each([
    ['unpublished profile', vacancy(), profile({ status: 'AVPUBLISERT' }), 'Profilen er ikke publisert'],
    ['closed vacancy', vacancy({ status: 'STENGT' }), profile(), 'Stillingen er ikke publisert'],
    ['deadline passed', vacancy({ applicationDeadline: '2026-11-21' }), profile(), 'Søknadsfristen er ute'],
    ['far away', vacancy({ kommunenummer: '5501', fylkesnummer: '55' }), profile(), 'Utenfor området personen kan jobbe i'],
    ['unrelated occupation', vacancy(), profile({ desiredStyrkCodes: ['8322'] }), 'Ønsker ikke et yrke i samme yrkesfelt'],
    ['capacity too low', vacancy({ positionPercent: 100 }), profile(), 'Stillingsprosenten passer ikke'],
    ['capacity too high', vacancy({ positionPercent: 40 }), profile(), 'Stillingsprosenten passer ikke'],
  ])('rejects %s', (_name, v, p, reason) => {
    expect(passesHardFilters(v, p, ctx)).toEqual({ ok: false, reason })
    expect(match(v, p, ctx)).toBeNull()
  })
  it('lets a workplace within the travel distance through, never one when no area is shown', () => {
    const bærum = { kommuner: ['3201'], fylker: [], partFylker: [], wholeCountry: false, maxTravelKm: 30 }
    expect(passesHardFilters(vacancy(), profile({ workArea: bærum }), ctx).ok).toBe(true)
    expect(passesHardFilters(vacancy(), profile({ workArea: { ...bærum, maxTravelKm: 0 } }), ctx).ok).toBe(false)
    expect(passesHardFilters(vacancy(), profile({ workArea: null }), ctx)).toEqual({ ok: false, reason: 'Utenfor området personen kan jobbe i' })
  })
})

describe('score and reasons', () => {
  it('explains a good match in bokmål', () => {
    const result = match(vacancy(), profile(), ctx)!
    const texts = result.reasons.map((r) => r.text)
    expect(texts).toContain('Ønsker yrket Kokker (5120)')
    expect(texts).toContain('3 av 4 ferdigheter')
    expect(texts).toContain('Trenger tilrettelegging av arbeidstid — dere tilbyr det')
    expect(texts).toContain('Trenger fysisk tilrettelegging — ikke oppgitt i stillingen')
    expect(texts).toContain('Kan være aktuell for lønnstilskudd — dere er åpne for det')
    expect(texts).toContain('Kan starte før oppstart')
    expect(texts).toContain('Kan jobbe i Oslo')
    expect(texts).toContain('Snakker norsk')
    expect(texts).toContain('Kan jobbe 50–80 % — stillingen er 60 %')
    expect(result.score).toBeGreaterThan(50)
    expect(result.score).toBeLessThanOrEqual(100)
  })
  it('ranks unit group above minor group above sub-major group above none', () => {
    const s = (codes: string[]) => match(vacancy(), profile({ desiredStyrkCodes: codes }), ctx)!.score
    expect(s(['5120'])).toBeGreaterThan(s(['5121']))
    expect(s(['5121'])).toBeGreaterThan(s(['5131']))
    expect(match(vacancy(), profile({ desiredStyrkCodes: ['8322'] }), ctx)).toBeNull()
    expect(occupationMatch('5120', ['8322', '5131', '5129'])).toEqual({ level: 'MINOR', code: '5129' })
  })
  it('lowers the score for an unmet adaptation need and shows it', () => {
    const offered = match(vacancy(), profile({ adaptationNeeds: ['ARBEIDSTID'] }), ctx)!
    const unmet = match(vacancy({ inclusionTags: [] }), profile({ adaptationNeeds: ['ARBEIDSTID'] }), ctx)!
    expect(offered.score).toBeGreaterThan(unmet.score)
    expect(unmet.reasons).toContainEqual({ kind: 'ADAPTATION', text: 'Trenger tilrettelegging av arbeidstid — ikke oppgitt i stillingen', effect: 'negative' })
  })
  it('compares skills case- and accent-insensitively', () => {
    const r = match(vacancy({ requiredSkills: ['Allergener'], desiredSkills: [] }), profile({ skills: ['ALLERGÉNER'] }), ctx)!
    expect(r.reasons.find((x) => x.kind === 'SKILLS')!.text).toBe('1 av 1 ferdigheter')
  })
  it('handles driving licences with implied classes', () => {
    expect(hasLicence(['CE'], 'B')).toBe(true)
    expect(hasLicence(['B'], 'C')).toBe(false)
    const missing = match(vacancy({ drivingLicence: 'B' }), profile({ drivingLicences: [] }), ctx)!
    expect(missing.reasons.map((r) => r.text)).toContain('Mangler førerkort Klasse B (personbil)')
  })
  it('notes a start later than the vacancy needs', () => {
    const r = match(vacancy({ startAsap: true, startDate: null }), profile({ availability: 'INNEN_3_MND' }), ctx)!
    expect(r.reasons.map((x) => x.text)).toContain('Kan starte innen 3 måneder — senere enn oppstart')
  })
  it('shows a missing language', () => {
    const r = match(vacancy({ languages: ['no', 'pl'] }), profile(), ctx)!
    expect(r.reasons.map((x) => x.text)).toContain('Mangler språk: polsk')
  })
})
