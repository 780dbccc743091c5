/**
 * How a kommune is named in the UI. SSB's official name carries parallel names
 * (Sami, Kven) joined by " - ", sometimes with another language first
 * («Aarborte - Hattfjelldal»). We show the Norwegian name first and sort by it;
 * duplicate names already carry SSB's qualifier («Herøy (Nordland)»), so no
 * fylke is appended.
 */
export const PARALLEL_NAME_SEPARATOR = ' - '

export function kommuneLabel(ssbName: string, norwegianName?: string | null): string {
  if (!norwegianName) return ssbName
  const parts = ssbName.split(PARALLEL_NAME_SEPARATOR)
  if (!parts.includes(norwegianName) || parts[0] === norwegianName) return ssbName
  return [norwegianName, ...parts.filter((p) => p !== norwegianName)].join(PARALLEL_NAME_SEPARATOR)
}

/** Norwegian alphabetical order (æ, ø, å last). */
export function compareLabels(a: string, b: string): number {
  return a.localeCompare(b, 'nb')
}

export function sortByLabel<T extends { label: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => compareLabels(a.label, b.label))
}
