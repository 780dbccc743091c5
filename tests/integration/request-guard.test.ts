import { eq } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { candidateTokens, contactRequests, users } from '@db/schema'
import { CONSENT_LINK_MESSAGES } from '~/domain/contact-requests'
import { getEnv } from '~/env.server'
import { createSession, hashPassword, randomToken, sha256 } from '~/services/auth.server'
import { askCandidate, getConsentLink, recordAnswer } from '~/services/contact-requests/consent.server'
import { createContactRequest } from '~/services/contact-requests/requests.server'
import { fail } from '~/utils/result'
import { AppClient, BASE } from '../setup/app-client'
import { changedTables, databaseState } from '../setup/fuzz-world'
import { askInput, contactWorld } from './contact-fixtures'

/**
 * The request guard in the whole app (issue 12 §2–4): requests go through
 * Remix in-process (tests/setup/remix-app.ts) exactly as the server hands them over.
 */
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  body: new URLSearchParams(fields),
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
})

/** An employer whose candidate has shared contact details (so «Fått jobben» can be marked). */
async function employerWithSharedContact() {
  const w = contactWorld()
  const created = createContactRequest(w.ag, { code: w.profile.code, vacancyId: w.vacancy.id, message: 'Vi trenger en kokk.' })
  if (!created.ok) throw new Error('not created')
  if (!askCandidate(w.js, created.value.id, askInput({ deadlineOption: '3', cvParts: [], sendLink: false })).ok)
    throw new Error('not asked')
  if (!recordAnswer(w.js, created.value.id, { answer: 'JA', method: 'MUNTLIG' }).ok) throw new Error('not answered')
  const client = new AppClient()
  client.setCookie(await createSession(w.ag.id, new Request(BASE)))
  return {
    w,
    client,
    id: created.value.id,
    marking: () => getDb().select().from(contactRequests).where(eq(contactRequests.id, created.value.id)).get()!.employerMarking,
  }
}

describe('cross-site requests', () => {
  it('with the employer’s cookie and token, from evil.example — page, ?_data= and .data — are 403 and change nothing; the same from the site works', async () => {
    const { client, id, marking } = await employerWithSharedContact()
    const csrf = await client.csrfToken()
    const before = databaseState()
    const path = `/arbeidsgiver/kontakter/${id}`
    const body = { intent: 'mark', marking: 'FATT_JOBBEN', csrf }

    const page = await client.fetch(path, { ...form(body), origin: 'https://evil.example' })
    expect(page.status).toBe(403)
    expect(page.headers.get('Content-Type')).toContain('text/html')
    const html = await page.text()
    expect(html).toContain('<html lang="nb">')
    expect(html).toContain('Skjemaet ble sendt fra et annet nettsted enn Vi inkluderer')

    const remixFetch = await client.fetch(`${path}?_data=${encodeURIComponent('routes/arbeidsgiver.kontakter.$id')}`, {
      ...form(body),
      origin: 'https://evil.example',
    })
    expect(remixFetch.status).toBe(403)
    expect(await remixFetch.json()).toMatchObject({ errors: [{ field: null, message: expect.stringContaining('et annet nettsted') }] })
    expect((await client.fetch(`${path}.data`, { ...form(body), origin: 'https://evil.example' })).status).toBe(403)
    // Without Origin, the browser's Sec-Fetch-Site says the same.
    expect(
      (
        await client.fetch(path, {
          ...form(body),
          origin: null,
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'cross-site' },
        })
      ).status,
    ).toBe(403)
    expect((await client.fetch(path, { ...form(body), origin: 'null' })).status).toBe(403)
    // A same-site page without the token (a form another site could have made the browser send) is refused too.
    const noToken = await client.fetch(path, form({ intent: 'mark', marking: 'FATT_JOBBEN' }))
    expect(noToken.status).toBe(403)
    expect(await noToken.text()).toContain('Last inn siden på nytt')
    expect(changedTables(before, databaseState())).toEqual([])
    expect(marking()).toBeNull()

    // From the site itself, with the token: the marking is saved (the refusals above were the guard).
    const own = await client.fetch(path, form(body))
    expect(own.status).toBe(302)
    expect(marking()).toBe('FATT_JOBBEN')
  })
})

describe('bodies of the wrong kind', () => {
  it('are 415/400/413 with a bokmål message, on pages and the API, never 500', async () => {
    const client = new AppClient()
    const csrf = await client.csrfToken()
    const json = await client.fetch('/logg-inn', {
      method: 'POST',
      body: JSON.stringify({ email: 'a@b.no', csrf }),
      headers: { 'Content-Type': 'application/json' },
    })
    expect(json.status).toBe(415)
    expect(await json.text()).toContain('Skjemaet kom i et format vi ikke tar imot')
    expect(
      (await client.fetch('/logg-inn', { method: 'POST', body: `email=a&csrf=${csrf}`, headers: { 'Content-Type': 'text/plain' } })).status,
    ).toBe(415)
    const broken = await client.fetch('/logg-inn', {
      method: 'POST',
      body: '--X\r\nContent-Disposition: form-data; name="email"\r\n\r\na',
      headers: { 'Content-Type': 'multipart/form-data; boundary=X' },
    })
    expect(broken.status).toBe(400)
    expect(await broken.text()).toContain('Innholdet i skjemaet var ødelagt')
    const huge = await client.fetch('/logg-inn', form({ email: 'x'.repeat(600_000), csrf }))
    expect(huge.status).toBe(413)
    // A proper multipart form with the token is read like any other form.
    const multipart = new FormData()
    multipart.set('email', 'ikke-en-adresse')
    multipart.set('password', 'x')
    multipart.set('csrf', csrf)
    const ok = await client.fetch('/logg-inn', { method: 'POST', body: multipart })
    expect(ok.status).toBe(400)
    expect(await ok.text()).toContain('Skriv en gyldig e-postadresse')

    const api = await client.fetch('/api/v1/subsidy-calculations', {
      method: 'POST',
      body: 'scheme=MENTOR',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(api.status).toBe(415)
    expect(await api.json()).toEqual({
      error: 'Send forespørselen som JSON (Content-Type: application/json).',
      errors: [{ field: 'request', message: 'Send forespørselen som JSON (Content-Type: application/json).' }],
    })
  })
})

describe('safe redirect after login', () => {
  it('never leaves the site: tab, newline, backslash and encoded slashes go to the home page, a plain path is kept', async () => {
    const email = 'js@nav.no'
    getDb()
      .insert(users)
      .values({
        email,
        name: 'J S',
        role: 'jobbspesialist',
        passwordHash: await hashPassword('passord-123456'),
        emailVerifiedAt: '2026-01-01T00:00:00Z',
      })
      .run()
    for (const [redirectTo, expected] of [
      ['/\t/evil.example', '/jobbspesialist'],
      ['/\n/evil.example', '/jobbspesialist'],
      ['/x\r\nSet-Cookie: a=b', '/jobbspesialist'],
      ['//evil.example', '/jobbspesialist'],
      ['/\\evil.example', '/jobbspesialist'],
      ['/%2F%2Fevil.example', '/jobbspesialist'],
      ['/%5Cevil.example', '/jobbspesialist'],
      ['https://evil.example', '/jobbspesialist'],
      ['/jobbspesialist/portefolje?steg=JOBBSOK', '/jobbspesialist/portefolje?steg=JOBBSOK'],
    ]) {
      const client = new AppClient()
      const response = await client.postForm('/logg-inn', { email, password: 'passord-123456', redirectTo })
      expect(response.status, JSON.stringify(redirectTo)).toBe(302)
      expect(response.headers.get('Location'), JSON.stringify(redirectTo)).toBe(expected)
    }
  })
})

describe('security headers', () => {
  const original = getEnv().NODE_ENV
  afterEach(() => {
    getEnv().NODE_ENV = original
  })

  it('a strict CSP whose nonce is on every inline script; no-store on personal pages and the API; HSTS only in production', async () => {
    const { client, id } = await employerWithSharedContact()
    const page = await client.fetch(`/arbeidsgiver/kontakter/${id}`)
    expect(page.status).toBe(200)
    const csp = page.headers.get('Content-Security-Policy')!
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]
    expect(csp).toContain("script-src 'self' 'nonce-")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("form-action 'self'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    const html = await page.text()
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)]
    expect(inlineScripts.length).toBeGreaterThan(0)
    for (const s of inlineScripts) expect(s[1]).toContain(`nonce="${nonce}"`)
    expect(page.headers.get('Cache-Control')).toBe('no-store')
    expect(page.headers.get('Strict-Transport-Security')).toBeNull()
    // Another request, another nonce.
    expect((await client.fetch('/')).headers.get('Content-Security-Policy')).not.toContain(nonce)
    // The API and a signed-in visit to a public page are not stored either; a public page for nobody in particular may be.
    expect((await client.fetch('/api/v1/profiles')).headers.get('Cache-Control')).toBe('no-store')
    expect((await client.fetch('/statistikk')).headers.get('Cache-Control')).toBe('no-store')
    expect((await new AppClient().fetch('/statistikk')).headers.get('Cache-Control')).toMatch(/public/)

    getEnv().NODE_ENV = 'production'
    expect((await new AppClient().fetch('/statistikk')).headers.get('Strict-Transport-Security')).toBe(
      'max-age=31536000; includeSubDomains',
    )
  })
})

describe('a consent answer that is already recorded', () => {
  it('shows a normal page saying so (200, not 410)', async () => {
    const w = contactWorld()
    const created = createContactRequest(w.ag, { code: w.profile.code, vacancyId: w.vacancy.id, message: 'Hei.' })
    if (!created.ok) throw new Error('not created')
    askCandidate(w.js, created.value.id, askInput({ deadlineOption: '3', cvParts: [], sendLink: false }))
    const token = randomToken()
    getDb()
      .insert(candidateTokens)
      .values({
        tokenHash: sha256(token),
        purpose: 'CONTACT_CONSENT',
        candidateId: w.person.id,
        subjectId: created.value.id,
        expiresAt: '2999-01-01T00:00:00.000Z',
        usedAt: '2026-01-01T00:00:00.000Z',
      })
      .run()
    expect(getConsentLink(token)).toEqual(fail('conflict', CONSENT_LINK_MESSAGES.used))
    const client = new AppClient()
    const page = await client.fetch(`/samtykke/${token}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Du har allerede svart')
    expect(html).toContain('svaret ditt er registrert')
    const again = await client.postForm(`/samtykke/${token}`, { answer: 'JA' })
    expect(again.status).toBe(200)
    expect(await again.text()).toContain('Du har allerede svart')
  })
})
