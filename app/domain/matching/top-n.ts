import { compareRanked } from './score'

/**
 * Exact top N over tiers with score upper bounds.
 *
 * The candidates are split into tiers that together hold every eligible row
 * (each row in exactly one tier), and each tier has a bound no member's score
 * can exceed. Tiers are visited from the highest bound down. A tier is skipped
 * only when its bound is below the minimum score, or the top N is full and the
 * bound is below the current N-th score — then no member could enter the top N
 * (a member with an equal score and a lower id could, so equality is not
 * skipped). Since tiers are sorted by bound, every later tier is skipped too.
 * Every member of a visited tier is scored. Hence the result equals scoring
 * every eligible row and sorting by (score desc, id asc) — what
 * tests/unit/matching-top-n.test.ts checks against brute force.
 */
export type Ranked = { id: number; score: number }

export type ScoredTier<K> = { key: K; bound: number }

export type TopNStats = { tiersVisited: number; tiersSkipped: number; scored: number }

export class TopN {
  readonly items: Ranked[] = []
  constructor(
    readonly limit: number,
    readonly minScore: number,
  ) {}

  /** True when no row with a score of at most `bound` can enter. */
  closedBelow(bound: number): boolean {
    if (bound < this.minScore) return true
    return this.items.length >= this.limit && bound < this.items[this.items.length - 1].score
  }

  offer(id: number, score: number | null): void {
    if (score === null || score < this.minScore || this.limit <= 0) return
    const item = { id, score }
    const items = this.items
    if (items.length >= this.limit && compareRanked(item, items[items.length - 1]) >= 0) return
    // binary search for the insertion point (items stay sorted best first)
    let lo = 0
    let hi = items.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (compareRanked(items[mid], item) <= 0) lo = mid + 1
      else hi = mid
    }
    items.splice(lo, 0, item)
    if (items.length > this.limit) items.pop()
  }
}

/**
 * Visits `tiers` best bound first, scoring every member of each visited tier
 * (`scoreTier` offers them to the collector), and returns the exact top N.
 */
export async function exactTopN<K>(
  tiers: Array<ScoredTier<K>>,
  limit: number,
  minScore: number,
  scoreTier: (key: K, top: TopN) => void | Promise<void>,
): Promise<{ top: Ranked[]; stats: TopNStats }> {
  const top = new TopN(limit, minScore)
  const stats: TopNStats = { tiersVisited: 0, tiersSkipped: 0, scored: 0 }
  const ordered = [...tiers].sort((a, b) => b.bound - a.bound)
  for (const tier of ordered) {
    if (top.closedBelow(tier.bound)) {
      stats.tiersSkipped++
      continue
    }
    stats.tiersVisited++
    await scoreTier(tier.key, top)
  }
  return { top: top.items, stats }
}
