import { idnr } from '@navikt/fnrvalidator'
import healthWords from './health-words.json'
import { foldSpacedLetters, looseText, normaliseText, type MappedText } from './normalise'

/**
 * THE free-text privacy filter (issue 12), run on every free text an employer
 * can see before it is saved for them, and (as a warning) on the follow-up log.
 * It matches on a normalised copy of the text (see normalise.ts) so look-alike
 * characters, invisible characters and separators do not walk around it. Pure:
 * the caller passes what it knows about the person (names, CV employers) and
 * the place names from the reference data.
 */
export type PiiKind =
  | 'FNR'
  | 'FNR_LIKE'
  | 'LONG_NUMBER'
  | 'PHONE'
  | 'EMAIL'
  | 'URL'
  | 'SOCIAL'
  | 'ADDRESS'
  | 'POSTCODE'
  | 'NAME'
  | 'EMPLOYER'
  | 'HEALTH'
  | 'HEALTH_CODE'

export type PiiFinding = {
  /** The form field (e.g. `summary`, `skills`). */
  field: string
  kind: PiiKind
  /** The text that matched, as written. */
  match: string
  /** Bokmål: what was found and where. */
  message: string
}

export type FreeTextField = { field: string; label: string; text: string }

/** What the filter knows about the person and the country. */
export type PersonContext = {
  /** The person's own names (first, middle, last; several words or hyphens are fine). */
  names?: string[]
  /** Employers from the person's CV: named in a profile they would identify the person. */
  employerNames?: string[]
  /** Place names from the reference data (kommuner), for «0557 Oslo»-like postcodes. */
  placeNames?: string[]
}

export const PII_KIND_LABELS: Record<PiiKind, string> = {
  FNR: 'et fødselsnummer eller d-nummer',
  FNR_LIKE: 'et tall som ligner på et fødselsnummer',
  LONG_NUMBER: 'et langt tall som kan være et fødselsnummer, telefonnummer eller kontonummer',
  PHONE: 'noe som ser ut som et telefonnummer',
  EMAIL: 'en e-postadresse',
  URL: 'en nettadresse',
  SOCIAL: 'et brukernavn i sosiale medier',
  ADDRESS: 'en adresse',
  POSTCODE: 'et postnummer med sted',
  NAME: 'personens navn',
  EMPLOYER: 'navnet på en arbeidsgiver fra CV-en',
  HEALTH: 'et ord om diagnose eller helse',
  HEALTH_CODE: 'noe som ser ut som en diagnosekode',
}

export const HEALTH_KINDS: readonly PiiKind[] = ['HEALTH', 'HEALTH_CODE']

type Span = { kind: PiiKind; start: number; end: number }

const W = '\\p{L}\\p{N}'
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** Spans found on a mapped text, in original offsets. */
function spansOn(mapped: MappedText, kind: PiiKind, re: RegExp, accept: (m: RegExpMatchArray) => boolean = () => true): Span[] {
  const spans: Span[] = []
  for (const m of mapped.text.matchAll(re)) {
    if (!accept(m) || !m[0]) continue
    const from = m.index!
    const to = from + m[0].length
    spans.push({ kind, start: mapped.starts[from], end: mapped.ends[to - 1] })
  }
  return spans
}

// ---------------------------------------------------------------------------
// Numbers: fødselsnummer and phone numbers in any grouping

/** Innocent number shapes that are taken out before digits are grouped: dates, year ranges, times, amounts, percentages. */
const INNOCENT_NUMBER_RES: RegExp[] = [
  // dd.mm.åååå, dd/mm/åååå, dd-mm-åååå and åååå-mm-dd, unless five digits follow (a fødselsnummer written with a date)
  /(?<!\d)(?:[0-3]?\d)([./-])(?:[01]?\d)\1(?:19|20)\d\d(?![\d.]*\d)(?!\s?[-./]?\s?\d{5}(?!\d))/g,
  /(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)/g,
  // 2019–2021, 2019 - 2021, 2019/20
  /(?<!\d)(?:19|20)\d\d ?[-/] ?(?:(?:19|20)\d\d|\d\d)(?!\d)/g,
  // 08.00–16.00, 8:30 - 15:30
  /(?<!\d)(?:[01]?\d|2[0-3])[.:][0-5]\d ?- ?(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d)/g,
  // 450 000 kr, 25 000 000 kroner, kr 450 000,-, NOK 1.250.000
  /(?<!\d)\d{1,3}(?:[ .]\d{3})+(?:,\d{1,2}|,-)? ?(?:kr\b|kroner|nok\b|,-)/gi,
  /(?:\bkr\.?|\bnok) ?\d{1,3}(?:[ .]\d{3})+(?!\d)/gi,
  // 50–100 %, 40 - 60 prosent
  /(?<!\d)\d{1,3} ?- ?\d{1,3} ?(?:%|prosent)/gi,
  // STYRK codes named as such: «STYRK 5120, 5131»
  /\bstyrk(?:-?08)?:? ?\d{4}(?:(?: ?, ?| og | ?\/ ?| )\d{4})*/gi,
]

/** Characters allowed between digit groups of one number («977 12 549», «26.01.85-10544», «9 7 7…»). */
const DIGIT_GAP_RE = /^[ .\-/()\n_]{1,3}$/
/** A comma joins groups only when people write one or two digits at a time («9, 7, 7, …»). */
const SHORT_GROUP_GAP_RE = /^ ?, ?$/

type DigitGroup = { digits: string; from: number; to: number }

function maskInnocentNumbers(text: string): string {
  let masked = text
  for (const re of INNOCENT_NUMBER_RES) masked = masked.replace(re, (m) => m.replace(/\d/g, '#'))
  return masked
}

function digitClusters(text: string): DigitGroup[][] {
  const groups: DigitGroup[] = []
  for (const m of text.matchAll(/\d+/g)) groups.push({ digits: m[0], from: m.index!, to: m.index! + m[0].length })
  const clusters: DigitGroup[][] = []
  for (const g of groups) {
    const last = clusters.at(-1)?.at(-1)
    const gap = last ? text.slice(last.to, g.from) : ''
    const joins = last && (DIGIT_GAP_RE.test(gap) || (SHORT_GROUP_GAP_RE.test(gap) && last.digits.length <= 2 && g.digits.length <= 2))
    if (joins) clusters.at(-1)!.push(g)
    else clusters.push([g])
  }
  return clusters
}

const isValidIdNumber = (digits: string) => idnr(digits).status === 'valid'
const isPhoneDigits = (digits: string) =>
  (digits.length === 8 && /^[2-9]/.test(digits)) ||
  (digits.length === 10 && /^47[2-9]/.test(digits)) ||
  (digits.length === 12 && /^0047[2-9]/.test(digits))

/** The kind a run of digit groups is, or null for an innocent number. */
function classifyCluster(cluster: DigitGroup[]): { kind: PiiKind; from: number; to: number } | null {
  const all = cluster.map((g) => g.digits).join('')
  const whole = { from: cluster[0].from, to: cluster.at(-1)!.to }
  if (all.length === 11) return { kind: isValidIdNumber(all) ? 'FNR' : 'FNR_LIKE', ...whole }
  if (isPhoneDigits(all)) return { kind: 'PHONE', ...whole }
  if (all.length < 12) return null
  // Longer runs: a fødselsnummer or phone number written next to other digits.
  const windows: Array<{ digits: string; from: number; to: number }> = []
  for (let i = 0; i < cluster.length; i++) {
    let digits = ''
    for (let j = i; j < cluster.length; j++) {
      digits += cluster[j].digits
      windows.push({ digits, from: cluster[i].from, to: cluster[j].to })
    }
  }
  for (let i = 0; i + 11 <= all.length; i++) if (isValidIdNumber(all.slice(i, i + 11))) return { kind: 'FNR', ...whole }
  if (windows.some((w) => w.digits.length === 11)) return { kind: 'FNR_LIKE', ...whole }
  if (windows.some((w) => isPhoneDigits(w.digits))) return { kind: 'PHONE', ...whole }
  return { kind: 'LONG_NUMBER', ...whole }
}

function numberSpans(base: MappedText): Span[] {
  const masked = maskInnocentNumbers(base.text)
  const spans: Span[] = []
  for (const cluster of digitClusters(masked)) {
    const found = classifyCluster(cluster)
    if (!found) continue
    let from = found.from
    // A «+» before the country code belongs to the number.
    if (found.kind === 'PHONE' && masked[from - 1] === '+') from -= 1
    spans.push({ kind: found.kind, start: base.starts[from], end: base.ends[found.to - 1] })
  }
  return spans
}

// ---------------------------------------------------------------------------
// Addresses on the net

const TLDS = 'no|com|net|org|io|me|se|dk|fi|eu|info|biz|app|dev|blog|online|site|xyz|co|uk|de|page|link|art|shop'
const AT = '(?:@|\\s?[([{]\\s?(?:at|alfakrøll|krøllalfa)\\s?[)\\]}]\\s?|\\s(?:at|alfakrøll|krøllalfa)\\s)'
const DOT = '(?:\\.|\\s?[([{]\\s?(?:dot|punktum|prikk)\\s?[)\\]}]\\s?|\\s(?:dot|punktum|prikk)\\s)'
/** «gah @ example . no»: a spaced dot only before a real top-level domain, so a sentence after an address is not taken along. */
const SPACED_DOT = '\\s?\\.\\s?'
const EMAIL_RE = new RegExp(
  `[\\p{L}\\p{N}._%+-]+\\s?${AT}\\s?[\\p{L}\\p{N}-]+(?:${DOT}[\\p{L}\\p{N}-]+)*(?:${DOT}(?:${TLDS}|[a-z]{2,6})|${SPACED_DOT}(?:${TLDS}))(?![\\p{L}\\p{N}])`,
  'giu',
)
/** Spelled-out e-mails need a real top-level domain («geir at gmail dot com»), so «se at du …» is not one. */
const SPELLED_AT_RE = /\s(?:at|alfakrøll|krøllalfa)\s|[([{]/i
const TLD_END_RE = new RegExp(`(?:${TLDS})$`, 'i')
const URL_RE = new RegExp(
  `(?:\\bhttps?:\\/\\/|\\bwww\\.)[^\\s<>«»"]+|(?<![\\p{L}\\p{N}@.\\/-])(?:[a-z0-9-]+\\.)+(?:${TLDS})(?:\\/[^\\s<>«»"]*)?(?![\\p{L}\\p{N}])`,
  'gu',
)
/** Public services may be named; they identify nobody. */
const ALLOWED_HOSTS =
  /^(?:https?:\/\/)?(?:www\.)?(?:nav\.no|arbeidsplassen\.no|vi-inkluderer\.no|helsenorge\.no|ssb\.no|regjeringen\.no)(?:\/|$)/i
const SOCIAL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}._%+-])@[\\p{L}\\p{N}_.]{2,}|\\b(?:instagram|insta|snapchat|snap|tiktok|twitter|facebook|fb|linkedin|discord|telegram|signal|whatsapp|youtube|github|x)\\s?(?::|=|-?brukernavn:?|-?navn:?)\\s?@?[\\p{L}\\p{N}_.-]{2,}`,
  'giu',
)

// ---------------------------------------------------------------------------
// Street addresses and postcodes

const STREET_SUFFIX =
  'gate|gata|gaten|gt\\.?|veien|vegen|vei|veg|vn\\.?|allé|alle|alleen|plass|plassen|stien|stig|bakken|bakke|lia|lien|ringen|torg|torget|brygge|bryggen|kaia|kaien|svingen|haugen|åsen|løkka|tunet|terrasse|terrassen|stredet|smuget|kroken|jordet|tunet|myra|moen|sletta'
/** «Storgata 5», «Kirkeveien 64B», «Thorvald Meyers gate 12 A», «Postboks 123». */
const ADDRESS_RE = new RegExp(
  `(?<![${W}])(?:[\\p{Lu}][\\p{L}.'-]*\\s)*?[\\p{L}'-]*(?:${STREET_SUFFIX})\\s\\d{1,4}(?:\\s?[a-hA-H](?![${W}]))?(?![${W}])(?!\\s?(?:år|mnd|måned|uke|dag|time|gang|%|prosent))|(?<![${W}])(?:[Pp]ostboks|[Pp]b\\.)\\s?\\d{1,5}(?![${W}])`,
  'gu',
)
/** «0557 Oslo»: four digits and a place from the reference data. */
const POSTCODE_RE = /(?<![\p{L}\p{N}])\d{4}\s+([\p{L}][\p{L}-]*(?:\s[\p{L}][\p{L}-]*)?)/gu

// ---------------------------------------------------------------------------
// Health: words and diagnosis codes

const wordsPattern = (list: string[]) => list.map((w) => escapeRegExp(looseText(w)).replace(/ /g, '[\\s-]+')).join('|')
const HEALTH_STEM_RE = new RegExp(`(?<![${W}])(?:${wordsPattern(healthWords.stems)})[${W}-]*`, 'gu')
const HEALTH_WORD_RE = new RegExp(
  `(?<![${W}])(?:${wordsPattern([...healthWords.words, ...healthWords.phrases, ...healthWords.abbreviations])})(?![${W}])`,
  'gu',
)
const UPPER_ABBREVIATION_RE = new RegExp(
  `(?<![${W}])(?:${healthWords.upperCaseAbbreviations.join('|')})(?![${W}])(?!\\s?-?\\s?(?:${healthWords.notAfter.join('|')})(?![${W}]))`,
  'giu',
)
/**
 * ICD-10 (F32.1, G35) and ICPC-2 (P76) codes. A code with decimals, or in the
 * mental-health chapters (F, P), is flagged on its own; other letters only
 * after a word about diagnoses, so road numbers (E18), crane classes (G11)
 * and vitamins (B12) stay innocent.
 */
const CODE_WITH_DECIMALS_RE = /(?<![\p{L}\p{N}])[A-TV-Z][\s-]?\d{2}[.,]\d{1,2}(?![\p{L}\p{N}])/gu
const MENTAL_HEALTH_CODE_RE = /(?<![\p{L}\p{N}])[FP][\s-]?\d{2}(?![\p{L}\p{N}]|[.,]\d)/gu
const CODE_AFTER_CONTEXT_RE =
  /(?:diagnos\p{L}*|icd(?:-?10)?|icpc(?:-?2)?|kode|koden|sykmeld\p{L}*|sykemeld\p{L}*)[\s:.,-]{1,3}(?:\p{L}+\s){0,2}([A-Z][\s-]?\d{2}(?:[.,]\d{1,2})?)(?![\p{L}\p{N}])/giu

function healthCodeSpans(base: MappedText): Span[] {
  const spans: Span[] = []
  spans.push(...spansOn(base, 'HEALTH_CODE', CODE_WITH_DECIMALS_RE))
  spans.push(...spansOn(base, 'HEALTH_CODE', MENTAL_HEALTH_CODE_RE))
  for (const m of base.text.matchAll(CODE_AFTER_CONTEXT_RE)) {
    const code = m[1]
    const from = m.index! + m[0].length - code.length
    spans.push({ kind: 'HEALTH_CODE', start: base.starts[from], end: base.ends[from + code.length - 1] })
  }
  return spans
}

// ---------------------------------------------------------------------------
// Names

/** Spellings of æ, ø and å people use without a Norwegian keyboard. */
function spellingVariants(word: string): string {
  return escapeRegExp(word).replace(/æ/g, '(?:æ|ae|e)').replace(/ø/g, '(?:ø|oe|o)').replace(/å/g, '(?:å|aa|a)')
}

const GENITIVE = "(?:s|'s|’s|'|’|sin|sine|s'|en)?"

function nameParts(names: string[]): string[] {
  const parts = new Set<string>()
  for (const name of names) {
    const loose = looseText(name.normalize('NFKC')).trim()
    if (loose.length >= 2) parts.add(loose)
    for (const part of loose.split(/[\s-]+/)) if (part.length >= 2) parts.add(part)
  }
  return [...parts].sort((a, b) => b.length - a.length)
}

function namePattern(names: string[]): RegExp | null {
  const parts = nameParts(names)
  if (!parts.length) return null
  const alternatives = parts.map((p) =>
    p
      .split(/[\s-]+/)
      .map(spellingVariants)
      .join('[\\s-]+'),
  )
  return new RegExp(`(?<![${W}])(?:${alternatives.join('|')})${GENITIVE}(?![${W}])`, 'gu')
}

/** Legal forms and words that say nothing about which employer it was. */
const LEGAL_FORMS = /\s+(?:as|asa|sa|ans|da|enk|ba|kf|iks|hf|sf|nuf|ab|ltd|inc|gmbh)\.?$/i
const GENERIC_WORDS = new Set(
  'kommune fylkeskommune restaurant kafe kafé cafe hotell butikk skole barnehage senter sykehjem sykehus gruppen group norge norway service services bygg transport handel drift eiendom holding konsern avdeling og i på the and'.split(
    ' ',
  ),
)

function employerPattern(employerNames: string[], placeNames: Set<string>): RegExp | null {
  const phrases = new Set<string>()
  for (const name of employerNames) {
    const core = looseText(name.normalize('NFKC')).trim().replace(LEGAL_FORMS, '').trim()
    if (core.length < 3 || GENERIC_WORDS.has(core) || placeNames.has(core)) continue
    phrases.add(core)
    // The distinctive first word of a longer name («Fjordkokken Restaurant AS» → «Fjordkokken»).
    const [first, ...rest] = core.split(/\s+/)
    if (rest.length && first.length >= 5 && !GENERIC_WORDS.has(first) && !placeNames.has(first)) phrases.add(first)
  }
  if (!phrases.size) return null
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/\s+/g, '[\\s-]+'))
  return new RegExp(`(?<![${W}])(?:${alternatives.join('|')})${GENITIVE}(?![${W}])`, 'gu')
}

// ---------------------------------------------------------------------------

/** Lower priority findings inside a higher one are dropped (an e-mail is not also reported as a name). */
const PRIORITY: PiiKind[] = [
  'FNR',
  'FNR_LIKE',
  'PHONE',
  'LONG_NUMBER',
  'EMAIL',
  'URL',
  'SOCIAL',
  'ADDRESS',
  'POSTCODE',
  'HEALTH_CODE',
  'NAME',
  'EMPLOYER',
  'HEALTH',
]

type Compiled = { names: RegExp | null; employers: RegExp | null; places: Set<string> }

function compile(context: PersonContext): Compiled {
  const places = new Set(
    (context.placeNames ?? [])
      .flatMap((p) => [p, ...p.split(/\s+-\s+|\s*\(|\)/)])
      .map((p) => looseText(p.trim()))
      .filter((p) => p.length >= 2),
  )
  return { names: namePattern(context.names ?? []), employers: employerPattern(context.employerNames ?? [], places), places }
}

function findIn(original: string, compiled: Compiled): Array<{ kind: PiiKind; match: string; start: number }> {
  if (!original.trim()) return []
  const base = normaliseText(original)
  const baseLoose: MappedText = { ...base, text: looseText(base.text) }
  const folded = foldSpacedLetters(base)
  const foldedLoose: MappedText = { ...folded, text: looseText(folded.text) }

  const spans: Span[] = [
    ...numberSpans(base),
    ...spansOn(baseLoose, 'EMAIL', EMAIL_RE, (m) => m[0].includes('@') || (SPELLED_AT_RE.test(m[0]) && TLD_END_RE.test(m[0]))),
    ...spansOn(base, 'URL', URL_RE, (m) => !ALLOWED_HOSTS.test(m[0])),
    ...spansOn(baseLoose, 'SOCIAL', SOCIAL_RE),
    ...spansOn(base, 'ADDRESS', ADDRESS_RE),
    ...spansOn(base, 'POSTCODE', POSTCODE_RE, (m) => {
      const words = looseText(m[1]).split(/\s+/)
      return compiled.places.has(words.join(' ')) || compiled.places.has(words[0])
    }),
    ...healthCodeSpans(base),
    ...(compiled.names ? spansOn(foldedLoose, 'NAME', compiled.names) : []),
    ...(compiled.employers ? spansOn(foldedLoose, 'EMPLOYER', compiled.employers) : []),
    ...spansOn(foldedLoose, 'HEALTH', HEALTH_STEM_RE),
    ...spansOn(foldedLoose, 'HEALTH', HEALTH_WORD_RE),
    ...spansOn(folded, 'HEALTH', UPPER_ABBREVIATION_RE, (m) => m[0] === m[0].toUpperCase()),
  ]
  spans.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.start - b.start || b.end - a.end)
  const kept: Span[] = []
  for (const s of spans) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s)
  kept.sort((a, b) => a.start - b.start)
  return kept.map((s) => ({ kind: s.kind, match: original.slice(s.start, s.end).trim(), start: s.start }))
}

/** Every personal detail found in one text, in reading order (empty = nothing found). */
export function findPersonalData(text: string, context: PersonContext = {}): Array<{ kind: PiiKind; match: string }> {
  return findIn(text, compile(context)).map(({ kind, match }) => ({ kind, match }))
}

export type CheckOptions = {
  /** The end of each message: what the user must do («Fjern det før profilen publiseres.»). */
  advice?: string
}

/**
 * Scans free-text fields. Returns every finding with a bokmål message naming
 * the field (empty = the text may be shown to employers). `context` may be
 * just the person's names.
 */
export function checkFreeText(fields: FreeTextField[], context: PersonContext | string[] = {}, options: CheckOptions = {}): PiiFinding[] {
  const compiled = compile(Array.isArray(context) ? { names: context } : context)
  const advice = options.advice ?? 'Fjern det før profilen publiseres.'
  const findings: PiiFinding[] = []
  for (const field of fields) {
    for (const f of findIn(field.text, compiled)) {
      findings.push({
        field: field.field,
        kind: f.kind,
        match: f.match,
        message: `«${field.label}» inneholder ${PII_KIND_LABELS[f.kind]}: «${f.match}». ${advice}`,
      })
    }
  }
  return findings
}

/**
 * What an employer gets with the person's consent anyway (name, phone,
 * e-mail, the CV's employers) may stand in a CV part; everything else the
 * filter finds must not be shared.
 */
const SHARED_WITH_CONSENT: readonly PiiKind[] = ['NAME', 'EMPLOYER', 'PHONE', 'EMAIL']

export type CvText = {
  summary?: string
  experience?: Array<{ employer: string; title: string }>
  education?: Array<{ institution: string; programme: string; year?: string }>
  certificates?: string[]
}

/**
 * The CV parts a jobbspesialist may share with an employer after consent:
 * fødselsnummer, health information, addresses and the like are refused
 * (field names as in the CV form). A workplace's own name may be a treatment
 * place («Modum Bad»), so the employer field is checked for numbers only.
 */
export function checkCvText(cv: CvText, context: PersonContext = {}): PiiFinding[] {
  const advice = 'Fjern det før CV-en lagres. CV-en kan deles med arbeidsgivere.'
  const blocked = (findings: PiiFinding[], allowed: readonly PiiKind[] = SHARED_WITH_CONSENT) =>
    findings.filter((f) => !allowed.includes(f.kind))
  const fields: FreeTextField[] = [{ field: 'summary', label: 'Sammendrag', text: cv.summary ?? '' }]
  const employerFields: FreeTextField[] = []
  ;(cv.experience ?? []).forEach((row, i) => {
    fields.push({ field: `experience[${i}].title`, label: 'Stilling', text: row.title })
    employerFields.push({ field: `experience[${i}].employer`, label: 'Arbeidsgiver', text: row.employer })
  })
  fields.push({
    field: 'education',
    label: 'Utdanning',
    text: (cv.education ?? []).map((e) => [e.institution, e.programme, e.year].filter(Boolean).join('; ')).join('\n'),
  })
  fields.push({ field: 'certificates', label: 'Kurs og sertifikater', text: (cv.certificates ?? []).join('\n') })
  return [
    ...blocked(checkFreeText(fields, context, { advice })),
    ...blocked(checkFreeText(employerFields, context, { advice }), [
      ...SHARED_WITH_CONSENT,
      'HEALTH',
      'HEALTH_CODE',
      'ADDRESS',
      'POSTCODE',
      'URL',
    ]),
  ]
}
