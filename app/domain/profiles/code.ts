/**
 * The employer-facing profile code: `K-` + 6 characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L). Random, never sequential. Pure: the
 * caller passes a uniform random integer source (crypto.randomInt in services).
 */
export const PROFILE_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const PROFILE_CODE_RE = /^K-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/

export function generateProfileCode(randomInt: (maxExclusive: number) => number): string {
  let code = 'K-'
  for (let i = 0; i < 6; i++) code += PROFILE_CODE_ALPHABET[randomInt(PROFILE_CODE_ALPHABET.length)]
  return code
}

export function isProfileCode(value: string): boolean {
  return PROFILE_CODE_RE.test(value)
}
