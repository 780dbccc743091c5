import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { appToday, DEMO, expectAccessible, login, logout, nbDate } from './helpers'

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

/** Every /api/v1 endpoint except the partner's own statistics, the public calculator and scheme comparison (open without login) and the OpenAPI document. */
function personAndEmployerApis(): Array<{ url: string; dynamic: boolean }> {
  return fs
    .readdirSync(path.resolve('app/routes'))
    .filter((f) => /^api\.v1\./.test(f) && !/^api\.v1\.(stats|subsidy-calculations|subsidy-comparisons|openapi)/.test(f))
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

/** The text of a table cell without its footnote number: «skjult²» → «skjult». */
const cellTexts = (table: ReturnType<Page['getByRole']>) =>
  table.getByRole('row').evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('th, td')].map((c) => {
        const copy = c.cloneNode(true) as HTMLElement
        copy.querySelectorAll('sup').forEach((s) => s.remove())
        return (copy.textContent ?? '').replace(/\s/g, '')
      }),
    ),
  )

test('a partner sees real vacancy counts, «<5» only for 1–4 and «skjult» with a footnote naming the rule', async ({ page }) => {
  // Two periods of the whole dashboard (a dozen tables and charts), each checked by axe.
  test.slow()
  await login(page, DEMO.partner)
  await openDashboard(page)
  await expectAccessible(page)
  await expect(page.getByText(/^Sist oppdatert: \d{2}\.\d{2}\.\d{4}/)).toBeVisible()
  // Published vacancies are public: every county shows its real count, and the counties add up to the total.
  const fylke = page.getByRole('table', { name: 'Fordeling etter fylke' })
  const rows = await cellTexts(fylke)
  const vacancies = rows.slice(1).map((r) => r[1])
  for (const v of vacancies) expect(v).toMatch(/^\d+$/)
  const counties = vacancies.slice(0, -1).map(Number)
  expect(counties.reduce((a, b) => a + b, 0)).toBe(Number(vacancies.at(-1)))
  expect(counties.filter((n) => n >= 5).length).toBeGreaterThan(1)
  await expect(page.getByRole('rowheader', { name: 'Oslo (pilotfylke)' })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: /Vestland \(pilotfylke\)/ })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: /Trøndelag.*\(pilotfylke\)/ })).toBeVisible()
  // The new tables partners asked for.
  for (const name of [
    'Fra profil til jobb',
    'Sammenlignet med samme periode i fjor',
    'Pilotfylkene mot resten av landet',
    'Hvor lang tid hvert trinn tar',
  ])
    await expect(page.getByRole('table', { name })).toBeVisible()
  // Every chart names its measure and unit and has a legend; every table but the comparison has a chart.
  const charts = page.getByRole('img', { name: /^Stolpediagram:.*\(.+\)/ })
  expect(await charts.count()).toBeGreaterThanOrEqual(11)
  expect(await charts.count()).toBe((await page.getByRole('table').count()) - 1)
  expect(await page.getByText(/^Forklaring: stolpene viser/).count()).toBe(await charts.count())
  await expect(page.getByRole('img', { name: /Oversikt per måned\. Viser stillinger publisert \(antall stillinger\)/ })).toBeVisible()

  // Last year: the state employers' reported total stands on two employers — «skjult», with the rule in a footnote.
  await page.getByRole('link', { name: 'Forrige år' }).click()
  await expect(page).toHaveURL(/preset=forrige-ar/)
  const goal = page.getByRole('table', { name: 'Statlige arbeidsgivere: inkluderingsmålet på 5 %' })
  const goalCell = goal.getByRole('row').nth(1).getByRole('cell').first()
  await expect(goalCell).toHaveText(/^skjult\d$/)
  const note = Number((await goalCell.locator('sup').textContent()) ?? '0')
  const goalSection = page.getByRole('region', { name: 'Statlige arbeidsgivere: inkluderingsmålet på 5 %' })
  await expect(goalSection.getByRole('listitem').nth(note - 1)).toHaveText(/færre enn 3 arbeidsgivere/)
  // Anything shown as «<5» is explained as 1–4.
  await expectAccessible(page)
})

test('the partner picks the measure of the monthly chart and types periods as dd.mm.åååå, by keyboard', async ({ page }) => {
  test.slow()
  await login(page, DEMO.partner)
  // This year by the server's clock: the demo data is made relative to it.
  const year = (await appToday(page)).slice(0, 4)
  await page.goto('/partner/statistikk')
  const from = page.getByLabel('Fra og med dato')
  await expect(from).toHaveValue(/^\d{2}\.\d{2}\.\d{4}$/)
  await from.fill(`${year}-13-45`)
  await from.press('Tab')
  await expect(page.getByLabel('Til og med dato')).toBeFocused()
  await page.getByLabel('Til og med dato').fill(`30.06.${year}`)
  await page.getByLabel('Til og med dato').press('Enter')
  await expect(page).toHaveURL(new RegExp(`from=${year}-13-45`))
  await expect(page.getByText('Fra-dato finnes ikke i kalenderen.')).toBeVisible()
  await expect(page.getByLabel('Fra og med dato')).toHaveValue(`${year}-13-45`)
  await expect(page.getByLabel('Til og med dato')).toHaveValue(`30.06.${year}`)
  await expectAccessible(page)

  await page.getByLabel('Fra og med dato').fill(`01.01.${year}`)
  await page.getByLabel('Fordeling', { exact: true }).selectOption('sektor')
  await page.getByLabel('Diagrammet per måned viser').selectOption('hires')
  await page.getByLabel('Arbeidsgivere').selectOption('NHO')
  await page.getByRole('button', { name: 'Vis statistikk' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`from=01\\.01\\.${year}.*groupBy=sektor.*(measure=hires.*utvalg=NHO|utvalg=NHO.*measure=hires)`))
  await expect(page.getByLabel('Fra og med dato')).toHaveValue(`01.01.${year}`)
  await expect(page.getByRole('heading', { level: 2, name: 'Fordeling etter sektor' })).toBeVisible()
  await expect(page.getByText(/Bare arbeidsgivere som er medlem av NHO/)).toBeVisible()
  await expect(page.getByRole('table', { name: 'Oversikt per måned' }).getByRole('rowheader', { name: `januar ${year}` })).toBeVisible()
  await expect(page.getByRole('img', { name: /Oversikt per måned\. Viser ansettelser \(antall ansettelser\) per måned/ })).toBeVisible()
  await expectAccessible(page)
})

test('every table downloads as CSV with a value or a reason code, the same as the page', async ({ page }) => {
  await login(page, DEMO.partner)
  const today = await appToday(page)
  const year = today.slice(0, 4)
  await page.goto(`/partner/statistikk?from=01.01.${year}&to=${nbDate(today)}`)
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Last ned «Jobbspesialistenes porteføljer etter IPS-skår» som CSV' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe(`vi-inkluderer-portefolje-${year}-01-01-${today}.csv`)
  const bytes = fs.readFileSync((await download.path())!)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8').slice(1)
  const [tablePart, notesPart] = text.split('\r\n\r\n')
  const lines = tablePart.split('\r\n')
  expect(lines[0]).toBe('Deltakere per jobbspesialist;Jobbspesialister;Aktive deltakere')
  expect(lines).toHaveLength(7)
  expect(lines.at(-1)).toMatch(/^Totalt;/)
  // Never a number-like «<5» or a label: a number or a reason code.
  const csvCells = lines.slice(1).flatMap((l) => l.split(';').slice(1))
  for (const c of csvCells) expect(c).toMatch(/^(\d+|under_5|few_people|few_organisations|dominance|other_periods|complement|secondary)$/)
  expect(csvCells).toContain('under_5')
  expect(notesPart).toMatch(/^Kode for skjult tall;Forklaring\r\n/)
  // The CSV shows exactly what the page shows.
  const pageRows = await cellTexts(page.getByRole('table', { name: 'Jobbspesialistenes porteføljer etter IPS-skår' }))
  lines.slice(1).forEach((line, r) => {
    line
      .split(';')
      .slice(1)
      .forEach((c, i) => {
        const shown = pageRows[r + 1][i + 1]
        if (/^\d+$/.test(c)) expect(shown).toBe(c)
        else expect(shown).toBe(c === 'under_5' ? '<5' : 'skjult')
      })
  })

  // Every table has a working CSV link.
  const links = page.getByRole('link', { name: /^Last ned «.*» som CSV$/ })
  const count = await links.count()
  expect(count).toBeGreaterThanOrEqual(12)
  for (let i = 0; i < count; i++) {
    const response = await page.request.get((await links.nth(i).getAttribute('href'))!)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('text/csv')
    expect((await response.text()).split('\r\n\r\n')[0]).not.toMatch(/<5|skjult/)
  }
  // Bad parameters: a clear message, not a 500.
  const bad = await page.request.get('/partner/statistikk.csv?table=finnes-ikke')
  expect(bad.status()).toBe(400)
  expect(await bad.text()).toContain('Velg en tabell')
})

test('the stats API gives a value or a suppressed reason code, and field errors for bad parameters', async ({ page }) => {
  await login(page, DEMO.partner)
  const today = await appToday(page)
  const year = Number(today.slice(0, 4))
  const ok = await page.request.get(`/api/v1/stats?from=01.01.${year}&to=${today}&groupBy=naering&measure=agreements`)
  expect(ok.status()).toBe(200)
  const body = await ok.json()
  expect(body.groupBy).toBe('naering')
  expect(body.from).toBe(`${year}-01-01`)
  expect(body.measure).toBe('agreements')
  expect(body.builtAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  const caseload = body.tables.find((t: { id: string }) => t.id === 'portefolje')
  expect(caseload.cells.flat().map((f: { suppressed?: string }) => f.suppressed)).toContain('under_5')
  expect(caseload.notes.map((n: { reason: string }) => n.reason)).toContain('under_5')
  expect(JSON.stringify(body)).not.toMatch(/"suppressed":"[a-z_0-9]+","value":\d|"value":\d+,"suppressed"|"<5"/)
  expect(body.tables.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining(['trakt', 'sammenligning', 'pilotfylker', 'tid']))

  const bad = await page.request.get(`/api/v1/stats?from=30.02.${year}&to=${year - 1}-01-01&groupBy=kommune`)
  expect(bad.status()).toBe(400)
  const errors = (await bad.json()).errors as Array<{ field: string; message: string }>
  expect(errors.map((e) => e.field).sort()).toEqual(['from', 'groupBy'])
  const notMine = await page.request.get('/api/v1/stats?utvalg=VIRKE')
  expect(notMine.status()).toBe(400)
  expect((await notMine.json()).errors[0].field).toBe('utvalg')

  const doc = await (await page.request.get('/api/v1/openapi.json')).json()
  expect(doc.paths['/stats'].get.parameters.map((p: { name: string }) => p.name)).toEqual([
    'from',
    'to',
    'preset',
    'groupBy',
    'utvalg',
    'measure',
  ])

  await logout(page)
  const anonymous = await page.request.get('/api/v1/stats')
  expect(anonymous.status()).toBe(401)
  await login(page, DEMO.arbeidsgiver)
  expect((await page.request.get('/api/v1/stats')).status()).toBe(403)
  expect((await page.request.get('/partner/statistikk.csv?table=oversikt')).status()).toBe(403)
})

test('anyone can read the public overview at /statistikk, from the footer, on a phone', async ({ page }) => {
  test.slow()
  await page.setViewportSize({ width: 390, height: 844 })
  const year = (await appToday(page)).slice(0, 4)
  await page.goto('/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Statistikk' }).click()
  await expect(page).toHaveURL(/\/statistikk$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Statistikk for inkluderingsdugnaden' })).toBeVisible()
  await expect(page.getByText(/^Sist oppdatert: /)).toBeVisible()
  for (const name of ['Fra profil til jobb', 'Pilotfylkene mot resten av landet', 'Hvor lang tid hvert trinn tar', 'Fordeling etter fylke'])
    await expect(page.getByRole('table', { name })).toBeVisible()
  // No CSV links or narrowing for the public; nothing wider than the phone.
  await expect(page.getByRole('link', { name: /som CSV$/ })).toHaveCount(0)
  await expect(page.getByLabel('Arbeidsgivere')).toHaveCount(0)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Hittil i år' }).click()
  await expect(page).toHaveURL(/preset=hittil-i-ar/)
  await expect(page.getByLabel('Fra og med dato')).toHaveValue(/^01\.01\.\d{4}$/)
  await page.getByLabel('Fra og med dato').fill(`31.02.${year}`)
  await page.getByRole('button', { name: 'Vis statistikk' }).click()
  await expect(page.getByText('Fra-dato finnes ikke i kalenderen.')).toBeVisible()
  await expect(page.getByLabel('Fra og med dato')).toHaveValue(`31.02.${year}`)
  await expectAccessible(page)
})

test('a partner is refused every page that shows a person or a single employer', async ({ page }) => {
  // Visits every person and employer page and API endpoint in turn.
  test.slow()
  await login(page, DEMO.partner)
  const pages = personAndEmployerPages()
  expect(pages.map((p) => p.url)).toEqual(
    expect.arrayContaining(['/arbeidsgiver', '/jobbspesialist', '/admin', '/arbeidsgiver/statlige-ansettelser']),
  )
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
  test.slow()
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
  test.slow()
  await login(page, DEMO.admin)
  // The admin's menu leads to the admin home, which lists every admin page (the footer links the public overview).
  await page.getByRole('banner').getByRole('link', { name: 'Administrasjon' }).click()
  await page.getByRole('main').getByRole('link', { name: 'Statistikk' }).click()
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
