import diagnosisWords from './diagnosis-words.json'

/**
 * The free-text check run before a profile is published: personal data and
 * health information must not leave the jobbspesialist's hands. Pure.
 */
export type PiiKind = 'FNR' | 'PHONE' | 'EMAIL' | 'NAME' | 'DIAGNOSIS'

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

const KIND_LABEL: Record<PiiKind, string> = {
  FNR: 'noe som ser ut som et fødselsnummer',
  PHONE: 'noe som ser ut som et telefonnummer',
  EMAIL: 'en e-postadresse',
  NAME: 'personens navn',
  DIAGNOSIS: 'et ord om diagnose eller helse',
}

const L = '\\p{L}\\p{N}'
/** 11 digits, optionally «DDMMYY IIIKK» with one space. */
const FNR_RE = /(?<!\d)\d{6} ?\d{5}(?!\d)/gu
/** Norwegian phone numbers: 8 digits, optionally +47/0047, common spacings. */
const PHONE_RE = /(?<![\d+])(?:(?:\+|00)47[\s-]?)?(?:[2-9]\d{7}|[2-9]\d{2}[\s-]\d{2}[\s-]\d{3}|[2-9]\d[\s-]\d{2}[\s-]\d{2}[\s-]\d{2}|[2-9]\d{3}[\s-]\d{4})(?!\d)/gu
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

const DIAGNOSIS_RES: RegExp[] = [
  ...diagnosisWords.stems.map((stem) => new RegExp(`(?<![${L}])${escapeRegExp(stem)}[${L}-]*`, 'giu')),
  ...diagnosisWords.words.map((word) => new RegExp(`(?<![${L}])${escapeRegExp(word)}(?![${L}])`, 'giu')),
]

function nameRegExps(names: string[]): RegExp[] {
  return names
    .flatMap((name) => name.split(/[\s-]+/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 2)
    .map((part) => new RegExp(`(?<![${L}])${escapeRegExp(part)}(?![${L}])`, 'giu'))
}

function finding(field: FreeTextField, kind: PiiKind, match: string): PiiFinding {
  return {
    field: field.field,
    kind,
    match,
    message: `«${field.label}» inneholder ${KIND_LABEL[kind]}: «${match}». Fjern det før profilen publiseres.`,
  }
}

/**
 * Scans free-text fields for fødselsnummer-like numbers, phone numbers,
 * e-mail addresses, the person's own names and diagnosis words. Returns every
 * finding (empty = the text may be published).
 */
export function checkFreeText(fields: FreeTextField[], personNames: string[]): PiiFinding[] {
  const findings: PiiFinding[] = []
  const names = nameRegExps(personNames)
  for (const field of fields) {
    let text = field.text
    // Numbers first; blank out what matched so a fødselsnummer is not also reported as a phone number.
    for (const [kind, re] of [['FNR', FNR_RE], ['EMAIL', EMAIL_RE], ['PHONE', PHONE_RE]] as const) {
      text = text.replace(re, (match) => {
        findings.push(finding(field, kind, match.trim()))
        return ' '.repeat(match.length)
      })
    }
    for (const re of names) for (const m of text.matchAll(re)) findings.push(finding(field, 'NAME', m[0]))
    const seen = new Set<string>()
    for (const re of DIAGNOSIS_RES) {
      for (const m of text.matchAll(re)) {
        const key = `${m.index}`
        if (seen.has(key)) continue
        seen.add(key)
        findings.push(finding(field, 'DIAGNOSIS', m[0]))
      }
    }
  }
  return findings
}
