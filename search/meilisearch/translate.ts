import type { Settings } from 'meilisearch'
import { ADAPTATION_GROUP_CODES } from '~/domain/codes'
import {
  analyzeForIndex,
  compoundSplits,
  MAX_QUERY_CHARS,
  MAX_QUERY_TERMS,
  stem,
  STOP_WORDS_NB,
  SYNONYM_GROUPS,
  tokenize,
} from '../text/analyze'
import { domainVocabulary } from '../text/vocabulary'
import { profileSearchText } from '../documents'
import { synonymsForStyrk } from '../text/synonyms'
import { CODE_LIST_FILTERS, type FacetField, type ProfileDocument, type ProfileFilters, type VacancyDocument } from '../port'
import { NO_RELATED_OCCUPATIONS, type MatchTier, type RelatedOccupations } from '~/domain/matching'
import type { Geo } from '~/domain/matching/work-area'
import { kommuneGeo } from '@db/geo.server'
import { areaTerms, desiredGroups, relatedToVacancy } from '../shared'

/**
 * Pure translation between the port and Meilisearch: documents, index
 * settings (as code) and filter expressions. Unit-tested without a server.
 */
export const UNKNOWN_FYLKE = 'UKJENT'

export type MeiliProfile = ProfileDocument & {
  /** Fylker the person can work in (some or all of it): the fylke filter and facet. */
  fylke: string[]
  workKommuner: string[]
  workFylker: string[]
  workPartFylker: string[]
  /** Kommuner within the travel distance. */
  workReach: string[]
  workAll: boolean
  styrk2: string[]
  styrk3: string[]
  adaptation: string[]
  /** Folded, stemmed text (our Norwegian stemmer; Meilisearch has none for bokmål). */
  stems: string
  /** The parts of compound words (see compoundParts): «barnehageassistent» → «barnehag assistent». */
  parts: string
  /** Beginnings of the stems (see stemPrefixes): a prefix match for every query word, not only the last. */
  prefixes: string
  publishedAtTs: number
}

export type MeiliVacancy = VacancyDocument & { styrk2: string; styrk3: string; publishedAtTs: number }

/** Shortest beginning of a stem indexed in `prefixes` (a 4-letter word can stem to 3: «lager» → «lag»). */
export const MEILI_PREFIX_MIN = 3

/** The ways to read a compound as two words of the domain vocabulary (stems), without repeats. */
function splitsOf(word: string): string[][] {
  const seen = new Set<string>()
  return compoundSplits(word, domainVocabulary()).filter((parts) => !seen.has(parts.join(' ')) && !!seen.add(parts.join(' ')))
}

/**
 * The parts of every compound in a text, as stems: «Barnehageassistent» →
 * «barnehag assistent». Meilisearch does not split Norwegian compounds; with
 * these in the document and the same split on the query side (meiliQueryText),
 * «assistent barnehage» finds «barnehageassistent» and the other way round, as
 * the embedded engine's compound matching does.
 */
export function compoundParts(text: string): string {
  return [...new Set(tokenize(text).flatMap((word) => splitsOf(word).flat()))].join(' ')
}

/**
 * Every beginning of 3+ letters of every stem, shorter than the stem itself:
 * «truckførerbevis» → «tru truc truck …». Meilisearch matches a prefix only
 * for the last query word; with these, «truck lager» finds «Truckførerbevis»
 * and «lagermedarbeider» as the embedded engine does.
 */
export function stemPrefixes(stems: string): string {
  const out = new Set<string>()
  for (const word of stems.split(' ')) {
    if (/^\d+$/.test(word)) continue
    for (let n = MEILI_PREFIX_MIN; n < word.length; n++) out.add(word.slice(0, n))
  }
  return [...out].join(' ')
}

export function toMeiliProfile(doc: ProfileDocument, geo: Geo = kommuneGeo()): MeiliProfile {
  const area = areaTerms(doc.workArea, geo)
  const text = profileSearchText(doc, synonymsForStyrk)
  const stems = analyzeForIndex(text)
  return {
    ...doc,
    fylke: area.coveredFylker,
    workKommuner: area.kommuner,
    workFylker: area.fylker,
    workPartFylker: area.partFylker,
    workReach: area.reach,
    workAll: area.wholeCountry,
    styrk2: [...new Set(doc.desiredStyrkCodes.map((c) => c.slice(0, 2)))],
    styrk3: [...new Set(doc.desiredStyrkCodes.map((c) => c.slice(0, 3)))],
    adaptation: [...new Set(doc.adaptationNeeds.map((n) => n.split('__')[0]))],
    stems,
    parts: compoundParts(text),
    prefixes: stemPrefixes(stems),
    publishedAtTs: doc.publishedAt ? Date.parse(doc.publishedAt) || 0 : 0,
  }
}

export function fromMeiliProfile(hit: MeiliProfile): ProfileDocument {
  const {
    fylke: _f,
    workKommuner: _wk,
    workFylker: _wf,
    workPartFylker: _wp,
    workReach: _wr,
    workAll: _wa,
    styrk2: _s2,
    styrk3: _s3,
    adaptation: _a,
    stems: _st,
    parts: _pt,
    prefixes: _px,
    publishedAtTs: _p,
    ...doc
  } = hit
  return doc
}

export function toMeiliVacancy(doc: VacancyDocument): MeiliVacancy {
  return {
    ...doc,
    styrk2: doc.styrkCode.slice(0, 2),
    styrk3: doc.styrkCode.slice(0, 3),
    publishedAtTs: doc.publishedAt ? Date.parse(doc.publishedAt) || 0 : 0,
  }
}

export function fromMeiliVacancy(hit: MeiliVacancy): VacancyDocument {
  const { styrk2: _s, styrk3: _s3, publishedAtTs: _p, ...doc } = hit
  return doc
}

/**
 * Multi-way synonyms from search/text/synonym-groups.ts (single words only,
 * folded). The query is sent stemmed (meiliQueryText: «kelner» → «keln»), so
 * every word is also a key by its stem, and the stems are among the values.
 */
export function meiliSynonyms(): Record<string, string[]> {
  const out: Record<string, Set<string>> = {}
  for (const group of SYNONYM_GROUPS) {
    const folded = group.terms
      .map((t) => tokenize(t))
      .filter((w) => w.length === 1)
      .map((w) => w[0])
    const words = [...new Set([...folded, ...folded.map(stem)])]
    for (const w of words) {
      out[w] ??= new Set()
      for (const other of words) if (other !== w) out[w].add(other)
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v].sort()]))
}

export const PROFILE_FILTERABLE = [
  'fylke',
  'workKommuner',
  'workFylker',
  'workPartFylker',
  'workReach',
  'workAll',
  'desiredStyrkCodes',
  'styrk2',
  'styrk3',
  ...CODE_LIST_FILTERS.filter((f) => f !== 'fylke'),
  'workCapacityMin',
  'workCapacityMax',
]

export function profileSettings(): Settings {
  return {
    // prefixes last: a whole word ranks above a beginning of one
    searchableAttributes: ['desiredStyrkTitles', 'headline', 'skills', 'stems', 'parts', 'summary', 'prefixes'],
    filterableAttributes: PROFILE_FILTERABLE,
    sortableAttributes: ['publishedAtTs', 'workCapacityMax'],
    displayedAttributes: ['*'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    stopWords: STOP_WORDS_NB,
    synonyms: meiliSynonyms(),
    typoTolerance: {
      enabled: true,
      // One typo from 5 letters; two typos effectively never.
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 100 },
      // a typo in a beginning would match far too much
      disableOnAttributes: ['code', 'desiredStyrkCodes', 'prefixes'],
      disableOnNumbers: true,
    },
    faceting: { maxValuesPerFacet: 100 },
    // Matching reads whole tiers (exact top N); a tier must never be cut at maxTotalHits.
    pagination: { maxTotalHits: 250_000 },
  }
}

export function vacancySettings(): Settings {
  return {
    searchableAttributes: ['title', 'styrkTitle', 'requiredSkills', 'desiredSkills', 'description'],
    filterableAttributes: ['kommunenummer', 'fylkesnummer', 'styrk2', 'styrk3', 'styrkCode', 'positionPercent', 'organisationId'],
    sortableAttributes: ['publishedAtTs'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    stopWords: STOP_WORDS_NB,
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 100 },
      disableOnAttributes: ['styrkCode'],
      disableOnNumbers: true,
    },
    pagination: { maxTotalHits: 250_000 },
  }
}

/** A Meilisearch string literal. Values are codes already (see normaliseQuery), quoting is defence in depth. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** Code-list filters are Meilisearch attributes of the same name. */
const LIST_FILTERS = CODE_LIST_FILTERS satisfies ReadonlyArray<keyof MeiliProfile>

export const FACET_ATTRIBUTE: Record<FacetField, string> = {
  fylke: 'fylke',
  availability: 'availability',
  educationLevel: 'educationLevel',
  experienceLevel: 'experienceLevel',
  languages: 'languages',
  drivingLicences: 'drivingLicences',
  adaptation: 'adaptation',
  schemeHints: 'schemeHints',
}

/** Port filters → Meilisearch filter expressions (AND-ed by Meilisearch when given as an array). */
export function profileFilter(filters: ProfileFilters): string[] {
  const out: string[] = []
  for (const key of LIST_FILTERS) {
    const values = filters[key]
    if (values) out.push(`${key} IN [${values.map(quote).join(', ')}]`)
  }
  if (filters.styrk) {
    const parts = filters.styrk.map((code) => {
      const attribute = code.length <= 2 ? 'styrk2' : code.length === 3 ? 'styrk3' : 'desiredStyrkCodes'
      return `${attribute} = ${quote(code.length <= 2 ? code.slice(0, 2) : code.slice(0, 4))}`
    })
    out.push(parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`)
  }
  if (filters.canWorkIn) {
    // the shown work area covers one of these kommuner (as areaRelation; the same tokens as the matching tiers)
    const parts = filters.canWorkIn.flatMap((k) => {
      const f = quote(kommuneGeo().fylkeOf(k) ?? '')
      return [`workKommuner = ${quote(k)}`, `workFylker = ${f}`, `workReach = ${quote(k)}`, `workPartFylker = ${f}`]
    })
    out.push(`(${[...parts, 'workAll = true'].join(' OR ')})`)
  }
  if (filters.adaptationWithin) {
    const outside = ADAPTATION_GROUP_CODES.filter((g) => !filters.adaptationWithin!.includes(g))
    if (outside.length) out.push(`adaptation NOT IN [${outside.map(quote).join(', ')}]`)
  }
  if (filters.minCapacity !== undefined) out.push(`workCapacityMax >= ${Number(filters.minCapacity)}`)
  if (filters.positionPercent !== undefined) {
    out.push(`workCapacityMin <= ${Number(filters.positionPercent)} AND workCapacityMax >= ${Number(filters.positionPercent)}`)
  }
  return out
}

/** The filter for one tier of profiles for a vacancy (the same partition as the embedded engine's). */
export function profileTierFilter(
  vacancy: VacancyDocument,
  tier: MatchTier,
  relatedOf: RelatedOccupations = NO_RELATED_OCCUPATIONS,
): string[] {
  const code = vacancy.styrkCode
  const related = relatedToVacancy(code, relatedOf)
  const anyRelated = `desiredStyrkCodes IN [${related.map(quote).join(', ')}]`
  const occupation: Record<MatchTier['occupation'], string> = {
    UNIT: `desiredStyrkCodes = ${quote(code)}`,
    MINOR: `styrk3 = ${quote(code.slice(0, 3))} AND NOT desiredStyrkCodes = ${quote(code)}`,
    // profileTiers has no RELATED tier without related codes; the empty list is never sent
    RELATED: `${anyRelated} AND NOT styrk3 = ${quote(code.slice(0, 3))}`,
    SUB_MAJOR:
      `styrk2 = ${quote(code.slice(0, 2))} AND NOT styrk3 = ${quote(code.slice(0, 3))}` + (related.length ? ` AND NOT ${anyRelated}` : ''),
  }
  const k = quote(vacancy.kommunenummer)
  const f = quote(vacancy.fylkesnummer)
  const location: Record<MatchTier['location'], string> = {
    KOMMUNE: `workKommuner = ${k}`,
    FYLKE: `workFylker = ${f} AND NOT workKommuner = ${k}`,
    TRAVEL: `workReach = ${k} AND NOT workKommuner = ${k} AND NOT workFylker = ${f}`,
    PART_FYLKE: `workPartFylker = ${f} AND NOT workKommuner = ${k} AND NOT workFylker = ${f} AND NOT workReach = ${k}`,
    COUNTRY: 'workAll = true',
  }
  return [
    occupation[tier.occupation],
    location[tier.location],
    `workCapacityMin <= ${Number(vacancy.positionPercent)} AND workCapacityMax >= ${Number(vacancy.positionPercent)}`,
  ]
}

/** The filter for one tier of vacancies for a profile. */
export function vacancyTierFilter(
  profile: ProfileDocument,
  tier: MatchTier,
  geo: Geo = kommuneGeo(),
  relatedOf: RelatedOccupations = NO_RELATED_OCCUPATIONS,
): string[] {
  const groups = desiredGroups(profile.desiredStyrkCodes, relatedOf)
  const inList = (values: string[]) => `[${values.map(quote).join(', ')}]`
  const occupation: Record<MatchTier['occupation'], string> = {
    UNIT: `styrkCode IN ${inList(groups.unit)}`,
    MINOR: `styrk3 IN ${inList(groups.minor)} AND styrkCode NOT IN ${inList(groups.unit)}`,
    // groups.related lies outside the desired minor groups; vacancyTiers has no RELATED tier when it is empty
    RELATED: `styrkCode IN ${inList(groups.related)}`,
    SUB_MAJOR:
      `styrk2 IN ${inList(groups.subMajor)} AND styrk3 NOT IN ${inList(groups.minor)}` +
      (groups.related.length ? ` AND styrkCode NOT IN ${inList(groups.related)}` : ''),
  }
  const out = [
    occupation[tier.occupation],
    `positionPercent >= ${Number(profile.workCapacityMin)} AND positionPercent <= ${Number(profile.workCapacityMax)}`,
  ]
  const area = areaTerms(profile.workArea, geo)
  const notIn = (attribute: string, values: string[]) => (values.length ? [`${attribute} NOT IN ${inList(values)}`] : [])
  const location: Record<MatchTier['location'], string[]> = {
    KOMMUNE: [`kommunenummer IN ${inList(area.kommuner)}`],
    FYLKE: [`fylkesnummer IN ${inList(area.fylker)}`, ...notIn('kommunenummer', area.kommuner)],
    TRAVEL: [`kommunenummer IN ${inList(area.reach)}`, ...notIn('kommunenummer', area.kommuner), ...notIn('fylkesnummer', area.fylker)],
    PART_FYLKE: [
      `fylkesnummer IN ${inList(area.partFylker)}`,
      ...notIn('kommunenummer', [...area.kommuner, ...area.reach]),
      ...notIn('fylkesnummer', area.fylker),
    ],
    COUNTRY: [],
  }
  return [...out, ...location[tier.location]]
}

/**
 * The text Meilisearch gets: folded, stemmed words (matching the `stems`
 * field), capped. A compound that is not itself a word of the vocabulary (a
 * job title, a synonym) is sent as its parts, which documents carry in
 * `parts`: «hotellkokk» meets «kokk på hotell». Known words stay
 * whole so their synonyms still apply.
 */
export function meiliQueryText(text: string): string {
  const vocabulary = domainVocabulary()
  return tokenize(text.slice(0, MAX_QUERY_CHARS))
    .flatMap((word) => {
      const stemmed = stem(word)
      const splits = vocabulary.has(stemmed) ? [] : splitsOf(word)
      return splits.length ? splits[0] : [stemmed]
    })
    .slice(0, MAX_QUERY_TERMS)
    .join(' ')
}

/** Port sort → Meilisearch sort (relevance = Meilisearch's ranking rules; without text, newest first). */
export function profileSort(sort: string, hasText: boolean): string[] | undefined {
  if (sort === 'oldest') return ['publishedAtTs:asc']
  if (sort === 'capacity') return ['workCapacityMax:desc', 'publishedAtTs:desc']
  if (sort === 'newest' || !hasText) return ['publishedAtTs:desc']
  return undefined
}
