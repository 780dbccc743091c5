import { parseWithZod } from '@conform-to/zod'
import { describe, expect, it } from 'vitest'
import { InviteSchema, SignupSchema, tokenState } from '~/domain/accounts/schemas'

function errs(submission: { status?: string; error?: Record<string, string[] | null> | null }): Record<string, string[] | undefined> {
  if (submission.status === 'success' || !submission.error) return {}
  return Object.fromEntries(Object.entries(submission.error).map(([k, v]) => [k, v ?? undefined]))
}

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v)
  }
  return data
}

const valid = {
  orgnr: '889 640 782',
  organisationName: 'Fjordkanten Kafé AS',
  kommunenummer: '0301',
  sector: 'PRIVAT',
  naceSection: 'I',
  name: 'Kari Nordmann',
  email: 'Kari@Fjordkanten.no',
  password: 'et-langt-passord',
  passwordRepeat: 'et-langt-passord',
}

describe('sign-up schema', () => {
  it('accepts a complete sign-up and normalises orgnr and e-mail', () => {
    const submission = parseWithZod(form({ ...valid, partners: ['NHO', 'VIRKE'] }), { schema: SignupSchema })
    expect(submission.status).toBe('success')
    if (submission.status !== 'success') return
    expect(submission.value.orgnr).toBe('889640782')
    expect(submission.value.email).toBe('kari@fjordkanten.no')
    expect(submission.value.partners).toEqual(['NHO', 'VIRKE'])
  })

  it('treats one checked partner as a list and none as an empty list', () => {
    const one = parseWithZod(form({ ...valid, partners: 'KS' }), { schema: SignupSchema })
    const none = parseWithZod(form(valid), { schema: SignupSchema })
    expect(one.status === 'success' && one.value.partners).toEqual(['KS'])
    expect(none.status === 'success' && none.value.partners).toEqual([])
  })

  it('refuses an orgnr with a wrong check digit or wrong length, with a bokmål message', () => {
    const wrongDigit = parseWithZod(form({ ...valid, orgnr: '889640783' }), { schema: SignupSchema })
    expect(wrongDigit.status).toBe('error')
    expect(errs(wrongDigit).orgnr?.[0]).toMatch(/kontrollsifferet stemmer ikke/)
    const short = parseWithZod(form({ ...valid, orgnr: '12345' }), { schema: SignupSchema })
    expect(errs(short).orgnr?.[0]).toBe('Organisasjonsnummeret må ha 9 siffer.')
  })

  it('refuses a password under 12 characters and a repeat that differs', () => {
    const short = parseWithZod(form({ ...valid, password: 'kort-pass11', passwordRepeat: 'kort-pass11' }), { schema: SignupSchema })
    expect(errs(short).password?.[0]).toBe('Passordet må ha minst 12 tegn.')
    const exactly12 = parseWithZod(form({ ...valid, password: 'abcdefghijkl', passwordRepeat: 'abcdefghijkl' }), { schema: SignupSchema })
    expect(exactly12.status).toBe('success')
    const mismatch = parseWithZod(form({ ...valid, passwordRepeat: 'et-annet-passord' }), { schema: SignupSchema })
    expect(errs(mismatch).passwordRepeat?.[0]).toMatch(/Passordene er ikke like/)
  })

  it('names every missing field', () => {
    const submission = parseWithZod(form({}), { schema: SignupSchema })
    expect(submission.status).toBe('error')
    expect(Object.keys(errs(submission)).sort()).toEqual(
      ['email', 'kommunenummer', 'naceSection', 'name', 'orgnr', 'organisationName', 'password', 'passwordRepeat', 'sector'].sort(),
    )
    expect(errs(submission).sector?.[0]).toBe('Velg sektor.')
    expect(errs(submission).kommunenummer?.[0]).toMatch(/Velg kommunen/)
  })

  it('refuses an unknown sector or NACE section', () => {
    const submission = parseWithZod(form({ ...valid, sector: 'HEMMELIG', naceSection: 'Z' }), { schema: SignupSchema })
    expect(errs(submission).sector?.[0]).toBe('Velg sektor.')
    expect(errs(submission).naceSection?.[0]).toBe('Velg bransje.')
  })
})

describe('invitation schema', () => {
  it('needs a NAV unit for jobbspesialist and admin, a partner organisation for partner users', () => {
    const js = parseWithZod(form({ email: 'ny@nav.no', role: 'jobbspesialist' }), { schema: InviteSchema })
    expect(errs(js).navUnitId?.[0]).toMatch(/NAV-kontoret/)
    const partner = parseWithZod(form({ email: 'ny@nho.no', role: 'partner', navUnitId: '3' }), { schema: InviteSchema })
    expect(errs(partner).partnerOrganisationId?.[0]).toMatch(/partnerorganisasjonen/)
    const ok = parseWithZod(form({ email: 'ny@nav.no', role: 'admin', navUnitId: '3' }), { schema: InviteSchema })
    expect(ok.status === 'success' && ok.value).toEqual({ email: 'ny@nav.no', role: 'admin', navUnitId: 3 })
  })
  it('cannot invite an arbeidsgiver (employers sign up themselves)', () => {
    const submission = parseWithZod(form({ email: 'a@b.no', role: 'arbeidsgiver', navUnitId: '3' }), { schema: InviteSchema })
    expect(errs(submission).role?.[0]).toBe('Velg rolle.')
  })
})

describe('tokenState', () => {
  const at = '2026-05-01T12:00:00.000Z'
  it('is valid until it expires, then expired; used wins; missing is unknown', () => {
    expect(tokenState({ expiresAt: '2026-05-01T12:00:00.001Z', usedAt: null }, at)).toBe('valid')
    expect(tokenState({ expiresAt: at, usedAt: null }, at)).toBe('expired')
    expect(tokenState({ expiresAt: '2027-01-01T00:00:00.000Z', usedAt: at }, at)).toBe('used')
    expect(tokenState(undefined, at)).toBe('unknown')
  })
})
