import { readReferenceCsv } from '@db/reference.server'
import { tokenize } from './fold'
import { stem, STOP_WORDS_NB } from './stem'
import { SYNONYM_GROUPS } from './synonym-groups'

const STOP = new Set(STOP_WORDS_NB)
let vocabulary: ReadonlySet<string> | null = null

/**
 * The stems of the words in SSB's STYRK-08 titles, the curated job titles and
 * the synonym groups: the words a compound is split into where the engine has
 * no vocabulary of its own to ask (Meilisearch). The embedded engine splits
 * against the words in its index instead.
 */
export function domainVocabulary(): ReadonlySet<string> {
  vocabulary ??= new Set(
    [
      ...readReferenceCsv('styrk08.csv').map((r) => r.tittel),
      ...readReferenceCsv('yrkestitler.csv').map((r) => r.tittel),
      ...SYNONYM_GROUPS.flatMap((g) => g.terms),
    ]
      .flatMap((title) => tokenize(title))
      .filter((word) => word.length >= 3 && !STOP.has(word) && !/\d/.test(word))
      .map(stem),
  )
  return vocabulary
}
