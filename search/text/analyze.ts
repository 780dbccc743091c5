import { tokenize } from './fold'
import { stem, STOP_WORDS_NB } from './stem'
import { synonymStems } from './synonyms'
import { typoVariants, TYPO_MIN_LENGTH } from './typo'

export { foldText, foldPhrase, tokenize } from './fold'
export { stem, STOP_WORDS_NB } from './stem'
export { withinOneEdit, typoVariants, TYPO_MIN_LENGTH } from './typo'
export { synonymStems, synonymsForStyrk, SYNONYM_GROUPS } from './synonyms'

const STOP = new Set(STOP_WORDS_NB)

/** Longest query we look at; the rest is ignored (a 10 000-character query still works). */
export const MAX_QUERY_CHARS = 200
export const MAX_QUERY_TERMS = 8

/** Text as it is stored in the full-text index: folded, stemmed words. */
const stemCache = new Map<string, string>()
function cachedStem(word: string): string {
  let s = stemCache.get(word)
  if (s === undefined) {
    s = stem(word)
    if (stemCache.size > 200_000) stemCache.clear()
    stemCache.set(word, s)
  }
  return s
}

export function analyzeForIndex(text: string): string {
  return tokenize(text).map(cachedStem).join(' ')
}

/**
 * A query as alternatives per word: every word must match one of its
 * alternatives (its stem, occupation synonyms, and — for words of 5+ letters —
 * vocabulary words one typo away). Engine syntax (quotes, *, NEAR, OR) is just
 * text here: only letters and digits survive tokenising.
 */
export function analyzeQuery(query: string, vocabulary?: Iterable<string>): string[][] {
  const words = tokenize(query.slice(0, MAX_QUERY_CHARS)).filter((w) => !STOP.has(w))
  const unique = [...new Set(words)].slice(0, MAX_QUERY_TERMS)
  return unique.map((word) => {
    const s = stem(word)
    const alternatives = new Set<string>(synonymStems(s))
    alternatives.add(s)
    if (vocabulary && word.length >= TYPO_MIN_LENGTH) {
      for (const v of typoVariants(s, vocabulary)) {
        for (const syn of synonymStems(v)) alternatives.add(syn)
      }
    }
    return [...alternatives]
  })
}
