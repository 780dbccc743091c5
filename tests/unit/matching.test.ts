import { describe, expect, it } from 'vitest'
import { kommuneGeo, kommunePlaceNames } from '@db/geo.server'
import { relatedOccupations } from '@db/reference.server'
import {
  hasLicence,
  match,
  MIN_MATCH_SCORE,
  heldSkillKeys,
  occupationMatch,
  skillKeys,
  relatedOccupationsFrom,
  passesHardFilters,
  type MatchContext,
  type MatchProfile,
  type MatchVacancy,
  wideningHints,
} from '~/domain/matching'

const TITLES: Record<string, string> = {
  '5120': 'Kokker',
  '5131': 'Servitører',
  '3434': 'Sjefskokker',
  '5151': 'Renholdsledere i bedrifter',
  '7512': 'Bakere, konditorer mv.',
}
const ctx: MatchContext = {
  today: '2026-11-22',
  styrkTitle: (c: string) => TITLES[c],
  relatedOccupations: relatedOccupations(),
  geo: kommuneGeo(),
  places: kommunePlaceNames(),
}

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
    expect(passesHardFilters(vacancy(), profile({ workArea: null }), ctx)).toEqual({
      ok: false,
      reason: 'Utenfor området personen kan jobbe i',
    })
  })
})

describe('score and reasons', () => {
  it('explains a good match in bokmål', () => {
    const result = match(vacancy(), profile(), ctx)!
    const texts = result.reasons.map((r) => r.text)
    expect(texts).toContain('Ønsker yrket Kokker (5120)')
    expect(texts).toContain('Har 3 av 4 ferdigheter: Matlaging, Hygiene og Allergener')
    expect(texts).toContain('Mangler Bestilling (ønsket)')
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
  it('scores a curated related occupation (sjefskokk for kokk) between minor and sub-major group, both ways', () => {
    const s = (codes: string[]) => match(vacancy(), profile({ desiredStyrkCodes: codes }), ctx)!.score
    expect(s(['5121'])).toBeGreaterThan(s(['3434']))
    expect(s(['3434'])).toBeGreaterThan(s(['5131']))
    expect(occupationMatch('5120', ['3434'], ctx.relatedOccupations)).toEqual({ level: 'RELATED', code: '3434' })
    expect(occupationMatch('3434', ['5120'], ctx.relatedOccupations)).toEqual({ level: 'RELATED', code: '5120' })
    // the closer relation wins; a related pair in one sub-major group (8322 ↔ 8332) counts as related
    expect(occupationMatch('5120', ['3434', '5129'], ctx.relatedOccupations)).toEqual({ level: 'MINOR', code: '5129' })
    expect(occupationMatch('8322', ['8332'], ctx.relatedOccupations)).toEqual({ level: 'RELATED', code: '8332' })
    // without the curated table the head chef is no match for a cook vacancy (another major group)
    expect(occupationMatch('5120', ['3434'])).toEqual({ level: null, code: null })
    const related = relatedOccupationsFrom([
      ['3434', '5120'],
      ['5120', '5129'],
    ])
    expect(related('5120')).toEqual(['3434'])
    expect(related('3434')).toEqual(['5120'])
    // the reason names both occupations, worded for who reads it
    const reason = (audience: 'employer' | 'jobbspesialist') =>
      match(vacancy(), profile({ desiredStyrkCodes: ['3434'] }), { ...ctx, audience })!.reasons.find((r) => r.kind === 'OCCUPATION')
    expect(reason('employer')).toMatchObject({
      text: 'Ønsker et beslektet yrke: Sjefskokker (3434), nær Kokker som dere søker',
      points: 18,
    })
    expect(reason('jobbspesialist')?.text).toBe('Ønsker et beslektet yrke: Sjefskokker (3434), nær stillingens yrke Kokker')
  })
  it('lowers the score for an unmet adaptation need and shows it', () => {
    const offered = match(vacancy(), profile({ adaptationNeeds: ['ARBEIDSTID'] }), ctx)!
    const unmet = match(vacancy({ inclusionTags: [] }), profile({ adaptationNeeds: ['ARBEIDSTID'] }), ctx)!
    expect(offered.score).toBeGreaterThan(unmet.score)
    expect(unmet.reasons).toContainEqual({
      kind: 'ADAPTATION',
      text: 'Trenger tilrettelegging av arbeidstid — ikke oppgitt i stillingen',
      effect: 'negative',
      points: -8,
    })
  })
  it('compares skills case- and accent-insensitively', () => {
    const r = match(vacancy({ requiredSkills: ['Allergener'], desiredSkills: [] }), profile({ skills: ['ALLERGÉNER'] }), ctx)!
    expect(r.reasons.find((x) => x.kind === 'SKILLS')!.text).toBe('Har 1 av 1 ferdigheter: Allergener')
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
  it('gives each reason the points it added: they sum to the score', () => {
    for (const [v, p] of [
      [vacancy(), profile()],
      [vacancy({ drivingLicence: 'B', languages: ['no', 'pl'], inclusionTags: [] }), profile({ drivingLicences: [] })],
      [vacancy({ requiredSkills: ['Sveising'], desiredSkills: [] }), profile({ desiredStyrkCodes: ['5121'] })],
    ] as const) {
      const r = match(v, p, ctx)!
      const sum = r.reasons.reduce((total, reason) => total + reason.points, 0)
      expect(r.score).toBe(Math.max(0, Math.min(100, Math.round(sum))))
      expect(r.reasons.find((x) => x.kind === 'OCCUPATION')!.points).toBeGreaterThan(0)
    }
  })
  it('names the skills held and those missing, required ones marked', () => {
    const r = match(vacancy({ requiredSkills: ['Matlaging', 'Sveising'], desiredSkills: ['Bestilling'] }), profile(), ctx)!
    expect(r.reasons.filter((x) => x.kind === 'SKILLS').map((x) => x.text)).toEqual([
      'Har 1 av 3 ferdigheter: Matlaging',
      'Mangler Sveising (krav); Bestilling (ønsket)',
    ])
    const none = match(vacancy({ requiredSkills: ['Sveising'], desiredSkills: [] }), profile(), ctx)!
    expect(none.reasons.filter((x) => x.kind === 'SKILLS').map((x) => x.text)).toEqual([
      'Har ingen av de 1 ferdighetene stillingen ber om',
      'Mangler Sveising (krav)',
    ])
  })
  it('words the reasons for who reads them', () => {
    const forEmployer = match(vacancy(), profile(), ctx)!.reasons.map((r) => r.text)
    const forJobbspesialist = match(vacancy(), profile(), { ...ctx, audience: 'jobbspesialist' })!.reasons.map((r) => r.text)
    expect(forEmployer).toContain('Trenger tilrettelegging av arbeidstid — dere tilbyr det')
    expect(forJobbspesialist).toContain('Trenger tilrettelegging av arbeidstid — arbeidsgiveren tilbyr det')
    expect(forJobbspesialist).toContain('Kan være aktuell for lønnstilskudd — arbeidsgiveren er åpen for det')
    expect(forJobbspesialist.join(' ')).not.toContain('dere')
    expect(match(vacancy(), profile(), { ...ctx, audience: 'jobbspesialist' })!.score).toBe(match(vacancy(), profile(), ctx)!.score)
  })
  it('meets a mentor need by everyday-work adaptation or by mentortilskudd, not by other tags', () => {
    const mentor = profile({ adaptationNeeds: ['ARBEIDSHVERDAGEN__MENTOR'] })
    const text = (tags: string[]) => match(vacancy({ inclusionTags: tags }), mentor, ctx)!.reasons.find((r) => r.kind === 'ADAPTATION')
    expect(text(['TILTAK_ELLER_VIRKEMIDDEL__MENTORTILSKUDD'])).toMatchObject({
      text: 'Trenger en mentor — dere tilbyr det',
      effect: 'positive',
    })
    expect(text(['INKLUDERING__ARBEIDSMILJO'])).toMatchObject({ effect: 'positive' })
    expect(text(['INKLUDERING__ARBEIDSTID'])).toMatchObject({ text: 'Trenger en mentor — ikke oppgitt i stillingen', effect: 'negative' })
    // a need for more than a mentor (training too) is not met by mentortilskudd alone
    const more = profile({ adaptationNeeds: ['ARBEIDSHVERDAGEN__MENTOR', 'ARBEIDSHVERDAGEN__OPPLAERING'] })
    expect(
      match(vacancy({ inclusionTags: ['TILTAK_ELLER_VIRKEMIDDEL__MENTORTILSKUDD'] }), more, ctx)!.reasons.find(
        (r) => r.kind === 'ADAPTATION',
      ),
    ).toMatchObject({
      effect: 'negative',
    })
  })
  it('lists nobody below the minimum score', () => {
    // a related occupation only, a late start, no skills, a missing licence and an unmet need
    const weak = match(
      vacancy({ drivingLicence: 'B', startAsap: true, startDate: null, inclusionTags: [] }),
      profile({
        desiredStyrkCodes: ['5131'],
        skills: [],
        availability: 'ETTER_AVTALE',
        adaptationNeeds: ['FYSISK'],
        workArea: { kommuner: [], fylker: [], partFylker: [], wholeCountry: true, maxTravelKm: 0 },
      }),
      ctx,
    )
    expect(weak).toBeNull()
    expect(MIN_MATCH_SCORE).toBeGreaterThan(0)
  })
  it('hints at what widens a short list from the vacancy alone', () => {
    const hints = wideningHints(vacancy({ positionPercent: 100, requiredSkills: ['A', 'B', 'C'], drivingLicence: 'B', inclusionTags: [] }))
    expect(hints.join(' ')).toContain('deltid')
    expect(hints.join(' ')).toContain('påkrevde ferdighetene')
    expect(hints.join(' ')).toContain('Førerkort')
    expect(hints.join(' ')).toContain('tilrettelegging')
  })
})

describe('skills after the same normalisation as text (issue 11 §4)', () => {
  it('matches inflections and a held compound to the word asked for, and names the vacancy’s wording', () => {
    const r = match(
      vacancy({ requiredSkills: ['truckfører', 'Truck'], desiredSkills: ['Lagerarbeid'] }),
      profile({ skills: ['Truckførerbevis', 'lagerarbeidet'] }),
      ctx,
    )!
    expect(r.reasons.find((x) => x.kind === 'SKILLS')!.text).toBe('Har 3 av 3 ferdigheter: truckfører, Truck og Lagerarbeid')
    // a short word is no beginning of an unrelated skill
    const none = match(vacancy({ requiredSkills: ['Sveis'], desiredSkills: [] }), profile({ skills: ['Matlaging'] }), ctx)!
    expect(none.reasons.find((x) => x.kind === 'SKILLS')!.effect).toBe('negative')
    // the held skill must be the longer one: «Truck» held does not answer «Truckførerbevis» asked for
    const shorter = match(vacancy({ requiredSkills: ['Truckførerbevis'], desiredSkills: [] }), profile({ skills: ['Truck'] }), ctx)!
    expect(shorter.reasons.find((x) => x.kind === 'SKILLS')!.text).toBe('Har ingen av de 1 ferdighetene stillingen ber om')
  })

  it('matches a skill by its occupation synonyms (search/text/synonym-groups.ts) and names held and missing skills', () => {
    const r = match(
      vacancy({ requiredSkills: ['Kelner', 'truck'], desiredSkills: ['Oppvask', 'Kasse'] }),
      profile({ skills: ['servitør', 'Gaffeltruckfører', 'Oppvasker'] }),
      ctx,
    )!
    const skills = r.reasons.filter((x) => x.kind === 'SKILLS').map((x) => x.text)
    // «Oppvasker» and «Oppvask» share a stem, as in text search
    expect(skills).toEqual(['Har 3 av 4 ferdigheter: Kelner, truck og Oppvask', 'Mangler Kasse (ønsket)'])
    expect(skillKeys('Kelner')).toEqual(skillKeys('servitører'))
    expect(heldSkillKeys('Gaffeltruckfører')).toContain(skillKeys('truckfører')[0])
    // a multi-word synonym is one key: «assistent i barnehage» = «barnehageassistent»
    expect(skillKeys('Assistent i barnehage')).toEqual(skillKeys('barnehageassistent'))
  })
})
