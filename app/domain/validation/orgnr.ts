/** Organisasjonsnummer: 9 digits, the last a modulus-11 check digit (weights 3 2 7 6 5 4 3 2). */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2]

export function orgnrCheckDigit(first8: string): number | null {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first8[i]), 0)
  const rest = sum % 11
  if (rest === 0) return 0
  const digit = 11 - rest
  return digit === 10 ? null : digit
}

export function isValidOrgnr(value: string): boolean {
  const digits = value.replace(/\s/g, '')
  if (!/^\d{9}$/.test(digits)) return false
  return orgnrCheckDigit(digits.slice(0, 8)) === Number(digits[8])
}

export function normaliseOrgnr(value: string): string {
  return value.replace(/\s/g, '')
}

/** Formats as «123 456 789». */
export function formatOrgnr(value: string): string {
  return value.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3')
}
