import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, expectAccessible, login, logout } from './helpers'

/**
 * Every page of every role on a phone (issue 17): no sideways scrolling, axe
 * clean, and a screenshot at 390 px and at 1280 px in tests/.tmp/screens/ for
 * a reviewer. Runs in the «phone» project (390 × 844). It visits pages; the
 * journeys themselves are covered by the other specs at desktop width.
 */

const SCREENS = path.join('tests', '.tmp', 'screens')
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 900 }

/** A page to visit: a path, or the first link on `from` whose path matches `link`. */
type Visit = { name: string; path: string } | { name: string; from: string; link: RegExp }

async function resolve(page: Page, visit: Visit): Promise<string> {
  if ('path' in visit) return visit.path
  await page.goto(visit.from)
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  const found = hrefs.find((href) => visit.link.test(href))
  expect(found, `a link matching ${visit.link} on ${visit.from}`).toBeTruthy()
  return found!
}

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
}

async function checkPages(page: Page, role: string, visits: Visit[]) {
  // Many pages in one test: allow time per page, not per test.
  test.setTimeout(test.info().timeout + visits.length * 30_000)
  for (const visit of visits) {
    const target = await resolve(page, visit)
    await page.setViewportSize(PHONE)
    const response = await page.goto(target)
    expect.soft(response?.status(), `${target} answers`).toBeLessThan(400)
    await checkThisPage(page, `${role}-${visit.name}`)
  }
}

/** The page as it is now (also a state reached by submitting a form): fits 390 px and 1280 px, axe clean, screenshots. */
async function checkThisPage(page: Page, file: string) {
  fs.mkdirSync(SCREENS, { recursive: true })
  const target = new URL(page.url()).pathname
  await page.setViewportSize(PHONE)
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  const { scrollWidth, innerWidth } = await horizontalOverflow(page)
  expect.soft(scrollWidth, `no sideways scrolling at 390 px on ${target}`).toBeLessThanOrEqual(innerWidth)
  await expectAccessible(page)
  await page.screenshot({ path: path.join(SCREENS, `${file}-390.png`), fullPage: true })
  await page.setViewportSize(DESKTOP)
  const wide = await horizontalOverflow(page)
  expect.soft(wide.scrollWidth, `no sideways scrolling at 1280 px on ${target}`).toBeLessThanOrEqual(wide.innerWidth)
  await page.screenshot({ path: path.join(SCREENS, `${file}-1280.png`), fullPage: true })
  await page.setViewportSize(PHONE)
}

test('visitor pages fit a phone', async ({ page }) => {
  await checkPages(page, 'besokende', [
    { name: 'forside', path: '/' },
    { name: 'logg-inn', path: '/logg-inn' },
    { name: 'registrer', path: '/registrer' },
    { name: 'glemt-passord', path: '/glemt-passord' },
    { name: 'tilskuddskalkulator', path: '/tilskuddskalkulator' },
    { name: 'statistikk', path: '/statistikk' },
    { name: 'hvilke-ordninger-passer', path: '/hvilke-ordninger-passer' },
  ])
})

test('calculator and comparison results fit a phone', async ({ page }) => {
  test.slow() // two long pages, each with axe and two full-page screenshots
  // The month table (with its «Merknad» column) and the comparison table are the widest tables in the app.
  const inputs = new URLSearchParams({
    beregn: '1',
    scheme: 'MIDLERTIDIG_LONNSTILSKUDD',
    innsatsgruppe: 'TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE',
    startDate: '15.01.2026',
    endDate: '31.12.2027',
    payMode: 'monthly',
    monthlyPay: '41667',
    holidayPayRate: '10.2',
    pensionRate: '2',
    kommunenummer: '0301',
  })
  await page.goto(`/tilskuddskalkulator?${inputs}`)
  const months = page.getByRole('table', { name: 'Måned for måned' })
  await expect(months).toContainText('Del av måned')
  await checkThisPage(page, 'besokende-tilskuddskalkulator-resultat')

  await page.goto('/hvilke-ordninger-passer')
  await page.getByLabel('Innsatsgruppe').selectOption('TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE')
  await page.getByLabel('Startdato').fill('01.09.2026')
  await page.getByRole('radio', { name: 'Midlertidig stilling' }).check()
  await page.getByLabel('Månedslønn (kr)').fill('30000')
  await page.getByLabel('Kommune der virksomheten ligger').selectOption('0301')
  await page.getByRole('button', { name: 'Sammenlign ordningene' }).click()
  await expect(page.getByRole('heading', { name: 'Ordningene side om side' })).toBeVisible()
  await checkThisPage(page, 'besokende-hvilke-ordninger-passer-resultat')
})

test('the header is compact on a phone and «Logg ut» never wraps', async ({ page }) => {
  await login(page, DEMO.jobbspesialist)
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size)
    await page.goto('/jobbspesialist')
    const button = page.getByRole('button', { name: 'Logg ut' })
    await expect(button).toBeVisible()
    const lineHeight = await button.evaluate((el) => {
      const label = el.querySelector('span') ?? el
      const range = document.createRange()
      range.selectNodeContents(label)
      return range.getClientRects().length
    })
    expect(lineHeight, `«Logg ut» on one line at ${size.width} px`).toBe(1)
  }
  await page.setViewportSize(PHONE)
  const header = await page.locator('header').boundingBox()
  expect(header!.height, 'the header leaves room for the page on a phone').toBeLessThanOrEqual(120)
  await logout(page)
})

test('employer pages fit a phone', async ({ page }) => {
  await login(page, DEMO.arbeidsgiver)
  await checkPages(page, 'arbeidsgiver', [
    { name: 'oversikt', path: '/arbeidsgiver' },
    { name: 'stillinger', path: '/arbeidsgiver/stillinger' },
    { name: 'ny-stilling', path: '/arbeidsgiver/stillinger/ny' },
    { name: 'stilling', from: '/arbeidsgiver/stillinger', link: /^\/arbeidsgiver\/stillinger\/\d+$/ },
    { name: 'kandidater', path: '/arbeidsgiver/kandidater' },
    { name: 'profil', from: '/arbeidsgiver/kandidater', link: /^\/arbeidsgiver\/kandidater\/[^/]+$/ },
    { name: 'kontakter', path: '/arbeidsgiver/kontakter' },
    { name: 'kontakt', from: '/arbeidsgiver/kontakter', link: /^\/arbeidsgiver\/kontakter\/\d+$/ },
    { name: 'avtaler', path: '/arbeidsgiver/avtaler' },
    { name: 'avtale', from: '/arbeidsgiver/avtaler', link: /^\/arbeidsgiver\/avtaler\/\d+$/ },
    { name: 'tilskuddskalkulator', path: '/tilskuddskalkulator' },
  ])
  // The matches of one vacancy and the contact form of one profile.
  const vacancy = await resolve(page, { name: '', from: '/arbeidsgiver/stillinger', link: /^\/arbeidsgiver\/stillinger\/\d+$/ })
  const profile = await resolve(page, { name: '', from: '/arbeidsgiver/kandidater', link: /^\/arbeidsgiver\/kandidater\/[^/]+$/ })
  await checkPages(page, 'arbeidsgiver', [
    { name: 'stilling-treff', path: `${vacancy}/kandidater` },
    { name: 'rediger-stilling', path: `${vacancy}/rediger` },
    { name: 'be-om-kontakt', path: `${profile}/kontakt` },
  ])
  await logout(page)
})

test('state employer pages fit a phone', async ({ page }) => {
  await login(page, 'statlig@demo.no')
  await checkPages(page, 'statlig', [{ name: 'statlige-ansettelser', path: '/arbeidsgiver/statlige-ansettelser' }])
  await logout(page)
})

test('jobbspesialist pages fit a phone', async ({ page }) => {
  await login(page, DEMO.jobbspesialist)
  const person = await resolve(page, { name: '', from: '/jobbspesialist/portefolje', link: /^\/jobbspesialist\/portefolje\/\d+$/ })
  await checkPages(page, 'jobbspesialist', [
    { name: 'oversikt', path: '/jobbspesialist' },
    { name: 'portefolje', path: '/jobbspesialist/portefolje' },
    { name: 'ny-person', path: '/jobbspesialist/portefolje/ny' },
    { name: 'person', path: person },
    { name: 'profil', path: `${person}/profil` },
    { name: 'person-stillinger', path: `${person}/stillinger` },
    { name: 'innsyn', path: `${person}/innsyn` },
    { name: 'min-side', path: `${person}/min-side` },
    { name: 'kandidater', path: '/arbeidsgiver/kandidater' },
    { name: 'stillinger', path: '/jobbspesialist/stillinger' },
    { name: 'stilling', from: '/jobbspesialist/stillinger', link: /^\/jobbspesialist\/stillinger\/\d+$/ },
    { name: 'foresporsler', path: '/jobbspesialist/foresporsler' },
    { name: 'foresporsel', from: '/jobbspesialist/foresporsler', link: /^\/jobbspesialist\/foresporsler\/\d+$/ },
    { name: 'avtaler', path: '/jobbspesialist/avtaler' },
    { name: 'ny-avtale', path: '/jobbspesialist/avtaler/ny' },
    { name: 'avtale', from: '/jobbspesialist/avtaler', link: /^\/jobbspesialist\/avtaler\/\d+$/ },
    { name: 'porteføljetall', path: '/jobbspesialist/oversikt' },
  ])
  await logout(page)
})

test('partner pages fit a phone', async ({ page }) => {
  await login(page, DEMO.partner)
  await checkPages(page, 'partner', [
    { name: 'oversikt', path: '/partner' },
    { name: 'statistikk', path: '/partner/statistikk' },
  ])
  await logout(page)
})

test('admin pages fit a phone', async ({ page }) => {
  await login(page, DEMO.admin)
  await checkPages(page, 'admin', [
    { name: 'oversikt', path: '/admin' },
    { name: 'brukere', path: '/admin/brukere' },
    { name: 'inviter', path: '/admin/brukere/inviter' },
    { name: 'organisasjoner', path: '/admin/organisasjoner' },
    { name: 'organisasjon', from: '/admin/organisasjoner', link: /^\/admin\/organisasjoner\/\d+$/ },
    { name: 'satser', path: '/admin/satser' },
    { name: 'personer', path: '/admin/personer' },
    { name: 'portefoljer', path: '/admin/portefoljer' },
    { name: 'e-post', path: '/admin/e-post' },
    { name: 'revisjonslogg', path: '/admin/revisjonslogg' },
    { name: 'e-post', path: '/admin/e-post' },
  ])
  await logout(page)
})
