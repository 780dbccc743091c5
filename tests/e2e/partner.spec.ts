import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, expectAccessible, login, logout } from './helpers'

const STATE_EMPLOYER = 'statlig@demo.no'

/** Every page under /arbeidsgiver, /jobbspesialist and /admin that exists in app/routes, as a URL. */
function personAndEmployerPages(): Array<{ url: string; dynamic: boolean }> {
  return fs
    .readdirSync(path.resolve('app/routes'))
    .filter((f) => /^(arbeidsgiver|jobbspesialist|admin)[._]/.test(f) && /\.tsx?$/.test(f))
    .map((f) => {
      const base = f.replace(/\.tsx?$/, '').replace(/\[\.\]/g, '%DOT%')
      const segments = base
        .split('.')
        .filter((s) => s !== '_index')
        .map((s) => s.replace(/_$/, '').replace(/^\$.*/, '1').replace('%DOT%', '.'))
      return { url: `/${segments.join('/')}`, dynamic: base.includes('$') }
    })
}

/** Every /api/v1 endpoint except the partner's own statistics, the public calculator and the OpenAPI document. */
function personAndEmployerApis(): Array<{ url: string; dynamic: boolean }> {
  return fs
    .readdirSync(path.resolve('app/routes'))
    .filter((f) => /^api\.v1\./.test(f) && !/^api\.v1\.(stats|subsidy-calculations|openapi)/.test(f))
    .map((f) => {
      const base = f.replace(/\.tsx?$/, '')
      const segments = base.split('.').map((s) => s.replace(/_$/, '').replace(/^\$.*/, '1'))
      return { url: `/${segments.join('/')}`, dynamic: base.includes('$') }
    })
}

async function openDashboard(page: Page) {
  await page.goto('/partner')
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Se statistikk over bruken av Vi inkluderer' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Statistikk over Vi inkluderer' })).toBeVisible()
}

test('a partner opens the dashboard, sees small counts as «<5», and every chart has a table', async ({ page }) => {
  await login(page, DEMO.partner)
  await openDashboard(page)
  await expectAccessible(page)
  // The demo has only a few state employers: the total they reported for last year is hidden.
  const lastYear = String(new Date().getFullYear() - 1)
  const goal = page.getByRole('table', { name: 'Statlige arbeidsgivere: inkluderingsmålet på 5 %' })
  await expect(goal.getByRole('row', { name: new RegExp(`^${lastYear}`) }).getByRole('cell').first()).toHaveText('<5')
  // …and so is the share computed from it.
  await expect(goal.getByRole('row', { name: new RegExp(`^${lastYear}`) }).getByRole('cell').nth(2)).toHaveText(/<5|skjult/)
  // The caseload bands: a few jobbspesialister per band, so small counts are hidden, and never alone in their column.
  const caseload = page.getByRole('table', { name: 'Jobbspesialistenes porteføljer etter IPS-skår' })
  const firstColumn = await caseload.getByRole('row').evaluateAll((rows) =>
    rows.slice(1).map((row) => row.querySelector('td')?.textContent ?? ''),
  )
  expect(firstColumn).toContain('<5')
  expect(firstColumn.filter((t) => t === '<5' || t === 'skjult').length).not.toBe(1)
  // Each table comes with a chart image that has a text alternative.
  const charts = page.getByRole('img', { name: /^Stolpediagram:/ })
  const tables = page.getByRole('table')
  expect(await charts.count()).toBeGreaterThanOrEqual(8)
  expect(await charts.count()).toBe(await tables.count())
  // The pilot counties are marked in the county breakdown.
  await expect(page.getByRole('rowheader', { name: 'Oslo (pilotfylke)' })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: /Vestland \(pilotfylke\)/ })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: /Trøndelag.*\(pilotfylke\)/ })).toBeVisible()
})

test('the period chooser works by keyboard and keeps bad input with a message next to the field', async ({ page }) => {
  await login(page, DEMO.partner)
  await page.goto('/partner/statistikk')
  const from = page.getByLabel('Fra og med dato')
  await from.fill('2026-13-45')
  await from.press('Tab')
  await expect(page.getByLabel('Til og med dato')).toBeFocused()
  await page.getByLabel('Til og med dato').fill('2026-06-30')
  await page.getByLabel('Til og med dato').press('Enter')
  await expect(page).toHaveURL(/from=2026-13-45/)
  await expect(page.getByText('Fra-dato finnes ikke i kalenderen.')).toBeVisible()
  await expect(page.getByLabel('Fra og med dato')).toHaveValue('2026-13-45')
  await expect(page.getByLabel('Til og med dato')).toHaveValue('2026-06-30')
  await expectAccessible(page)

  await page.getByLabel('Fra og med dato').fill('2026-01-01')
  await page.getByLabel('Fordeling', { exact: true }).selectOption('sektor')
  await page.getByLabel('Arbeidsgivere').selectOption('NHO')
  await page.getByRole('button', { name: 'Vis statistikk' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/from=2026-01-01.*groupBy=sektor.*utvalg=NHO/)
  await expect(page.getByRole('heading', { level: 2, name: 'Fordeling etter sektor' })).toBeVisible()
  await expect(page.getByText(/Bare arbeidsgivere som er medlem av NHO/)).toBeVisible()
  await expect(page.getByRole('table', { name: 'Oversikt per måned' }).getByRole('rowheader', { name: 'januar 2026' })).toBeVisible()
  await expectAccessible(page)
})

test('every table downloads as CSV for Norwegian Excel with the same suppression', async ({ page }) => {
  await login(page, DEMO.partner)
  await page.goto('/partner/statistikk?from=2026-01-01&to=2026-11-22')
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Last ned «Jobbspesialistenes porteføljer etter IPS-skår» som CSV' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe('vi-inkluderer-portefolje-2026-01-01-2026-11-22.csv')
  const bytes = fs.readFileSync((await download.path())!)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8').slice(1)
  const lines = text.trimEnd().split('\r\n')
  expect(lines[0]).toBe('Deltakere per jobbspesialist;Jobbspesialister;Aktive deltakere')
  expect(lines).toHaveLength(7)
  expect(lines.at(-1)).toMatch(/^Totalt;/)
  // The CSV shows exactly what the page shows.
  const pageRows = await page
    .getByRole('table', { name: 'Jobbspesialistenes porteføljer etter IPS-skår' })
    .getByRole('row')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s/g, '')).join(';')))
  expect(lines.map((l) => l.replace(/\s/g, ''))).toEqual(pageRows)
  expect(text).toContain('<5')

  // Every table has a working CSV link.
  const links = page.getByRole('link', { name: /^Last ned «.*» som CSV$/ })
  const count = await links.count()
  expect(count).toBeGreaterThanOrEqual(8)
  for (let i = 0; i < count; i++) {
    const response = await page.request.get((await links.nth(i).getAttribute('href'))!)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('text/csv')
    expect(await response.text()).toContain(';')
  }
  // Bad parameters: a clear message, not a 500.
  const bad = await page.request.get('/partner/statistikk.csv?table=finnes-ikke')
  expect(bad.status()).toBe(400)
  expect(await bad.text()).toContain('Velg en tabell')
})

test('the stats API gives the same suppressed figures and field errors for bad parameters', async ({ page }) => {
  await login(page, DEMO.partner)
  const ok = await page.request.get('/api/v1/stats?from=2026-01-01&to=2026-11-22&groupBy=naering')
  expect(ok.status()).toBe(200)
  const body = await ok.json()
  expect(body.groupBy).toBe('naering')
  const caseload = body.tables.find((t: { id: string }) => t.id === 'portefolje')
  expect(caseload.cells[0][0]).toEqual({ value: null, suppressed: 'primary' })
  expect(JSON.stringify(body)).not.toMatch(/"suppressed":"(primary|secondary)","value":\d|"value":\d+,"suppressed"/)

  const bad = await page.request.get('/api/v1/stats?from=2026-02-30&to=2025-01-01&groupBy=kommune')
  expect(bad.status()).toBe(400)
  const errors = (await bad.json()).errors as Array<{ field: string; message: string }>
  expect(errors.map((e) => e.field).sort()).toEqual(['from', 'groupBy'])
  const notMine = await page.request.get('/api/v1/stats?utvalg=VIRKE')
  expect(notMine.status()).toBe(400)
  expect((await notMine.json()).errors[0].field).toBe('utvalg')

  const doc = await (await page.request.get('/api/v1/openapi.json')).json()
  expect(doc.paths['/stats'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['from', 'to', 'groupBy', 'utvalg'])

  await logout(page)
  const anonymous = await page.request.get('/api/v1/stats')
  expect(anonymous.status()).toBe(401)
  await login(page, DEMO.arbeidsgiver)
  expect((await page.request.get('/api/v1/stats')).status()).toBe(403)
  expect((await page.request.get('/partner/statistikk.csv?table=oversikt')).status()).toBe(403)
})

test('a partner is refused every page that shows a person or a single employer', async ({ page }) => {
  await login(page, DEMO.partner)
  const pages = personAndEmployerPages()
  expect(pages.map((p) => p.url)).toEqual(expect.arrayContaining(['/arbeidsgiver', '/jobbspesialist', '/admin', '/arbeidsgiver/statlige-ansettelser']))
  for (const { url, dynamic } of pages) {
    const response = await page.goto(url)
    const status = response?.status()
    if (dynamic) expect([403, 404], url).toContain(status)
    else expect(status, url).toBe(403)
    await expect(page.getByRole('heading', { level: 1 }), url).toHaveText(dynamic && status === 404 ? 'Fant ikke siden' : 'Ingen tilgang')
  }
  await page.goto('/arbeidsgiver/kandidater')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Ingen tilgang|Fant ikke siden/)
  await expectAccessible(page)

  // The JSON API: every endpoint about people, profiles, vacancies or agreements refuses a partner.
  const api = personAndEmployerApis()
  expect(api.length).toBeGreaterThan(0)
  for (const { url, dynamic } of api) {
    const response = await page.request.get(url)
    if (dynamic) expect([403, 404], url).toContain(response.status())
    else expect(response.status(), url).toBe(403)
  }
})

test('a state employer reports total new hires; other employers cannot', async ({ page }) => {
  await login(page, STATE_EMPLOYER)
  await page.goto('/arbeidsgiver')
  await page.getByRole('link', { name: 'Rapporter hvor mange dere ansatte i året' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nyansettelser i staten' })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Totalt antall nyansettelser i året').fill('tjue')
  await page.getByRole('button', { name: 'Lagre' }).click()
  await expect(page.getByText('Skriv antallet som et helt tall, for eksempel 120.')).toBeVisible()
  await expect(page.getByLabel('Totalt antall nyansettelser i året')).toHaveValue('tjue')
  await expectAccessible(page)
  await page.getByLabel('Totalt antall nyansettelser i året').fill('240')
  await page.getByLabel('Totalt antall nyansettelser i året').press('Enter')
  await expect(page.getByRole('status')).toContainText('240 nyansettelser')
  await expect(page.getByRole('table', { name: 'Rapporterte nyansettelser per år' }).getByRole('cell', { name: '240' })).toBeVisible()
  await expectAccessible(page)
  await logout(page)

  await login(page, DEMO.arbeidsgiver)
  const refused = await page.goto('/arbeidsgiver/statlige-ansettelser')
  expect(refused?.status()).toBe(403)
  await expect(page.getByRole('link', { name: 'Rapporter hvor mange dere ansatte i året' })).toHaveCount(0)
})

test('an admin sees the dashboard and may narrow to any employers-side partner', async ({ page }) => {
  await login(page, DEMO.admin)
  await page.getByRole('link', { name: 'Statistikk' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Statistikk over Vi inkluderer' })).toBeVisible()
  await expect(page.getByLabel('Arbeidsgivere').locator('option')).toHaveText([
    'Alle arbeidsgivere',
    'Bare medlemsvirksomheter i NHO',
    'Bare medlemsvirksomheter i Virke',
    'Bare medlemsvirksomheter i KS',
    'Bare medlemsvirksomheter i Spekter',
  ])
  await page.getByLabel('Fordeling', { exact: true }).selectOption('malgruppe')
  await page.getByRole('button', { name: 'Vis statistikk' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Fordeling etter prioritert målgruppe' })).toBeVisible()
  await expectAccessible(page)
})
