import { describe, expect, it } from 'vitest'
import { safeRedirect } from '~/utils/safe-redirect'

/** THE safe-redirect helper (issue 12 §3): same-site paths only. */
describe('safeRedirect', () => {
  it.each([
    ['/\t/evil.example'],
    ['/%09/evil.example'],
    ['/\n/evil.example'],
    ['/x\r\nSet-Cookie: a=b'],
    ['/\u0000/evil.example'],
    ['//evil.example'],
    ['///evil.example'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['/%2F%2Fevil.example'],
    ['/%2f/evil.example'],
    ['/%5Cevil.example'],
    ['/%E0%A4%A'],
    ['/../../etc/passwd'],
    ['/arbeidsgiver/%2e%2e/admin'],
    ['https://evil.example'],
    ['javascript:alert(1)'],
    ['evil.example'],
    [''],
    [null],
    [undefined],
    ['/' + 'a'.repeat(3000)],
  ])('refuses %j', (to) => {
    expect(safeRedirect(to, '/hjem')).toBe('/hjem')
  })

  it.each([
    ['/arbeidsgiver', '/arbeidsgiver'],
    ['/jobbspesialist/portefolje?steg=JOBBSOK#liste', '/jobbspesialist/portefolje?steg=JOBBSOK#liste'],
    ['/arbeidsgiver/kandidater?q=kokk%20og%20servit%C3%B8r', '/arbeidsgiver/kandidater?q=kokk%20og%20servit%C3%B8r'],
    ['/statistikk', '/statistikk'],
  ])('keeps %j', (to, expected) => {
    expect(safeRedirect(to, '/hjem')).toBe(expected)
  })
})
