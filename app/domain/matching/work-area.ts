/**
 * Where a person can work («ønsket arbeidssted», as in NAV's CV): chosen
 * kommuner, whole fylker, or the whole country, and how far the person can
 * travel from the chosen kommuner (and from the kommuner of chosen fylker).
 * Residence is never part of it. Pure: distances come from a `Geo` built from
 * db/reference/kommune_koordinater.csv.
 *
 * After the re-identification guard a shown area may be coarser: chosen
 * kommuner become «deler av <fylke>» (`partFylker`) without a travel
 * distance. Such an area matches every kommune of those fylker alike, so an
 * employer learns nothing finer than what the profile says. A missing area
 * (never stated, or not shown) matches nothing — it never means «anywhere».
 */
export type WorkArea = {
  kommuner: string[]
  fylker: string[]
  /** Fylker the person can work in parts of (kommuner coarsened by the guard). */
  partFylker: string[]
  wholeCountry: boolean
  /** Kilometres the person can travel from the chosen kommuner (0 = only the chosen places). */
  maxTravelKm: number
}

export const TRAVEL_DISTANCES_KM = [0, 10, 20, 30, 50, 75, 100] as const

/** Travel distance given to work areas derived from the residence (the migration of existing profiles). */
export const DERIVED_TRAVEL_KM = 30

export type KommunePoint = { kommunenummer: string; fylkesnummer: string; lat: number; lon: number }

export type Geo = {
  fylkeOf: (kommune: string) => string | undefined
  kommunerIn: (fylke: string) => string[]
  /** Great-circle distance between the kommuner's centre points, km; undefined for an unknown kommune. */
  distanceKm: (a: string, b: string) => number | undefined
  kommuner: readonly string[]
}

const EARTH_RADIUS_KM = 6371

export function createGeo(points: KommunePoint[]): Geo {
  const byNumber = new Map(points.map((p) => [p.kommunenummer, p]))
  const inFylke = new Map<string, string[]>()
  for (const p of points) inFylke.set(p.fylkesnummer, [...(inFylke.get(p.fylkesnummer) ?? []), p.kommunenummer])
  const cache = new Map<string, number>()
  const rad = (d: number) => (d * Math.PI) / 180
  return {
    fylkeOf: (k) => byNumber.get(k)?.fylkesnummer,
    kommunerIn: (f) => inFylke.get(f) ?? [],
    kommuner: points.map((p) => p.kommunenummer),
    distanceKm: (a, b) => {
      if (a === b) return byNumber.has(a) ? 0 : undefined
      const key = a < b ? `${a}${b}` : `${b}${a}`
      const known = cache.get(key)
      if (known !== undefined) return known
      const p = byNumber.get(a)
      const q = byNumber.get(b)
      if (!p || !q) return undefined
      const h = Math.sin(rad(q.lat - p.lat) / 2) ** 2 + Math.cos(rad(p.lat)) * Math.cos(rad(q.lat)) * Math.sin(rad(q.lon - p.lon) / 2) ** 2
      const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h))
      cache.set(key, km)
      return km
    },
  }
}

const sortedUnique = (values: string[]) => [...new Set(values)].sort()

/** One canonical form: sorted, no duplicates, whole country clears the rest, a kommune inside a chosen fylke is dropped. */
export function normaliseWorkArea(area: WorkArea, geo: Pick<Geo, 'fylkeOf'>): WorkArea {
  if (area.wholeCountry) return { kommuner: [], fylker: [], partFylker: [], wholeCountry: true, maxTravelKm: 0 }
  const fylker = sortedUnique(area.fylker)
  return {
    kommuner: sortedUnique(area.kommuner).filter((k) => !fylker.includes(geo.fylkeOf(k) ?? '')),
    fylker,
    partFylker: sortedUnique(area.partFylker).filter((f) => !fylker.includes(f)),
    wholeCountry: false,
    maxTravelKm: Math.max(0, Math.round(area.maxTravelKm)),
  }
}

export function isEmptyWorkArea(area: WorkArea | null): boolean {
  return !area || (!area.wholeCountry && area.kommuner.length === 0 && area.fylker.length === 0 && area.partFylker.length === 0)
}

/** The area as a key: two profiles with the same key cannot be told apart by their shown area. */
export function workAreaKey(area: WorkArea | null): string {
  if (isEmptyWorkArea(area) || !area) return '-'
  if (area.wholeCountry) return '*'
  return `k${area.kommuner.join(',')}|f${area.fylker.join(',')}|p${area.partFylker.join(',')}|t${area.maxTravelKm}`
}

/** The guard's coarser level: chosen kommuner become «parts of» their fylker, without a travel distance. */
export function coarsenWorkArea(area: WorkArea, geo: Pick<Geo, 'fylkeOf'>): WorkArea {
  if (area.wholeCountry) return area
  return normaliseWorkArea(
    {
      kommuner: [],
      fylker: area.fylker,
      partFylker: [...area.partFylker, ...area.kommuner.map((k) => geo.fylkeOf(k) ?? '').filter(Boolean)],
      wholeCountry: false,
      maxTravelKm: 0,
    },
    geo,
  )
}

/** The area a person without a stated one gets from where they live (asked to be confirmed by the jobbspesialist). */
export function deriveWorkArea(residenceKommune: string): WorkArea {
  return { kommuner: [residenceKommune], fylker: [], partFylker: [], wholeCountry: false, maxTravelKm: DERIVED_TRAVEL_KM }
}

/** The one fylke a shown area lies in, or null (several, or the whole country). */
export function singleFylkeOf(area: WorkArea | null, geo: Pick<Geo, 'fylkeOf'>): string | null {
  if (!area || area.wholeCountry) return null
  const all = new Set([...area.fylker, ...area.partFylker, ...area.kommuner.map((k) => geo.fylkeOf(k) ?? '')])
  return all.size === 1 ? [...all][0] || null : null
}

/** Kommuner whose centre is the travel start: the chosen kommuner and every kommune of a chosen fylke. */
function travelStarts(area: WorkArea, geo: Geo): string[] {
  return [...area.kommuner, ...area.fylker.flatMap((f) => geo.kommunerIn(f))]
}

/** Per geo and start kommune: every known kommune with its distance, nearest first (computed once per start). */
const nearestFirst = new WeakMap<Geo, Map<string, Array<{ kommune: string; km: number }>>>()
function byDistanceFrom(start: string, geo: Geo): Array<{ kommune: string; km: number }> {
  let perStart = nearestFirst.get(geo)
  if (!perStart) nearestFirst.set(geo, (perStart = new Map()))
  let list = perStart.get(start)
  if (!list) {
    list = geo.kommuner
      .flatMap((kommune) => {
        const km = geo.distanceKm(kommune, start)
        return km === undefined ? [] : [{ kommune, km }]
      })
      .sort((a, b) => a.km - b.km)
    perStart.set(start, list)
  }
  return list
}

/** Every kommune within the travel distance of the area (for the engines' indexes), in `geo.kommuner` order. */
export function reachableKommuner(area: WorkArea | null, geo: Geo): string[] {
  if (!area || area.wholeCountry || area.maxTravelKm <= 0) return []
  const reached = new Set<string>()
  for (const start of travelStarts(area, geo)) {
    for (const { kommune, km } of byDistanceFrom(start, geo)) {
      if (km > area.maxTravelKm) break
      reached.add(kommune)
    }
  }
  return geo.kommuner.filter((k) => reached.has(k))
}

export type AreaRelationKind = 'KOMMUNE' | 'FYLKE' | 'TRAVEL' | 'PART_FYLKE' | 'COUNTRY'
/** Best first; each kind is a tier the engines draw candidates from. */
export const AREA_RELATIONS = ['KOMMUNE', 'FYLKE', 'TRAVEL', 'PART_FYLKE', 'COUNTRY'] as const satisfies ReadonlyArray<AreaRelationKind>

export type AreaRelation = { kind: AreaRelationKind; km: number; from: string | null }

/**
 * How a workplace in `kommune` relates to the area, the best relation first:
 * a chosen kommune, a chosen fylke, within the travel distance (nearest start),
 * a fylke the person can work in parts of, the whole country. null = outside.
 */
export function areaRelation(area: WorkArea | null, kommune: string, geo: Geo): AreaRelation | null {
  if (!area) return null
  if (area.wholeCountry) return { kind: 'COUNTRY', km: 0, from: null }
  if (area.kommuner.includes(kommune)) return { kind: 'KOMMUNE', km: 0, from: kommune }
  const fylke = geo.fylkeOf(kommune)
  if (fylke && area.fylker.includes(fylke)) return { kind: 'FYLKE', km: 0, from: null }
  if (area.maxTravelKm > 0) {
    let best: AreaRelation | null = null
    for (const start of travelStarts(area, geo)) {
      const km = geo.distanceKm(kommune, start)
      if (km !== undefined && km <= area.maxTravelKm && (!best || km < best.km)) best = { kind: 'TRAVEL', km, from: start }
    }
    if (best) return best
  }
  if (fylke && area.partFylker.includes(fylke)) return { kind: 'PART_FYLKE', km: 0, from: null }
  return null
}

/** Location points: a chosen kommune scores highest; within travel, nearer scores higher. */
export const AREA_POINTS: Record<AreaRelationKind, number> = { KOMMUNE: 10, FYLKE: 8, TRAVEL: 7, PART_FYLKE: 5, COUNTRY: 4 }
const TRAVEL_MIN_POINTS = 2

export function areaPoints(relation: AreaRelation, maxTravelKm: number): number {
  if (relation.kind !== 'TRAVEL') return AREA_POINTS[relation.kind]
  const share = maxTravelKm > 0 ? Math.min(1, relation.km / maxTravelKm) : 1
  return Math.round(AREA_POINTS.TRAVEL - (AREA_POINTS.TRAVEL - TRAVEL_MIN_POINTS) * share)
}

export type PlaceNames = { kommuneName: (k: string) => string | undefined; fylkeName: (f: string) => string | undefined }

function listNb(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`
}

/** «Oslo og Bærum, inntil 30 km unna» · «hele Vestland» · «deler av Troms» · «hele landet» · «ikke oppgitt». */
export function describeWorkArea(area: WorkArea | null, names: PlaceNames): string {
  if (isEmptyWorkArea(area) || !area) return 'ikke oppgitt'
  if (area.wholeCountry) return 'hele landet'
  const parts = [
    ...area.kommuner.map((k) => names.kommuneName(k) ?? k),
    ...area.fylker.map((f) => `hele ${names.fylkeName(f) ?? f}`),
    ...area.partFylker.map((f) => `deler av ${names.fylkeName(f) ?? f}`),
  ]
  const travel = area.maxTravelKm > 0 && (area.kommuner.length > 0 || area.fylker.length > 0) ? `, inntil ${area.maxTravelKm} km unna` : ''
  return `${listNb(parts)}${travel}`
}
