import { describe, expect, it } from 'vitest'
import { readReferenceCsv } from '@db/reference.server'
import { occupationChoices, occupationDisplayTitle, resolveOccupation, searchOccupations, type Occupation } from '~/domain/vacancies'

const styrk = new Map(readReferenceCsv('styrk08.csv').map((r) => [r.kode, r.tittel]))
const rows = readReferenceCsv('yrkestitler.csv')

describe('curated job titles (db/reference/yrkestitler.csv)', () => {
  it('has at least 300 unique lower-case titles, each on a STYRK-08 unit group in styrk08.csv', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300)
    expect(new Set(rows.map((r) => r.tittel)).size).toBe(rows.length)
    for (const row of rows) {
      expect(row.tittel, row.tittel).toBe(row.tittel.trim().toLocaleLowerCase('nb-NO'))
      expect(styrk.has(row.styrk), `${row.tittel} → ${row.styrk}`).toBe(true)
    }
  })

  it('puts common titles in the right group', () => {
    const codeOf = new Map(rows.map((r) => [r.tittel, r.styrk]))
    const groupOf = (title: string) => styrk.get(codeOf.get(title) ?? '')
    expect(codeOf.get('kokk')).toBe('5120')
    expect(groupOf('kokk')).toBe('Kokker')
    expect(groupOf('truckfører')).toBe('Truckførere')
    expect(groupOf('barnehageassistent')).toBe('Barnehage- og skolefritidsassistenter mv.')
    expect(groupOf('oppvasker')).toBe('Kjøkkenassistenter')
    expect(groupOf('kelner')).toBe('Servitører')
    expect(groupOf('sjefskokk')).toBe('Sjefskokker')
    expect(groupOf('vaskehjelp')).toBe('Renholdere i private hjem')
    expect(groupOf('helsefagarbeider')).toBe('Helsefagarbeidere')
    expect(groupOf('butikkmedarbeider')).toBe('Butikkmedarbeidere')
  })
})

describe('searching and resolving job titles', () => {
  const occupations: Occupation[] = [
    { code: '3434', title: 'Sjefskokker' },
    { code: '5120', title: 'Kokker' },
    { code: '5131', title: 'Servitører' },
    { code: '9412', title: 'Kjøkkenassistenter' },
    { code: '3434', title: 'Sjefskokker', jobTitle: 'sjefskokk' },
    { code: '5120', title: 'Kokker', jobTitle: 'kokk' },
    { code: '5120', title: 'Kokker', jobTitle: 'kokkelærling' },
    { code: '5131', title: 'Servitører', jobTitle: 'kelner' },
    { code: '9412', title: 'Kjøkkenassistenter', jobTitle: 'oppvasker' },
    { code: '2511', title: 'Systemanalytikere/-arkitekter', jobTitle: 'it-konsulent' },
  ]

  it('suggests a job title with its STYRK group, one suggestion per code', () => {
    const found = searchOccupations('oppvask', occupations)
    expect(found.map((o) => o.code)).toEqual(['9412'])
    expect(occupationDisplayTitle(found[0])).toBe('Oppvasker (Kjøkkenassistenter)')
    expect(searchOccupations('kelner', occupations).map(occupationDisplayTitle)).toEqual(['Kelner (Servitører)'])
    // When SSB's title matches as well, the group is shown by it; the exact job title still ranks it first.
    expect(searchOccupations('kokk', occupations).map(occupationDisplayTitle)).toEqual(['Kokker', 'Sjefskokker'])
    expect(searchOccupations('51', occupations).map(occupationDisplayTitle)).toEqual(['Kokker', 'Servitører'])
    expect(occupationDisplayTitle({ code: '2511', title: 'Systemanalytikere/-arkitekter', jobTitle: 'it-konsulent' })).toBe(
      'IT-konsulent (Systemanalytikere/-arkitekter)',
    )
    expect(occupationDisplayTitle({ code: '5120', title: 'Kokker' })).toBe('Kokker')
  })

  it('resolves a typed job title to its code (no JavaScript) and shows SSB’s title back', () => {
    expect(resolveOccupation('Oppvasker', occupations)).toEqual({ ok: true, code: '9412' })
    expect(resolveOccupation('kelner', occupations)).toEqual({ ok: true, code: '5131' })
    // «kokk» is part of both Kokker and Sjefskokker, but it is exactly the job title kokk.
    expect(resolveOccupation('kokk', occupations)).toEqual({ ok: true, code: '5120' })
    expect(resolveOccupation('kok', occupations)).toMatchObject({ ok: false, reason: 'ambiguous' })
    expect(occupationChoices(['oppvasker', 'kelner'], occupations)).toEqual([
      { value: '9412', label: 'Kjøkkenassistenter' },
      { value: '5131', label: 'Servitører' },
    ])
  })
})

describe('related occupations (db/reference/beslektede_yrker.csv)', () => {
  const pairs = readReferenceCsv('beslektede_yrker.csv')

  it('pairs STYRK-08 unit groups that exist, across minor groups, each pair once', () => {
    expect(pairs.length).toBeGreaterThan(10)
    const seen = new Set<string>()
    for (const { styrk_a: a, styrk_b: b } of pairs) {
      expect(styrk.has(a) && styrk.has(b), `${a}–${b}`).toBe(true)
      // Same minor group already scores higher; a pair is only worth listing across minor groups.
      expect(a.slice(0, 3), `${a}–${b}`).not.toBe(b.slice(0, 3))
      const key = [a, b].sort().join('–')
      expect(seen.has(key), key).toBe(false)
      seen.add(key)
    }
    // The examples: sjefskokk ↔ kokk, kafé ↔ servitør.
    expect(seen).toContain('3434–5120')
    expect(seen).toContain('5131–5246')
  })
})
