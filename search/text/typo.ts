/** Words of at least this many letters tolerate one typo. */
export const TYPO_MIN_LENGTH = 5

/** True when a and b differ by at most one edit (insert, delete, substitute, or swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > 1) return false
  if (la === lb) {
    let first = -1
    let diffs = 0
    for (let i = 0; i < la; i++) {
      if (a[i] !== b[i]) {
        if (++diffs > 2) return false
        if (first < 0) first = i
      }
    }
    if (diffs === 1) return true
    // transposition of neighbours
    return diffs === 2 && a[first] === b[first + 1] && a[first + 1] === b[first]
  }
  const [s, l] = la < lb ? [a, b] : [b, a]
  let i = 0
  let j = 0
  let skipped = false
  while (i < s.length && j < l.length) {
    if (s[i] === l[j]) {
      i++
      j++
    } else {
      if (skipped) return false
      skipped = true
      j++
    }
  }
  return true
}

/** Vocabulary words a query word may mean, allowing one typo when it is long enough. */
export function typoVariants(word: string, vocabulary: Iterable<string>): string[] {
  if (word.length < TYPO_MIN_LENGTH) return []
  const out: string[] = []
  for (const candidate of vocabulary) {
    if (candidate !== word && Math.abs(candidate.length - word.length) <= 1 && withinOneEdit(word, candidate)) {
      out.push(candidate)
    }
  }
  return out
}
