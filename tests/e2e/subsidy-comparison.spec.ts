import { expect, test, type Locator, type Page } from '@playwright/test'
import { DEMO, expectAccessible, login } from './helpers'

/**
 * Issue 16: «Hvilke ordninger passer?» and the calculator's page fixes, driven
 * by the keyboard (focus, type, Space, Enter) with axe on every page state.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

async function typeInto(page: Page, field: Locator, text: string) {
  await field.focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Backspace')
  await page.keyboard.type(text)
}

async function press(page: Page, control: Locator, key: 'Space' | 'Enter') {
  await control.focus()
  await page.keyboard.press(key)
}

const kr = (amount: string) => new RegExp(`${amount.replace(/ /g, '\\s')}\\s*kr`)

test('compares every scheme for one hire and opens the full calculation, by keyboard', async ({ page }) => {
  test.slow() // many steps, axe three times
  await page.goto('/tilskuddskalkulator')
  await press(page, page.getByRole('link', { name: 'Sammenlign alle ordningene for én ansettelse' }), 'Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Hvilke ordninger passer?' })).toBeVisible()
  await expectAccessible(page)

  await page.getByLabel('Innsatsgruppe').focus()
  await page.getByLabel('Innsatsgruppe').selectOption('TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE')
  await typeInto(page, page.getByLabel('Fødselsdato (valgfritt)'), '10.05.2001')
  await typeInto(page, page.getByLabel('Startdato'), '01.09.2026')
  await press(page, page.getByRole('radio', { name: 'Midlertidig stilling' }), 'Space')
  await typeInto(page, page.getByLabel('Månedslønn (kr)'), '30000')
  await page.getByLabel('Kommune der virksomheten ligger').selectOption('0301')
  await press(page, page.getByRole('checkbox', { name: /trenger en mentor/ }), 'Space')
  await typeInto(page, page.getByLabel('Mentorens timelønn (kr, valgfritt)'), '350')
  await typeInto(page, page.getByLabel('Mentortimer per måned (valgfritt)'), '8,5')
  await page.keyboard.press('Enter')

  const heading = page.getByRole('heading', { level: 2, name: 'Ordningene side om side' })
  await expect(heading).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: 'Sammenligningen er klar' })).toBeAttached()
  const overview = page.getByRole('table', { name: 'Oversikt over ordningene' })
  await expect(overview.getByRole('row', { name: /Fireårig lønnstilskudd for unge/ })).toContainText('Kan passe')
  await expect(overview.getByRole('row', { name: /Fireårig lønnstilskudd for unge/ })).toContainText('01.09.2026–31.08.2028')
  await expect(overview.getByRole('row', { name: /^Varig lønnstilskudd/ })).toContainText('Passer ikke')
  await expect(overview.getByRole('row', { name: /Mentortilskudd/ })).toContainText('Kan passe')
  await expect(overview.getByRole('row', { name: /Inkluderingstilskudd/ })).toContainText('Trenger flere opplysninger')
  const varig = page.getByRole('region', { name: 'Varig lønnstilskudd' })
  await expect(varig).toContainText('gjelder bare for innsatsgruppene')
  const firearig = page.getByRole('region', { name: 'Fireårig lønnstilskudd for unge' })
  await expect(firearig).toContainText('70 %, 60 % fra 01.09.2027')
  await expect(firearig).toContainText(/2026: .*2027: .*2028: /)
  await expectAccessible(page)

  await press(page, firearig.getByRole('link', { name: /Se full beregning/ }), 'Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Resultat: Fireårig lønnstilskudd for unge' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Fireårig lønnstilskudd for unge' })).toBeChecked()
  await expect(page.getByLabel('Startdato')).toHaveValue('01.09.2026')
  await expect(page.getByLabel('Sluttdato')).toHaveValue('31.08.2028')
  await expectAccessible(page)
})

test('calculator: focus and announcement, one kroner format, chart axis and legend, copy link, printout, scheme switch', async ({
  page,
}) => {
  test.slow()
  await page.goto('/tilskuddskalkulator')
  await press(page, page.getByRole('radio', { name: 'Fireårig lønnstilskudd for unge' }), 'Space')
  await page.getByLabel('Innsatsgruppe').selectOption('TRENGER_VEILEDNING_NEDSATT_ARBEIDSEVNE')
  await typeInto(page, page.getByLabel('Startdato'), '31.08.2026')
  await typeInto(page, page.getByLabel('Sluttdato'), '30.08.2028')
  await press(page, page.getByRole('radio', { name: 'Midlertidig stilling' }), 'Space')
  await page.getByLabel('Feriepenger', { exact: true }).selectOption('12')
  await page.getByLabel('Eller velg sone for arbeidsgiveravgift').selectOption('I')
  await typeInto(page, page.getByLabel('Månedslønn (kr)', { exact: true }), '30000')
  await page.keyboard.press('Enter')

  // Worked example 4, and the result takes the focus and is announced
  const heading = page.getByRole('heading', { level: 2, name: 'Resultat: Fireårig lønnstilskudd for unge' })
  await expect(heading).toBeFocused()
  await expect(page.getByTestId('subsidy-total')).toContainText(kr('610 960'))
  await expect(page.getByRole('status').filter({ hasText: 'NAV kan dekke 610 960 kr totalt' })).toBeAttached()

  // One format in the cost table: every amount with øre
  const costTable = page.getByRole('table', { name: 'Lønnskostnad per måned' })
  for (const cell of await costTable.locator('td').all()) {
    await expect(cell).toHaveText(/^\d{1,3}(\s\d{3})*,\d\d\s*kr$/)
  }
  await expect(costTable.getByRole('row', { name: /Sum lønnskostnad/ })).toContainText(/39\s104,00\s*kr/)

  // The chart has a y-axis in kroner and a legend for both colours
  const chart = page.locator('figure.calc-chart')
  await expect(chart.locator('svg text').filter({ hasText: /kr$/ }).first()).toBeAttached()
  await expect(chart.getByRole('list', { name: 'Forklaring til diagrammet' })).toContainText('y-aksen viser kroner')
  await expect(chart.getByRole('list', { name: 'Forklaring til diagrammet' })).toContainText('nedtrapping')

  // The inputs are in the result (and so in the printout)
  const inputs = page.getByRole('heading', { name: 'Dette bygger beregningen på' })
  await expect(inputs).toBeVisible()
  await expect(page.locator('.calc-inputs-list')).toContainText('Midlertidig stilling')
  await expect(page.locator('.calc-inputs-list')).toContainText(/30\s000\s*kr/)
  await expectAccessible(page)

  // «Kopier lenke» copies the address with every input
  await press(page, page.getByRole('button', { name: 'Kopier lenke' }), 'Enter')
  await expect(page.getByText('Lenken er kopiert.')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(page.url())
  expect(copied).toContain('positionType=MIDLERTIDIG')

  await page.emulateMedia({ media: 'print' })
  await expect(inputs).toBeVisible()
  await expect(page.getByRole('form', { name: 'Opplysninger til beregningen' })).toBeHidden()
  await page.emulateMedia({ media: 'screen' })

  // Switching scheme clears the old result
  await press(page, page.getByRole('radio', { name: 'Mentortilskudd' }), 'Space')
  await expect(page.getByRole('heading', { name: /^Resultat:/ })).toHaveCount(0)
  await expect(page.getByTestId('subsidy-total')).toHaveCount(0)
  await expectAccessible(page)
})

test('inkluderingstilskudd: the maximum is shown before, refused above, and offered; amounts spread over the years', async ({ page }) => {
  test.slow()
  await page.goto('/tilskuddskalkulator')
  await press(page, page.getByRole('radio', { name: 'Inkluderingstilskudd' }), 'Space')
  await page.getByLabel('Innsatsgruppe').selectOption('JOBBE_DELVIS')
  await typeInto(page, page.getByLabel('Startdato'), '01.07.2026')
  await typeInto(page, page.getByLabel('Sluttdato'), '30.06.2027')
  const expenses = page.getByRole('group', { name: /Dokumenterte ekstrautgifter/ })
  await expect(expenses).toContainText(/Høyst 160\s400 kr til sammen for avtaler som slutter i 2027/)
  await typeInto(page, page.getByLabel('Utstyr (kr)'), '200000')
  await page.keyboard.press('Enter')

  await expect(page.getByRole('link', { name: /Inkluderingstilskudd kan være på høyst 160\s400 kr/ })).toBeVisible()
  await expect(page.getByTestId('subsidy-total')).toHaveCount(0)
  await expect(page.getByLabel('Utstyr (kr)')).toHaveValue('200000')
  await expectAccessible(page)

  await press(page, page.getByRole('button', { name: 'Beregn med maksimumsbeløpet' }), 'Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Resultat: Inkluderingstilskudd' })).toBeFocused()
  await expect(page.getByTestId('subsidy-total')).toContainText(kr('160 400'))
  const result = page.getByRole('region', { name: /Resultat/ })
  await expect(result).toContainText('over maksimumsbeløpet')
  await expect(result).toContainText(/Maksimumsbeløpet for avtaler som slutter i 2027 er 160\s400 kr/)
  await expect(result).not.toContainText('dette året')
  const years = page.getByRole('table', { name: 'Totalt per år' })
  // 184 of 365 days in 2026
  await expect(years.getByRole('row', { name: /^2026/ })).toContainText(kr('80 859'))
  await expect(years.getByRole('row', { name: /^2027/ })).toContainText(kr('79 541'))
  await expectAccessible(page)
})

test('the comparison API answers for the new schemes', async ({ request }) => {
  const response = await request.post('/api/v1/subsidy-comparisons', {
    data: { innsatsgruppe: 'JOBBE_DELVIS', startDate: '2026-09-01', monthlyPay: 30000, employerTaxZone: 'I' },
  })
  expect(response.status()).toBe(200)
  const body = await response.json()
  expect(body.schemes.map((s: { scheme: string }) => s.scheme)).toContain('VTAO')
  const doc = await (await request.get('/api/v1/openapi.json')).json()
  expect(doc.paths['/subsidy-comparisons'].post).toBeTruthy()
})

test('an employer opens the comparison from a vacancy and from a candidate profile, prefilled with what they may see', async ({ page }) => {
  test.slow()
  await login(page, DEMO.arbeidsgiver)
  await page.goto('/arbeidsgiver/stillinger')
  await page.locator('main a[href^="/arbeidsgiver/stillinger/"]:not([href$="/ny"])').first().click()
  await expect(page).toHaveURL(/\/arbeidsgiver\/stillinger\/\d+$/)
  // The URL changes before the new page is drawn: wait for the vacancy page before reading its heading.
  await expect(page.getByRole('link', { name: 'Sammenlign hvilke ordninger som passer' })).toBeVisible()
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim()
  await press(page, page.getByRole('link', { name: 'Sammenlign hvilke ordninger som passer' }), 'Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Hvilke ordninger passer?' })).toBeVisible()
  await expect(page.getByText(`Svarene er fylt ut fra stillingen «${title}»`)).toBeVisible()
  await expect(page.getByLabel('Fødselsdato (valgfritt)')).toHaveValue('')
  await expectAccessible(page)

  await page.goto('/arbeidsgiver/kandidater')
  const profileLink = page.locator('a[href^="/arbeidsgiver/kandidater/K-"]').first()
  await profileLink.click()
  await expect(page).toHaveURL(/\/arbeidsgiver\/kandidater\/K-\w{6}$/)
  const code = page.url().split('/').pop()!
  await press(page, page.getByRole('link', { name: 'Sammenlign hvilke tilskuddsordninger som kan passe' }), 'Enter')
  await expect(page.getByText(`Svarene er fylt ut fra profil ${code}`)).toBeVisible()
  await expect(page.getByLabel('Stillingsprosent')).not.toHaveValue('')
  // Never the person's birth date or innsatsgruppe (the select keeps its own default)
  await expect(page.getByLabel('Fødselsdato (valgfritt)')).toHaveValue('')
  expect(page.url()).not.toContain('innsatsgruppe')
  await expectAccessible(page)

  // Someone else's profile code or a made-up one is not found, not an error page
  const missing = await page.goto('/hvilke-ordninger-passer?profil=K-0000000')
  expect(missing?.status()).toBe(404)
})
