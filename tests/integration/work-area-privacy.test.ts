import { describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { kommuneGeo } from '@db/geo.server'
import { profiles } from '@db/schema'
import { loadProfileDocuments } from '@search/documents'
import { embeddedSearch } from '@search/index.server'
import { matchContext } from '~/services/matching.server'
import type { MatchHit, VacancyDocument } from '@search/port'
import { areaRelation } from '~/domain/matching'
import { getProfileEditor } from '~/services/profiles/editor.server'
import { vacancyDoc } from '../contract/fixtures'
import { publishWithConsent, register, setupPeople, valueOf } from './profiles-fixtures'

/**
 * Issue 11: an employer who posts a vacancy in every kommune and reads
 * «Aktuelle kandidater» for each must learn nothing about where a person
 * lives or can work beyond what the profile shows.
 */
function vacancyInEveryKommune(): VacancyDocument[] {
  const geo = kommuneGeo()
  return geo.kommuner.map((k, i) =>
    vacancyDoc(10_000 + i, {
      styrkCode: '4321',
      kommunenummer: k,
      fylkesnummer: geo.fylkeOf(k) ?? '',
      requiredSkills: ['Truck'],
      desiredSkills: [],
    }),
  )
}

async function whatTheEmployerSees(vacancies: VacancyDocument[]) {
  const engine = embeddedSearch()
  const ctx = matchContext()
  const seen = new Map<number, Array<{ kommune: string; hit: MatchHit }>>()
  for (const v of vacancies) {
    for (const hit of await engine.candidatesForVacancy(v, 50, ctx))
      seen.set(hit.id, [...(seen.get(hit.id) ?? []), { kommune: v.kommunenummer, hit }])
  }
  return seen
}

describe('where people can work: what an employer can learn', () => {
  it('lists a profile for exactly the kommuner its shown work area covers, and nowhere else', async () => {
    const { js, navUnitId } = setupPeople()
    // three people with the same stated area, so the guard shows it as stated (Oslo and 20 km around), living in different places
    const ids = ['0301', '3201', '3205'].map((kommunenummer) => register(js, navUnitId, { kommunenummer }))
    for (const id of ids) publishWithConsent(js, id, { workKommuner: ['0301'], workFylker: [], maxTravelKm: 20 })
    const rows = getDb().select().from(profiles).all()
    expect(rows.every((r) => r.shownWorkArea?.kommuner.join() === '0301' && r.shownWorkArea.maxTravelKm === 20)).toBe(true)

    const seen = await whatTheEmployerSees(vacancyInEveryKommune())
    const geo = kommuneGeo()
    for (const row of rows) {
      const expected = geo.kommuner.filter((k) => areaRelation(row.shownWorkArea, k, geo)).sort()
      const listedIn = (seen.get(row.id) ?? []).map((s) => s.kommune).sort()
      expect(listedIn).toEqual(expected)
      expect(listedIn).toContain('0301')
      expect(listedIn.length).toBeLessThan(20)
    }
    // the three lists are the same kommune for kommune — same score, same reasons: where each one lives changes nothing
    const lists = rows.map((r) => (seen.get(r.id) ?? []).map((s) => ({ kommune: s.kommune, score: s.hit.score, reasons: s.hit.reasons })))
    expect(lists[1]).toEqual(lists[0])
    expect(lists[2]).toEqual(lists[0])
  })

  it('a coarsened area («deler av Akershus») lists the person in every Akershus kommune alike and hides the stated kommune and travel distance', async () => {
    const { js, navUnitId } = setupPeople()
    // alone with their stated areas: the guard shows both only as «deler av Akershus», without travel
    const bærum = register(js, navUnitId, { kommunenummer: '3201' })
    const lillestrøm = register(js, navUnitId, { kommunenummer: '3205' })
    publishWithConsent(js, bærum, { workKommuner: ['3201'], workFylker: [], maxTravelKm: 30 })
    publishWithConsent(js, lillestrøm, { workKommuner: ['3205'], workFylker: [], maxTravelKm: 0, educationLevel: 'FAGBREV' })
    const rows = getDb().select().from(profiles).all()
    for (const row of rows)
      expect(row.shownWorkArea).toEqual({ kommuner: [], fylker: [], partFylker: ['32'], wholeCountry: false, maxTravelKm: 0 })

    const seen = await whatTheEmployerSees(vacancyInEveryKommune())
    const akershus = kommuneGeo().kommunerIn('32').sort()
    for (const row of rows) {
      const listed = seen.get(row.id) ?? []
      // every Akershus kommune, nothing in Oslo although Bærum + 30 km reaches it
      expect(listed.map((s) => s.kommune).sort()).toEqual(akershus)
      expect(new Set(listed.map((s) => s.hit.score)).size).toBe(1)
      expect(new Set(listed.map((s) => JSON.stringify(s.hit.reasons.filter((r) => r.kind === 'LOCATION')))).size).toBe(1)
      expect(listed[0].hit.reasons.find((r) => r.kind === 'LOCATION')?.text).toBe('Kan jobbe i deler av Akershus')
    }
    // the document the engine holds has no residence and no stated kommune
    const [doc] = loadProfileDocuments(getDb(), [rows[0].id])
    expect(JSON.stringify(doc)).not.toContain('3201')
    expect(valueOf(getProfileEditor(js, bærum)).preview.workArea?.description).toBe('deler av Akershus')
  })

  it('a profile with no shown work area is never listed — a hidden area never means «anywhere»', async () => {
    const { js, navUnitId } = setupPeople()
    const id = register(js, navUnitId)
    publishWithConsent(js, id)
    // as after the upgrade for a profile whose fylke the guard had hidden: no shown area
    getDb().update(profiles).set({ shownWorkArea: null }).where(eq(profiles.candidateId, id)).run()
    const row = getDb().select().from(profiles).get()!
    await embeddedSearch().indexProfiles(loadProfileDocuments(getDb(), [row.id]))
    const seen = await whatTheEmployerSees(vacancyInEveryKommune())
    expect(seen.get(row.id)).toBeUndefined()
  })
})
