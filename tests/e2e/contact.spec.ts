import { expect, test, type Page } from '@playwright/test'
import { DEMO, expectAccessible, login, logout } from './helpers'

/**
 * «Be om kontakt» on the demo data: every status as the employer and the jobbspesialist see it, by keyboard and
 * without JavaScript. The tests run in order on one database (the jobbspesialist's first, then the employer's).
 */

test('the jobbspesialist handles requests: grouped by status, records an answer, bad input gets messages by the fields', async ({
  page,
}) => {
  await login(page, DEMO.jobbspesialist)
  // The home page says how many requests wait, and leads there.
  await expect(page.getByRole('heading', { level: 2, name: 'Forespørsler om kontakt' })).toBeVisible()
  await expect(page.getByText(/Nye forespørsler: [1-9]\d* · Venter på svar fra personen: [1-9]/)).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Gå til forespørslene' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Forespørsler om kontakt' })).toBeVisible()
  for (const group of [
    /^Nye – kandidaten er ikke spurt/,
    /^Venter på svar fra kandidaten/,
    /^Godkjent/,
    /^Avslått/,
    /^Utløpt/,
    /^Trukket/,
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible()
  }
  await expectAccessible(page)

  // A request waiting for the person: record the answer without choosing → messages, nothing changes.
  await page
    .getByRole('region', { name: /^Venter på svar fra kandidaten/ })
    .getByRole('link')
    .first()
    .click()
  await expect(page.getByTestId('request-status')).toHaveText('Kandidaten er spurt')
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Registrer svaret' }).click()
  await expect(page.getByText('Velg hva kandidaten svarte.')).toBeVisible()
  await expect(page.getByText('Velg hvordan kandidaten svarte.')).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('radio', { name: 'Nei' }).check()
  await page.getByRole('radio', { name: 'Muntlig' }).check()
  await page.getByRole('button', { name: 'Registrer svaret' }).click()
  await expect(page.getByText('Svaret er registrert, og arbeidsgiveren har fått beskjed.')).toBeVisible()
  await expect(page.getByTestId('request-status')).toHaveText('Avslått av kandidaten')
  await expect(page.getByRole('button', { name: 'Registrer svaret' })).toHaveCount(0)
  await expectAccessible(page)

  // A new request: a chosen date that is not a date is refused by the field, and the choices are kept.
  await page.goto('/jobbspesialist/foresporsler')
  await page
    .getByRole('region', { name: /^Nye – kandidaten er ikke spurt/ })
    .getByRole('link')
    .first()
    .click()
  await page.getByRole('radio', { name: 'Velg en dato' }).check()
  await page.getByLabel('Dato for svarfrist (når du velger en dato)').fill('31.02.2026')
  await page.getByRole('checkbox', { name: 'Utdanning' }).uncheck()
  await page.getByRole('button', { name: 'Spør kandidaten' }).click()
  await expect(page.getByText('Skriv en gyldig dato på formen dd.mm.åååå, for eksempel 24.12.2026.')).toBeVisible()
  await expect(page.getByLabel('Dato for svarfrist (når du velger en dato)')).toHaveValue('31.02.2026')
  await expect(page.getByRole('radio', { name: 'Velg en dato' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Utdanning' })).not.toBeChecked()
  await expect(page.getByTestId('request-status')).toHaveText('Ny – kandidaten er ikke spurt')
  await expectAccessible(page)
  // The person's history is one click away.
  await page.getByRole('link', { name: /^Se innsynsloggen for / }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Innsyn – / })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Visninger og delinger' }).getByText('Arbeidsgiver ba om kontakt').first()).toBeVisible()
  await expectAccessible(page)
  await logout(page)
})

test('the employer sees its requests; a no or no answer is only «Kontakten ble ikke gjennomført»; withdrawing works by keyboard', async ({
  page,
}) => {
  await login(page, DEMO.arbeidsgiver)
  await expect(page.getByRole('heading', { level: 2, name: 'Kontakter' })).toBeVisible()
  await expect(page.getByText(/Åpne forespørsler: \d+ · Delt med dere nå: [1-9]/)).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Se forespørslene om kontakt' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kontakter' })).toBeVisible()
  await expectAccessible(page)
  const table = page.getByRole('table')
  await expect(table.getByText('Kontakten ble ikke gjennomført').first()).toBeVisible()
  await expect(table.getByText('Godkjent – kontaktinformasjon delt').first()).toBeVisible()
  await expect(table.getByText('Sendt til jobbspesialisten').first()).toBeVisible()
  // The reasons are never shown to the employer.
  await expect(page.getByText(/Avslått|Utløpt/)).toHaveCount(0)

  // A request that did not go ahead shows no person.
  await table.getByRole('row').filter({ hasText: 'Kontakten ble ikke gjennomført' }).first().getByRole('link').click()
  await expect(page.getByTestId('contact-status')).toHaveText('Kontakten ble ikke gjennomført')
  // Only the request itself: no section with a person's name, phone or e-mail.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Forespørselen'])
  await expect(page.getByText(/^(Telefon|E-post)$/)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Trekk forespørselen' })).toHaveCount(0)
  await expectAccessible(page)

  // Withdraw the open one, by keyboard.
  await page.goto('/arbeidsgiver/kontakter')
  await page.getByRole('table').getByRole('row').filter({ hasText: 'Sendt til jobbspesialisten' }).first().getByRole('link').click()
  await expect(page.getByTestId('contact-status')).toHaveText('Sendt til jobbspesialisten')
  await page.getByRole('button', { name: 'Trekk forespørselen' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Forespørselen er trukket.')).toBeVisible()
  await expect(page.getByTestId('contact-status')).toHaveText('Trukket')
  await expect(page.getByRole('button', { name: 'Trekk forespørselen' })).toHaveCount(0)
  await expectAccessible(page)

  // A shared person shows name and contact details; viewing is logged (the page says so).
  await page.goto('/arbeidsgiver/kontakter')
  await page.getByRole('table').getByRole('row').filter({ hasText: 'Godkjent – kontaktinformasjon delt' }).first().getByRole('link').click()
  await expect(page.getByText('Visningen er logget.', { exact: false })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Aktuell', exact: true })).toBeVisible()
  await expectAccessible(page)
  await logout(page)
})

async function findProfileWithoutOpenRequest(page: Page): Promise<string> {
  await page.goto('/arbeidsgiver/kandidater')
  const hrefs = await page.locator('main a[href^="/arbeidsgiver/kandidater/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
  for (const href of hrefs) {
    await page.goto(`${href}/kontakt`)
    if ((await page.getByRole('button', { name: 'Send forespørsel' }).count()) > 0) return href
  }
  throw new Error('every demo profile already has an open request from this employer')
}

test('asking for contact works without JavaScript, keeps what was typed on errors, and an unpublished profile is 404', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/logg-inn')
  await page.getByLabel('E-post').fill(DEMO.arbeidsgiver2)
  await page.getByLabel('Passord').fill('demo-passord-123')
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible()

  const href = await findProfileWithoutOpenRequest(page)
  const long = 'x'.repeat(2001)
  await page.getByLabel('Melding til jobbspesialisten').fill(long)
  await page.getByRole('button', { name: 'Send forespørsel' }).click()
  await expect(page.getByText('Meldingen kan være høyst 2000 tegn.')).toBeVisible()
  await expect(page.getByLabel('Melding til jobbspesialisten')).toHaveValue(long)
  await page.getByLabel('Melding til jobbspesialisten').fill('Vi har en sommerjobb som kan passe.')
  await page.getByRole('button', { name: 'Send forespørsel' }).click()
  await expect(page.getByText('Forespørselen er sendt til jobbspesialisten.')).toBeVisible()
  // A second request about the same profile is not offered while the first is open.
  await page.goto(`${href}/kontakt`)
  await expect(page.getByText('Dere har allerede en åpen forespørsel om denne profilen.')).toBeVisible()
  // An unknown/unpublished profile: 404, no form.
  const missing = await page.goto('/arbeidsgiver/kandidater/K-ZZZZZZ/kontakt')
  expect(missing?.status()).toBe(404)
  await expect(page.getByRole('button', { name: 'Send forespørsel' })).toHaveCount(0)
  await context.close()
})

test('a made-up consent link shows a clear message and no form', async ({ page }) => {
  const response = await page.goto('/samtykke/dette-er-ikke-en-ekte-lenke-123456')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Lenken kan ikke brukes' })).toBeVisible()
  await expect(page.getByText(/Lenken er ugyldig/)).toBeVisible()
  await expect(page.getByRole('button')).toHaveCount(0)
  await expectAccessible(page)
})
