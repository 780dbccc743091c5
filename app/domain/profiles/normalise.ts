/**
 * Normalisation for the free-text privacy filter (issue 12). People walk
 * around a filter with look-alike characters (full-width digits, Cyrillic
 * letters), invisible characters (zero-width space, soft hyphen) and
 * separators («9 7 7 1 2 5 4 9», «G e i r»). The detectors match on a
 * normalised copy; every character of the copy remembers where it came from,
 * so a finding quotes the text as it was written. Pure.
 */
export type MappedText = {
  text: string
  /** Per character of `text`: its start and end offset in the original. */
  starts: number[]
  ends: number[]
}

const segmenter = new Intl.Segmenter('nb', { granularity: 'grapheme' })

/** Invisible characters: zero-width space/joiners, soft hyphen, bidi controls, variation selectors, BOM. */
const INVISIBLE_RE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu
const MARK_RE = /\p{M}/gu
const DIGIT_RE = /^\p{Nd}$/u
const SPACE_RE = /^\s$/u
const DASH_RE = /^\p{Pd}$/u

/** Cyrillic and Greek letters that look like Latin ones (used to hide names and words). */
const CONFUSABLES: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ɡ: 'g',
  һ: 'h',
  ӏ: 'l',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  ρ: 'p',
}

/** The ASCII digit for any decimal digit (Arabic-Indic, Devanagari …): Unicode keeps them in runs of ten from 0. */
function asciiDigit(char: string): string {
  let cp = char.codePointAt(0)!
  let steps = 0
  while (DIGIT_RE.test(String.fromCodePoint(cp - 1))) {
    cp -= 1
    steps += 1
  }
  return String(steps % 10)
}

function normaliseGrapheme(grapheme: string): string {
  let g = grapheme.normalize('NFKC').replace(INVISIBLE_RE, '')
  // Marks that do not compose into one letter (strike-through, stacked accents) only hide the letter.
  if ([...g.normalize('NFC')].length > 1 && MARK_RE.test(g)) g = g.normalize('NFD').replace(MARK_RE, '').normalize('NFC')
  let out = ''
  for (const ch of g) {
    if (DIGIT_RE.test(ch)) out += ch >= '0' && ch <= '9' ? ch : asciiDigit(ch)
    else if (ch === '\n' || ch === '\r') out += '\n'
    else if (SPACE_RE.test(ch)) out += ' '
    else if (DASH_RE.test(ch) || ch === '−') out += '-'
    else out += CONFUSABLES[ch] ?? ch
  }
  return out
}

/** NFKC, invisible characters removed, look-alikes and all digits/spaces/dashes made plain. */
export function normaliseText(original: string): MappedText {
  let text = ''
  const starts: number[] = []
  const ends: number[] = []
  for (const { segment, index } of segmenter.segment(original)) {
    const normalised = normaliseGrapheme(segment)
    for (const ch of normalised) {
      // Characters outside the BMP stay one entry per UTF-16 unit so indexes line up with `text`.
      for (let k = 0; k < ch.length; k++) {
        starts.push(index)
        ends.push(index + segment.length)
      }
      text += ch
    }
  }
  return { text, starts, ends }
}

/** Keeps the characters `keep` says yes to (with their origins). */
export function filterMapped(source: MappedText, keep: (index: number) => boolean): MappedText {
  let text = ''
  const starts: number[] = []
  const ends: number[] = []
  for (let i = 0; i < source.text.length; i++) {
    if (!keep(i)) continue
    text += source.text[i]
    starts.push(source.starts[i])
    ends.push(source.ends[i])
  }
  return { text, starts, ends }
}

const LETTER_RE = /\p{L}/u
/** Separators people put between letters to hide a word: «G e i r», «G.e.i.r», «G-e-i-r». */
const LETTER_SEPARATOR_RE = /^[ ._\-*/|·•+,]{1,2}$/

/**
 * Joins single letters written apart: three or more («G e i r» → «Geir»), or
 * two when dotted like an abbreviation («M.S.» → «MS»). Ordinary words are
 * never single letters in a row, so normal text is left alone.
 */
export function foldSpacedLetters(source: MappedText): MappedText {
  const t = source.text
  const isLetter = (i: number) => i >= 0 && i < t.length && LETTER_RE.test(t[i])
  const single = (i: number) => isLetter(i) && !isLetter(i - 1) && !isLetter(i + 1)
  const drop = new Set<number>()
  let i = 0
  while (i < t.length) {
    if (!single(i)) {
      i++
      continue
    }
    // Collect a run: letter (sep letter)*
    const letters = [i]
    const gaps: Array<[number, number]> = []
    let j = i + 1
    for (;;) {
      let k = j
      while (k < t.length && !LETTER_RE.test(t[k]) && k - j < 2) k++
      const gap = t.slice(j, k)
      if (k < t.length && k > j && LETTER_SEPARATOR_RE.test(gap) && single(k)) {
        gaps.push([j, k])
        letters.push(k)
        j = k + 1
      } else break
    }
    const dotted = gaps.length > 0 && gaps.every(([a, b]) => t.slice(a, b) === '.')
    if (letters.length >= 3 || (letters.length === 2 && dotted)) {
      for (const [a, b] of gaps) for (let x = a; x < b; x++) drop.add(x)
      // A trailing abbreviation dot («M.S.») goes too.
      if (dotted && t[j] === '.') drop.add(j)
    }
    i = j
  }
  return drop.size ? filterMapped(source, (x) => !drop.has(x)) : source
}

/** Lower case without accents, one character for one character (æ, ø and å stay). */
export function looseChar(ch: string): string {
  const lower = ch.toLowerCase()
  if (lower.length !== 1) return ch
  if (lower === 'å' || lower === 'æ' || lower === 'ø') return lower
  const stripped = lower.normalize('NFD').replace(MARK_RE, '')
  return stripped.length === 1 ? stripped : lower
}

export function looseText(text: string): string {
  let out = ''
  for (const ch of text) out += ch.length === 1 ? looseChar(ch) : ch
  return out
}
