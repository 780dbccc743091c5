import { describe, expect, it } from 'vitest'
import { formatOrgnr, isValidOrgnr, orgnrCheckDigit } from '~/domain/validation/orgnr'

describe('orgnr', () => {
  it('accepts numbers with a correct modulus-11 check digit', () => {
    // NAV's own orgnr (Arbeids- og velferdsetaten) and Brønnøysundregistrene's.
    expect(isValidOrgnr('889640782')).toBe(true)
    expect(isValidOrgnr('974760673')).toBe(true)
    expect(isValidOrgnr('889 640 782')).toBe(true)
  })
  it('refuses a wrong check digit, wrong length and letters', () => {
    expect(isValidOrgnr('889640783')).toBe(false)
    expect(isValidOrgnr('88964078')).toBe(false)
    expect(isValidOrgnr('88964078a')).toBe(false)
  })
  it('has no valid check digit when the remainder is 1', () => {
    // 4 × weight 3 = 12, 12 mod 11 = 1 → 11 − 1 = 10, which is not a digit.
    expect(orgnrCheckDigit('40000000')).toBe(null)
    expect(orgnrCheckDigit('00000005')).toBe(1)
  })
  it('formats in groups of three', () => {
    expect(formatOrgnr('889640782')).toBe('889 640 782')
  })
})
