import { asc } from 'drizzle-orm'
import { getDb, type DbOrTx } from '@db/client.server'
import { readReferenceCsv } from '@db/reference.server'
import { fylker, kommuner, type AgaZone } from '@db/schema'
import { kommuneLabel, sortByLabel } from '~/domain/geography/kommune-label'

let norwegianNames: Map<string, string> | undefined

/** kommunenummer → the Norwegian one of SSB's parallel names (db/reference/kommuner_norsk_navn.csv). */
function norwegianNameOf(kommunenummer: string): string | undefined {
  norwegianNames ??= new Map(readReferenceCsv('kommuner_norsk_navn.csv').map((r) => [r.kommunenummer, r.norsk_navn]))
  return norwegianNames.get(kommunenummer)
}

/** The kommune's name as shown: Norwegian name first («Hattfjelldal - Aarborte»), SSB's qualifier kept. */
export function kommuneDisplayName(kommunenummer: string, ssbName: string): string {
  return kommuneLabel(ssbName, norwegianNameOf(kommunenummer))
}

export type KommuneOption = { kommunenummer: string; label: string; zone: AgaZone }

/**
 * THE kommune list for a select or combobox: { kommunenummer, label, zone } in
 * Norwegian alphabetical order of the label (Norwegian name first; SSB's own
 * qualifier tells «Herøy (Nordland)» from «Herøy (Møre og Romsdal)»); `zone`
 * is the kommune's zone for arbeidsgiveravgift.
 */
export function kommuneOptions(db: DbOrTx = getDb()): KommuneOption[] {
  const rows = db.select({ kommunenummer: kommuner.kommunenummer, name: kommuner.name, zone: kommuner.agaZone }).from(kommuner).all()
  return sortByLabel(
    rows.map((k) => ({ kommunenummer: k.kommunenummer, label: kommuneDisplayName(k.kommunenummer, k.name), zone: k.zone })),
  )
}

export type FylkeOption = { fylkesnummer: string; name: string }

/** THE fylke list for a select or checkboxes, by name. */
export function fylkeOptions(db: DbOrTx = getDb()): FylkeOption[] {
  return db.select({ fylkesnummer: fylker.fylkesnummer, name: fylker.name }).from(fylker).orderBy(asc(fylker.name)).all()
}

let placeNameCache: string[] | undefined

/**
 * Every kommune name (all of SSB's parallel names), for the privacy filter's
 * «0557 Oslo»-like postcodes. Static reference data: read once per process.
 */
export function placeNames(): string[] {
  if (!placeNameCache?.length) {
    placeNameCache = getDb()
      .select({ name: kommuner.name })
      .from(kommuner)
      .all()
      .flatMap((k) => k.name.split(/\s+-\s+/))
      .map((name) => name.replace(/\s*\(.*\)$/, '').trim())
      .filter(Boolean)
  }
  return placeNameCache
}
