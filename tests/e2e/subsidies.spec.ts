import { expect, test } from '@playwright/test'
import { DEMO, expectAccessible, login, logout } from './helpers'

const total = (kroner: string) => new RegExp(`${kroner.replace(' ', '\\s')}\\s*kr`)

test('the calculator reproduces worked example 2, and a shared URL gives the same result without JavaScript', async ({ page, browser }) => {
  await page.goto('/tilskuddskalkulator')
  await expect(page.getByRole('heading', { level: 1, name: 'Tilskuddskalkulator' })).toBeVisible()
  await expectAccessible(page)

  await page.getByRole('radio', { name: 'Midlertidig lønnstilskudd' }).check()
  await page.getByLabel('Innsatsgruppe').selectOption('TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE')
  await page.getByLabel('Startdato').fill('01.01.2026')
  await page.getByLabel('Sluttdato').fill('31.12.2027')
  await page.getByLabel('Månedslønn (kr)', { exact: true }).fill('41667')
  await expect(page.getByLabel('Feriepenger', { exact: true })).toHaveValue('10.2')
  await expect(page.getByLabel('Obligatorisk tjenestepensjon, OTP (%)')).toHaveValue('2')
  await page.getByLabel('Kommune der virksomheten ligger').selectOption('0301')
  await page.getByRole('button', { name: 'Beregn' }).click()

  const result = page.getByRole('region', { name: /Resultat/ })
  await expect(page.getByTestId('subsidy-total')).toContainText(total('705 396'))
  await expect(result.getByRole('row', { name: /Sum lønnskostnad per måned/ })).toContainText(/53\s439,00\s*kr/)
  await expect(result.getByRole('row', { name: /^2026/ })).toContainText(total('384 756'))
  await expect(result.getByRole('row', { name: /^2027/ })).toContainText(total('320 640'))
  await expect(result.getByRole('cell', { name: /Nedtrapping til 50/ })).toBeVisible()
  await expect(result.getByRole('img', { name: /Stolpediagram over tilskudd per måned/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Slik regner vi' })).toBeVisible()
  await expectAccessible(page)

  // The inputs are in the URL: opening it elsewhere – even without JavaScript – gives the same result.
  const shared = page.url()
  expect(shared).toContain('monthlyPay=41667')
  const context = await browser.newContext({ javaScriptEnabled: false })
  const other = await context.newPage()
  await other.goto(shared)
  await expect(other.getByTestId('subsidy-total')).toContainText(total('705 396'))
  await expect(other.getByLabel('Månedslønn (kr)', { exact: true })).toHaveValue('41667')
  await context.close()
})

test('the form works without JavaScript and names the broken rule', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/tilskuddskalkulator')
  await page.getByRole('radio', { name: 'Tilskudd til sommerjobb' }).check()
  await page.getByLabel('Innsatsgruppe').selectOption('TRENGER_VEILEDNING')
  await page.getByLabel('Startdato').fill('30.06.2025')
  await page.getByLabel('Sluttdato').fill('27.07.2025')
  await page.getByLabel('Månedslønn (kr)', { exact: true }).fill('28000')
  await page.getByLabel('Eller velg sone for arbeidsgiveravgift').selectOption('IV')
  await page.getByRole('button', { name: 'Beregn' }).click()
  await expect(page.getByTestId('subsidy-total')).toContainText(total('15 214'))

  await page.getByLabel('Sluttdato').fill('30.09.2025')
  await page.getByRole('button', { name: 'Beregn' }).click()
  await expect(page.getByText('Sommerjobb må være ferdig senest 27. september samme år').first()).toBeVisible()
  await expect(page.getByTestId('subsidy-total')).toHaveCount(0)
  const errorUrl = page.url()
  await context.close()
  // axe needs JavaScript: check the same error page in a normal page.
  const jsContext = await browser.newContext()
  const checked = await jsContext.newPage()
  await checked.goto(errorUrl)
  await expect(checked.getByRole('link', { name: /Sommerjobb må være ferdig senest 27. september/ })).toBeVisible()
  await expectAccessible(checked)
  await jsContext.close()
})

test('an admin adds a dated rate with its source', async ({ page }) => {
  await login(page, DEMO.admin)
  await page.getByRole('link', { name: 'Satser' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Satser for tilskuddskalkulatoren' })).toBeVisible()
  // G from 1 May 2026 and the VTAO amounts are seeded dated rates
  await expect(page.getByRole('row', { name: /01\.05\.2026/ }).first()).toContainText(total('136 549'))
  await expect(page.getByRole('heading', { name: 'VTAO – fast månedsbeløp per år' })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Hvilken sats').selectOption('GRUNNBELOP')
  await page.getByLabel('Gjelder fra').fill('01.05.2027')
  await page.getByLabel('Beløp (kr) eller sats (%)').fill('140000')
  await page.getByLabel('Kilde').fill('Trygdeoppgjøret 2027, nav.no/grunnbelopet')
  await page.getByRole('button', { name: 'Lagre sats' }).click()
  await expect(page.getByText('Satsen er lagret og gjelder fra 01.05.2027.')).toBeVisible()
  await expect(page.getByRole('row', { name: /Trygdeoppgjøret 2027/ })).toContainText(total('140 000'))
  await expectAccessible(page)

  await page.getByLabel('Hvilken sats').selectOption('GRUNNBELOP')
  await page.getByLabel('Gjelder fra').fill('01.05.2027')
  await page.getByLabel('Beløp (kr) eller sats (%)').fill('137000')
  await page.getByLabel('Kilde').fill('Dobbel registrering')
  await page.getByRole('button', { name: 'Lagre sats' }).click()
  await expect(page.getByText('Det finnes allerede en sats som gjelder fra denne datoen.')).toBeVisible()
  await logout(page)
})

test('the API calculates without login and answers 422 with field errors', async ({ request }) => {
  const ok = await request.post('/api/v1/subsidy-calculations', {
    data: {
      scheme: 'SOMMERJOBB',
      innsatsgruppe: 'TRENGER_VEILEDNING',
      startDate: '2025-06-30',
      endDate: '2025-07-27',
      monthlyPay: 28000,
      holidayPayRate: 10.2,
      pensionRate: 2,
      employerTaxZone: 'IV',
    },
  })
  expect(ok.status()).toBe(200)
  expect(await ok.json()).toMatchObject({ total: 15214, monthlyCost: { total: 33078 } })

  const bad = await request.post('/api/v1/subsidy-calculations', {
    data: { scheme: 'MENTOR', innsatsgruppe: 'GODE_MULIGHETER', startDate: '2026-02-30', endDate: '2026-03-01' },
  })
  expect(bad.status()).toBe(422)
  const body = await bad.json()
  expect(body.errors).toContainEqual({ field: 'startDate', message: 'Startdato må være en gyldig dato (ÅÅÅÅ-MM-DD)' })

  const garbage = await request.post('/api/v1/subsidy-calculations', {
    data: '{oops',
    headers: { 'Content-Type': 'application/json' },
  })
  expect(garbage.status()).toBe(422)

  const doc = await request.get('/api/v1/openapi.json')
  expect((await doc.json()).paths['/subsidy-calculations'].post).toBeTruthy()
})
