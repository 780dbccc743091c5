import { expect, test } from '@playwright/test'
import { buildIdNumber } from '../../app/domain/candidates/fnr'
import { appToday, DEMO, expectAccessible, login, logout, nbDate, chooseOccupation } from './helpers'

/**
 * The caseload → profile → employer journey: a jobbspesialist registers a
 * person (bad fødselsnummer first), writes a profile (a phone number in the
 * text blocks publishing), records consent, publishes; the employer finds the
 * profile through the filters and sees no personal data; after unpublishing
 * the employer gets a 404.
 */
const person = {
  firstName: 'Solveig',
  lastName: 'Testesen',
  fnr: buildIdNumber('1991-03-14', 123)!,
  phone: '41234567',
  email: 'solveig.testesen@eksempel.no',
  kommune: '3201', // Bærum (Akershus): the kommune name must never reach the employer
}

test('jobbspesialist registers and publishes a profile; the employer finds it without personal data; unpublished → 404', async ({
  page,
}) => {
  test.setTimeout(180_000) // a long journey through three logins on a shared, busy machine
  await login(page, DEMO.jobbspesialist)
  await page.getByRole('link', { name: 'Portefølje', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Min portefølje' })).toBeVisible()
  await expectAccessible(page)

  // Register — first with a fødselsnummer whose control digits are wrong.
  await page.getByRole('link', { name: 'Registrer person' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Registrer person' })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Fornavn').fill(person.firstName)
  await page.getByLabel('Etternavn').fill(person.lastName)
  await page.getByLabel('Fødselsnummer eller d-nummer').fill('14039112345')
  await page.getByLabel('Telefon (valgfritt)').fill(person.phone)
  await page.getByLabel('E-post (valgfritt)').fill(person.email)
  await page.getByLabel('Kommune').selectOption(person.kommune)
  await page.getByLabel('Innsatsgruppe').selectOption('TRENGER_VEILEDNING')
  await page.getByLabel('Henvist dato').fill(nbDate(await appToday(page)))
  // Submit with the keyboard.
  await page.getByLabel('Henvist dato').press('Enter')
  await expect(page.getByText('Ugyldig fødselsnummer eller d-nummer')).toBeVisible()
  await expect(page.getByLabel('Fornavn')).toHaveValue(person.firstName)
  await expect(page.getByLabel('E-post (valgfritt)')).toHaveValue(person.email)
  await expectAccessible(page)
  await page.getByLabel('Fødselsnummer eller d-nummer').fill(person.fnr)
  await page.getByRole('button', { name: 'Registrer', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${person.firstName} ${person.lastName}` })).toBeVisible()
  await expect(page.getByText('Personen er registrert i porteføljen din.')).toBeVisible()
  await expect(page.getByText('14.03.1991')).toBeVisible()
  await expectAccessible(page)

  // Write the profile; a phone number in the text blocks publishing (and consent is missing).
  await page.getByRole('link', { name: 'Skriv profil' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Slik ser arbeidsgivere profilen' })).toBeVisible()
  await expectAccessible(page)
  const headline = 'Kranfører med sertifikat og godt humør'
  await page.getByLabel('Overskrift').fill(headline)
  await page.getByLabel('Om personen').fill('Ring meg på 412 34 567 for å avtale et møte.')
  await chooseOccupation(page, /Ønskede yrker/, 'kran', 'Kran- og heisførere mv.')
  await page.getByLabel('Stillingsprosent fra').fill('60')
  await page.getByLabel('Stillingsprosent til').fill('100')
  await page.getByRole('button', { name: 'Lagre og publiser' }).click()
  await expect(page.getByText('«Om personen» inneholder noe som ser ut som et telefonnummer: «412 34 567»')).toBeVisible()
  await expect(page.getByText('Profilen kan ikke publiseres før personens samtykke til publisering er registrert.')).toBeVisible()
  await expect(page.getByLabel('Overskrift')).toHaveValue(headline)
  await expectAccessible(page)

  await page.getByLabel('Om personen').fill('Stabil og nøyaktig. Liker faste rutiner og å jobbe ute.')
  await page.getByRole('button', { name: 'Lagre utkast' }).click()
  await expect(page.getByText('Profilen er lagret.')).toBeVisible()
  // The preview renders the saved profile as employers will see it.
  const preview = page.getByRole('region', { name: 'Slik ser arbeidsgivere profilen' })
  await expect(preview.getByText(headline)).toBeVisible()
  await expect(preview).not.toContainText(person.firstName)

  // Record the consent, then publish.
  await page.getByRole('radio', { name: 'Muntlig' }).check()
  await page.getByRole('button', { name: 'Registrer samtykke' }).click()
  await expect(page.getByText('Samtykket til publisering er registrert.')).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Lagre og publiser' }).click()
  await expect(page.getByText('Profilen er publisert. Arbeidsgivere kan nå finne den.')).toBeVisible()
  await expectAccessible(page)
  const status =
    (await page
      .getByText(/profilkode K-/)
      .first()
      .textContent()) ?? ''
  const code = status.match(/K-[A-Z0-9]{6}/)?.[0]
  expect(code).toBeTruthy()
  await logout(page)

  // The employer finds it with the filters (GET form) and opens it.
  await login(page, DEMO.arbeidsgiver)
  await page.getByRole('link', { name: 'Kandidater', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Finn kandidater' })).toBeVisible()
  await expectAccessible(page)
  await chooseOccupation(page, 'Yrke', 'kran', 'Kran- og heisførere mv.')
  await page.getByLabel('Stillingsprosent minst').selectOption('100')
  await page.getByRole('button', { name: 'Søk' }).click()
  await expect(page).toHaveURL(/styrk=8343/)
  await expect(page.getByRole('heading', { level: 2, name: /1 profil/ })).toBeVisible()
  await expectAccessible(page)
  // Open the profile with the keyboard.
  await page.getByRole('link', { name: headline }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/arbeidsgiver/kandidater/${code}$`))
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible()
  // «Be om kontakt» is a button (Aksel Button leading to the request form), not a plain text link.
  await expect(page.getByRole('button', { name: 'Be om kontakt' })).toHaveAttribute('href', `/arbeidsgiver/kandidater/${code}/kontakt`)
  await expectAccessible(page)
  const html = await page.content()
  for (const secret of [
    person.firstName,
    person.lastName,
    person.fnr,
    person.phone,
    '412 34 567',
    person.email,
    '14.03.1991',
    '1991-03-14',
    'Bærum',
    'Trenger veiledning',
  ]) {
    expect(html, `the employer's page must not contain «${secret}»`).not.toContain(secret)
  }
  await logout(page)

  // Unpublish → the employer gets 404 at once.
  await login(page, DEMO.jobbspesialist)
  await page.getByRole('link', { name: 'Portefølje', exact: true }).click()
  await page.getByRole('link', { name: `${person.firstName} ${person.lastName}` }).click()
  await page.getByRole('link', { name: 'Rediger profil' }).click()
  await page.getByRole('button', { name: 'Avpubliser profilen' }).click()
  await expect(page.getByText('Profilen er avpublisert. Den vises ikke lenger for arbeidsgivere.')).toBeVisible()
  await expectAccessible(page)
  await logout(page)

  await login(page, DEMO.arbeidsgiver)
  const response = await page.goto(`/arbeidsgiver/kandidater/${code}`)
  expect(response?.status()).toBe(404)
  await expectAccessible(page)
  await page.goto('/arbeidsgiver/kandidater?styrk=8343')
  await expect(page.getByRole('heading', { level: 2, name: /0 profiler/ })).toBeVisible()
  await expect(page.getByRole('link', { name: headline })).toHaveCount(0)
})

test('a jobbspesialist cannot open another jobbspesialist’s person (404)', async ({ page }) => {
  await login(page, DEMO.jobbspesialist2)
  await page.getByRole('link', { name: 'Portefølje', exact: true }).click()
  await expectAccessible(page)
  const href = await page.getByRole('table').getByRole('link').first().getAttribute('href')
  expect(href).toMatch(/^\/jobbspesialist\/portefolje\/\d+$/)
  await logout(page)
  await login(page, DEMO.jobbspesialist)
  const response = await page.goto(href!)
  expect(response?.status()).toBe(404)
  await expectAccessible(page)
})
