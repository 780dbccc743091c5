import { describe, expect, it } from 'vitest'
import {
  analyzeForIndex,
  analyzeQuery,
  analyzeQueryTerms,
  compoundSplits,
  foldText,
  stem,
  synonymStems,
  tokenize,
  withinOneEdit,
} from '@search/text/analyze'
import { extractPlaces } from '@search/text/places'

describe('folding', () => {
  it('folds case and accents but keeps æ, ø and å', () => {
    expect(foldText('Café Über')).toBe('cafe uber')
    expect(foldText('BLÅBÆR Søtt')).toBe('blåbær søtt')
    expect(foldText('Smørbrød')).not.toContain('o')
  })
  it('reads «aa» as «å» and ä/ö as æ/ø', () => {
    expect(foldText('Aasen')).toBe('åsen')
    expect(foldText('Kaare')).toBe(foldText('Kåre'))
    expect(foldText('Kälte höst')).toBe('kælte høst')
  })
  it('tokenises FTS syntax as plain words', () => {
    expect(tokenize('"kokk" OR baker* NEAR(x)')).toEqual(['kokk', 'or', 'baker', 'near', 'x'])
  })
})

describe('stemming', () => {
  it('lets plural and definite forms find each other', () => {
    expect(stem('sykepleiere')).toBe(stem('sykepleier'))
    expect(stem('sykepleieren')).toBe(stem('sykepleier'))
    expect(stem('kokker')).toBe(stem('kokk'))
    expect(stem('kokken')).toBe(stem('kokk'))
    expect(stem('renholdere')).toBe(stem('renholder'))
    expect(stem('sjåførene')).toBe(stem('sjåfør'))
  })
  it('leaves short words and codes alone', () => {
    expect(stem('bil')).toBe('bil')
    expect(stem('5120')).toBe('5120')
  })
})

describe('typos and synonyms', () => {
  it('accepts one edit', () => {
    expect(withinOneEdit('sjåfør', 'sjåførr')).toBe(true)
    expect(withinOneEdit('renholder', 'renhloder')).toBe(true)
    expect(withinOneEdit('renholder', 'rnhloder')).toBe(false)
  })
  it('expands a query with typo variants only for 5+ letter words', () => {
    const vocab = [stem('renholder'), 'bil', 'bak']
    expect(analyzeQuery('renhlder', vocab)[0]).toContain(stem('renholder'))
    expect(analyzeQuery('bli', vocab)).toEqual([])
    expect(analyzeQuery('bol', vocab)[0]).not.toContain('bil')
  })
  it('expands occupation synonyms both ways', () => {
    expect(synonymStems(stem('kokk'))).toContain(stem('kjøkkensjef'))
    expect(synonymStems(stem('vaskehjelp'))).toContain(stem('renholder'))
    expect(synonymStems(stem('sjåfør'))).toContain(stem('yrkessjåfør'))
  })
  it('caps a huge query and drops stop words', () => {
    const q = analyzeQuery('og i på '.repeat(2000) + 'kokk'.repeat(2500))
    expect(q.length).toBeLessThanOrEqual(8)
    expect(analyzeForIndex('Sykepleiere i Oslo')).toBe(`${stem('sykepleiere')} i oslo`)
  })
})

describe('Norwegian query words (issue 11 §3)', () => {
  it('uses a word as a prefix, splits compounds into indexed parts, and never reaches internal tokens', () => {
    const vocab = new Set([stem('barnehage'), stem('assistent'), 'truckførerbevis'])
    const [truck] = analyzeQueryTerms('truck', vocab)
    expect(truck.prefixes).toEqual(['truck'])
    const [compound] = analyzeQueryTerms('barnehageassistent', vocab)
    expect(compound.compounds).toContainEqual([stem('barnehage'), stem('assistent')])
    expect(compoundSplits('barnehageassistent', new Set([stem('assistent')]))).toEqual([])
    expect(analyzeQueryTerms('qqall qqfylke03 kokk', vocab).map((t) => t.word)).toEqual(['kokk'])
    expect(analyzeQueryTerms('bil', vocab)[0].prefixes).toEqual([])
  })
  it("reads a multi-word synonym as one term: the phrase's words together, or its one-word synonym", () => {
    const [term, ...rest] = analyzeQueryTerms('assistent i barnehage deltid')
    expect(term.exact).toContain(stem('barnehageassistent'))
    expect(term.compounds).toEqual([[stem('assistent'), stem('barnehage')]])
    expect(rest.map((t) => t.word)).toEqual(['deltid'])
  })
  it('reads place names in a query (one or more words, parallel names), common words only when capitalised', () => {
    const places: Record<string, { kommune: string } | { fylke: string }> = {
      oslo: { kommune: '0301' },
      'nord-fron': { kommune: '3436' },
      'møre og romsdal': { fylke: '15' },
      time: { kommune: '1121' },
    }
    const lookup = (phrase: string) => places[phrase.toLowerCase()]
    expect(extractPlaces('kokk oslo', lookup)).toEqual({ text: 'kokk', kommuner: ['0301'], fylker: [], names: ['oslo'] })
    expect(extractPlaces('renholder i Møre og Romsdal', lookup)).toMatchObject({ text: 'renholder i', fylker: ['15'] })
    expect(extractPlaces('Nord-Fron, sjåfør', lookup)).toMatchObject({ text: 'sjåfør', kommuner: ['3436'] })
    expect(extractPlaces('deltid time', lookup)).toMatchObject({ text: 'deltid time', kommuner: [] })
    expect(extractPlaces('kokk Time', lookup)).toMatchObject({ text: 'kokk', kommuner: ['1121'] })
  })
})
