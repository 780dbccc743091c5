/**
 * Fylker (2024 structure) and the commute rule used by matching.
 *
 * Commute rule: a person may be matched with a vacancy in their own fylke or
 * in a fylke that shares a border AND a common labour-market (commuting)
 * region with it (SSB's «bo- og arbeidsmarkedsregioner» cross these borders,
 * e.g. Oslo–Akershus, Vestfold–Telemark, Haugesund–Sunnhordland). Profiles
 * only show the fylke (never the kommune), so the rule is fylke-to-fylke.
 * A neighbouring fylke is allowed but scores lower than the same fylke.
 */
export const FYLKE_NAMES: Record<string, string> = {
  '03': 'Oslo',
  '11': 'Rogaland',
  '15': 'Møre og Romsdal',
  '18': 'Nordland',
  '31': 'Østfold',
  '32': 'Akershus',
  '33': 'Buskerud',
  '34': 'Innlandet',
  '39': 'Vestfold',
  '40': 'Telemark',
  '42': 'Agder',
  '46': 'Vestland',
  '50': 'Trøndelag',
  '55': 'Troms',
  '56': 'Finnmark',
}

const COMMUTE_PAIRS: Array<[string, string]> = [
  ['03', '32'], // Oslo – Akershus
  ['03', '33'], // Oslo – Buskerud (Drammen, Lier)
  ['03', '34'], // Oslo – Innlandet (Gardermoen-/Hadeland-aksen)
  ['32', '31'], // Akershus – Østfold (Moss, Follo)
  ['32', '33'], // Akershus – Buskerud (Asker – Lier)
  ['32', '34'], // Akershus – Innlandet (Eidsvoll – Hamar)
  ['33', '39'], // Buskerud – Vestfold (Drammen – Holmestrand)
  ['33', '40'], // Buskerud – Telemark (Kongsberg – Notodden)
  ['39', '40'], // Vestfold – Telemark (Larvik – Porsgrunn)
  ['40', '42'], // Telemark – Agder (Kragerø – Risør)
  ['42', '11'], // Agder – Rogaland (Flekkefjord – Egersund)
  ['11', '46'], // Rogaland – Vestland (Haugesund – Sunnhordland)
  ['46', '15'], // Vestland – Møre og Romsdal (Nordfjord – Sunnmøre)
  ['15', '50'], // Møre og Romsdal – Trøndelag (Nordmøre – Orkdal)
  ['50', '18'], // Trøndelag – Nordland (Namdalen – Helgeland)
  ['18', '55'], // Nordland – Troms (Narvik – Bardu)
  ['55', '56'], // Troms – Finnmark (Nord-Troms – Alta)
  ['34', '50'], // Innlandet – Trøndelag (Nord-Østerdalen – Røros)
]

const NEIGHBOURS = new Map<string, Set<string>>()
for (const [a, b] of COMMUTE_PAIRS) {
  if (!NEIGHBOURS.has(a)) NEIGHBOURS.set(a, new Set())
  if (!NEIGHBOURS.has(b)) NEIGHBOURS.set(b, new Set())
  NEIGHBOURS.get(a)!.add(b)
  NEIGHBOURS.get(b)!.add(a)
}

/** Fylker within commuting reach of `fylke` (not including itself). */
export function commuteNeighbours(fylke: string): string[] {
  return [...(NEIGHBOURS.get(fylke) ?? [])].sort()
}

/** The fylke itself and its commute neighbours. */
export function reachableFylker(fylke: string): string[] {
  return [fylke, ...commuteNeighbours(fylke)]
}

export type FylkeRelation = 'SAME' | 'NEIGHBOUR' | 'UNKNOWN' | 'FAR'

/** `profileFylke` null = coarsened away by the re-identification guard. */
export function fylkeRelation(vacancyFylke: string, profileFylke: string | null): FylkeRelation {
  if (!profileFylke) return 'UNKNOWN'
  if (profileFylke === vacancyFylke) return 'SAME'
  if (NEIGHBOURS.get(vacancyFylke)?.has(profileFylke)) return 'NEIGHBOUR'
  return 'FAR'
}

export function fylkeName(fylke: string): string {
  return FYLKE_NAMES[fylke] ?? fylke
}
