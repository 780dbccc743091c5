/**
 * Case and accent folding for Norwegian text. æ, ø and å are letters of their
 * own in Norwegian and are kept (ø is never folded to o); other accents are
 * removed (é→e, ü→u, ñ→n). The Swedish/German spellings ä and ö are folded to
 * æ and ø, and the old spelling «aa» is read as «å» (Kaasa = Kåsa).
 */
const KEEP = new Set(['æ', 'ø', 'å'])
const NORDIC: Record<string, string> = { ä: 'æ', ö: 'ø', œ: 'ø', ß: 'ss' }

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, needs no folding
const PLAIN = /^[\x00-\x7fæøå]*$/

export function foldText(input: string): string {
  const lower = input.toLowerCase()
  if (PLAIN.test(lower)) return lower.includes('aa') ? lower.replace(/aa/g, 'å') : lower
  let out = ''
  for (const ch of lower.normalize('NFC')) {
    if (KEEP.has(ch)) out += ch
    else if (NORDIC[ch]) out += NORDIC[ch]
    else out += ch.normalize('NFD').replace(/\p{M}+/gu, '')
  }
  return out.replace(/aa/g, 'å')
}

/** Words of a text, folded: runs of letters and digits. */
export function tokenize(input: string): string[] {
  return foldText(input).match(/[\p{L}\p{N}]+/gu) ?? []
}

/** A skill or other short phrase compared case/accent-insensitively. */
export function foldPhrase(input: string): string {
  return tokenize(input).join(' ')
}
