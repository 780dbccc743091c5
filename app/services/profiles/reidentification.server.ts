/**
 * The re-identification guard on profiles (k-anonymity): what a profile shows
 * employers (age band, work area) is coarsened until enough published
 * profiles share it, and peers are re-guarded when the published set changes.
 */
import { and, eq, isNull, ne, sql } from 'drizzle-orm'
import { type DbOrTx } from '@db/client.server'
import { candidates, kommuner, profiles } from '@db/schema'
import { AGE_BANDS, type EducationLevel, type InclusionTag } from '~/domain/codes'
import { ageBandFor, ageOn, schemeHintsFor } from '~/domain/candidates'
import { applyReidentificationGuard, type GuardResult, type ProfileDraft, type QuasiIdentifiers } from '~/domain/profiles'
import { kommuneGeo } from '@db/geo.server'
import { coarsenWorkArea, isEmptyWorkArea, normaliseWorkArea, singleFylkeOf, workAreaKey, type WorkArea } from '~/domain/matching/work-area'
import { getEnv } from '~/env.server'
import { nowIso, todayIso } from '~/utils/clock.server'
import { onProfileChanged, rowToDraft, sortedUnique, type CandidateRow } from './shared.server'

// ---------------------------------------------------------------------------
// Derived, person-based values (computed from the candidate; never stored on the profile as such)
export function derivedFor(db: DbOrTx, candidate: CandidateRow, today = todayIso()) {
  const age = ageOn(candidate.birthDate, today)
  const fylkesnummer =
    db.select({ nr: kommuner.fylkesnummer }).from(kommuner).where(eq(kommuner.kommunenummer, candidate.kommunenummer)).get()?.nr ?? null
  return {
    age,
    ageBand: ageBandFor(age),
    fylkesnummer,
    schemeHints: schemeHintsFor(candidate.innsatsgruppe, age),
  }
}

/** Other published profiles' shown quasi-identifiers with the same education level and target groups. */
function peersFor(db: DbOrTx, candidateId: number, educationLevel: EducationLevel | null, targetGroups: string[]): QuasiIdentifiers[] {
  const tg = JSON.stringify(sortedUnique(targetGroups))
  return db
    .select({
      ageBand: profiles.shownAgeBand,
      kommuner: profiles.workKommuner,
      fylker: profiles.workFylker,
      wholeCountry: profiles.workWholeCountry,
      maxTravelKm: profiles.maxTravelKm,
    })
    .from(profiles)
    .where(
      and(
        eq(profiles.status, 'PUBLISERT'),
        ne(profiles.candidateId, candidateId),
        educationLevel ? eq(profiles.educationLevel, educationLevel) : isNull(profiles.educationLevel),
        sql`${profiles.targetGroups} = ${tg}`,
      ),
    )
    .all()
    .map((r) => ({ ageBand: r.ageBand ?? 'ALLE', workArea: statedArea(r), educationLevel, targetGroups }))
}

export function statedArea(row: { kommuner: string[]; fylker: string[]; wholeCountry: boolean; maxTravelKm: number }): WorkArea | null {
  return draftWorkArea({
    workAreaMode: row.wholeCountry ? 'HELE_LANDET' : 'STEDER',
    workKommuner: row.kommuner,
    workFylker: row.fylker,
    maxTravelKm: row.maxTravelKm,
  })
}

/** The work area as the jobbspesialist entered it, in canonical form; null when none is stated. */
export function draftWorkArea(draft: Pick<ProfileDraft, 'workAreaMode' | 'workKommuner' | 'workFylker' | 'maxTravelKm'>): WorkArea | null {
  const area = normaliseWorkArea(
    {
      kommuner: draft.workKommuner,
      fylker: draft.workFylker,
      partFylker: [],
      wholeCountry: draft.workAreaMode === 'HELE_LANDET',
      maxTravelKm: draft.maxTravelKm,
    },
    kommuneGeo(),
  )
  return isEmptyWorkArea(area) ? null : area
}

const coarsenArea = (area: WorkArea) => coarsenWorkArea(area, kommuneGeo())

export function guardFor(
  db: DbOrTx,
  candidate: CandidateRow,
  draft: Pick<ProfileDraft, 'educationLevel' | 'targetGroups' | 'workAreaMode' | 'workKommuner' | 'workFylker' | 'maxTravelKm'>,
): GuardResult {
  const d = derivedFor(db, candidate)
  const own: QuasiIdentifiers = {
    ageBand: d.ageBand,
    workArea: draftWorkArea(draft),
    educationLevel: draft.educationLevel ?? null,
    targetGroups: draft.targetGroups,
  }
  return applyReidentificationGuard(
    own,
    peersFor(db, candidate.id, draft.educationLevel ?? null, draft.targetGroups),
    getEnv().K_ANONYMITY,
    coarsenArea,
  )
}

/** The shown-columns the guard decides: age band, work area, and the one fylke that area lies in (statistics). */
export function shownColumns(guard: GuardResult) {
  return {
    shownAgeBand: guard.ageBand,
    shownWorkArea: guard.workArea,
    shownFylkesnummer: singleFylkeOf(guard.workArea, kommuneGeo()),
    coarsened: guard.coarsened,
  }
}

/** Bokmål explanation of what the guard coarsened. */
export function describeCoarsening(guard: GuardResult): string[] {
  const lines: string[] = []
  if (guard.coarsened.includes('ageBand'))
    lines.push(`Alder vises som «${AGE_BANDS[guard.ageBand]}» i stedet for den nøyaktige aldersgruppen.`)
  if (guard.coarsened.includes('workArea')) {
    lines.push(
      'Arbeidssted vises bare som fylke («deler av …») i stedet for kommunene, og uten reiseavstand. Arbeidsgivere i hele fylket kan se profilen.',
    )
  }
  if (!guard.satisfied) {
    lines.push(
      `Selv etter dette deler færre enn ${getEnv().K_ANONYMITY} publiserte profiler utdanningsnivå og målgrupper med denne. Vurder å fjerne målgrupper eller utdanningsnivå.`,
    )
  }
  return lines
}

/**
 * After a profile enters or leaves the published set, re-runs the guard for
 * the published profiles that could share its shown values (same education
 * level and target groups, stated areas that coarsen alike) and updates those
 * whose shown values change — finer when enough now share them, coarser when
 * too few do — in the same transaction, so everyone showing a value has k
 * peers showing the same.
 */
export function reguardPeers(
  tx: DbOrTx,
  educationLevel: EducationLevel | null,
  targetGroups: InclusionTag[],
  area: WorkArea | null,
  exceptProfileId?: number,
): void {
  const tg = JSON.stringify(sortedUnique(targetGroups))
  const coarseKey = workAreaKey(area ? coarsenArea(area) : null)
  const peers = tx
    .select()
    .from(profiles)
    .where(
      and(
        eq(profiles.status, 'PUBLISERT'),
        educationLevel ? eq(profiles.educationLevel, educationLevel) : isNull(profiles.educationLevel),
        sql`${profiles.targetGroups} = ${tg}`,
      ),
    )
    .all()
    .filter((p) => p.id !== exceptProfileId)
    .filter((p) => {
      const stated = draftWorkArea(rowToDraft(p))
      return workAreaKey(stated ? coarsenArea(stated) : null) === coarseKey
    })
  for (const peer of peers) {
    const candidate = tx.select().from(candidates).where(eq(candidates.id, peer.candidateId)).get()
    if (!candidate) continue
    const guard = guardFor(tx, candidate, rowToDraft(peer))
    if (guard.ageBand === peer.shownAgeBand && workAreaKey(guard.workArea) === workAreaKey(peer.shownWorkArea)) continue
    tx.update(profiles)
      .set({ ...shownColumns(guard), updatedAt: nowIso(), version: peer.version + 1 })
      .where(eq(profiles.id, peer.id))
      .run()
    onProfileChanged(tx, peer.id)
  }
}
