import { describe, expect, it } from 'vitest'
import { kommuneGeo, kommunePlaceNames } from '@db/geo.server'
import {
  areaPoints,
  areaRelation,
  coarsenWorkArea,
  describeWorkArea,
  normaliseWorkArea,
  reachableKommuner,
  type WorkArea,
} from '~/domain/matching/work-area'

const geo = kommuneGeo()
const area = (over: Partial<WorkArea>): WorkArea => ({
  kommuner: [],
  fylker: [],
  partFylker: [],
  wholeCountry: false,
  maxTravelKm: 0,
  ...over,
})

describe('distances between kommuner (db/reference/kommune_koordinater.csv)', () => {
  it('are great-circle distances between the kommune centres', () => {
    expect(geo.distanceKm('0301', '0301')).toBe(0)
    // Oslo – Bergen about 300 km as the crow flies; Oslo – Bærum close; Oslo – Tromsø over 1 000 km
    expect(geo.distanceKm('0301', '4601')).toBeGreaterThan(280)
    expect(geo.distanceKm('0301', '4601')).toBeLessThan(340)
    expect(geo.distanceKm('0301', '3201')).toBeLessThan(25)
    expect(geo.distanceKm('0301', '5501')).toBeGreaterThan(1000)
    expect(geo.distanceKm('0301', '9999')).toBeUndefined()
  })
})

describe('where a person can work', () => {
  it('relates a workplace to the area, best first, and leaves out what is beyond the travel distance', () => {
    const oslo = area({ kommuner: ['0301'], maxTravelKm: 30 })
    expect(areaRelation(oslo, '0301', geo)).toMatchObject({ kind: 'KOMMUNE' })
    expect(areaRelation(oslo, '3201', geo)).toMatchObject({ kind: 'TRAVEL', from: '0301' })
    expect(areaRelation(oslo, '4601', geo)).toBeNull()
    expect(areaRelation(area({ fylker: ['46'] }), '4601', geo)).toMatchObject({ kind: 'FYLKE' })
    expect(areaRelation(area({ partFylker: ['46'] }), '4601', geo)).toMatchObject({ kind: 'PART_FYLKE' })
    expect(areaRelation(area({ wholeCountry: true }), '5501', geo)).toMatchObject({ kind: 'COUNTRY' })
    expect(areaRelation(null, '0301', geo)).toBeNull()
    expect(areaRelation(area({}), '0301', geo)).toBeNull()
  })

  it('ranks nearer workplaces higher within the travel distance', () => {
    const near = areaPoints({ kind: 'TRAVEL', km: 5, from: '0301' }, 50)
    const far = areaPoints({ kind: 'TRAVEL', km: 45, from: '0301' }, 50)
    expect(near).toBeGreaterThan(far)
    expect(areaPoints({ kind: 'KOMMUNE', km: 0, from: '0301' }, 50)).toBeGreaterThan(near)
  })

  it('reaches the kommuner within the travel distance of the chosen places', () => {
    const reach = reachableKommuner(area({ kommuner: ['0301'], maxTravelKm: 30 }), geo)
    expect(reach).toContain('0301')
    expect(reach).toContain('3201')
    expect(reach).not.toContain('4601')
    expect(reachableKommuner(area({ kommuner: ['0301'] }), geo)).toEqual([])
  })

  it('coarsens chosen kommuner to «deler av» their fylker without the travel distance', () => {
    expect(coarsenWorkArea(area({ kommuner: ['3201', '3205'], fylker: ['03'], maxTravelKm: 30 }), geo)).toEqual(
      area({ fylker: ['03'], partFylker: ['32'] }),
    )
  })

  it('normalises: the whole country clears the rest, a kommune inside a chosen fylke is dropped', () => {
    expect(normaliseWorkArea(area({ kommuner: ['0301'], wholeCountry: true }), geo)).toEqual(area({ wholeCountry: true }))
    expect(normaliseWorkArea(area({ kommuner: ['3201', '0301'], fylker: ['32'] }), geo)).toEqual(
      area({ kommuner: ['0301'], fylker: ['32'] }),
    )
  })

  it('describes the area in bokmål, never «Hele landet» for a missing one', () => {
    const names = kommunePlaceNames()
    expect(describeWorkArea(area({ kommuner: ['0301', '3201'], maxTravelKm: 30 }), names)).toBe('Oslo og Bærum, inntil 30 km unna')
    expect(describeWorkArea(area({ fylker: ['46'], partFylker: ['55'] }), names)).toBe('hele Vestland og deler av Troms - Romsa - Tromssa')
    expect(describeWorkArea(area({ wholeCountry: true }), names)).toBe('hele landet')
    expect(describeWorkArea(null, names)).toBe('ikke oppgitt')
  })
})
