/** The person's own view of their profile (Min side, issue 14), for the Min side service's transactions. */
import { eq } from 'drizzle-orm'
import { type DbOrTx } from '@db/client.server'
import { profiles } from '@db/schema'
import { allAdaptationNeeds, splitDisclosure } from '~/domain/person'
import { nowIso } from '~/utils/clock.server'
import { employerColumns, onProfileChanged, project, sortedUnique } from './shared.server'

/**
 * The person's profile through THE employer data path (whitelisted columns →
 * `toEmployerProfile`), without counting as an employer view. null profile =
 * not published (nothing is shown to employers).
 */
export function ownProfileAsEmployersSeeIt(tx: DbOrTx, candidateId: number) {
  const row = tx
    .select({ ...employerColumns, id: profiles.id, status: profiles.status, coarsened: profiles.coarsened })
    .from(profiles)
    .where(eq(profiles.candidateId, candidateId))
    .get()
  if (!row) return { status: null, profile: null, coarsened: [] as string[] }
  return { status: row.status, profile: row.status === 'PUBLISERT' ? project(row, tx) : null, coarsened: row.coarsened }
}

/** The person's disclosure plan as stored: shown (employer-visible) and withheld needs. */
export function disclosureOf(db: DbOrTx, candidateId: number) {
  const row = db
    .select({ id: profiles.id, shown: profiles.adaptationNeeds, withheld: profiles.withheldAdaptationNeeds, status: profiles.status })
    .from(profiles)
    .where(eq(profiles.candidateId, candidateId))
    .get()
  return row ?? null
}

/** Applies the person's disclosure plan; a published profile (and its index entry) follows in the same transaction. */
export function setDisclosureIn(
  tx: DbOrTx,
  candidateId: number,
  shownChoice: string[],
): { changed: boolean; shown: string[]; withheld: string[] } | null {
  const row = tx.select().from(profiles).where(eq(profiles.candidateId, candidateId)).get()
  if (!row) return null
  const all = allAdaptationNeeds(row.adaptationNeeds, row.withheldAdaptationNeeds)
  const chosen = new Set(shownChoice)
  const { shown, withheld } = splitDisclosure(
    all,
    all.filter((code) => !chosen.has(code)),
  )
  const changed = JSON.stringify(withheld) !== JSON.stringify(sortedUnique(row.withheldAdaptationNeeds))
  if (!changed) return { changed, shown, withheld }
  tx.update(profiles)
    .set({ adaptationNeeds: shown, withheldAdaptationNeeds: withheld, updatedAt: nowIso(), version: row.version + 1 })
    .where(eq(profiles.id, row.id))
    .run()
  if (row.status === 'PUBLISERT') onProfileChanged(tx, row.id)
  return { changed, shown, withheld }
}
