import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Db, DbOrTx } from './client.server'
import { DEFAULT_RATES } from '~/domain/subsidies'
import { relatedOccupationsFrom } from '~/domain/matching/score'
import type { RelatedOccupations } from '~/domain/matching/types'
import { isCode } from '~/domain/codes'
import { employerTaxRates, fylker, grunnbelopRates, inclusionSubsidyMaxRates, kommuner, styrk08, vtaoRates, AGA_ZONES } from './schema'

const here = path.dirname(fileURLToPath(import.meta.url))
const REFERENCE_DIR =
  [path.join(here, 'reference'), path.resolve('db/reference')].find((dir) => fs.existsSync(path.join(dir, 'kommuner.csv'))) ??
  path.resolve('db/reference')

/** Minimal CSV reader for the reference files: quoted fields only where they contain a comma. */
export function parseCsv(text: string): Record<string, string>[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.length > 0)
  const split = (line: string) => {
    const out: string[] = []
    let field = ''
    let quoted = false
    for (let i = 0; i < line.length; i++) {
      const c = line[i]
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          field += '"'
          i++
        } else if (c === '"') quoted = false
        else field += c
      } else if (c === '"') quoted = true
      else if (c === ',') {
        out.push(field)
        field = ''
      } else field += c
    }
    out.push(field)
    return out
  }
  const header = split(lines[0])
  return lines.slice(1).map((line) => {
    const cells = split(line)
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))
  })
}

export function readReferenceCsv(file: string): Record<string, string>[] {
  return parseCsv(fs.readFileSync(path.join(REFERENCE_DIR, file), 'utf8'))
}

let related: RelatedOccupations | undefined

/** The curated related occupations (beslektede_yrker.csv, both directions), read once. */
export function relatedOccupations(): RelatedOccupations {
  related ??= relatedOccupationsFrom(readReferenceCsv('beslektede_yrker.csv').map((r): [string, string] => [r.styrk_a, r.styrk_b]))
  return related
}

/** Loads fylker, kommuner (with AGA zone) and STYRK-08 when the tables are empty. */
export function loadReferenceData(db: Db): void {
  if (db.select().from(kommuner).limit(1).all().length > 0) return
  const kommuneRows = readReferenceCsv('kommuner.csv')
  const zoneRows = new Map(readReferenceCsv('arbeidsgiveravgift_soner.csv').map((r) => [r.kommunenummer, r.sone]))
  const styrkRows = readReferenceCsv('styrk08.csv')
  db.transaction((tx) => {
    const seenFylker = new Map<string, string>()
    for (const row of kommuneRows) seenFylker.set(row.fylkesnummer, row.fylkesnavn)
    for (const [fylkesnummer, name] of seenFylker) tx.insert(fylker).values({ fylkesnummer, name }).run()
    for (const row of kommuneRows) {
      const zone = zoneRows.get(row.kommunenummer)
      if (!isCode(AGA_ZONES, zone)) {
        throw new Error(`Mangler arbeidsgiveravgiftssone for kommune ${row.kommunenummer}`)
      }
      tx.insert(kommuner)
        .values({
          kommunenummer: row.kommunenummer,
          name: row.kommunenavn,
          fylkesnummer: row.fylkesnummer,
          agaZone: zone,
        })
        .run()
    }
    for (const row of styrkRows) {
      // 0000 «Uoppgitt» is not an occupation anyone can choose.
      if (row.kode === '0000') continue
      tx.insert(styrk08).values({ code: row.kode, title: row.tittel }).run()
    }
  })
}

/**
 * Inserts the specification's rates that are missing (matched on their date,
 * and zone for AGA): a fresh database gets them all, an existing one gets
 * rows the specification added later (G from 1 May 2026, the VTAO amounts).
 * Rows are never changed, so an admin's rows stay as they are. Idempotent.
 */
export function loadDefaultSubsidyRates(db: DbOrTx): void {
  db.transaction((tx) => {
    for (const row of DEFAULT_RATES.grunnbelop) tx.insert(grunnbelopRates).values(row).onConflictDoNothing().run()
    for (const row of DEFAULT_RATES.inclusionSubsidyMax) {
      tx.insert(inclusionSubsidyMaxRates).values(row).onConflictDoNothing().run()
    }
    for (const row of DEFAULT_RATES.vtaoMonthly) tx.insert(vtaoRates).values(row).onConflictDoNothing().run()
    for (const row of DEFAULT_RATES.employerTax) {
      tx.insert(employerTaxRates)
        .values({
          zone: row.zone,
          validFrom: row.validFrom,
          rateHundredths: Math.round(row.rate * 100),
          source: row.source,
        })
        .onConflictDoNothing()
        .run()
    }
  })
}
