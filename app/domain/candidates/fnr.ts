import { idnr } from '@navikt/fnrvalidator'

/**
 * Fødselsnummer and d-nummer: validation (with NAV's @navikt/fnrvalidator) and
 * the birth date they encode. Pure functions, no I/O.
 *
 * Layout: DDMMYY III K1 K2. A d-nummer adds 4 to the first digit of the day;
 * synthetic test numbers (Skatteetaten's «syntetiske») add 80 to the month and
 * NAV's H-numbers add 40. The century comes from the individual number III.
 */
export type IdNumberKind = 'fnr' | 'dnr'

export type IdNumberResult = { ok: true; value: string; kind: IdNumberKind; birthDate: string } | { ok: false; message: string }

/** Removes spaces and dots people type between the groups («010190 12345»). */
export function normaliseIdNumber(input: string): string {
  return input.replace(/[\s.]/g, '')
}

/** The century for a two-digit year and the individual number, or null when no century matches. */
export function centuryFor(year2: number, individual: number): number | null {
  if (individual <= 499) return 1900
  if (individual <= 749 && year2 >= 54) return 1800
  if (individual >= 500 && year2 <= 39) return 2000
  if (individual >= 900 && year2 >= 40) return 1900
  return null
}

/** The birth date (YYYY-MM-DD) an 11-digit fødselsnummer/d-nummer encodes, or null if it encodes none. */
export function birthDateFromIdNumber(digits: string): string | null {
  if (!/^\d{11}$/.test(digits)) return null
  let day = Number(digits.slice(0, 2))
  let month = Number(digits.slice(2, 4))
  if (day > 40) day -= 40 // d-nummer
  if (month > 80)
    month -= 80 // synthetic (tnr)
  else if (month > 40) month -= 40 // H-nummer
  const year2 = Number(digits.slice(4, 6))
  const century = centuryFor(year2, Number(digits.slice(6, 9)))
  if (century === null) return null
  const year = century + year2
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Validates a fødselsnummer or d-nummer; the message is bokmål for the form. */
export function validateIdNumber(input: string): IdNumberResult {
  const value = normaliseIdNumber(input)
  if (value.length === 0) return { ok: false, message: 'Skriv fødselsnummeret eller d-nummeret.' }
  if (!/^\d{11}$/.test(value)) return { ok: false, message: 'Fødselsnummeret må ha 11 siffer.' }
  const result = idnr(value)
  if (result.status === 'invalid') {
    const reason = result.reasons.includes("checksums don't match")
      ? 'Kontrollsifrene stemmer ikke. Sjekk at du har skrevet nummeret riktig.'
      : 'Nummeret inneholder ikke en gyldig fødselsdato.'
    return { ok: false, message: `Ugyldig fødselsnummer eller d-nummer. ${reason}` }
  }
  const birthDate = birthDateFromIdNumber(value)
  if (!birthDate) return { ok: false, message: 'Ugyldig fødselsnummer eller d-nummer. Individnummeret passer ikke med fødselsåret.' }
  return { ok: true, value, kind: result.type.startsWith('dnr') ? 'dnr' : 'fnr', birthDate }
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2]
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

function mod11(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i], 0)
  const k = 11 - (sum % 11)
  if (k === 11) return 0
  return k === 10 ? null : k
}

/**
 * Builds a valid fødselsnummer (or d-nummer) for a birth date and individual
 * number — used for synthetic demo people. Returns null when that individual
 * number gives no valid control digits (try the next one).
 */
export function buildIdNumber(birthDate: string, individual: number, options: { dnr?: boolean } = {}): string | null {
  const [year, month, day] = birthDate.split('-').map(Number)
  const dd = options.dnr ? day + 40 : day
  const base = `${String(dd).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}${String(individual).padStart(3, '0')}`
  const digits = base.split('').map(Number)
  const k1 = mod11(digits, K1_WEIGHTS)
  if (k1 === null) return null
  const k2 = mod11([...digits, k1], K2_WEIGHTS)
  if (k2 === null) return null
  return `${base}${k1}${k2}`
}

/**
 * The number as shown before anyone asks to see it: the birth-date part and
 * the rest hidden («150390 *****»). The full number is shown only on request,
 * and that request is audit-logged.
 */
export function maskIdNumber(digits: string): string {
  return /^\d{11}$/.test(digits) ? `${digits.slice(0, 6)} *****` : '*'.repeat(digits.length)
}
