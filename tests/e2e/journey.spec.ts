import { expect, test, type Page } from '@playwright/test'
import { appToday, DEMO, expectAccessible, firstLink, login, logout, nbDate, readLatestMail, chooseOccupation } from './helpers'

/**
 * THE WHOLE JOURNEY (issue 3): a jobbspesialist registers a person, writes the
 * CV and the anonymised profile, records consent and publishes → an employer
 * finds the profile and asks for contact (seeing no personal data) → the
 * jobbspesialist asks the person → the person consents through the e-mailed
 * single-use link → the employer sees the name and marks FATT_JOBBEN → the
 * jobbspesialist is asked to start a follow-up agreement and sees the person's
 * history; admin sees it too.
 */

const FIRST = 'Marte'
const LAST = 'Reisevik'
const PERSON_EMAIL = 'marte.reisevik@example.no'
const PERSON_PHONE = '48123456'
const EMPLOYER = 'Fjordkokken Restaurant AS'
const HEADLINE = 'Erfaren kokk med fagbrev og sushikunst'

/** A valid fødselsnummer (modulus-11 check digits) for a person born 15.03.1990. */
function validFnr(seed: number): string {
  const base = '150390'
  for (let i = 0; i < 500; i++) {
    const individual = String((seed + i) % 500).padStart(3, '0')
    const d = (base + individual).split('').map(Number)
    let k1 = 11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((s, w, j) => s + w * d[j], 0) % 11)
    if (k1 === 11) k1 = 0
    if (k1 === 10) continue
    let k2 = 11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, j) => s + w * [...d, k1][j], 0) % 11)
    if (k2 === 11) k2 = 0
    if (k2 === 10) continue
    return `${base}${individual}${k1}${k2}`
  }
  throw new Error('no valid fnr')
}

const FNR = validFnr(137)
const PERSONAL = [FIRST, LAST, PERSON_EMAIL, PERSON_PHONE, FNR]

async function expectNoPersonalData(page: Page) {
  const html = await page.content()
  for (const item of PERSONAL) expect(html, `personal data «${item}» on ${page.url()}`).not.toContain(item)
}

test('the whole journey: register → profile → publish → «Be om kontakt» → consent by link → name shown → Fått jobben', async ({ page }) => {
  test.setTimeout(180_000)

  // 1. The jobbspesialist registers the person.
  await login(page, DEMO.jobbspesialist)
  await page.goto('/jobbspesialist/portefolje/ny')
  await expectAccessible(page)
  await page.getByLabel('Fornavn').fill(FIRST)
  await page.getByLabel('Etternavn').fill(LAST)
  await page.getByLabel('Fødselsnummer eller d-nummer').fill(FNR)
  await page.getByLabel('Telefon (valgfritt)').fill(PERSON_PHONE)
  await page.getByLabel('E-post (valgfritt)').fill(PERSON_EMAIL)
  await page.getByLabel('Kommune').selectOption('0301')
  await page.getByLabel('Innsatsgruppe').selectOption('TRENGER_VEILEDNING')
  await page.getByLabel('Henvist dato').fill('01.10.2026')
  await page.getByLabel('NAV-kontor').selectOption({ index: 1 })
  await page.getByRole('button', { name: 'Registrer' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${FIRST} ${LAST}` })).toBeVisible()
  await expectAccessible(page)
  const personUrl = page.url()
  const personId = personUrl.match(/portefolje\/(\d+)/)![1]

  // 2. The CV the person may later share.
  await page.getByLabel('Sammendrag').fill('Kokk med fagbrev og lang erfaring fra travle kjøkken.')
  await page.getByLabel('Arbeidsgiver', { exact: true }).fill('Bryggekroa')
  await page.getByLabel('Stilling', { exact: true }).fill('Kokk')
  await page.getByLabel('Fra (år)').fill('2015')
  await page.getByLabel('Til (år)').fill('2024')
  await page.getByRole('button', { name: 'Lagre CV' }).click()
  await expect(page.getByText('CV-en er lagret.')).toBeVisible()

  // 3. Consent to publishing, the anonymised profile, publish.
  await page.getByText('Skriv profil', { exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Anonymisert profil/ })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('radio', { name: 'Muntlig' }).check()
  await page.getByLabel('Dato for samtykket').fill(nbDate(await appToday(page)))
  await page.getByRole('button', { name: 'Registrer samtykke' }).click()
  await expect(page.getByText(/Samtykke registrert/)).toBeVisible()
  await page.getByLabel('Overskrift').fill(HEADLINE)
  await page.getByLabel('Om personen').fill('Stabil og pliktoppfyllende kokk som trives i team og vil tilbake i fast jobb.')
  await chooseOccupation(page, /Ønskede yrker/, 'kokk', 'Kokker')
  await page.getByLabel('Ferdigheter').fill('matlaging, hygiene, sushikunst')
  await page.getByRole('button', { name: 'Lagre og publiser' }).click()
  await expect(page.getByText(/profilkode [A-Z0-9]+/)).toBeVisible()
  await expect(page.getByText(/Status: Publisert/)).toBeVisible()
  await expectAccessible(page)
  const statusLine = (await page.getByText(/^Status: Publisert/).textContent()) ?? ''
  const code = statusLine.match(/profilkode ([A-Z0-9-]+)/)![1]
  await logout(page)

  // 4. The employer finds the profile and asks for contact — no personal data anywhere.
  await login(page, DEMO.arbeidsgiver)
  await page.goto('/arbeidsgiver/kandidater')
  await expectAccessible(page)
  // The search index is updated through an outbox: search until the new profile is found.
  await expect
    .poll(
      async () => {
        await page.goto('/arbeidsgiver/kandidater')
        await page.getByLabel('Fritekst').fill('sushikunst')
        await page.getByRole('button', { name: 'Søk' }).click()
        await page.waitForURL(/q=sushikunst/)
        return page.getByRole('link', { name: HEADLINE }).count()
      },
      { timeout: 30_000 },
    )
    .toBe(1)
  await expectNoPersonalData(page)
  await expectAccessible(page)
  await page.getByRole('link', { name: HEADLINE }).click()
  await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible()
  await expect(page.getByText(`Profil ${code}`, { exact: false }).first()).toBeVisible()
  await expectNoPersonalData(page)
  await expectAccessible(page)
  await page.getByText('Be om kontakt', { exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Be om kontakt – profil ${code}` })).toBeVisible()
  await expectAccessible(page)
  // An empty message gets a clear message by the field.
  await page.getByRole('button', { name: 'Send forespørsel' }).click()
  await expect(page.getByText('Skriv en melding til jobbspesialisten.')).toBeVisible()
  await expectAccessible(page)
  await page
    .getByLabel('Melding til jobbspesialisten')
    .fill('Vi trenger en kokk til lunsjrestauranten vår og kan tilrettelegge arbeidstiden.')
  await page.getByRole('button', { name: 'Send forespørsel' }).click()
  await expect(page.getByText('Forespørselen er sendt til jobbspesialisten.')).toBeVisible()
  await expect(page.getByTestId('contact-status')).toHaveText('Sendt til jobbspesialisten')
  await expectNoPersonalData(page)
  await expectAccessible(page)
  const employerRequestUrl = page.url().replace(/\?.*$/, '')
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kontakter' }).click()
  await expect(page.getByRole('link', { name: `Profil ${code}` })).toBeVisible()
  await expectNoPersonalData(page)
  await expectAccessible(page)
  await logout(page)

  // 5. The jobbspesialist gets the e-mail, asks the person with a link and a deadline.
  await login(page, DEMO.jobbspesialist)
  const jsMail = await readLatestMail(page, DEMO.jobbspesialist, `Ny forespørsel om kontakt – profil ${code}`)
  expect(jsMail).toContain(EMPLOYER)
  await page.goto(firstLink(jsMail))
  await expect(page.getByRole('heading', { level: 1, name: `Forespørsel om kontakt – ${FIRST} ${LAST}` })).toBeVisible()
  await expectAccessible(page)
  // A date more than a month ahead is refused by the field.
  await page.getByRole('radio', { name: 'Velg en dato' }).check()
  await page.getByLabel('Dato for svarfrist (når du velger en dato)').fill('01.01.2099')
  await page.getByRole('button', { name: 'Spør kandidaten' }).click()
  await expect(page.getByText('Svarfristen kan være høyst én måned fram i tid.')).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('radio', { name: 'Om 7 dager' }).check()
  // Sharing CV parts is opt-in: nothing is ticked until the jobbspesialist ticks it.
  await expect(page.getByRole('checkbox', { name: 'Utdanning' })).not.toBeChecked()
  await page.getByRole('checkbox', { name: 'Sammendrag' }).check()
  await page.getByRole('checkbox', { name: 'Arbeidserfaring' }).check()
  await page.getByRole('checkbox', { name: 'Send lenke på e-post til kandidaten' }).check()
  await page.getByRole('button', { name: 'Spør kandidaten' }).click()
  await expect(page.getByText('Kandidaten er spurt, og lenken er sendt på e-post.')).toBeVisible()
  await expect(page.getByTestId('request-status')).toHaveText('Kandidaten er spurt')
  await expectAccessible(page)
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Forespørsler' }).click()
  await expect(page.getByRole('link', { name: `${FIRST} ${LAST} (profil ${code})` })).toBeVisible()
  await expectAccessible(page)
  await logout(page)

  // 6. The person consents through the e-mailed link (no login) — only what they consent to is shown.
  const personMail = await readLatestMail(page, PERSON_EMAIL, 'En arbeidsgiver ønsker kontakt med deg')
  const consentLink = firstLink(personMail)
  await page.goto(consentLink)
  await expect(page.getByRole('heading', { level: 1, name: `Vil du dele kontaktinformasjonen din med ${EMPLOYER}?` })).toBeVisible()
  await expect(page.getByText('Fra CV-en: Sammendrag')).toBeVisible()
  await expect(page.getByText('Fra CV-en: Utdanning')).toHaveCount(0)
  await expect(page.getByText('Vi trenger en kokk til lunsjrestauranten vår')).toBeVisible()
  await expectAccessible(page)
  // By keyboard: focus the yes button and press Enter.
  await page.getByRole('button', { name: `Ja, del med ${EMPLOYER}` }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Takk for svaret' })).toBeVisible()
  await expectAccessible(page)
  // The link is single-use: opening it again changes nothing.
  // An answer already recorded is a normal page that says so (issue 12: not HTTP 410).
  expect((await page.goto(consentLink))?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: 'Du har allerede svart' })).toBeVisible()
  await expect(page.getByText(/Lenken er allerede brukt/)).toBeVisible()
  await expectAccessible(page)
  // A tampered link changes nothing either.
  await page.goto(`${consentLink.slice(0, -3)}xyz`)
  await expect(page.getByText(/Lenken er ugyldig/)).toBeVisible()

  // 7. The employer is told (without personal data in the mail), sees the name and marks FATT_JOBBEN by keyboard.
  await login(page, DEMO.arbeidsgiver)
  const approvedMail = await readLatestMail(page, DEMO.arbeidsgiver, `Kandidaten har sagt ja – profil ${code}`)
  expect(approvedMail).toContain('Logg inn for å se kontaktinformasjonen')
  for (const item of PERSONAL) expect(approvedMail).not.toContain(item)
  await page.goto(employerRequestUrl)
  await expect(page.getByRole('heading', { level: 2, name: `${FIRST} ${LAST}` })).toBeVisible()
  await expect(page.getByText(PERSON_EMAIL)).toBeVisible()
  await expect(page.getByText('Kokk med fagbrev og lang erfaring fra travle kjøkken.')).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('radio', { name: 'Fått jobben' }).focus()
  await page.keyboard.press('Space')
  await expect(page.getByRole('radio', { name: 'Fått jobben' })).toBeChecked()
  await page.getByRole('button', { name: 'Lagre markering' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Markeringen er lagret.')).toBeVisible()
  await expectAccessible(page)
  await logout(page)

  // Another employer never sees it.
  await login(page, DEMO.arbeidsgiver2)
  const other = await page.goto(employerRequestUrl)
  expect(other?.status()).toBe(404)
  await expectNoPersonalData(page)
  await logout(page)

  // 8. The jobbspesialist is asked to start a follow-up agreement and sees the person's history.
  await login(page, DEMO.jobbspesialist)
  const hiredMail = await readLatestMail(page, DEMO.jobbspesialist, `Fått jobben – start oppfølgingsavtale (profil ${code})`)
  await page.goto(firstLink(hiredMail))
  await expect(page.getByText(`${EMPLOYER} har markert at kandidaten har fått jobben.`, { exact: false })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Start oppfølgingsavtale' })).toHaveAttribute(
    'href',
    /\/jobbspesialist\/avtaler\/ny\?kontakt=\d+$/,
  )
  await expectAccessible(page)
  await page.getByRole('link', { name: `Se innsynsloggen for ${FIRST}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Innsyn – ${FIRST} ${LAST}` })).toBeVisible()
  const log = page.getByRole('region', { name: 'Visninger og delinger' })
  await expect(
    log.getByRole('row').filter({ hasText: 'Arbeidsgiver så kontaktinformasjonen' }).filter({ hasText: EMPLOYER }).first(),
  ).toBeVisible()
  await expect(log.getByRole('row').filter({ hasText: 'Arbeidsgiver ba om kontakt' }).filter({ hasText: EMPLOYER })).toBeVisible()
  await expect(log.getByRole('row').filter({ hasText: 'Arbeidsgiver så profilen' }).filter({ hasText: EMPLOYER }).first()).toBeVisible()
  await expectAccessible(page)
  await logout(page)

  // 9. Admin looks the person up by fødselsnummer (audited) and sees the same history.
  await login(page, DEMO.admin)
  await page.goto('/admin/personer')
  await expectAccessible(page)
  await page.getByLabel('Fødselsnummer eller d-nummer').fill('123')
  await page.getByRole('button', { name: 'Vis innsyn' }).click()
  await expect(page.getByText('Fødselsnummeret og d-nummeret har 11 siffer.')).toBeVisible()
  await expect(page.getByLabel('Fødselsnummer eller d-nummer')).toHaveValue('123')
  await page.getByLabel('Fødselsnummer eller d-nummer').fill(FNR)
  await page.getByRole('button', { name: 'Vis innsyn' }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/personer/${personId}/innsyn$`))
  await expect(page.getByRole('heading', { level: 1, name: `Innsyn – ${FIRST} ${LAST}` })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Forespørsler om kontakt' }).getByRole('row').filter({ hasText: EMPLOYER })).toBeVisible()
  await expectAccessible(page)
})
