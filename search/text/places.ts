/**
 * Place names in a free-text query («kokk oslo», «renholder i Nord-Fron»):
 * used as a location filter instead of as words, so the query finds people
 * who can work there rather than profiles that mention the place.
 *
 * Many kommune names are also everyday words («time», «gran», «fjord»,
 * «heim»); those count as places only when typed with a capital letter.
 */
export type PlaceLookup = (phrase: string) => { kommune: string } | { fylke: string } | undefined

export type QueryPlaces = { text: string; kommuner: string[]; fylker: string[]; names: string[] }

/** Kommune names that are also common words in job profiles (lower-case typing means the word). */
const ALSO_WORDS = new Set([
  'time',
  'gran',
  'fjord',
  'heim',
  'stad',
  'hole',
  'moss',
  'lund',
  'vang',
  'lom',
  'sel',
  'vik',
  'nes',
  'hol',
  'os',
  'ål',
  'ås',
  'bø',
  'hå',
  'sande',
  'lier',
  'leka',
  'vega',
  'rana',
  'tinn',
  'modum',
  'luster',
  'alta',
  'evje',
  'frosta',
])

const MAX_WORDS_IN_NAME = 3

export function extractPlaces(query: string, lookup: PlaceLookup): QueryPlaces {
  const words = query.split(/[\s,;]+/).filter(Boolean)
  const kept: string[] = []
  const kommuner: string[] = []
  const fylker: string[] = []
  const names: string[] = []
  for (let i = 0; i < words.length;) {
    let matched = 0
    for (let n = Math.min(MAX_WORDS_IN_NAME, words.length - i); n >= 1 && !matched; n--) {
      const phrase = words
        .slice(i, i + n)
        .join(' ')
        .replace(/^[^\p{L}]+|[^\p{L})]+$/gu, '')
      if (!phrase) continue
      const capitalised = phrase[0] !== phrase[0].toLowerCase()
      if (n === 1 && ALSO_WORDS.has(phrase.toLowerCase()) && !capitalised) continue
      const place = lookup(phrase)
      if (!place) continue
      if ('kommune' in place) kommuner.push(place.kommune)
      else fylker.push(place.fylke)
      names.push(phrase)
      matched = n
    }
    if (matched) i += matched
    else kept.push(words[i++])
  }
  return { text: kept.join(' '), kommuner: [...new Set(kommuner)], fylker: [...new Set(fylker)], names }
}
