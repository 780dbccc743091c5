import { kommuneLabel } from '~/domain/geography/kommune-label'
import { createGeo, type Geo, type PlaceNames } from '~/domain/matching/work-area'
import { readReferenceCsv } from './reference.server'

/**
 * Kommuner, fylker and distances for matching, read once from
 * db/reference (kommuner.csv, kommune_koordinater.csv, kommuner_norsk_navn.csv).
 */
let cached: { geo: Geo; places: PlaceNames; byName: Map<string, string>; fylkeByName: Map<string, string> } | undefined

const nameKey = (name: string) => name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ')

function load() {
  if (!cached) {
    const kommuneRows = readReferenceCsv('kommuner.csv')
    const fylkeOf = new Map(kommuneRows.map((r) => [r.kommunenummer, r.fylkesnummer]))
    const points = readReferenceCsv('kommune_koordinater.csv').map((r) => ({
      kommunenummer: r.kommunenummer,
      fylkesnummer: fylkeOf.get(r.kommunenummer) ?? '',
      lat: Number(r.lat),
      lon: Number(r.lon),
    }))
    const norwegian = new Map(readReferenceCsv('kommuner_norsk_navn.csv').map((r) => [r.kommunenummer, r.norsk_navn]))
    const kommuneNames = new Map(kommuneRows.map((r) => [r.kommunenummer, kommuneLabel(r.kommunenavn, norwegian.get(r.kommunenummer))]))
    const fylkeNames = new Map(kommuneRows.map((r) => [r.fylkesnummer, r.fylkesnavn]))
    const byName = new Map<string, string>()
    for (const r of kommuneRows) {
      byName.set(nameKey(r.kommunenummer), r.kommunenummer)
      byName.set(nameKey(r.kommunenavn), r.kommunenummer)
      byName.set(nameKey(kommuneNames.get(r.kommunenummer) ?? ''), r.kommunenummer)
      // Each of SSB's parallel names alone («Tromsø», «Romsa») — unless two kommuner share it («Herøy»).
      for (const part of r.kommunenavn.split(' - ')) {
        const key = nameKey(part)
        if (byName.has(key) && byName.get(key) !== r.kommunenummer) byName.set(key, '')
        else byName.set(key, r.kommunenummer)
      }
    }
    const fylkeByName = new Map<string, string>()
    for (const [nr, name] of fylkeNames) {
      fylkeByName.set(nameKey(name), nr)
      for (const part of name.split(' - ')) fylkeByName.set(nameKey(part), nr)
    }
    cached = {
      byName,
      fylkeByName,
      geo: createGeo(points),
      places: { kommuneName: (k) => kommuneNames.get(k), fylkeName: (f) => fylkeNames.get(f) },
    }
  }
  return cached
}

export function kommuneGeo(): Geo {
  return load().geo
}

export function kommunePlaceNames(): PlaceNames {
  return load().places
}

/** The kommunenummer for a typed kommune name or number, if it is in the register (ambiguous names are not). */
export function kommuneNumberOf(typed: string): string | undefined {
  return load().byName.get(nameKey(typed)) || undefined
}

/** A kommune or fylke named by a typed phrase («oslo», «Nord-Fron», «Møre og Romsdal»), or undefined. */
export function placeOf(typed: string): { kommune: string } | { fylke: string } | undefined {
  const kommune = kommuneNumberOf(typed)
  if (kommune) return { kommune }
  const fylke = load().fylkeByName.get(nameKey(typed))
  return fylke ? { fylke } : undefined
}
