import { getDb } from '@db/client.server'
import { readReferenceCsv } from '@db/reference.server'
import { kommuner } from '@db/schema'
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

/** Every kommune for a select: { kommunenummer, label }, in Norwegian alphabetical order of the label. */
export function kommuneOptions(): Array<{ kommunenummer: string; label: string }> {
  const rows = getDb().select({ kommunenummer: kommuner.kommunenummer, name: kommuner.name }).from(kommuner).all()
  return sortByLabel(rows.map((k) => ({ kommunenummer: k.kommunenummer, label: kommuneDisplayName(k.kommunenummer, k.name) })))
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
