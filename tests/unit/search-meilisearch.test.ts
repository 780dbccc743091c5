import { describe, expect, it } from 'vitest'
import {
  compoundParts,
  fromMeiliProfile,
  meiliQueryText,
  meiliSynonyms,
  profileFilter,
  profileSettings,
  profileSort,
  quote,
  toMeiliProfile,
  profileTierFilter,
  vacancyTierFilter,
} from '@search/meilisearch/translate'
import { normaliseQuery } from '@search/shared'
import { PROFILE_DOCUMENT_FIELDS } from '@search/documents'
import { area, profileDoc, vacancyDoc } from '../contract/fixtures'
import { relatedOccupations } from '@db/reference.server'
import { stem } from '@search/text/analyze'

describe('Meilisearch filter translation', () => {
  it('ANDs fields and ORs values within a field', () => {
    expect(profileFilter({ fylke: ['03', '32'], languages: ['en'] })).toEqual(['fylke IN ["03", "32"]', 'languages IN ["en"]'])
  })
  it('maps STYRK prefixes to the right attribute', () => {
    expect(profileFilter({ styrk: ['51'] })).toEqual(['styrk2 = "51"'])
    // «can work in» a kommune: the same relation as the matching tiers (issue 11 §3)
    expect(profileFilter({ canWorkIn: ['0301'] })).toEqual([
      '(workKommuner = "0301" OR workFylker = "03" OR workReach = "0301" OR workPartFylker = "03" OR workAll = true)',
    ])
    expect(profileFilter({ styrk: ['512', '5120'] })).toEqual(['(styrk3 = "512" OR desiredStyrkCodes = "5120")'])
  })
  it('translates capacity and adaptation rules', () => {
    expect(profileFilter({ positionPercent: 60 })).toEqual(['workCapacityMin <= 60 AND workCapacityMax >= 60'])
    expect(profileFilter({ minCapacity: 80 })).toEqual(['workCapacityMax >= 80'])
    expect(profileFilter({ adaptationWithin: ['ARBEIDSTID', 'FYSISK'] })).toEqual([
      'adaptation NOT IN ["ARBEIDSHVERDAGEN", "UTFORDRINGER_MED_NORSK"]',
    ])
  })
  it('quotes defensively and drops malformed values before they reach the engine', () => {
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"')
    const q = normaliseQuery({ filters: { fylke: ['03', '" OR 1=1'] } })
    expect(q.filters.fylke).toEqual(['03', '__INVALID__'])
    expect(profileFilter(q.filters)).toEqual(['fylke IN ["03", "__INVALID__"]'])
  })
  it('builds one filter per matching tier: occupation level × location, a partition', () => {
    const vacancy = vacancyDoc(1, { styrkCode: '5120', fylkesnummer: '03', kommunenummer: '0301', positionPercent: 60 })
    expect(profileTierFilter(vacancy, { occupation: 'MINOR', location: 'TRAVEL' })).toEqual([
      'styrk3 = "512" AND NOT desiredStyrkCodes = "5120"',
      'workReach = "0301" AND NOT workKommuner = "0301" AND NOT workFylker = "03"',
      'workCapacityMin <= 60 AND workCapacityMax >= 60',
    ])
    expect(profileTierFilter(vacancy, { occupation: 'UNIT', location: 'COUNTRY' })[1]).toBe('workAll = true')
    const person = profileDoc(1, {
      desiredStyrkCodes: ['5120', '9412'],
      workArea: area({ kommuner: [], wholeCountry: true }),
      workCapacityMin: 50,
      workCapacityMax: 80,
    })
    expect(vacancyTierFilter(person, { occupation: 'SUB_MAJOR', location: 'COUNTRY' })).toEqual([
      'styrk2 IN ["51", "94"] AND styrk3 NOT IN ["512", "941"]',
      'positionPercent >= 50 AND positionPercent <= 80',
    ])
    const inOslo = profileDoc(2, { workArea: area({ kommuner: ['0301'], fylker: ['32'], maxTravelKm: 0 }) })
    expect(vacancyTierFilter(inOslo, { occupation: 'UNIT', location: 'FYLKE' }).slice(2)).toEqual([
      'fylkesnummer IN ["32"]',
      'kommunenummer NOT IN ["0301"]',
    ])
  })
  it('adds a tier for curated related occupations and keeps the partition', () => {
    const related = relatedOccupations()
    const vacancy = vacancyDoc(1, { styrkCode: '5120', positionPercent: 60 })
    expect(profileTierFilter(vacancy, { occupation: 'RELATED', location: 'COUNTRY' }, related)[0]).toBe(
      'desiredStyrkCodes IN ["3434", "9412"] AND NOT styrk3 = "512"',
    )
    expect(profileTierFilter(vacancy, { occupation: 'SUB_MAJOR', location: 'COUNTRY' }, related)[0]).toBe(
      'styrk2 = "51" AND NOT styrk3 = "512" AND NOT desiredStyrkCodes IN ["3434", "9412"]',
    )
    const headChef = profileDoc(1, { desiredStyrkCodes: ['3434'], workArea: area({ kommuner: [], wholeCountry: true }) })
    expect(vacancyTierFilter(headChef, { occupation: 'RELATED', location: 'COUNTRY' }, undefined, related)[0]).toBe('styrkCode IN ["5120"]')
    expect(vacancyTierFilter(headChef, { occupation: 'SUB_MAJOR', location: 'COUNTRY' }, undefined, related)[0]).toBe(
      'styrk2 IN ["34"] AND styrk3 NOT IN ["343"] AND styrkCode NOT IN ["5120"]',
    )
  })
  it('sorts by date unless relevance is asked for with text', () => {
    expect(profileSort('relevance', true)).toBeUndefined()
    expect(profileSort('relevance', false)).toEqual(['publishedAtTs:desc'])
    expect(profileSort('capacity', true)).toEqual(['workCapacityMax:desc', 'publishedAtTs:desc'])
  })
  it('stems the query the same way as the stems field and caps it', () => {
    expect(meiliQueryText('Sykepleiere')).toBe(meiliQueryText('sykepleier'))
    expect(meiliQueryText('kokk '.repeat(5000)).split(' ').length).toBeLessThanOrEqual(8)
  })
})

describe('Meilisearch settings as code', () => {
  const settings = profileSettings()
  it('searches occupation titles first and can filter on every port filter', () => {
    expect(settings.searchableAttributes![0]).toBe('desiredStyrkTitles')
    for (const attribute of [
      'fylke',
      'languages',
      'adaptation',
      'workCapacityMin',
      'workCapacityMax',
      'styrk2',
      'styrk3',
      'desiredStyrkCodes',
    ]) {
      expect(settings.filterableAttributes).toContain(attribute)
    }
    expect(settings.sortableAttributes).toContain('publishedAtTs')
    expect(settings.rankingRules).toEqual(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'])
  })
  it('allows one typo from five letters and none on codes', () => {
    expect(settings.typoTolerance).toMatchObject({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 100 },
      disableOnAttributes: ['code', 'desiredStyrkCodes', 'prefixes'],
      disableOnNumbers: true,
    })
  })
  it('has Norwegian stop words and multi-way occupation synonyms', () => {
    expect(settings.stopWords).toEqual(expect.arrayContaining(['og', 'i', 'på', 'som']))
    const synonyms = meiliSynonyms()
    expect(synonyms['kokk']).toContain('kjøkkensjef')
    expect(synonyms['kjøkkensjef']).toContain('kokk')
    expect(synonyms['vaskehjelp']).toContain('renholder')
    // the query is sent stemmed: «kelner» arrives as «keln», which must be a key too (issue 11 §5)
    const sent = meiliQueryText('kelner')
    expect(sent).not.toBe('kelner')
    expect(synonyms[sent]).toEqual(expect.arrayContaining([meiliQueryText('servitør')]))
    expect(synonyms[meiliQueryText('oppvasker')]).toEqual(expect.arrayContaining([meiliQueryText('kjøkkenassistent')]))
  })
  it('is deterministic (applying it twice is a no-op)', () => {
    expect(profileSettings()).toEqual(profileSettings())
  })
})

describe('Meilisearch documents', () => {
  it('indexes the beginnings of every stem, so any query word can be a prefix (not only the last)', () => {
    const meili = toMeiliProfile(profileDoc(8, { headline: 'Lagermedarbeider', skills: ['Truckførerbevis'], desiredStyrkCodes: [] }))
    const prefixes = meili.prefixes.split(' ')
    for (const typed of ['truck', 'lager']) expect(prefixes).toContain(meiliQueryText(typed))
    expect(prefixes).not.toContain(meiliQueryText('helse'))
    // a whole stem is not repeated as its own beginning, and nothing shorter than 3 letters
    expect(prefixes).not.toContain('truckførerbevis')
    expect(prefixes.every((p) => p.length >= 3)).toBe(true)
    expect(profileSettings().searchableAttributes?.at(-1)).toBe('prefixes')
  })

  it('splits compounds on both sides, so the parts meet the whole word and the other way round', () => {
    // not a job title or synonym of its own: sent as its parts
    expect(meiliQueryText('Hotellkokk')).toBe(`${meiliQueryText('hotell')} ${meiliQueryText('kokk')}`)
    const whole = toMeiliProfile(profileDoc(9, { headline: '', skills: ['Hotellkokk'], summary: '', desiredStyrkCodes: [] }))
    expect(whole.parts.split(' ')).toEqual(expect.arrayContaining(meiliQueryText('hotellkokk').split(' ')))
    const apart = toMeiliProfile(profileDoc(10, { headline: 'Kokk på hotell', skills: [], summary: '', desiredStyrkCodes: [] }))
    for (const part of meiliQueryText('hotellkokk').split(' ')) expect(apart.stems.split(' ')).toContain(part)
    // a known title stays whole, so its synonyms (one- and multi-word) still apply
    expect(meiliQueryText('barnehageassistent')).toBe(stem('barnehageassistent'))
    expect(compoundParts('Barnehageassistent').split(' ')).toEqual(expect.arrayContaining([stem('barnehage'), stem('assistent')]))
    // short words, digits and hostile input are left alone
    expect(compoundParts('kokk 12345678901 ""*NEAR(')).toBe('')
    expect(profileSettings().searchableAttributes).toContain('parts')
  })

  it('round-trips a profile document and adds only derived fields', () => {
    const doc = profileDoc(7, { workArea: null, adaptationNeeds: ['ARBEIDSTID__FLEKSIBEL'] })
    const meili = toMeiliProfile(doc)
    expect(meili.fylke).toEqual([])
    expect(meili.workAll).toBe(false)
    expect(meili.adaptation).toEqual(['ARBEIDSTID'])
    expect(meili.styrk2).toEqual(['51'])
    expect(fromMeiliProfile(meili)).toEqual(doc)
    const extra = Object.keys(meili).filter((k) => !(PROFILE_DOCUMENT_FIELDS as readonly string[]).includes(k))
    expect(extra.sort()).toEqual([
      'adaptation',
      'fylke',
      'parts',
      'prefixes',
      'publishedAtTs',
      'stems',
      'styrk2',
      'styrk3',
      'workAll',
      'workFylker',
      'workKommuner',
      'workPartFylker',
      'workReach',
    ])
  })
})
