import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { profiles } from '@db/schema'
import { searchPublishedProfiles } from '~/services/profiles/employer.server'
import { publishWithConsent, register, setupPeople } from './profiles-fixtures'

/**
 * Issue 11 §3: the employer's text search finds what Norwegians type —
 * prefixes and compounds, extra words that rank instead of emptying the
 * result, place names as «can work in», relevance first — through the
 * service and the embedded engine (real SQLite FTS5).
 */
function world() {
  const { js, navUnitId } = setupPeople()
  const publish = (headline: string, over: Parameters<typeof publishWithConsent>[2] = {}) => {
    const id = register(js, navUnitId)
    publishWithConsent(js, id, { headline, ...over })
    return getDb().select({ code: profiles.code }).from(profiles).where(eqCandidate(id)).get()!.code
  }
  return {
    truck: publish('Erfaren med truckførerbevis', { skills: ['Varemottak'], desiredStyrkCodes: ['8344'] }),
    lager: publish('Lagermedarbeider som liker orden', { skills: ['Plukk'] }),
    barnehage: publish('Assistent i barnehage i mange år', {
      skills: ['Lek'],
      desiredStyrkCodes: ['5312'],
      workKommuner: ['4601'],
      maxTravelKm: 0,
    }),
    kokk: publish('Kokk med fagbrev', { skills: ['Matlaging'], desiredStyrkCodes: ['5120'] }),
    baker: publish('Baker på nattskift', { skills: ['Deig'], desiredStyrkCodes: ['7512'], workKommuner: ['5001'], maxTravelKm: 0 }),
    kokkOgBaker: publish('Kokk og baker', {
      skills: ['Matlaging'],
      desiredStyrkCodes: ['5120', '7512'],
      workKommuner: ['5001'],
      maxTravelKm: 0,
    }),
  }
}

import { eq } from 'drizzle-orm'
const eqCandidate = (id: number) => eq(profiles.candidateId, id)

const codes = async (q: string, sort?: 'relevance' | 'newest') =>
  (await searchPublishedProfiles({ q }, sort ?? 'relevance')).items.map((p) => p.code)

describe('text search the way Norwegians type', () => {
  it('finds words by their beginning and compounds by their parts', async () => {
    const w = world()
    expect(await codes('truck')).toContain(w.truck)
    expect(await codes('lager')).toContain(w.lager)
    // «barnehageassistent» is not in any profile; «assistent i barnehage» is
    expect(await codes('barnehageassistent')).toEqual([w.barnehage])
  })

  it('lets extra words raise the rank instead of emptying the result', async () => {
    const w = world()
    const hits = await codes('kokk baker')
    expect(hits[0]).toBe(w.kokkOgBaker)
    expect(hits).toEqual(expect.arrayContaining([w.kokk, w.baker, w.kokkOgBaker]))
    expect(hits).not.toContain(w.truck)
  })

  it('reads a place name in the query as where the person can work', async () => {
    const w = world()
    const page = await searchPublishedProfiles({ q: 'baker trondheim' }, 'relevance')
    expect(page.placesInQuery).toEqual(['trondheim'])
    expect(page.items.map((p) => p.code).sort()).toEqual([w.baker, w.kokkOgBaker].sort())
    // a place alone lists everyone who can work there
    expect((await codes('Bergen')).includes(w.barnehage)).toBe(true)
    expect(await codes('Bergen')).not.toContain(w.baker)
  })

  it('finds «barnehageassistent» for «assistent i barnehage» and the other way round', async () => {
    const { js, navUnitId } = setupPeople()
    const publish = (headline: string) => {
      const id = register(js, navUnitId)
      publishWithConsent(js, id, { headline, skills: ['Lek'], desiredStyrkCodes: ['5312'] })
      return getDb().select({ code: profiles.code }).from(profiles).where(eqCandidate(id)).get()!.code
    }
    const one = publish('Barnehageassistent med førerkort')
    const phrase = publish('Assistent i barnehage i mange år')
    expect((await codes('assistent i barnehage')).sort()).toEqual([one, phrase].sort())
    expect((await codes('barnehageassistent')).sort()).toEqual([one, phrase].sort())
  })

  it('finds the people who want a STYRK group by a curated job title on it (db/reference/yrkestitler.csv)', async () => {
    const { js, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    publishWithConsent(js, id, { headline: 'Glad i folk og travle kvelder', skills: ['Vinkunnskap'], desiredStyrkCodes: ['5131'] })
    const waiter = getDb().select({ code: profiles.code }).from(profiles).where(eqCandidate(id)).get()!.code
    // «hovmester» and «kelner» are job titles on 5131 Servitører; neither word is in the profile.
    expect(await codes('hovmester')).toEqual([waiter])
    expect(await codes('kelner')).toEqual([waiter])
    expect(await codes('truckfører')).not.toContain(waiter)
  })

  it('never treats internal tokens or engine syntax as anything but text', async () => {
    world()
    expect(await codes('qqall')).toEqual([])
    expect(await codes('qqfylke03')).toEqual([])
    for (const q of ['"kokk', 'kokk OR', 'NEAR(kokk baker)', '*', 'kokk* AND -', '^kokk', 'kokk:baker', '(((']) {
      await expect(searchPublishedProfiles({ q }, 'relevance')).resolves.toBeDefined()
    }
    expect((await codes('NEAR(kokk baker)')).length).toBeGreaterThan(0)
  })
})
