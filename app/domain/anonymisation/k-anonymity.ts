import type { AgeBand } from '~/domain/codes'

/**
 * Re-identification guard. The quasi-identifiers an employer sees (age band,
 * county, education level, target-group flags) must be shared by at least k
 * published profiles (this one included); otherwise the age band and county
 * are coarsened step by step. Pure.
 *
 * «Shared» means: another published profile that an observer cannot tell
 * apart from this one by the shown values — same education level and target
 * groups, an overlapping shown age band (one band inside the other), and the
 * same county or «Hele landet» on either side. So widening our band or
 * dropping the county lets more profiles count, and profiles that were
 * coarsened earlier count for the finer ones that come later.
 */
export type QuasiIdentifiers = {
  ageBand: AgeBand
  fylkesnummer: string | null
  educationLevel: string | null
  targetGroups: string[]
}

export type CoarsenedField = 'ageBand' | 'fylke'

export type GuardResult = {
  ageBand: AgeBand
  fylkesnummer: string | null
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
export const GENERALISATION_LADDER: Array<{ age: 'fine' | 'wide' | 'all'; fylke: boolean }> = [
  { age: 'fine', fylke: true },
  { age: 'wide', fylke: true },
  { age: 'all', fylke: true },
  { age: 'wide', fylke: false },
  { age: 'all', fylke: false },
]

export function generalise(own: QuasiIdentifiers, level: (typeof GENERALISATION_LADDER)[number]) {
  const ageBand: AgeBand = level.age === 'fine' ? own.ageBand : level.age === 'wide' ? widerAgeBand(own.ageBand) : 'ALLE'
  return { ageBand, fylkesnummer: level.fylke ? own.fylkesnummer : null }
}

/** Can a published profile's shown quasi-identifiers not be told apart from these shown values? */
export function sharesQuasiIdentifiers(other: QuasiIdentifiers, shown: QuasiIdentifiers): boolean {
  return (
    (other.educationLevel ?? null) === (shown.educationLevel ?? null) &&
    sameTargetGroups(other.targetGroups, shown.targetGroups) &&
    (ageBandWithin(other.ageBand, shown.ageBand) || ageBandWithin(shown.ageBand, other.ageBand)) &&
    (shown.fylkesnummer === null || other.fylkesnummer === null || other.fylkesnummer === shown.fylkesnummer)
  )
}

/**
 * Picks the finest shown values shared by at least k published profiles.
 * `others` are the OTHER published profiles' shown values. When no level
 * reaches k, the coarsest level is returned with `satisfied: false`.
 */
export function applyReidentificationGuard(own: QuasiIdentifiers, others: QuasiIdentifiers[], k: number): GuardResult {
  let last: GuardResult | undefined
  for (const level of GENERALISATION_LADDER) {
    const shown = { ...own, ...generalise(own, level) }
    const count = 1 + others.filter((o) => sharesQuasiIdentifiers(o, shown)).length
    const coarsened: CoarsenedField[] = []
    if (shown.ageBand !== own.ageBand) coarsened.push('ageBand')
    if (shown.fylkesnummer !== own.fylkesnummer) coarsened.push('fylke')
    last = { ageBand: shown.ageBand, fylkesnummer: shown.fylkesnummer, coarsened, count, satisfied: count >= k }
    if (count >= k) return last
  }
  return last!
}

/**
 * The guard for a whole batch at once (seeding, bulk import): each profile
 * gets the finest level whose group — profiles with the same generalised
 * values at that level — has at least k members.
 */
export function applyReidentificationGuardBatch(all: QuasiIdentifiers[], k: number): GuardResult[] {
  const keys = all.map((qi) => {
    const rest = `|${qi.educationLevel ?? ''}|${qi.targetGroups.length > 1 ? [...qi.targetGroups].sort().join(',') : (qi.targetGroups[0] ?? '')}`
    return GENERALISATION_LADDER.map((level) => {
      const g = generalise(qi, level)
      return `${g.ageBand}|${g.fylkesnummer ?? '*'}${rest}`
    })
  })
  const counts = GENERALISATION_LADDER.map((_, li) => {
    const m = new Map<string, number>()
    for (const k of keys) m.set(k[li], (m.get(k[li]) ?? 0) + 1)
    return m
  })
  return all.map((qi, i) => {
    let index = GENERALISATION_LADDER.findIndex((_, li) => (counts[li].get(keys[i][li]) ?? 0) >= k)
    const satisfied = index >= 0
    if (!satisfied) index = GENERALISATION_LADDER.length - 1
    const shown = generalise(qi, GENERALISATION_LADDER[index])
    const coarsened: CoarsenedField[] = []
    if (shown.ageBand !== qi.ageBand) coarsened.push('ageBand')
    if (shown.fylkesnummer !== qi.fylkesnummer) coarsened.push('fylke')
    return { ...shown, coarsened, count: counts[index].get(keys[i][index]) ?? 1, satisfied }
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
    const key = `${qi.ageBand}|${qi.fylkesnummer ?? '*'}|${qi.educationLevel ?? ''}|${[...qi.targetGroups].sort().join(',')}`
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
    below.has(`${qi.ageBand}|${qi.fylkesnummer ?? '*'}|${qi.educationLevel ?? ''}|${[...qi.targetGroups].sort().join(',')}`) ? [i] : [],
  )
}
