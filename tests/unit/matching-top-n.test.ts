import Database from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  areaRelation,
  locationPoints,
  matchScore,
  occupationPoints,
  toScore,
  occupationMatch,
  prepareProfile,
  prepareVacancy,
  profileTierBound,
  vacancyTierBound,
  type MatchTier,
} from '~/domain/matching'
import { exactTopN, TopN } from '~/domain/matching/top-n'
import { profileToMatch, vacancyToMatch } from '@search/documents'
import { EmbeddedSearch } from '@search/embedded/adapter'
import { profilePointsSql } from '@search/embedded/matching'
import { rankProfiles, rankVacancies } from '@search/shared'
import type { ProfileDocument, VacancyDocument } from '@search/port'
import { ctx, randomProfiles, randomVacancies } from '../contract/fixtures'

/**
 * Exact top N: the engine's answer equals scoring every eligible published
 * row with the same domain rules and sorting by (score desc, id asc).
 */
async function engineWith(profiles: ProfileDocument[], vacancies: VacancyDocument[]) {
  const engine = new EmbeddedSearch(new Database(':memory:'))
  await engine.indexProfiles(profiles)
  await engine.indexVacancies(vacancies)
  return engine
}

describe('exact top N (embedded engine against brute force)', () => {
  it('returns the brute-force top N of profiles for any vacancy', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomProfiles(0, 120),
        randomVacancies(1, 4),
        fc.integer({ min: 1, max: 8 }),
        async (profiles, vacancies, limit) => {
          const engine = await engineWith(profiles, [])
          for (const vacancy of vacancies) {
            expect(await engine.candidatesForVacancy(vacancy, limit, ctx)).toEqual(rankProfiles(vacancy, profiles, limit, ctx))
          }
        },
      ),
      { numRuns: 80 },
    )
  })

  it('returns the brute-force top N of vacancies for any profile', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomVacancies(0, 120),
        randomProfiles(1, 4),
        fc.integer({ min: 1, max: 8 }),
        async (vacancies, profiles, limit) => {
          // The index holds published vacancies; a passed deadline is a hard filter the engine must apply itself.
          const engine = await engineWith([], vacancies)
          for (const profile of profiles) {
            expect(await engine.vacanciesForProfile(profile, limit, ctx)).toEqual(rankVacancies(profile, vacancies, limit, ctx))
          }
        },
      ),
      { numRuns: 80 },
    )
  })

  it('computes in SQL exactly the points the domain gives (what orders each tier)', async () => {
    await fc.assert(
      fc.asyncProperty(randomProfiles(1, 30), randomVacancies(1, 4), async (profiles, vacancies) => {
        const db = new Database(':memory:')
        const engine = new EmbeddedSearch(db)
        await engine.indexProfiles(profiles)
        for (const v of vacancies) {
          const pv = prepareVacancy(vacancyToMatch(v), ctx)
          const points = profilePointsSql(pv)
          const rows = db.prepare(`SELECT profile_id AS id, ${points.sql} AS raw FROM search_profile_match`).all(...points.params)
          for (const row of rows) {
            if (!isPointsRow(row)) throw new Error('unexpected row')
            const p = profiles.find((x) => x.id === row.id)!
            const score = matchScore(pv, prepareProfile(profileToMatch(p)), ctx)
            const occupation = occupationMatch(v.styrkCode, p.desiredStyrkCodes, ctx.relatedOccupations).level
            const location = areaRelation(p.workArea, v.kommunenummer, ctx.geo)
            if (score === null || !occupation || !location) continue
            expect(toScore(occupationPoints(occupation) + locationPoints(location, p.workArea?.maxTravelKm ?? 0) + row.raw)).toBe(score)
          }
        }
      }),
      { numRuns: 150 },
    )
  })

  it('never scores a pair above its tier bound (what makes skipping a tier safe)', () => {
    fc.assert(
      fc.property(randomProfiles(1, 20), randomVacancies(1, 5), (profiles, vacancies) => {
        for (const v of vacancies) {
          const pv = prepareVacancy(vacancyToMatch(v), ctx)
          for (const p of profiles) {
            const pp = prepareProfile(profileToMatch(p))
            const score = matchScore(pv, pp, ctx)
            if (score === null) continue
            const occupation = occupationMatch(v.styrkCode, p.desiredStyrkCodes, ctx.relatedOccupations).level
            const location = areaRelation(p.workArea, v.kommunenummer, ctx.geo)
            if (!occupation || !location) throw new Error('a match outside every tier')
            const tier: MatchTier = { occupation, location: location.kind }
            expect(score).toBeLessThanOrEqual(profileTierBound(pv, tier))
            expect(score).toBeLessThanOrEqual(vacancyTierBound(pp, tier))
          }
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('exactTopN over tiers', () => {
  it("equals sorting every member when each bound is at least its members' best score", async () => {
    const tier = fc.record({ members: fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 15 }), slack: fc.integer({ min: 0, max: 3 }) })
    await fc.assert(
      fc.asyncProperty(
        fc.array(tier, { maxLength: 8 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 5 }),
        async (tiers, limit, minScore) => {
          let nextId = 1
          const withIds = tiers.map((t) => ({ members: t.members.map((score) => ({ id: nextId++, score })), slack: t.slack }))
          const scored: number[] = []
          const { top } = await exactTopN(
            withIds.map((t, key) => ({ key, bound: Math.max(0, ...t.members.map((m) => m.score)) + t.slack })),
            limit,
            minScore,
            (key, collector) => {
              scored.push(key)
              for (const m of withIds[key].members) collector.offer(m.id, m.score)
            },
          )
          const all = withIds.flatMap((t) => t.members).filter((m) => m.score >= minScore)
          expect(top).toEqual(all.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit))
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('TopN collector', () => {
  it('keeps the best N by score, then lowest id, whatever the order offered', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 10 }))),
        fc.integer({ min: 1, max: 10 }),
        (rows, limit) => {
          const unique = [...new Map(rows.map(([id, score]) => [id, score])).entries()]
          const top = new TopN(limit, 3)
          for (const [id, score] of unique) top.offer(id, score)
          const expected = unique
            .filter(([, score]) => score >= 3)
            .map(([id, score]) => ({ id, score }))
            .sort((a, b) => b.score - a.score || a.id - b.id)
            .slice(0, limit)
          expect(top.items).toEqual(expected)
        },
      ),
    )
  })
})

function isPointsRow(row: unknown): row is { id: number; raw: number } {
  return typeof row === 'object' && row !== null && 'id' in row && 'raw' in row
}
