import { tokenize } from './fold'
import { stem, STOP_WORDS_NB } from './stem'
import { PHRASE_SYNONYMS, synonymStems } from './synonyms'
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
  return analyzeQueryTerms(query, vocabulary).map((t) => t.exact)
}

/**
 * One query word as the engine looks for it: any of its exact stems
 * (stem, synonyms, typo variants), a word starting with what was typed
 * («truck» → «truckførerbevis», «helse» → «helsefagarbeider»), or — for a
 * compound — all its parts («barnehageassistent» → «assistent i barnehage»).
 */
export type QueryTerm = { word: string; exact: string[]; prefixes: string[]; compounds: string[][] }

/** Words shorter than this are not used as prefixes (too many words start with «bi» or «sy»). */
export const PREFIX_MIN_LENGTH = 4
const COMPOUND_MIN_LENGTH = 8
const PART_MIN_LENGTH = 4

/** Internal filter tokens (qq…) live in the same full-text body; a query never reaches them. */
function isInternalToken(word: string): boolean {
  return word.startsWith('qq')
}

/** Ways to read a compound as two words both found in the index (linking -s-/-e- allowed): «barnehageassistent» → [barnehag, assistent]. */
export function compoundSplits(word: string, vocabulary: ReadonlySet<string>): string[][] {
  if (word.length < COMPOUND_MIN_LENGTH || /\d/.test(word)) return []
  const out: string[][] = []
  for (let i = PART_MIN_LENGTH; i <= word.length - PART_MIN_LENGTH; i++) {
    const tail = cachedStem(word.slice(i))
    if (!vocabulary.has(tail)) continue
    const head = word.slice(0, i)
    for (const h of new Set([head, head.replace(/[se]$/, '')])) {
      if (h.length < PART_MIN_LENGTH - 1) continue
      const hs = cachedStem(h)
      if (vocabulary.has(hs)) out.push([hs, tail])
    }
    if (out.length >= 3) break
  }
  return out
}

/**
 * Multi-word synonyms in the query («assistent i barnehage»): one term that
 * matches the phrase's words together or any one-word synonym
 * («barnehageassistent»). Returns the terms and the words left.
 */
function phraseTerms(words: string[]): { terms: QueryTerm[]; rest: string[] } {
  const terms: QueryTerm[] = []
  const rest: string[] = []
  for (let i = 0; i < words.length;) {
    const phrase = PHRASE_SYNONYMS.find((p) => p.words.every((w, j) => words[i + j] === w))
    if (phrase) {
      const content = phrase.words.filter((w) => !STOP.has(w)).map(cachedStem)
      terms.push({ word: phrase.words.join(' '), exact: phrase.stems, prefixes: [], compounds: [content] })
      i += phrase.words.length
    } else rest.push(words[i++])
  }
  return { terms, rest }
}

export function analyzeQueryTerms(query: string, vocabulary?: Iterable<string>): QueryTerm[] {
  const vocab = vocabulary ? (vocabulary instanceof Set ? (vocabulary as ReadonlySet<string>) : new Set(vocabulary)) : null
  const phrases = phraseTerms(tokenize(query.slice(0, MAX_QUERY_CHARS)))
  const words = phrases.rest.filter((w) => !STOP.has(w) && !isInternalToken(w))
  const unique = [...new Set(words)].slice(0, Math.max(0, MAX_QUERY_TERMS - phrases.terms.length))
  const single = unique.map((word): QueryTerm => {
    const s = stem(word)
    const alternatives = new Set<string>(synonymStems(s))
    alternatives.add(s)
    if (vocab && word.length >= TYPO_MIN_LENGTH) {
      for (const v of typoVariants(s, vocab)) {
        for (const syn of synonymStems(v)) alternatives.add(syn)
      }
    }
    return {
      word,
      exact: [...alternatives],
      prefixes: word.length >= PREFIX_MIN_LENGTH && !/^\d+$/.test(word) ? [word] : [],
      compounds: vocab ? compoundSplits(word, vocab) : [],
    }
  })
  return [...phrases.terms.slice(0, MAX_QUERY_TERMS), ...single]
}
