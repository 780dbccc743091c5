import { describe, expect, it } from 'vitest'
import { SearchInputError, type SearchPort } from '@search/port'
import fc from 'fast-check'
import { rankProfiles, rankVacancies } from '@search/shared'
import {
  area,
  BAKER,
  COOK,
  ctx,
  DRIVER,
  GARDENER,
  HEAD_CHEF,
  profileDoc,
  randomProfiles,
  randomVacancies,
  vacancyDoc,
  WAITER,
  weakCooksAndExcellentCook,
  weakNursesAndSpecialist,
} from './fixtures'

/**
 * The behaviour every search adapter must have. Each test gets a fresh,
 * empty engine from `makePort`.
 */
export function searchContract(name: string, makePort: () => Promise<SearchPort>) {
  describe(`search contract: ${name}`, () => {
    it('makes added, updated and removed profiles visible at once', async () => {
      const port = await makePort()
      await port.indexProfiles([profileDoc(1, { headline: 'Blid servitør', desiredStyrkCodes: ['5131'] })])
      expect((await port.searchProfiles({ text: 'servitør' })).ids).toEqual([1])
      await port.indexProfiles([profileDoc(1, { headline: 'Erfaren gartner', desiredStyrkCodes: ['6113'] })])
      expect((await port.searchProfiles({ text: 'servitør' })).ids).toEqual([])
      expect((await port.searchProfiles({ text: 'gartner' })).ids).toEqual([1])
      await port.removeProfiles([1])
      const after = await port.searchProfiles({ text: 'gartner' })
      expect(after.ids).toEqual([])
      expect(after.total).toBe(0)
    })

    it('handles Norwegian words: plurals, synonyms and one typo', async () => {
      const port = await makePort()
      await port.indexProfiles([
        profileDoc(1, { desiredStyrkCodes: ['2223'], headline: 'Sykepleier med erfaring fra hjemmetjenesten' }),
        profileDoc(2, { desiredStyrkCodes: ['9112'], headline: 'Renholder på kveldstid' }),
        profileDoc(3, { desiredStyrkCodes: ['8322'], headline: 'Sjåfør med førerkort B' }),
      ])
      expect((await port.searchProfiles({ text: 'sykepleiere' })).ids).toEqual([1])
      expect((await port.searchProfiles({ text: 'vaskehjelp' })).ids).toEqual([2])
      expect((await port.searchProfiles({ text: 'renholdre' })).ids).toEqual([2])
      expect((await port.searchProfiles({ text: 'yrkessjåfør' })).ids).toEqual([3])
      expect((await port.searchProfiles({ text: 'SJÅFØR' })).ids).toEqual([3])
    })

    it('matches a beginning of a word in any query position and lists the profile with every word first', async () => {
      const port = await makePort()
      await port.indexProfiles([
        profileDoc(1, { desiredStyrkCodes: ['4321'], headline: 'Lagermedarbeider', skills: ['Truckførerbevis'] }),
        profileDoc(2, { desiredStyrkCodes: ['9333'], headline: 'Lagerarbeider på natt', skills: [] }),
        profileDoc(3, { desiredStyrkCodes: ['5120'], headline: 'Kokk', skills: [] }),
      ])
      // «truck» is not the last word: a prefix match there needs more than Meilisearch's last-word prefix
      expect((await port.searchProfiles({ text: 'truck lager' })).ids[0]).toBe(1)
      // relevance is the default order with a query; one matching word is enough for the rest
      const both = await port.searchProfiles({ text: 'lager truck' })
      expect(both.ids[0]).toBe(1)
      expect(both.ids).toContain(2)
      expect(both.ids).not.toContain(3)
    })

    it('matches a compound with its parts written apart, both ways', async () => {
      const port = await makePort()
      await port.indexProfiles([
        profileDoc(1, { desiredStyrkCodes: ['5120'], headline: 'Hotellkokk', skills: [] }),
        profileDoc(2, { desiredStyrkCodes: ['5120'], headline: 'Kokk på hotell i ti år', skills: [] }),
        profileDoc(3, { desiredStyrkCodes: ['6113'], headline: 'Gartner', skills: [] }),
      ])
      expect((await port.searchProfiles({ text: 'hotellkokk' })).ids.sort()).toEqual([1, 2])
      expect((await port.searchProfiles({ text: 'kokk hotell' })).ids.sort()).toEqual([1, 2])
    })

    it('filters and counts facets', async () => {
      const port = await makePort()
      await port.indexProfiles([
        profileDoc(1, { workArea: area({ maxTravelKm: 0 }), languages: ['no', 'en'], adaptationNeeds: ['ARBEIDSTID__FLEKSIBEL'] }),
        profileDoc(2, { workArea: area({ maxTravelKm: 0 }), languages: ['no'], workCapacityMin: 20, workCapacityMax: 50 }),
        profileDoc(3, { workArea: area({ kommuner: ['4601'], maxTravelKm: 0 }), languages: ['pl'], adaptationNeeds: ['FYSISK'] }),
      ])
      const oslo = await port.searchProfiles({ filters: { fylke: ['03'] } })
      expect(oslo.ids.sort()).toEqual([1, 2])
      expect(oslo.facets.languages).toEqual({ no: 2, en: 1 })
      expect(oslo.facets.fylke).toEqual({ '03': 2 })
      const all = await port.searchProfiles({})
      expect(all.total).toBe(3)
      expect(all.facets.fylke).toEqual({ '03': 2, '46': 1 })
      expect(all.facets.adaptation).toEqual({ ARBEIDSTID: 1, FYSISK: 1 })
      expect((await port.searchProfiles({ filters: { languages: ['en', 'pl'] } })).ids.sort()).toEqual([1, 3])
      expect((await port.searchProfiles({ filters: { positionPercent: 80 } })).ids.sort()).toEqual([1, 3])
      expect((await port.searchProfiles({ filters: { minCapacity: 60 } })).ids.sort()).toEqual([1, 3])
      expect((await port.searchProfiles({ filters: { adaptationWithin: ['ARBEIDSTID'] } })).ids.sort()).toEqual([1, 2])
      expect((await port.searchProfiles({ filters: { styrk: ['51'] } })).total).toBe(3)
      expect((await port.searchProfiles({ filters: { styrk: ['5120'], fylke: ['46'] } })).ids).toEqual([3])
    })

    it('pages through results without overlap', async () => {
      const port = await makePort()
      await port.indexProfiles(Array.from({ length: 25 }, (_, i) => profileDoc(i + 1, { headline: 'Kokk' })))
      const seen: number[] = []
      for (const page of [1, 2, 3]) {
        const result = await port.searchProfiles({ text: 'kokk', page, pageSize: 10 })
        expect(result.total).toBe(25)
        expect(result.page).toBe(page)
        seen.push(...result.ids)
      }
      expect(seen).toHaveLength(25)
      expect(new Set(seen).size).toBe(25)
      const newest = await port.searchProfiles({ sort: 'newest', pageSize: 25 })
      expect(newest.ids).toHaveLength(25)
    })

    it('ranks the cook above the waiter for a cook vacancy and leaves out a driver (no related occupation)', async () => {
      const port = await makePort()
      await port.indexProfiles([DRIVER, WAITER, COOK])
      const hits = await port.candidatesForVacancy(vacancyDoc(1), 20, ctx)
      expect(hits.map((h) => h.id)).toEqual([COOK.id, WAITER.id])
      expect(hits[0].reasons.map((r) => r.text)).toContain('Ønsker yrket Kokker (5120)')
      expect(hits[0].score).toBeGreaterThan(hits[1].score)
    })

    it('lists a head chef for a cook vacancy (a curated related occupation) above a waiter (same field only), never a gardener', async () => {
      const port = await makePort()
      await port.indexProfiles([GARDENER, DRIVER, WAITER, HEAD_CHEF, COOK])
      const hits = await port.candidatesForVacancy(vacancyDoc(1), 20, ctx)
      expect(hits.map((h) => h.id)).toEqual([COOK.id, HEAD_CHEF.id, WAITER.id])
      const headChef = hits[1].reasons.find((r) => r.kind === 'OCCUPATION')
      expect(headChef).toMatchObject({ text: 'Ønsker et beslektet yrke: Sjefskokker (3434), nær Kokker som dere søker', points: 18 })
      // the other way: the jobbspesialist reads about the person's wish and the vacancy's occupation
      await port.indexVacancies([vacancyDoc(1), vacancyDoc(2, { styrkCode: '6113', title: 'Gartner', requiredSkills: [] })])
      const forHeadChef = await port.vacanciesForProfile(HEAD_CHEF, 20, { ...ctx, audience: 'jobbspesialist' })
      expect(forHeadChef.map((h) => h.id)).toEqual([1])
      expect(forHeadChef[0].reasons.find((r) => r.kind === 'OCCUPATION')?.text).toBe(
        'Ønsker et beslektet yrke: Sjefskokker (3434), nær stillingens yrke Kokker',
      )
    })

    it('puts the strong specialist nurse first among 40 weak nurses (exact top 20)', async () => {
      const port = await makePort()
      const { vacancy, profiles, strongId } = weakNursesAndSpecialist()
      await port.indexProfiles(profiles)
      const hits = await port.candidatesForVacancy(vacancy, 20, ctx)
      expect(hits[0].id).toBe(strongId)
      expect(hits).toEqual(rankProfiles(vacancy, profiles, 20, ctx))
    })

    it('puts the older excellent cook first among 400 newer weak cooks (exact top 20)', async () => {
      const port = await makePort()
      const { vacancy, profiles, excellentId } = weakCooksAndExcellentCook()
      await port.indexProfiles(profiles)
      const hits = await port.candidatesForVacancy(vacancy, 20, ctx)
      expect(hits[0].id).toBe(excellentId)
      expect(hits).toEqual(rankProfiles(vacancy, profiles, 20, ctx))
    })

    it('returns exactly the brute-force top N, both ways, on a random data set', async () => {
      const port = await makePort()
      const [profiles] = fc.sample(randomProfiles(300, 300), { seed: 11, numRuns: 1 })
      const [vacancies] = fc.sample(randomVacancies(60, 60), { seed: 12, numRuns: 1 })
      await port.indexProfiles(profiles)
      await port.indexVacancies(vacancies.filter((v) => v.applicationDeadline !== '2026-11-21'))
      const open = vacancies.filter((v) => v.applicationDeadline !== '2026-11-21')
      let nonEmpty = 0
      for (const vacancy of vacancies.slice(0, 25)) {
        const hits = await port.candidatesForVacancy(vacancy, 10, ctx)
        expect(hits).toEqual(rankProfiles(vacancy, profiles, 10, ctx))
        if (hits.length > 0) nonEmpty++
      }
      for (const profile of profiles.slice(0, 25)) {
        expect(await port.vacanciesForProfile(profile, 10, ctx)).toEqual(rankVacancies(profile, open, 10, ctx))
      }
      expect(nonEmpty).toBeGreaterThan(5)
    })

    it('leaves out people who cannot work there (beyond their travel distance, no area shown) or whose capacity does not fit', async () => {
      const port = await makePort()
      await port.indexProfiles([
        profileDoc(1, { workArea: area({ kommuner: ['5501'] }) }),
        profileDoc(2, { workCapacityMin: 20, workCapacityMax: 40 }),
        profileDoc(3, { workArea: area({ kommuner: ['3201'], maxTravelKm: 30 }) }),
        profileDoc(4, { workArea: null }),
        profileDoc(5, { workArea: area({ kommuner: [], partFylker: ['03'], maxTravelKm: 0 }) }),
        profileDoc(6, { workArea: area({ kommuner: ['3201'], maxTravelKm: 0 }) }),
        profileDoc(7, { workArea: area({ kommuner: [], wholeCountry: true, maxTravelKm: 0 }) }),
      ])
      const hits = await port.candidatesForVacancy(vacancyDoc(1), 20, ctx)
      expect(hits.map((h) => h.id).sort()).toEqual([3, 5, 7])
      // nearer (within travel) ranks above «parts of the fylke» above «the whole country»
      expect(hits.map((h) => h.id)).toEqual([3, 5, 7])
      expect(hits[0].reasons.find((r) => r.kind === 'LOCATION')?.text).toMatch(/^Innen reiseavstand: om lag \d+ km fra Bærum$/)
    })

    it('finds vacancies for a person, best first', async () => {
      const port = await makePort()
      await port.indexVacancies([
        vacancyDoc(1, { styrkCode: '5131', title: 'Servitør', requiredSkills: [] }),
        vacancyDoc(4, { styrkCode: '8322', title: 'Sjåfør', requiredSkills: [] }),
        vacancyDoc(2),
        vacancyDoc(3, { fylkesnummer: '55', kommunenummer: '5501' }),
      ])
      const hits = await port.vacanciesForProfile(COOK, 20, ctx)
      expect(hits.map((h) => h.id)).toEqual([2, 1])
      await port.removeVacancies([2])
      expect((await port.vacanciesForProfile(COOK, 20, ctx)).map((h) => h.id)).toEqual([1])
    })

    it('answers bad input with a normal result or a clear error, never an engine error', async () => {
      const port = await makePort()
      await port.indexProfiles([COOK, BAKER])
      for (const text of [
        'x'.repeat(10_000),
        '"',
        '*',
        'NEAR',
        'OR',
        'kokk OR',
        '"kokk',
        'kokk*',
        'NEAR(kokk baker)',
        '^-:()',
        'AND NOT',
      ]) {
        const result = await port.searchProfiles({ text })
        expect(result.total).toBeGreaterThanOrEqual(0)
        expect(Array.isArray(result.ids)).toBe(true)
      }
      expect((await port.searchProfiles({ text: 'kokk*' })).ids).toContain(COOK.id)
      expect((await port.searchProfiles({ filters: { fylke: ['99', 'DROP TABLE'] } })).total).toBe(0)
      expect((await port.searchProfiles({ filters: { availability: ['"; --'] } })).total).toBe(0)
      await expect(port.searchProfiles({ page: 0 })).rejects.toBeInstanceOf(SearchInputError)
      await expect(port.searchProfiles({ pageSize: 10_000 })).rejects.toBeInstanceOf(SearchInputError)
      await expect(port.searchProfiles({ filters: { positionPercent: 500 } })).rejects.toThrow('Stillingsprosent')
    })

    it('rebuilds everything on a full reindex', async () => {
      const port = await makePort()
      await port.indexProfiles([profileDoc(1, { headline: 'Gammel' })])
      const counts = await port.reindexAll({ profiles: () => [COOK, BAKER], vacancies: () => [vacancyDoc(1)] })
      expect(counts).toEqual({ profiles: 2, vacancies: 1 })
      expect((await port.searchProfiles({})).ids.sort()).toEqual([COOK.id, BAKER.id])
      expect((await port.vacanciesForProfile(COOK, 5, ctx)).map((h) => h.id)).toEqual([1])
    })
  })
}
