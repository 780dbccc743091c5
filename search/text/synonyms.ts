import data from '../synonyms.nb.json'
import { tokenize } from './fold'
import { stem } from './stem'

export type SynonymGroup = { styrk: string[]; terms: string[] }
export const SYNONYM_GROUPS: SynonymGroup[] = (data as { groups: SynonymGroup[] }).groups

/** Single-word terms, stemmed, for each group. */
const STEMMED_GROUPS: string[][] = SYNONYM_GROUPS.map((g) =>
  [...new Set(g.terms.map((t) => tokenize(t)).filter((w) => w.length === 1).map((w) => stem(w[0])))],
)
const BY_STEM = new Map<string, Set<string>>()
STEMMED_GROUPS.forEach((group) => {
  for (const s of group) {
    if (!BY_STEM.has(s)) BY_STEM.set(s, new Set())
    for (const other of group) BY_STEM.get(s)!.add(other)
  }
})

/** Stems that mean the same occupation as `stemmed` (including itself). */
export function synonymStems(stemmed: string): string[] {
  return [...(BY_STEM.get(stemmed) ?? [stemmed])]
}

/** Synonym words that belong to a STYRK code (indexed with documents that have the code). */
export function synonymsForStyrk(code: string): string[] {
  return SYNONYM_GROUPS.filter((g) => g.styrk.includes(code)).flatMap((g) => g.terms)
}
