import { and, eq, inArray } from 'drizzle-orm'
import { beforeEach, describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { agreements, candidates, contactRequests, profiles, users } from '@db/schema'
import { DEMO_PASSWORD } from '@db/seed/demo.server'
import { AppClient } from '../setup/app-client'
import { changedTables, databaseState, fuzzWorld, type FuzzWorld } from '../setup/fuzz-world'

/**
 * Each finding of issue 12, replayed on the demo data exactly as the issue
 * reports it, through the whole app in-process (request guard, Remix, routes).
 * Every one must now be a 4xx with a bokmål message (or a normal page),
 * never a 5xx and never a redirect off the site. The broad versions of the
 * same attacks are in fuzz.test.ts and request-guard.test.ts.
 */
let world: FuzzWorld

// Every test gets a fresh database (tests/setup/per-test-db.ts): the demo data and the signed-in clients are made anew.
beforeEach(async () => {
  world = await fuzzWorld()
})

/** The visible text of an HTML page (for «the message is there»). */
const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')

describe('open redirect after login (/logg-inn?redirectTo=…)', () => {
  for (const [label, query] of [
    ['a tab', '%2F%09%2Fevil.example'],
    ['a newline', '%2F%0A%2Fevil.example'],
    ['CR LF and a header', '%2Fx%0D%0ASet-Cookie%3A%20a%3Db'],
  ] as const) {
    it(`with ${label}: the page shows, and signing in stays on the site`, async () => {
      const client = world.clients.anonymous
      const page = await client.fetch(`/logg-inn?redirectTo=${query}`)
      expect(page.status).toBe(200)
      const html = await page.text()
      expect(textOf(html)).toContain('Logg inn')
      // The form posts the parameter back as the page put it in its hidden field.
      const redirectTo = decodeURIComponent(query)
      const response = await client.postForm(`/logg-inn?redirectTo=${query}`, {
        email: 'arbeidsgiver@demo.no',
        password: DEMO_PASSWORD,
        redirectTo,
      })
      expect(response.status).toBe(302)
      const location = response.headers.get('Location')!
      expect(location).toBe('/arbeidsgiver')
      expect(new URL(location, 'http://localhost:3000').host).toBe('localhost:3000')
    })
  }
})

describe('a cross-site POST with ?_data= (Remix’ fetch form of the action)', () => {
  it('is 403 with a bokmål message and does not change the contact marking', async () => {
    const employer = getDb().select({ org: users.organisationId }).from(users).where(eq(users.email, 'arbeidsgiver@demo.no')).get()!
    const request = getDb()
      .select({ id: contactRequests.id })
      .from(contactRequests)
      .where(eq(contactRequests.organisationId, employer.org!))
      .get()!
    const client = world.clients.arbeidsgiver
    const csrf = await client.csrfToken()
    const before = databaseState()
    const response = await client.fetch(
      `/arbeidsgiver/kontakter/${request.id}?_data=${encodeURIComponent('routes/arbeidsgiver.kontakter.$id')}`,
      {
        method: 'POST',
        body: new URLSearchParams({ intent: 'mark', marking: 'FATT_JOBBEN', csrf }),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        origin: 'https://evil.example',
      },
    )
    expect(response.status).toBe(403)
    const body = await response.json()
    expect(body.errors[0].message).toContain('Skjemaet ble sendt fra et annet nettsted enn Vi inkluderer')
    // A plain cross-site page POST: 403 too (it was a 500).
    const page = await client.fetch(`/arbeidsgiver/kontakter/${request.id}`, {
      method: 'POST',
      body: new URLSearchParams({ intent: 'mark', marking: 'FATT_JOBBEN', csrf }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      origin: 'https://evil.example',
    })
    expect(page.status).toBe(403)
    expect(textOf(await page.text())).toContain('Forespørselen ble avvist')
    expect(changedTables(before, databaseState())).toEqual([])
  })
})

describe('bodies that are not a form, to form actions', () => {
  it('JSON and text/plain are 415, broken multipart is 400, each with a bokmål page', async () => {
    const client = world.clients.jobbspesialist
    const csrf = await client.csrfToken()
    const before = databaseState()
    for (const path of ['/jobbspesialist/portefolje/ny', '/logg-inn', '/tilskuddskalkulator', '/jobbspesialist/stillinger']) {
      const json = await client.fetch(path, {
        method: 'POST',
        body: JSON.stringify({ csrf, intent: 'save' }),
        headers: { 'Content-Type': 'application/json' },
      })
      expect(json.status, `JSON to ${path}`).toBe(415)
      expect(textOf(await json.text())).toContain('Skjemaet kom i et format vi ikke tar imot')
      const text = await client.fetch(path, {
        method: 'POST',
        body: `csrf=${csrf}&intent=save`,
        headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      })
      expect(text.status, `text/plain to ${path}`).toBe(415)
      const multipart = await client.fetch(path, {
        method: 'POST',
        body: `--B\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n--B\r\nContent-Disposition: form-data; na`,
        headers: { 'Content-Type': 'multipart/form-data; boundary=B' },
      })
      expect(multipart.status, `broken multipart to ${path}`).toBe(400)
      expect(textOf(await multipart.text())).toContain('Innholdet i skjemaet var ødelagt')
    }
    expect(changedTables(before, databaseState())).toEqual([])
  })
})

describe('nested field names', () => {
  it('adaptationNeeds[0].x=y on the profile editor: the editor shows again with messages, no crash', async () => {
    const js = getDb().select({ id: users.id }).from(users).where(eq(users.email, 'jobbspesialist@demo.no')).get()!
    const caseload = getDb()
      .select({ id: candidates.id })
      .from(candidates)
      .where(eq(candidates.jobbspesialistUserId, js.id))
      .all()
      .map((c) => c.id)
    const profile = getDb()
      .select({ candidateId: profiles.candidateId })
      .from(profiles)
      .where(inArray(profiles.candidateId, caseload))
      .get()!
    const client = world.clients.jobbspesialist
    const before = databaseState()
    const response = await client.postForm(`/jobbspesialist/portefolje/${profile.candidateId}/profil`, {
      intent: 'save',
      headline: 'Lagermedarbeider med truckførerbevis',
      'adaptationNeeds[0].x': 'y',
      'adaptationNeeds.a': 'y',
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    const html = await response.text()
    expect(html).toContain('<html lang="nb"')
    // What was typed is still there.
    expect(html).toContain('Lagermedarbeider med truckførerbevis')
    expect(changedTables(before, databaseState())).toEqual([])
  })

  it('adaptations.a=y on the agreement editor: the editor shows again with messages, no crash', async () => {
    const js = getDb().select({ id: users.id }).from(users).where(eq(users.email, 'jobbspesialist@demo.no')).get()!
    const agreement = getDb()
      .select({ id: agreements.id, version: agreements.version })
      .from(agreements)
      .innerJoin(candidates, eq(candidates.id, agreements.candidateId))
      .where(and(eq(candidates.jobbspesialistUserId, js.id)))
      .get()!
    const client = world.clients.jobbspesialist
    const before = databaseState()
    const variants: Array<Record<string, string | string[]>> = [
      { 'adaptations.a': 'y' },
      { 'adaptations[0].x': 'y', 'reviewDates.a': 'y' },
      { adaptations: ['ARBEIDSTID', 'ARBEIDSTID'], 'adaptationText_ARBEIDSTID.x': 'y' },
    ]
    for (const fields of variants) {
      const response = await client.postForm(`/jobbspesialist/avtaler/${agreement.id}`, {
        intent: 'edit',
        version: String(agreement.version),
        ...fields,
      })
      expect(response.status, JSON.stringify(fields)).toBeGreaterThanOrEqual(400)
      expect(response.status, JSON.stringify(fields)).toBeLessThan(500)
      expect(await response.text()).toContain('<html lang="nb"')
    }
    // The follow-up note as an object (its health check reads the text).
    const note = await client.postForm(`/jobbspesialist/avtaler/${agreement.id}`, {
      intent: 'followUp',
      'note.a': 'y',
      'note[0]': 'Har MS',
    })
    expect(note.status).toBeLessThan(500)
    expect(changedTables(before, databaseState())).toEqual([])
  })
})

describe('POST /dev/clock with a date that does not exist', () => {
  it('2026-02-30 is 400 with a bokmål message, and the clock does not move', async () => {
    const client = new AppClient()
    const today = await (await client.fetch('/dev/clock')).json()
    const response = await client.postForm('/dev/clock', { date: '2026-02-30' })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: [{ field: 'date', message: 'Skriv datoen som ÅÅÅÅ-MM-DD, eller «reset».' }] })
    expect(await (await client.fetch('/dev/clock')).json()).toEqual(today)
  })
})
