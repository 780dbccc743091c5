import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { kommuneGeo, kommunePlaceNames } from '@db/geo.server'
import { relatedOccupations } from '@db/reference.server'
import type { MatchContext } from '~/domain/matching'
import { EmbeddedSearch } from '@search/embedded/adapter'
import { loadRelevanceSet, ndcgAt, QUERIES, runQuery, TITLES } from '../relevance/set'

const ctx: MatchContext = {
  today: '2026-11-22',
  styrkTitle: (c) => TITLES[c],
  relatedOccupations: relatedOccupations(),
  geo: kommuneGeo(),
  places: kommunePlaceNames(),
}

describe('judged relevance set (embedded engine)', () => {
  it('has at least 30 queries of every kind', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30)
    for (const kind of ['candidates', 'vacancies', 'text'] as const)
      expect(QUERIES.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(10)
  })

  it('never lists what must not be listed, puts the best first, and reaches NDCG@10 ≥ 0.8 on every query (mean ≥ 0.95)', async () => {
    const engine = new EmbeddedSearch(getDb().$client)
    await loadRelevanceSet(engine)
    const scores: number[] = []
    for (const q of QUERIES) {
      const ranked = await runQuery(engine, q, ctx)
      const score = ndcgAt(10, ranked, q.judged)
      scores.push(score)
      const what = `${q.kind} «${q.label}»: NDCG@10 ${score.toFixed(3)}, listed ${ranked.join(',')}`
      const never = Object.entries(q.judged)
        .filter(([, g]) => g === 0)
        .map(([id]) => Number(id))
      for (const id of never) expect(ranked, `${what} — must not list ${id}`).not.toContain(id)
      if (q.kind === 'text') {
        // text: the first hit is a good one (the engine cannot know which of equally good words is meant)
        expect(q.judged[ranked[0]] ?? 0, what).toBeGreaterThanOrEqual(2)
      } else {
        // matching: every grade-3 hit before anything else
        const best = Object.entries(q.judged)
          .filter(([, g]) => g === 3)
          .map(([id]) => Number(id))
        expect(ranked.slice(0, best.length), what).toEqual(expect.arrayContaining(best))
      }
      expect(score, what).toBeGreaterThanOrEqual(0.8)
    }
    expect(scores.reduce((a, b) => a + b, 0) / scores.length).toBeGreaterThanOrEqual(0.95)
  })
})
