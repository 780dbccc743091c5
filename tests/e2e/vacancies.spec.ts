import { expect, test, type Page } from '@playwright/test'
import { addDaysIso, appToday, DEMO, expectAccessible, login, logout, nbDate, chooseOccupation } from './helpers'

const TITLE = 'Kokk til lunsjrestaurant (e2e)'

/** A date relative to today by the server's clock, as typed by a Norwegian user. */
async function norwegianDate(page: Page, daysFromToday: number): Promise<string> {
  return nbDate(addDaysIso(await appToday(page), daysFromToday))
}

/** The message stands by the field and, as a link to it, in the error summary at the top. */
async function expectFieldError(page: Page, message: string) {
  await expect(page.getByRole('link', { name: message })).toBeVisible()
  await expect(page.getByText(message)).toHaveCount(2)
}

async function fillVacancy(page: Page, values: { occupation: string; percent: string; deadline: string }) {
  await page.getByLabel('Tittel på stillingen').fill(TITLE)
  await page.getByLabel('Yrke').fill(values.occupation)
  await page.getByLabel('Beskrivelse').fill('Lunsj og catering på hverdager. Vi gir god opplæring.')
  await page.getByLabel('Stillingsprosent').fill(values.percent)
  await page.getByRole('radio', { name: 'Fast' }).check()
  await page.getByLabel('Søknadsfrist (valgfritt)').fill(values.deadline)
  await page.getByLabel('Årslønn i kroner for 100 % stilling (valgfritt)').fill('460 000')
  await page.getByLabel('Krav til kompetanse (valgfritt)').fill('Hygienekurs, matlaging')
  await page.getByRole('checkbox', { name: 'Norsk', exact: true }).check()
  await page.getByRole('checkbox', { name: 'Arbeidstid' }).check()
  await page.getByRole('checkbox', { name: 'Lønnstilskudd' }).check()
}

test('an employer creates, publishes and fills a vacancy; a jobbspesialist sees it; another employer cannot edit it', async ({ page }) => {
  // A long journey through four logins and many axe scans: give it room on a busy machine (no timed assertions).
  test.setTimeout(300_000)
  await login(page, DEMO.arbeidsgiver)
  await page.goto('/arbeidsgiver')
  await expect(page.getByRole('heading', { name: 'Dine stillinger' })).toBeVisible()
  await expectAccessible(page)

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Stillinger' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dine stillinger' })).toBeVisible()
  await expect(page.getByRole('table')).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: /^Utkast \(/ }).click()
  await expect(page).toHaveURL(/status=UTKAST/)
  await expect(page.getByRole('table').getByText('Publisert')).toHaveCount(0)
  await expect(page.getByRole('table').getByText('Utkast').first()).toBeVisible()
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Ny stilling' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ny stilling' })).toBeVisible()
  // STATLIG_INKLUDERINGSDUGNAD is not offered to a private employer.
  await expect(page.getByRole('checkbox', { name: 'Statlig inkluderingsdugnad' })).toHaveCount(0)
  await expectAccessible(page)

  // An occupation typed but not chosen from the list, 0 % and a past deadline: messages by the fields, values kept.
  await fillVacancy(page, { occupation: 'kokk', percent: '0', deadline: await norwegianDate(page, -3) })
  await page.getByRole('button', { name: 'Lagre utkast' }).click()
  await expectFieldError(page, 'Søknadsfristen kan ikke være før i dag.')
  await expectFieldError(page, 'Stillingsprosenten må være et helt tall fra 1 til 100.')
  await expectFieldError(page, 'Velg yrke. Skriv en del av yrkesnavnet og velg fra listen.')
  await expect(page.getByLabel('Tittel på stillingen')).toHaveValue(TITLE)
  await expect(page.getByLabel('Årslønn i kroner for 100 % stilling (valgfritt)')).toHaveValue('460 000')
  await expect(page.getByLabel('Stillingsprosent')).toHaveValue('0')
  await expect(page.getByRole('checkbox', { name: 'Lønnstilskudd' })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Fast' })).toBeChecked()
  await expectAccessible(page)

  // The occupation picker suggests the titles that fit what is typed; one is chosen by keyboard.
  const occupation = page.getByRole('combobox', { name: 'Yrke' })
  await occupation.fill('kokk')
  await expect(page.getByRole('option', { name: 'Sjefskokker' })).toBeVisible()
  await occupation.press('ArrowDown')
  await occupation.press('Enter')
  await expect(page.locator('input[type="hidden"][name="occupation"]')).toHaveValue('5120')
  await page.getByLabel('Stillingsprosent').fill('80')
  await page.getByLabel('Søknadsfrist (valgfritt)').fill(await norwegianDate(page, 30))
  await page.getByRole('button', { name: 'Lagre utkast' }).click()
  await expect(page.getByText('Stillingen er lagret som utkast.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  await expect(page.getByText('Kokker (5120)')).toBeVisible()
  await expect(page.getByText('460 000 kr')).toBeVisible()
  await expect(page.getByText('Utkast', { exact: true })).toBeVisible()
  const calculator = page.getByRole('link', { name: /Regn ut tilskudd/ })
  await expect(calculator).toHaveAttribute('href', /yearlySalary=460000.*positionPercent=80.*kommunenummer=0301/)
  await expectAccessible(page)
  const vacancyUrl = new URL(page.url()).pathname

  await page.getByRole('button', { name: 'Endre' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Endre stilling: ${TITLE}` })).toBeVisible()
  // The saved occupation is chosen in the picker.
  await expect(page.locator('input[type="hidden"][name="occupation"]')).toHaveValue('5120')
  await expect(page.locator('form').getByText('Kokker', { exact: true }).first()).toBeVisible()
  await expect(page.getByLabel('Stillingsprosent')).toHaveValue('80')
  await expectAccessible(page)
  // A job title as people say it (db/reference/yrkestitler.csv) is offered with its STYRK group and submits the group's code.
  await chooseOccupation(page, 'Yrke', 'oppvask', 'Oppvasker (Kjøkkenassistenter)')
  await expect(page.locator('input[type="hidden"][name="occupation"]')).toHaveValue('9412')
  await page.getByRole('link', { name: 'Avbryt' }).click()
  await expect(page).toHaveURL(new RegExp(`${vacancyUrl}$`))

  // Publish by keyboard, through the confirmation.
  await page.getByRole('button', { name: 'Publiser' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Bekreft: publiser' })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Ja, publiser' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Stillingen er publisert.')).toBeVisible()
  await expect(page.getByText('Publisert', { exact: true })).toBeVisible()
  await logout(page)

  // A jobbspesialist finds it among published vacancies, filtered by county and occupation.
  await login(page, DEMO.jobbspesialist)
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Stillinger' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ledige stillinger' })).toBeVisible()
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Fylke').selectOption({ label: 'Oslo' })
  await chooseOccupation(page, 'Yrke', 'kokk', 'Kokker')
  await page.getByRole('button', { name: 'Vis stillinger' }).click()
  await expect(page).toHaveURL(/fylke=03.*yrke=5120/)
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows.filter({ hasText: TITLE })).toHaveCount(1)
  for (const text of await page.getByRole('table').locator('tbody tr td:nth-child(3)').allTextContents()) expect(text).toBe('Kokker')
  await expectAccessible(page)
  await page.getByRole('link', { name: TITLE }).click()
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  await expect(page.getByText('Fjordkokken Restaurant AS')).toBeVisible()
  await expectAccessible(page)
  const id = vacancyUrl.split('/').pop()
  await logout(page)

  // Another employer can neither open nor edit it.
  await login(page, DEMO.arbeidsgiver2)
  const edit = await page.goto(`${vacancyUrl}/rediger`)
  expect(edit?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Fant ikke siden' })).toBeVisible()
  await expectAccessible(page)
  expect((await page.goto(vacancyUrl))?.status()).toBe(404)
  expect((await page.goto(`/jobbspesialist/stillinger/${id}`))?.status()).toBe(403)
  await page.goto('/arbeidsgiver')
  await logout(page)

  // The owner marks it filled; it is then gone from the jobbspesialist's list.
  await login(page, DEMO.arbeidsgiver)
  await page.goto(vacancyUrl)
  await page.getByRole('button', { name: 'Merk som besatt' }).click()
  await expect(page.getByRole('heading', { name: 'Bekreft: merk som besatt' })).toBeVisible()
  await page.getByRole('button', { name: 'Ja, merk som besatt' }).click()
  await expect(page.getByText('Stillingen er merket som besatt.')).toBeVisible()
  await expect(page.getByText('Besatt', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Endre' })).toHaveCount(0)
  await expectAccessible(page)
  await logout(page)

  await login(page, DEMO.jobbspesialist)
  expect((await page.goto(`/jobbspesialist/stillinger/${id}`))?.status()).toBe(404)
  await page.goto('/jobbspesialist/stillinger')
  await expect(page.getByRole('link', { name: TITLE })).toHaveCount(0)
  await logout(page)
})

test.describe('without JavaScript', () => {
  // axe runs inside the page, so it cannot run here; the same pages are checked with JavaScript above.
  test.use({ javaScriptEnabled: false })

  test('the vacancy form shows field errors, keeps what was typed, and saves; edit works too', async ({ page }) => {
    await login(page, DEMO.arbeidsgiver2)
    await page.goto('/arbeidsgiver/stillinger/ny')
    await fillVacancy(page, { occupation: 'Astronaut', percent: '101', deadline: await norwegianDate(page, -1) })
    await page.getByRole('button', { name: 'Lagre utkast' }).click()
    await expectFieldError(page, 'Fant ikke yrket «Astronaut» i STYRK-08. Skriv en del av yrkesnavnet og velg fra listen.')
    await expectFieldError(page, 'Stillingsprosenten må være et helt tall fra 1 til 100.')
    await expectFieldError(page, 'Søknadsfristen kan ikke være før i dag.')
    await expect(page.getByLabel('Krav til kompetanse (valgfritt)')).toHaveValue('Hygienekurs, matlaging')
    await expect(page.getByRole('checkbox', { name: 'Norsk', exact: true })).toBeChecked()
    await page.getByLabel('Yrke').fill('5120')
    await page.getByLabel('Stillingsprosent').fill('100')
    await page.getByLabel('Søknadsfrist (valgfritt)').fill('')
    await page.getByRole('button', { name: 'Lagre utkast' }).click()
    await expect(page.getByText('Stillingen er lagret som utkast.')).toBeVisible()

    await page.getByRole('button', { name: 'Endre' }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Endre stilling: ${TITLE}` })).toBeVisible()
    // Without JavaScript the picker is a text field with the saved title.
    await expect(page.getByLabel('Yrke')).toHaveValue('Kokker')
    await expect(page.getByLabel('Krav til kompetanse (valgfritt)')).toHaveValue('Hygienekurs\nmatlaging')
    // A colleague opens the same vacancy before this save (optimistic locking).
    const colleague = await page.context().newPage()
    await colleague.goto(page.url())
    await page.getByLabel('Stillingsprosent').fill('60')
    await page.getByRole('button', { name: 'Lagre endringer' }).click()
    await expect(page.getByText('Endringene er lagret.')).toBeVisible()
    await expect(page.getByText('60 %')).toBeVisible()

    await colleague.getByLabel('Tittel på stillingen').fill('Kokk, helg')
    await colleague.getByRole('button', { name: 'Lagre endringer' }).click()
    await expect(colleague.getByText(/Noen andre har lagret endringer i stillingen etter at du åpnet den/)).toBeVisible()
    await expect(colleague.getByLabel('Tittel på stillingen')).toHaveValue('Kokk, helg')
    await colleague.close()
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()

    await page.getByRole('button', { name: 'Steng' }).click()
    await page.getByRole('button', { name: 'Ja, steng' }).click()
    await expect(page.getByText('Stillingen er stengt.')).toBeVisible()
    await expect(page.getByText('Stengt', { exact: true })).toBeVisible()
  })
})

test('the occupation resource route finds occupations by part of the name', async ({ request }) => {
  const response = await request.get('/ressurser/yrker?q=renhold')
  expect(response.status()).toBe(200)
  const body = await response.json()
  expect(body.items).toEqual(expect.arrayContaining([{ code: '9112', title: 'Renholdere i bedrifter' }]))
  expect((await (await request.get('/ressurser/yrker')).json()).items).toEqual([])
})
