import type { AgeBand } from '~/domain/codes'
import { workAreaKey, type WorkArea } from '~/domain/matching/work-area'

/**
 * Re-identification guard. The quasi-identifiers an employer sees (age band,
 * where the person can work, education level, target-group flags) must be
 * shared by at least k published profiles (this one included); otherwise the
 * age band and the work area are coarsened step by step. Pure.
 *
 * «Shared» means: another published profile that an observer cannot tell
 * apart from this one by the shown values — same education level and target
 * groups, an overlapping shown age band (one band inside the other), and the
 * same work area at the level tried: the other's STATED area, coarsened the
 * same way, must give the same shown area. (The service re-runs the guard for
 * those peers after a publish, so they show the same value.) The work area is
 * coarsened by showing chosen kommuner as «deler av <fylke>» (work-area.ts);
 * it is never hidden, and a hidden area would never mean «anywhere».
 */
export type QuasiIdentifiers = {
  ageBand: AgeBand
  /** The STATED work area (the guard coarsens it when needed). */
  workArea: WorkArea | null
  educationLevel: string | null
  targetGroups: string[]
}

export type CoarsenedField = 'ageBand' | 'workArea'

/** The work area one step coarser (kommuner → parts of their fylker); given by the caller, who has the kommune register. */
export type CoarsenArea = (area: WorkArea) => WorkArea

export type GuardResult = {
  ageBand: AgeBand
  workArea: WorkArea | null
  coarsened: CoarsenedField[]
  /** How many published profiles (this one included) share the shown values. */
  count: number
  /** False when even the coarsest level is shared by fewer than k. */
  satisfied: boolean
}

const WIDE: Record<string, AgeBand> = {
  '16-24': '16-29',
  '25-29': '16-29',
  '16-29': '16-29',
  '30-39': '30-49',
  '40-49': '30-49',
  '30-49': '30-49',
  '50-59': '50-72',
  '60-72': '50-72',
  '50-72': '50-72',
  ALLE: 'ALLE',
}

export function widerAgeBand(band: AgeBand): AgeBand {
  return WIDE[band] ?? 'ALLE'
}

function range(band: string): [number, number] {
  if (band === 'ALLE') return [0, 200]
  const [lo, hi] = band.split('-').map(Number)
  return [lo, hi]
}

export function ageBandWithin(inner: string, outer: string): boolean {
  const [ilo, ihi] = range(inner)
  const [olo, ohi] = range(outer)
  return ilo >= olo && ihi <= ohi
}

export function sameTargetGroups(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false
  const sa = [...a].sort()
  const sb = [...b].sort()
  return sa.every((v, i) => v === sb[i])
}

/** The coarsening ladder, finest first. */
export const GENERALISATION_LADDER: Array<{ age: 'fine' | 'wide' | 'all'; area: 'fine' | 'coarse' }> = [
  { age: 'fine', area: 'fine' },
  { age: 'wide', area: 'fine' },
  { age: 'all', area: 'fine' },
  { age: 'wide', area: 'coarse' },
  { age: 'all', area: 'coarse' },
]

export function generalise(own: QuasiIdentifiers, level: (typeof GENERALISATION_LADDER)[number], coarsen: CoarsenArea) {
  const ageBand: AgeBand = level.age === 'fine' ? own.ageBand : level.age === 'wide' ? widerAgeBand(own.ageBand) : 'ALLE'
  return { ageBand, workArea: level.area === 'fine' || !own.workArea ? own.workArea : coarsen(own.workArea) }
}

/**
 * Can a published profile not be told apart from these shown values? `other`
 * carries its shown age band and its stated work area; `areaLevel` is the
 * level the shown area was made at.
 */
export function sharesQuasiIdentifiers(
  other: QuasiIdentifiers,
  shown: QuasiIdentifiers,
  areaLevel: 'fine' | 'coarse' = 'fine',
  coarsen?: CoarsenArea,
): boolean {
  const otherArea = areaLevel === 'coarse' && other.workArea && coarsen ? coarsen(other.workArea) : other.workArea
  return (
    (other.educationLevel ?? null) === (shown.educationLevel ?? null) &&
    sameTargetGroups(other.targetGroups, shown.targetGroups) &&
    (ageBandWithin(other.ageBand, shown.ageBand) || ageBandWithin(shown.ageBand, other.ageBand)) &&
    workAreaKey(otherArea) === workAreaKey(shown.workArea)
  )
}

/**
 * Picks the finest shown values shared by at least k published profiles.
 * `others` are the OTHER published profiles' shown values. When no level
 * reaches k, the coarsest level is returned with `satisfied: false`.
 */
export function applyReidentificationGuard(
  own: QuasiIdentifiers,
  others: QuasiIdentifiers[],
  k: number,
  coarsen: CoarsenArea,
): GuardResult {
  let last: GuardResult | undefined
  for (const level of GENERALISATION_LADDER) {
    const shown = { ...own, ...generalise(own, level, coarsen) }
    const count = 1 + others.filter((o) => sharesQuasiIdentifiers(o, shown, level.area, coarsen)).length
    const coarsened: CoarsenedField[] = []
    if (shown.ageBand !== own.ageBand) coarsened.push('ageBand')
    if (workAreaKey(shown.workArea) !== workAreaKey(own.workArea)) coarsened.push('workArea')
    last = { ageBand: shown.ageBand, workArea: shown.workArea, coarsened, count, satisfied: count >= k }
    if (count >= k) return last
  }
  return last!
}

/**
 * The guard for a whole batch at once (seeding, bulk import): each profile
 * gets the finest level whose group — profiles with the same generalised
 * values at that level — has at least k members.
 */
export function applyReidentificationGuardBatch(all: QuasiIdentifiers[], k: number, coarsen: CoarsenArea): GuardResult[] {
  const keys = all.map((qi) => {
    const rest = `|${qi.educationLevel ?? ''}|${qi.targetGroups.length > 1 ? [...qi.targetGroups].sort().join(',') : (qi.targetGroups[0] ?? '')}`
    return GENERALISATION_LADDER.map((level) => {
      const g = generalise(qi, level, coarsen)
      return `${g.ageBand}|${workAreaKey(g.workArea)}${rest}`
    })
  })
  const counts = GENERALISATION_LADDER.map((_, li) => {
    const m = new Map<string, number>()
    for (const k of keys) m.set(k[li], (m.get(k[li]) ?? 0) + 1)
    return m
  })
  const last = GENERALISATION_LADDER.length - 1
  const levels = all.map((_, i) => {
    const index = GENERALISATION_LADDER.findIndex((_, li) => (counts[li].get(keys[i][li]) ?? 0) >= k)
    return index >= 0 ? index : last
  })
  // Profiles with different true values may land on the same shown value at different levels; bump any whose
  // shown value is shared (in the sense of sharesQuasiIdentifiers: same area, nested age bands) by fewer than k,
  // until every one is shared by k or is at the coarsest level.
  const shownOf = (i: number) => ({ ...all[i], ...generalise(all[i], GENERALISATION_LADDER[levels[i]], coarsen) })
  const sharing = () => {
    const combos = new Map<string, { qi: QuasiIdentifiers; n: number }>()
    for (let i = 0; i < all.length; i++) {
      const key = keys[i][levels[i]]
      const entry = combos.get(key)
      if (entry) entry.n++
      else combos.set(key, { qi: shownOf(i), n: 1 })
    }
    const counts = new Map<string, number>()
    for (const [key, { qi }] of combos) {
      let n = 0
      for (const other of combos.values()) if (sharesQuasiIdentifiers(other.qi, qi)) n += other.n
      counts.set(key, n)
    }
    return counts
  }
  let shownCounts = sharing()
  for (;;) {
    let changed = false
    for (let i = 0; i < all.length; i++) {
      if (levels[i] < last && (shownCounts.get(keys[i][levels[i]]) ?? 0) < k) {
        levels[i]++
        changed = true
      }
    }
    if (!changed) break
    shownCounts = sharing()
  }
  return all.map((qi, i) => {
    const shown = generalise(qi, GENERALISATION_LADDER[levels[i]], coarsen)
    const coarsened: CoarsenedField[] = []
    if (shown.ageBand !== qi.ageBand) coarsened.push('ageBand')
    if (workAreaKey(shown.workArea) !== workAreaKey(qi.workArea)) coarsened.push('workArea')
    const count = shownCounts.get(keys[i][levels[i]]) ?? 1
    return { ...shown, coarsened, count, satisfied: count >= k }
  })
}

/**
 * After a profile leaves the published set, the remaining profiles (with the
 * same education level and target groups) whose shown values are now shared
 * by fewer than k. Works on distinct shown combinations, so it stays cheap
 * with many profiles. Returns the indexes into `remaining`.
 */
export function profilesBelowK(remaining: QuasiIdentifiers[], k: number): number[] {
  const combos = new Map<string, { qi: QuasiIdentifiers; n: number }>()
  for (const qi of remaining) {
    const key = `${qi.ageBand}|${workAreaKey(qi.workArea)}|${qi.educationLevel ?? ''}|${[...qi.targetGroups].sort().join(',')}`
    const entry = combos.get(key)
    if (entry) entry.n++
    else combos.set(key, { qi, n: 1 })
  }
  const below = new Set<string>()
  for (const [key, { qi }] of combos) {
    let sharing = 0
    for (const other of combos.values()) if (sharesQuasiIdentifiers(other.qi, qi)) sharing += other.n
    if (sharing < k) below.add(key)
  }
  return remaining.flatMap((qi, i) =>
    below.has(`${qi.ageBand}|${workAreaKey(qi.workArea)}|${qi.educationLevel ?? ''}|${[...qi.targetGroups].sort().join(',')}`) ? [i] : [],
  )
}
