/**
 * The judged relevance set (issue 11): a small labour market written from the
 * domain rules, and 34 queries — vacancy → candidates, person → vacancies and
 * employer text searches — each with graded judgments:
 * 3 = what the reader is looking for, 2 = a good fit, 1 = worth a look,
 * 0 = must not be listed (anything not judged counts as 0).
 * Used by tests/contract/relevance.test.ts (assertions) and
 * tests/bench/relevance.ts (NDCG@10 in docs/performance.md).
 */
import { placeOf } from '@db/geo.server'
import type { MatchContext, WorkArea } from '~/domain/matching'
import type { ProfileDocument, SearchPort, VacancyDocument } from '@search/port'
import { extractPlaces } from '@search/text/places'
import { profileDoc, vacancyDoc } from '../contract/fixtures'

const at = (kommuner: string[], maxTravelKm = 0, over: Partial<WorkArea> = {}): WorkArea => ({
  kommuner,
  fylker: [],
  partFylker: [],
  wholeCountry: false,
  maxTravelKm,
  ...over,
})
const OSLO = at(['0301'])

export const TITLES: Record<string, string> = {
  '5120': 'Kokker',
  '5131': 'Servitører',
  '9412': 'Kjøkkenassistenter',
  '7512': 'Bakere, konditorer mv.',
  '8344': 'Truckførere',
  '4321': 'Lagermedarbeidere og materialforvaltere',
  '9333': 'Lagerarbeidere',
  '9112': 'Renholdere i virksomheter',
  '5321': 'Helsefagarbeidere',
  '2223': 'Sykepleiere',
  '2221': 'Spesialsykepleiere',
  '5312': 'Barnehage- og skoleassistenter',
  '5223': 'Butikkmedarbeidere',
  '8322': 'Bil-, drosje- og varebilførere',
}

const p = (id: number, styrk: string[], headline: string, skills: string[], area: WorkArea | null, over: Partial<ProfileDocument> = {}) =>
  profileDoc(id, { desiredStyrkCodes: styrk, desiredStyrkTitles: styrk.map((c) => TITLES[c]), headline, skills, workArea: area, ...over })

export const PROFILES: ProfileDocument[] = [
  p(1, ['5120'], 'Kokk med fagbrev', ['Matlaging', 'Hygiene', 'Allergener'], OSLO),
  p(2, ['5120'], 'Kokk', ['Matlaging'], OSLO),
  p(3, ['5120'], 'Kokk som liker travle dager', ['Matlaging', 'Hygiene'], at(['3201'], 30)),
  p(4, ['5120'], 'Kokk i nord', ['Matlaging', 'Hygiene'], at(['5501'])),
  p(5, ['5120'], 'Souschef', ['Matlaging', 'Hygiene', 'Ledelse'], at([], 0, { fylker: ['03'] })),
  p(6, ['5131'], 'Servitør', ['Kundeservice'], OSLO),
  p(7, ['9412'], 'Kjøkkenassistent', ['Oppvask'], OSLO),
  p(8, ['7512'], 'Baker', ['Deig', 'Hygiene'], OSLO),
  p(9, ['5120', '7512'], 'Kokk og baker', ['Matlaging', 'Deig'], OSLO),
  p(10, ['8344'], 'Truckfører', ['Truckførerbevis', 'Varemottak'], OSLO),
  p(11, ['4321'], 'Lagermedarbeider', ['Plukk', 'Truck'], at(['3205'])),
  p(12, ['9333'], 'Lagerarbeider med truckførerbevis', ['Lagerarbeid'], at(['3205'], 30)),
  p(13, ['9112'], 'Renholder', ['Renhold'], OSLO),
  p(14, ['9112'], 'Renholder med erfaring', ['Renhold'], at(['4601'])),
  p(15, ['5321'], 'Helsefagarbeider', ['Pleie'], OSLO),
  p(16, ['2223'], 'Sykepleier', ['Sykepleie'], OSLO),
  p(17, ['2221'], 'Spesialsykepleier', ['Sykepleie', 'Intensiv'], OSLO),
  p(18, ['5312'], 'Assistent i barnehage', ['Lek'], at(['4601'])),
  p(19, ['5223'], 'Butikkmedarbeider', ['Kasse', 'Kundeservice'], OSLO),
  p(20, ['8322'], 'Sjåfør', ['Varelevering'], OSLO, { drivingLicences: ['B'] }),
  p(21, ['8322'], 'Sjåfør uten førerkort ennå', ['Varelevering'], OSLO),
  p(22, ['5120'], 'Kokk på deltid', ['Matlaging', 'Hygiene'], OSLO, { workCapacityMin: 20, workCapacityMax: 40 }),
  p(23, ['5120'], 'Kokk som kan flytte', ['Matlaging', 'Hygiene'], at([], 0, { wholeCountry: true })),
  p(24, ['5120'], 'Kokk', ['Matlaging'], at(['3301'], 50)),
  p(25, ['5131'], 'Kafémedarbeider', ['Kundeservice', 'Kaffe'], OSLO),
]

const v = (
  id: number,
  styrk: string,
  title: string,
  required: string[],
  kommune: string,
  fylke: string,
  over: Partial<VacancyDocument> = {},
) =>
  vacancyDoc(id, {
    styrkCode: styrk,
    styrkTitle: TITLES[styrk],
    title,
    requiredSkills: required,
    desiredSkills: [],
    kommunenummer: kommune,
    fylkesnummer: fylke,
    inclusionTags: [],
    ...over,
  })

export const VACANCIES: VacancyDocument[] = [
  v(101, '5120', 'Kokk til kantine', ['Matlaging', 'Hygiene'], '0301', '03', { desiredSkills: ['Allergener'] }),
  v(102, '2223', 'Sykepleier', ['Sykepleie'], '0301', '03'),
  v(103, '8344', 'Truckfører', ['Truckførerbevis'], '0301', '03'),
  v(104, '4321', 'Lagermedarbeider', ['Plukk'], '3205', '32', { desiredSkills: ['Truck'] }),
  v(105, '9112', 'Renholder', ['Renhold'], '4601', '46'),
  v(106, '8322', 'Sjåfør', ['Varelevering'], '0301', '03', { drivingLicence: 'B' }),
  v(107, '5131', 'Servitør', ['Kundeservice'], '0301', '03'),
  v(108, '7512', 'Baker', ['Deig'], '0301', '03'),
  v(109, '5312', 'Barnehageassistent', ['Lek'], '4601', '46'),
  v(110, '5321', 'Helsefagarbeider', ['Pleie'], '0301', '03'),
  v(111, '9412', 'Kjøkkenassistent', ['Oppvask'], '0301', '03'),
  v(112, '5223', 'Butikkmedarbeider', ['Kasse'], '0301', '03'),
  v(113, '5120', 'Kokk', ['Matlaging'], '5501', '55'),
  v(114, '9112', 'Renholder', ['Renhold'], '0301', '03'),
]

export type Judged = Record<number, 0 | 1 | 2 | 3>
export type RelevanceQuery =
  | { kind: 'candidates'; label: string; vacancyId: number; judged: Judged }
  | { kind: 'vacancies'; label: string; profileId: number; judged: Judged }
  | { kind: 'text'; label: string; text: string; judged: Judged }

export const QUERIES: RelevanceQuery[] = [
  // vacancy → candidates: occupation first, then skills, place and capacity; outside the area or capacity = 0;
  // a related occupation (same STYRK sub-major group: servitør for a kokk job, or a curated pair) is worth a look (ADR 0009)
  {
    kind: 'candidates',
    label: 'Kokk i Oslo',
    vacancyId: 101,
    judged: { 1: 3, 5: 3, 3: 2, 23: 2, 2: 1, 9: 2, 24: 1, 6: 1, 25: 1, 4: 0, 22: 0, 8: 0 },
  },
  { kind: 'candidates', label: 'Sykepleier i Oslo', vacancyId: 102, judged: { 16: 3, 17: 2, 15: 0 } },
  { kind: 'candidates', label: 'Truckfører i Oslo', vacancyId: 103, judged: { 10: 3 } },
  // 12 wants 9333 Laste- og lossearbeidere, a curated related occupation of 4321 (db/reference/beslektede_yrker.csv)
  { kind: 'candidates', label: 'Lagermedarbeider i Lillestrøm', vacancyId: 104, judged: { 11: 3, 12: 2, 10: 0 } },
  { kind: 'candidates', label: 'Renholder i Bergen', vacancyId: 105, judged: { 14: 3, 13: 0 } },
  { kind: 'candidates', label: 'Sjåfør i Oslo (førerkort B)', vacancyId: 106, judged: { 20: 3, 21: 1 } },
  { kind: 'candidates', label: 'Servitør i Oslo', vacancyId: 107, judged: { 6: 3, 25: 3, 1: 1, 8: 0 } },
  { kind: 'candidates', label: 'Baker i Oslo', vacancyId: 108, judged: { 8: 3, 9: 3 } },
  { kind: 'candidates', label: 'Kjøkkenassistent i Oslo', vacancyId: 111, judged: { 7: 3 } },
  { kind: 'candidates', label: 'Butikkmedarbeider i Oslo', vacancyId: 112, judged: { 19: 3 } },
  { kind: 'candidates', label: 'Kokk i Tromsø', vacancyId: 113, judged: { 4: 3, 23: 2, 1: 0, 2: 0 } },
  // person → vacancies
  // 111 Kjøkkenassistent (9412) is a curated related occupation of kokk (5120): listed, below the cook job
  { kind: 'vacancies', label: 'Kokk i Oslo', profileId: 1, judged: { 101: 3, 113: 0, 111: 1 } },
  { kind: 'vacancies', label: 'Kokk i hele landet', profileId: 23, judged: { 101: 3, 113: 3 } },
  { kind: 'vacancies', label: 'Truckfører i Oslo', profileId: 10, judged: { 103: 3, 104: 0 } },
  { kind: 'vacancies', label: 'Lagermedarbeider i Lillestrøm', profileId: 11, judged: { 104: 3 } },
  { kind: 'vacancies', label: 'Renholder i Oslo', profileId: 13, judged: { 114: 3, 105: 0 } },
  { kind: 'vacancies', label: 'Sykepleier i Oslo', profileId: 16, judged: { 102: 3, 110: 0 } },
  { kind: 'vacancies', label: 'Sjåfør med førerkort', profileId: 20, judged: { 106: 3 } },
  { kind: 'vacancies', label: 'Servitør i Oslo', profileId: 6, judged: { 107: 3, 101: 1, 108: 0 } },
  { kind: 'vacancies', label: 'Kokk og baker i Oslo', profileId: 9, judged: { 101: 3, 108: 3 } },
  { kind: 'vacancies', label: 'Helsefagarbeider i Oslo', profileId: 15, judged: { 110: 3, 102: 0 } },
  { kind: 'vacancies', label: 'Barnehageassistent i Bergen', profileId: 18, judged: { 109: 3 } },
  // employer text searches
  { kind: 'text', label: 'truck', text: 'truck', judged: { 10: 3, 12: 2, 11: 2 } },
  { kind: 'text', label: 'lager', text: 'lager', judged: { 11: 3, 12: 3 } },
  { kind: 'text', label: 'kjøkken', text: 'kjøkken', judged: { 7: 3, 1: 1, 2: 1, 3: 1, 5: 1 } },
  { kind: 'text', label: 'helse', text: 'helse', judged: { 15: 3, 16: 1, 17: 1 } },
  { kind: 'text', label: 'barnehageassistent', text: 'barnehageassistent', judged: { 18: 3 } },
  { kind: 'text', label: 'kokk oslo', text: 'kokk oslo', judged: { 1: 3, 2: 3, 5: 3, 9: 2, 22: 2, 3: 2, 23: 2, 24: 1, 4: 0 } },
  { kind: 'text', label: 'kokk baker', text: 'kokk baker', judged: { 9: 3, 1: 1, 2: 1, 8: 1 } },
  { kind: 'text', label: 'renholder', text: 'renholder', judged: { 13: 3, 14: 3 } },
  { kind: 'text', label: 'vaskehjelp', text: 'vaskehjelp', judged: { 13: 2, 14: 2 } },
  { kind: 'text', label: 'kelner', text: 'kelner', judged: { 6: 3, 25: 1 } },
  { kind: 'text', label: 'sjåfør', text: 'sjåfør', judged: { 20: 3, 21: 3 } },
  { kind: 'text', label: 'sykepleier', text: 'sykepleier', judged: { 16: 3, 17: 3, 15: 0 } },
]

/** NDCG@k with gains 2^grade − 1; 1 when nothing relevant exists and nothing is listed. */
export function ndcgAt(k: number, ranked: number[], judged: Judged): number {
  const gain = (id: number) => 2 ** (judged[id] ?? 0) - 1
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + gain(id) / Math.log2(i + 2), 0)
  const ideal = Object.values(judged)
    .map((g) => 2 ** g - 1)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0)
  return ideal === 0 ? (dcg === 0 ? 1 : 0) : dcg / ideal
}

/** Runs one query through the engine as the app does (text: places taken out as «can work in», relevance order). */
export async function runQuery(engine: SearchPort, q: RelevanceQuery, ctx: MatchContext): Promise<number[]> {
  if (q.kind === 'candidates')
    return (
      await engine.candidatesForVacancy(
        VACANCIES.find((x) => x.id === q.vacancyId)!,
        10,
        ctx,
      )
    ).map((h) => h.id)
  if (q.kind === 'vacancies')
    return (
      await engine.vacanciesForProfile(
        PROFILES.find((x) => x.id === q.profileId)!,
        10,
        ctx,
      )
    ).map((h) => h.id)
  const places = extractPlaces(q.text, placeOf)
  const result = await engine.searchProfiles({
    text: places.text,
    filters: { canWorkIn: places.kommuner.length ? places.kommuner : undefined, fylke: places.fylker.length ? places.fylker : undefined },
    sort: 'relevance',
    pageSize: 10,
  })
  return result.ids
}

export async function loadRelevanceSet(engine: SearchPort): Promise<void> {
  await engine.init()
  await engine.indexProfiles(PROFILES)
  await engine.indexVacancies(VACANCIES)
}
