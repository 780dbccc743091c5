import { describe, expect, it } from 'vitest'
import { analyzeForIndex, analyzeQuery, foldText, stem, synonymStems, tokenize, withinOneEdit } from '@search/text/analyze'

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
