/** Resolving what an employer typed in the occupation field to one STYRK-08 code (pure). */
/**
 * A STYRK-08 unit group (`title` is SSB's name). With `jobTitle` it is an entry from the product's curated
 * list of job titles as people type them (db/reference/yrkestitler.csv), searched and resolved to `code`.
 */
export type Occupation = { code: string; title: string; jobTitle?: string }

export type OccupationResult =
  { ok: true; code: string } | { ok: false; reason: 'empty' | 'unknown' | 'ambiguous'; message: string; candidates: Occupation[] }

const normalise = (value: string) =>
  value
    .toLocaleLowerCase('nb-NO')
    .replace(/[–—-]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** The value the form shows (and the datalist offers) for an occupation: «Kokker (5120)». */
export function occupationLabel(occupation: Occupation): string {
  return `${occupation.title} (${occupation.code})`
}

// Abbreviations people write in capitals, so «it-konsulent» reads «IT-konsulent».
const UPPER_CASE_WORDS = /\b(it|ikt|hr|vvs|sfo|nav)\b/gu

/** What the picker shows: SSB's title, or a job title with its STYRK group, «Oppvasker (Kjøkkenassistenter)». */
export function occupationDisplayTitle(occupation: Occupation): string {
  if (!occupation.jobTitle) return occupation.title
  const title = occupation.jobTitle.replace(UPPER_CASE_WORDS, (w) => w.toLocaleUpperCase('nb-NO'))
  return `${title.charAt(0).toLocaleUpperCase('nb-NO')}${title.slice(1)} (${occupation.title})`
}

const searchText = (o: Occupation) => normalise(o.jobTitle ?? o.title)

/**
 * Occupations whose title (or job title) contains every word typed, one per STYRK code, best first:
 * exact, then prefix, then shortest. A code is shown by SSB's title when that matches too, and otherwise
 * by the job title that matched («oppvask» → «oppvasker» on Kjøkkenassistenter).
 */
export function searchOccupations(query: string, occupations: readonly Occupation[], limit = 20): Occupation[] {
  const q = normalise(query)
  if (!q) return []
  if (/^\d{1,4}$/.test(q)) return uniqueByCode(occupations.filter((o) => o.code.startsWith(q) && !o.jobTitle)).slice(0, limit)
  const words = q.split(' ')
  const matching = occupations.map((o) => ({ o, t: searchText(o) })).filter(({ t }) => words.every((w) => t.includes(w)))
  const groupMatches = new Map(matching.filter(({ o }) => !o.jobTitle).map(({ o }) => [o.code, o]))
  const ranked = matching
    .sort(
      (a, b) => Number(a.t !== q) - Number(b.t !== q) || Number(!a.t.startsWith(q)) - Number(!b.t.startsWith(q)) || a.t.length - b.t.length,
    )
    .map(({ o }) => groupMatches.get(o.code) ?? o)
  return uniqueByCode(ranked).slice(0, limit)
}

function uniqueByCode(occupations: readonly Occupation[]): Occupation[] {
  const seen = new Set<string>()
  return occupations.filter((o) => (seen.has(o.code) ? false : (seen.add(o.code), true)))
}

/**
 * A 4-digit code, «Tittel (1234)», an exact title, or words that match exactly
 * one title give that occupation; anything else is a clear bokmål message.
 */
export function resolveOccupation(input: string, occupations: readonly Occupation[]): OccupationResult {
  const raw = input.trim()
  if (!raw) return { ok: false, reason: 'empty', message: 'Velg yrke. Skriv en del av yrkesnavnet og velg fra listen.', candidates: [] }
  const codeMatch = raw.match(/(?:^|\(|\s)(\d{4})(?:\)|\s|$)/)
  if (codeMatch) {
    const found = occupations.find((o) => o.code === codeMatch[1])
    if (found) return { ok: true, code: found.code }
    return {
      ok: false,
      reason: 'unknown',
      message: `Yrkeskoden ${codeMatch[1]} finnes ikke i STYRK-08. Skriv en del av yrkesnavnet og velg fra listen.`,
      candidates: [],
    }
  }
  const q = normalise(raw)
  const exact = uniqueByCode(occupations.filter((o) => searchText(o) === q || normalise(o.title) === q))
  if (exact.length === 1) return { ok: true, code: exact[0].code }
  const matches = searchOccupations(raw, occupations, 1000)
  if (matches.length === 1) return { ok: true, code: matches[0].code }
  if (matches.length === 0) {
    return {
      ok: false,
      reason: 'unknown',
      message: `Fant ikke yrket «${raw}» i STYRK-08. Skriv en del av yrkesnavnet og velg fra listen.`,
      candidates: [],
    }
  }
  const shown = matches.slice(0, 5).map((o) => o.title)
  return {
    ok: false,
    reason: 'ambiguous',
    message: `«${raw}» passer til ${matches.length} yrker (${shown.join(', ')}${matches.length > 5 ? ' …' : ''}). Velg ett yrke fra listen.`,
    candidates: matches,
  }
}

/**
 * An occupation as the occupation picker shows it: the STYRK-08 code it submits and the title people
 * read, or (`typed`) text that did not resolve to one occupation, put back in the field to be corrected.
 */
export type OccupationChoice = { value: string; label: string; typed?: boolean }

/** Saved or submitted occupation values (codes, titles or typed text) as the picker shows them. */
export function occupationChoices(values: readonly string[], occupations: readonly Occupation[]): OccupationChoice[] {
  return values
    .map((v) => v.trim())
    .filter(Boolean)
    .map((value) => {
      const resolved = resolveOccupation(value, occupations)
      const found = resolved.ok ? occupations.find((o) => o.code === resolved.code && !o.jobTitle) : undefined
      return found ? { value: found.code, label: found.title } : { value, label: value, typed: true }
    })
}
