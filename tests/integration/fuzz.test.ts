import { describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES } from '~/utils/request-guard.server'
import type { AppClient } from '../setup/app-client'
import { changedTables, databaseState, fuzzWorld, totalChanges, type FuzzWorld } from '../setup/fuzz-world'
import { routeManifest, routeModules, type RouteEntry } from '../setup/remix-app'

/**
 * The fuzz test (issue 12 §5): malformed bodies to EVERY route of the app
 * (enumerated from app/routes by Remix' own route convention, so a new route
 * is fuzzed without touching this file), through Remix and the request guard
 * in-process, as the role the route is for. Every answer must be below 500,
 * and no malformed request may change the database.
 *
 * Field-level bodies are built from the forms the page itself renders: each
 * form's hidden fields (intent, version) are kept so the action's branch is
 * reached, and every field a user can fill is replaced by something wrong.
 */
type FormField = { name: string; type: string; value: string }
type HarvestedForm = { action: string; hidden: FormField[]; visible: FormField[]; buttons: FormField[]; hasCsrfToken: boolean }

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
const unescape = (v: string) =>
  v
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')

/** The POST forms of a rendered page (plain HTML parsing is enough for our own markup). */
function harvestForms(html: string, pagePath: string): HarvestedForm[] {
  const forms: HarvestedForm[] = []
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    if ((attr(m[1], 'method') ?? 'get').toLowerCase() !== 'post') continue
    const form: HarvestedForm = {
      action: unescape(attr(m[1], 'action') ?? pagePath),
      hidden: [],
      visible: [],
      buttons: [],
      hasCsrfToken: false,
    }
    for (const tag of m[2].matchAll(/<(input|textarea|select|button)\b([^>]*)>/g)) {
      const name = attr(tag[2], 'name')
      if (name === 'csrf' && attr(tag[2], 'value')) form.hasCsrfToken = true
      if (!name || name === 'csrf') continue
      const type = tag[1] === 'input' ? (attr(tag[2], 'type') ?? 'text') : tag[1]
      const field = { name: unescape(name), type, value: unescape(attr(tag[2], 'value') ?? '') }
      if (type === 'hidden') form.hidden.push(field)
      else if (type === 'button' || type === 'submit') form.buttons.push(field)
      else if (!form.visible.some((f) => f.name === field.name)) form.visible.push(field)
    }
    forms.push(form)
  }
  return forms
}

const INVALID_VALUES = ['2026-02-30', '31.02.2026', '-1', '1e309', 'NaN', '99999999999999999999999', '0x1F', '١٢٣']
const INJECTION_VALUES = [
  `"NEAR(kokk lager)" OR title:* AND ^x`,
  `' OR 1=1; DROP TABLE users; --`,
  `kokk" AND "`,
  `%_\\'\\"); SELECT * FROM sqlite_master --`,
  '\u0000\u200b\ud800',
]

/** Field-level bodies for one form: every fillable field wrong in one way, the hidden ones kept. */
function fieldBodies(form: HarvestedForm): Array<{ label: string; body: URLSearchParams }> {
  const intents = form.buttons.length ? form.buttons : [null]
  const bodies: Array<{ label: string; body: URLSearchParams }> = []
  for (const intent of intents) {
    const base = () => {
      const b = new URLSearchParams()
      for (const h of form.hidden) b.append(h.name, h.value)
      if (intent) b.set(intent.name, intent.value)
      return b
    }
    const variant = (label: string, fill: (b: URLSearchParams, f: FormField, i: number) => void) => {
      const b = base()
      form.visible.forEach((f, i) => fill(b, f, i))
      bodies.push({ label: `${label}${intent ? ` [${intent.name}=${intent.value}]` : ''}`, body: b })
    }
    variant('nested names', (b, f) => {
      b.append(`${f.name}[0].x`, 'y')
      b.append(`${f.name}.a`, 'y')
      b.append('adaptationNeeds[0].x', 'y')
      b.append('adaptations.a', 'y')
      b.append('__proto__[polluted]', 'y')
    })
    variant('repeated names', (b, f) => {
      b.append(f.name, 'x')
      b.append(f.name, '2026-02-30')
      b.append(f.name, '')
    })
    for (const value of INVALID_VALUES) variant(`invalid «${value}»`, (b, f) => b.set(f.name, value))
    variant('injection', (b, f, i) => b.set(f.name, INJECTION_VALUES[i % INJECTION_VALUES.length]))
    variant('huge', (b, f) => b.set(f.name, 'å'.repeat(Math.floor(MAX_BODY_BYTES / 4 / Math.max(1, form.visible.length)))))
  }
  return bodies
}

/** Bodies the guard must refuse before any action runs. */
function malformedRequests(
  path: string,
  routeId: string,
  api: boolean,
  csrf: string,
): Array<{ label: string; init: RequestInit & { origin?: string | null }; path?: string; expect: number[] }> {
  const form = (extra: Record<string, string> = {}) => new URLSearchParams({ intent: 'x', csrf, ...extra })
  const formHeaders = { 'Content-Type': 'application/x-www-form-urlencoded' }
  const refused = api ? [401, 403, 404, 405, 415] : [403, 404, 405, 415]
  return [
    {
      label: 'JSON to a page',
      init: { method: 'POST', body: JSON.stringify({ intent: 'x', csrf }), headers: { 'Content-Type': 'application/json' } },
      expect: api ? [400, 401, 403, 404, 405, 422] : [415],
    },
    {
      label: 'text/plain',
      init: { method: 'POST', body: `intent=x&csrf=${csrf}`, headers: { 'Content-Type': 'text/plain' } },
      expect: api ? [415] : [415],
    },
    { label: 'no content type', init: { method: 'POST', body: 'intent=x' }, expect: api ? [415] : [415] },
    { label: 'XML', init: { method: 'PUT', body: '<a/>', headers: { 'Content-Type': 'application/xml' } }, expect: [415] },
    {
      label: 'broken multipart',
      init: {
        method: 'POST',
        body: `--XYZ\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n--XYZ\r\nContent-Disposition: form-dat`,
        headers: { 'Content-Type': 'multipart/form-data; boundary=XYZ' },
      },
      expect: api ? [415] : [400],
    },
    {
      label: 'multipart without boundary',
      init: { method: 'POST', body: 'intent=x', headers: { 'Content-Type': 'multipart/form-data' } },
      expect: api ? [415] : [400],
    },
    {
      label: 'too large',
      init: { method: 'POST', body: form({ summary: 'x'.repeat(MAX_BODY_BYTES + 10) }), headers: formHeaders },
      expect: [413],
    },
    {
      label: 'no CSRF token',
      init: { method: 'POST', body: new URLSearchParams({ intent: 'x' }), headers: formHeaders },
      expect: api ? [415] : [403],
    },
    {
      label: 'wrong CSRF token',
      init: { method: 'POST', body: form({ csrf: 'x'.repeat(43) }), headers: formHeaders },
      expect: api ? [415] : [403],
    },
    { label: 'cross-site', init: { method: 'POST', body: form(), headers: formHeaders, origin: 'https://evil.example' }, expect: [403] },
    {
      label: 'cross-site ?_data',
      path: `${path}${path.includes('?') ? '&' : '?'}_data=${encodeURIComponent(routeId)}`,
      init: { method: 'POST', body: form(), headers: formHeaders, origin: 'https://evil.example' },
      expect: [403],
    },
    {
      label: 'cross-site .data',
      path: `${path === '/' ? '/_root' : path}.data`,
      init: { method: 'POST', body: form(), headers: formHeaders, origin: 'https://evil.example' },
      expect: [403],
    },
    { label: 'opaque origin', init: { method: 'POST', body: form(), headers: formHeaders, origin: 'null' }, expect: [403] },
    {
      label: 'Sec-Fetch-Site cross-site',
      init: { method: 'DELETE', body: form(), headers: { ...formHeaders, 'Sec-Fetch-Site': 'cross-site' }, origin: null },
      expect: [403],
    },
  ].map((r) => ({ ...r, expect: r.expect.length ? r.expect : refused }))
}

type Problem = string

/**
 * Sends one request and checks it. A form whose only fields are free text or
 * checkboxes (or that has none, like «Logg ut») accepts any text and «none
 * ticked»: when the app accepts such a body (status below 400) it is valid
 * input, and its change is recorded in `acceptedTables` instead of being a
 * problem. Every other change is a problem.
 */
async function send(
  client: AppClient,
  path: string,
  init: RequestInit & { origin?: string | null },
  label: string,
  problems: Problem[],
  accepted?: { lenient: boolean; tables: Set<string> },
) {
  const changesBefore = totalChanges()
  const before = databaseState()
  const response = await client.fetch(path, init)
  const text = await response.text()
  if (response.status >= 500) problems.push(`${init.method} ${path} (${label}) → ${response.status}: ${text.slice(0, 200)}`)
  if (totalChanges() !== changesBefore) {
    const changed = changedTables(before, databaseState())
    if (changed.length && response.status < 400 && accepted?.lenient) for (const t of changed) accepted.tables.add(t)
    else if (changed.length) problems.push(`${init.method} ${path} (${label}) → ${response.status} changed ${changed.join(', ')}`)
  }
  return response
}

describe('fuzz: every route, malformed bodies', () => {
  let world: FuzzWorld
  it('no answer is a 5xx and nothing in the database changes', async () => {
    world = await fuzzWorld()
    const modules = await routeModules()
    // Signing out last, so the other routes are fuzzed signed in.
    const routes = routeManifest()
      .filter((r) => r.id !== 'root')
      .sort((a, b) => Number(a.id.includes('logg-ut')) - Number(b.id.includes('logg-ut')))
    const problems: Problem[] = []
    // 0. Every form that posts, on every page, carries the token the guard checks (without it the form could never
    // be sent). Before the start state: showing a page may build derived data (search index, statistics).
    let pagesWithForms = 0
    for (const route of routes) {
      const path = world.pathFor(route)
      if (!path || path.startsWith('/api/')) continue
      const page = await world.clients[world.roleFor(route)].fetch(path)
      const forms = page.headers.get('Content-Type')?.includes('text/html') ? harvestForms(await page.text(), path) : []
      for (const f of forms) if (!f.hasCsrfToken) problems.push(`a POST form on ${path} (action ${f.action}) has no CSRF token`)
      if (forms.length) pagesWithForms++
    }
    const startState = databaseState()
    const covered = { routes: 0, actions: 0, forms: 0, requests: 0 }
    const guardRefusals: string[] = []
    const acceptedTables = new Set<string>()

    for (const route of routes) {
      if (process.env.FUZZ_ONLY && !route.id.includes(process.env.FUZZ_ONLY)) continue
      const path = world.pathFor(route)
      if (!path) {
        problems.push(`no demo data to fill the path of ${route.id}`)
        continue
      }
      covered.routes++
      const client = world.clients[world.roleFor(route)]
      const api = path.startsWith('/api/')
      const csrf = await client.csrfToken()
      // 1. What the guard must refuse, on every route, with or without an action.
      for (const r of malformedRequests(path, route.id, api, csrf)) {
        const response = await send(client, r.path ?? path, r.init, r.label, problems)
        covered.requests++
        if (!r.expect.includes(response.status))
          guardRefusals.push(`${r.init.method} ${r.path ?? path} (${r.label}) → ${response.status}, expected ${r.expect.join('/')}`)
      }
      if (typeof modules[route.id].action !== 'function') continue
      covered.actions++
      // 2. Malformed fields in the route's own forms (a form post, with the token, as the browser would send it).
      const page = await client.fetch(path)
      const forms = page.headers.get('Content-Type')?.includes('text/html') ? harvestForms(await page.text(), path) : []
      const own = forms.filter((f) => f.action.split('?')[0] === path && f.visible.length > 0)
      // A route without a fillable form of its own gets an «intent» the action does not know.
      if (own.length === 0 && !api)
        own.push({ action: path, hidden: [], visible: [{ name: 'intent', type: 'textarea', value: '' }], buttons: [], hasCsrfToken: true })
      for (const form of own) {
        const lenient = form.visible.every((f) => f.type === 'textarea' || f.type === 'checkbox')
        if (process.env.FUZZ_DEBUG && path.includes(process.env.FUZZ_DEBUG)) console.log(JSON.stringify(form))
        covered.forms++
        for (const { label, body } of fieldBodies(form)) {
          body.set('csrf', csrf)
          await send(
            client,
            form.action,
            { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
            label,
            problems,
            { lenient, tables: acceptedTables },
          )
          covered.requests++
        }
      }
      if (api) {
        for (const body of [
          '{oops',
          '[]',
          'null',
          '{"startDate":"2026-02-30","monthlyPay":"1e309","scheme":{"$ne":1}}',
          JSON.stringify({ q: INJECTION_VALUES[0] }),
        ]) {
          await send(
            client,
            path,
            { method: 'POST', body, headers: { 'Content-Type': 'application/json' } },
            `JSON ${body.slice(0, 20)}`,
            problems,
          )
          covered.requests++
        }
      }
    }

    if (problems.length || guardRefusals.length) console.log([...problems, ...guardRefusals].join('\n'))
    expect(problems).toEqual([])
    expect(guardRefusals).toEqual([])
    // And over the whole run: only what free-text/checkbox forms legitimately saved differs.
    expect(changedTables(startState, databaseState()).filter((t) => !acceptedTables.has(t))).toEqual([])
    // Every route of the app was reached with its ids filled in, and every action got field-level bodies.
    expect(covered.routes).toBe(routes.length)
    expect(covered.actions).toBe(routes.filter((r) => typeof modules[r.id].action === 'function').length)
    expect(covered.requests).toBeGreaterThan(1500)
    // The CSRF check above saw forms on many pages (at least the header's «Logg ut» on every signed-in page).
    expect(pagesWithForms).toBeGreaterThan(20)
  }, 1_800_000)
})

export type { RouteEntry }
