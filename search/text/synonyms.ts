import { readReferenceCsv } from '@db/reference.server'
import { tokenize } from './fold'
import { stem } from './stem'
import { SYNONYM_GROUPS } from './synonym-groups'

export { SYNONYM_GROUPS, type SynonymGroup } from './synonym-groups'

/** Single-word terms, stemmed, for each group. */
const STEMMED_GROUPS: string[][] = SYNONYM_GROUPS.map((g) => [
  ...new Set(
    g.terms
      .map((t) => tokenize(t))
      .filter((w) => w.length === 1)
      .map((w) => stem(w[0])),
  ),
])
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

/** The curated job titles on each STYRK code (db/reference/yrkestitler.csv), e.g. 5131 → kelner, servitør, hovmester. */
const JOB_TITLES_BY_STYRK = new Map<string, string[]>()
for (const row of readReferenceCsv('yrkestitler.csv')) {
  JOB_TITLES_BY_STYRK.set(row.styrk, [...(JOB_TITLES_BY_STYRK.get(row.styrk) ?? []), row.tittel])
}

/**
 * Synonym words and curated job titles that belong to a STYRK code (indexed with documents that have the
 * code), so a query that is a job title («kelner») finds profiles that want the group (5131 Servitører).
 */
export function synonymsForStyrk(code: string): string[] {
  return [
    ...new Set([...SYNONYM_GROUPS.filter((g) => g.styrk.includes(code)).flatMap((g) => g.terms), ...(JOB_TITLES_BY_STYRK.get(code) ?? [])]),
  ]
}

/** Multi-word synonyms («assistent i barnehage»): folded words, and the stems of the group's one-word terms. */
export const PHRASE_SYNONYMS: Array<{ words: string[]; stems: string[] }> = SYNONYM_GROUPS.flatMap((g, i) =>
  g.terms
    .map((t) => tokenize(t))
    .filter((w) => w.length > 1)
    .map((words) => ({ words, stems: STEMMED_GROUPS[i] })),
)
