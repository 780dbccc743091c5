import { expect, test } from '@playwright/test'
import { DEMO, expectAccessible, login, logout } from './helpers'

/**
 * Issue 17, the finished pages on the demo data: overdue follow-ups stand out,
 * the caseload tells namesakes apart, the fødselsnummer is masked until asked
 * for (and the reveal is logged), the profile editor keeps an edit as a draft
 * and previews what is typed, the admin home reaches every admin page, and no
 * page loads anything (fonts) from another host.
 */

test('overdue follow-ups are marked «Forfalt» in the list and on the agreement', async ({ page }) => {
  await login(page, DEMO.jobbspesialist)
  await page.goto('/jobbspesialist/avtaler')
  const overdueRow = page
    .getByRole('row')
    .filter({ has: page.getByTestId('follow-up-overdue') })
    .first()
  await expect(overdueRow.getByTestId('follow-up-overdue')).toHaveText('Forfalt')
  await expectAccessible(page)
  await overdueRow.getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1, name: /^Oppfølgingsavtale nr\. \d+/ })).toBeVisible()
  await expect(page.getByTestId('planned').getByTestId('follow-up-overdue')).toHaveText('Forfalt')
  await expectAccessible(page)
  await logout(page)
})

test('the caseload search tells namesakes apart, and the fødselsnummer is shown only on request and logged', async ({ page }) => {
  test.slow() // two roles, the audit log search and five axe scans
  await login(page, DEMO.jobbspesialist)
  await page.goto('/jobbspesialist/portefolje')
  await page.getByLabel('Søk på navn').fill('ali tesfaye')
  await page.getByRole('button', { name: 'Søk' }).click()
  await expect(page).toHaveURL(/q=ali\+tesfaye/)
  const rows = page.getByRole('table', { name: 'Personer i porteføljen' }).locator('tbody tr')
  await expect(rows).toHaveCount(2)
  const birthYears = await rows.locator('td[data-label="Født"]').allTextContents()
  expect(new Set(birthYears).size, 'the birth year tells the two apart').toBe(2)
  await expectAccessible(page)

  await rows.first().getByRole('link', { name: 'Ali Tesfaye' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ali Tesfaye' })).toBeVisible()
  const fnr = page.getByTestId('fnr')
  await expect(fnr).not.toContainText(/\d{11}/)
  await expect(fnr).toContainText(/\*/)
  await expectAccessible(page)
  await fnr.getByRole('button', { name: 'Vis fødselsnummer' }).click()
  await expect(fnr).toContainText(/\d{11}/)
  await expect(fnr).toContainText('visningen er logget')
  await expectAccessible(page)
  await logout(page)

  await login(page, DEMO.admin)
  await page.goto('/admin/revisjonslogg')
  await page.getByLabel('Utført av (e-post)').fill(DEMO.jobbspesialist)
  await page.getByRole('button', { name: 'Søk' }).click()
  await expect(page.getByRole('cell', { name: 'Hele fødselsnummeret ble vist' }).first()).toBeVisible()
  await expectAccessible(page)
  await logout(page)
})

test('the profile editor previews what is typed and keeps «Lagre og publiser» without consent as a draft', async ({ page }) => {
  test.slow()
  await login(page, DEMO.jobbspesialist)
  await page.goto('/jobbspesialist/portefolje?q=ali+tesfaye')
  // The Ali Tesfaye with a draft profile and no consent to publish it.
  const draftRow = page.locator('tbody tr').filter({ hasText: 'Utkast' })
  await draftRow.getByRole('link', { name: 'Ali Tesfaye' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ali Tesfaye' })).toBeVisible()
  await page.goto(`${new URL(page.url()).pathname}/profil`)
  await expect(page.getByRole('heading', { level: 1, name: /Anonymisert profil for Ali Tesfaye/ })).toBeVisible()
  await expect(page.getByText('Profilen kan ikke publiseres før personen har samtykket.')).toBeVisible()

  const headline = 'Ryddig lagermedarbeider med truckførerbevis'
  const preview = page.getByRole('region', { name: 'Slik ser arbeidsgivere profilen' })
  await page.getByLabel('Overskrift').fill(headline)
  // The preview follows the form before anything is saved.
  await expect(preview.getByRole('heading', { name: headline })).toBeVisible()
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Lagre og publiser' }).click()
  await expect(page.getByText(/Profilen er lagret som utkast, men ikke publisert/)).toBeVisible()
  await expect(page.getByLabel('Overskrift')).toHaveValue(headline)
  await expect(page.getByText(/^Status: Utkast/)).toBeVisible()
  await expectAccessible(page)
  await logout(page)
})

test('the admin home links every admin page, and caseloads show every NAV office at once', async ({ page }) => {
  await login(page, DEMO.admin)
  await page.goto('/admin')
  const main = page.getByRole('main')
  for (const name of ['Brukere', 'Organisasjoner', 'Satser', 'Innsyn', 'Porteføljer', 'E-post', 'Revisjonslogg', 'Statistikk']) {
    await expect(main.getByRole('link', { name, exact: true })).toBeVisible()
  }
  await expectAccessible(page)
  await main.getByRole('link', { name: 'Porteføljer', exact: true }).click()
  await expect(page.getByLabel('NAV-kontor').locator('option:checked')).toHaveText('Alle NAV-kontor')
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()
  await expectAccessible(page)
  await logout(page)
})

test('pages load nothing from other hosts (fonts included) and have a favicon', async ({ page, baseURL }) => {
  const foreign: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin) foreign.push(request.url())
  })
  await page.goto('/')
  await page.goto('/tilskuddskalkulator')
  await login(page, DEMO.arbeidsgiver)
  await page.goto('/arbeidsgiver/kandidater')
  expect(foreign).toEqual([])
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg')
  const icon = await page.request.get('/favicon.svg')
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toContain('image/svg+xml')
  const legacy = await page.request.get('/favicon.ico', { maxRedirects: 0 })
  expect(legacy.status()).toBe(301)
  await logout(page)
})
