import { expect, test, type Page } from '@playwright/test'
import fs from 'node:fs'
import { addDaysIso, appToday, chooseOccupation, DEMO, expectAccessible, login, nbDate, readLatestMail } from './helpers'

/**
 * Min side (issue 14), the person's journey on a 360 px phone, by keyboard:
 * the jobbspesialist invites → the person signs in with the link e-mailed
 * through SMTP (dev mailbox) → sees the profile exactly as employers do →
 * hides one adaptation need (gone from the employer's view) → answers a
 * contact request (the employer then sees the name) → says no to the
 * follow-up agreement (it goes back to the jobbspesialist) and approves the
 * changed one → sees innsyn → downloads the data (JSON and print) → removes
 * the profile (the employer's search no longer finds it) → asks for deletion
 * → signs out. Every page: axe, and no sideways scrolling at 360 px (and 390 px).
 *
 * The jobbspesialist and the employer work in their own browser contexts
 * (desktop) beside the person's, so nobody has to sign in twice.
 */

const FIRST = 'Mina'
const LAST = 'Sidesen'
const PERSON_EMAIL = 'mina.sidesen@example.no'
const EMPLOYER = 'Fjordkokken Restaurant AS'
const HEADLINE = 'Baker med fagbrev og kaffebrenning'
const SKILL = 'kaffebrenning'
const SHOWN_NEED = 'Fleksibel arbeidstid'
const HIDDEN_NEED = 'Stille og rolig miljø'
const PHONE_360 = { width: 360, height: 740 }
const PHONE_390 = { width: 390, height: 844 }

/** A valid fødselsnummer (modulus-11 check digits) for a person born 24.06.1991. */
function validFnr(seed: number): string {
  const base = '240691'
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

/** axe clean, and the page is no wider than the window (no sideways scrolling). */
async function checkPage(page: Page) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    // What sticks out, to make a failure say where.
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} «${(el.textContent ?? '').trim().slice(0, 40)}»`),
  }))
  expect(scrollWidth, `no sideways scrolling at ${innerWidth} px on ${page.url()}: ${wide.join('; ')}`).toBeLessThanOrEqual(innerWidth)
  await expectAccessible(page)
}

/** Presses a control by keyboard: focus it, then Enter (buttons, links) or Space (checkboxes). */
async function press(page: Page, control: ReturnType<Page['getByRole']>, key: 'Enter' | 'Space' = 'Enter') {
  await control.focus()
  await expect(control).toBeFocused()
  await page.keyboard.press(key)
}

async function searchCount(page: Page, word: string) {
  await page.goto('/arbeidsgiver/kandidater')
  await page.getByLabel('Fritekst').fill(word)
  await page.getByRole('button', { name: 'Søk' }).click()
  await page.waitForURL(new RegExp(`q=${word}`))
  return page.getByRole('link', { name: HEADLINE }).count()
}

const articleText = (page: Page, code: string) =>
  page
    .getByRole('article', { name: `Profil ${code}` })
    .textContent()
    .then((t) => (t ?? '').replace(/\s+/g, ' ').trim())

test('the person’s own page: invite → sign in by e-mail → profile, disclosure, request, agreement, innsyn, export, withdraw, deletion, sign out', async ({
  page,
  browser,
}) => {
  test.setTimeout(720_000) // three people, two sign-ins and some 40 pages with axe on a shared machine (about 7 minutes under load)
  const today = await appToday(page)
  const [jsContext, agContext] = await Promise.all([browser.newContext(), browser.newContext()])
  const [js, ag] = await Promise.all([jsContext.newPage(), agContext.newPage()])
  await login(js, DEMO.jobbspesialist)
  await login(ag, DEMO.arbeidsgiver)

  // --- Set-up by the jobbspesialist: the person, a profile with two adaptation needs, published.
  await js.goto('/jobbspesialist/portefolje/ny')
  await js.getByLabel('Fornavn').fill(FIRST)
  await js.getByLabel('Etternavn').fill(LAST)
  await js.getByLabel('Fødselsnummer eller d-nummer').fill(validFnr(211))
  await js.getByLabel('E-post (valgfritt)').fill(PERSON_EMAIL)
  await js.getByLabel('Kommune').selectOption('0301')
  await js.getByLabel('Innsatsgruppe').selectOption('TRENGER_VEILEDNING')
  await js.getByLabel('Henvist dato').fill(nbDate(addDaysIso(today, -30)))
  await js.getByLabel('NAV-kontor').selectOption({ index: 1 })
  await js.getByRole('button', { name: 'Registrer' }).click()
  await expect(js.getByRole('heading', { level: 1, name: `${FIRST} ${LAST}` })).toBeVisible()
  const personUrl = js.url().replace(/\?.*$/, '')
  await js.getByLabel('Sammendrag').fill('Baker med fagbrev og erfaring fra bakeri og kafé.')
  await js.getByRole('button', { name: 'Lagre CV' }).click()
  await expect(js.getByText('CV-en er lagret.')).toBeVisible()
  await js.getByText('Skriv profil', { exact: true }).click()
  await js.getByRole('radio', { name: 'Muntlig' }).check()
  await js.getByLabel('Dato for samtykket').fill(nbDate(today))
  await js.getByRole('button', { name: 'Registrer samtykke' }).click()
  await expect(js.getByText(/Samtykke registrert/)).toBeVisible()
  await js.getByLabel('Overskrift').fill(HEADLINE)
  await js.getByLabel('Om personen').fill('Morgenfugl som liker faste rutiner og å lage brød fra bunnen av.')
  await chooseOccupation(js, /Ønskede yrker/, 'baker', 'Bakere, konditorer mv.')
  await js.getByLabel('Ferdigheter').fill(`baking, ${SKILL}, hygiene`)
  await js.getByRole('checkbox', { name: SHOWN_NEED }).check()
  await js.getByRole('checkbox', { name: HIDDEN_NEED }).check()
  await js.getByRole('button', { name: 'Lagre og publiser' }).click()
  await expect(js.getByText(/Status: Publisert/)).toBeVisible()
  const code = ((await js.getByText(/^Status: Publisert/).textContent()) ?? '').match(/profilkode ([A-Z0-9-]+)/)![1]

  // «Gi tilgang til Min side» from the person's page in the caseload.
  await js.goto(personUrl)
  await js.getByRole('button', { name: 'Gi tilgang til Min side' }).click()
  await expect(js.getByText('Personen har fått en e-post med en lenke til Min side.', { exact: false })).toBeVisible()
  await expectAccessible(js)

  // The employer finds the profile (the index is fed through an outbox) and asks for contact.
  await expect.poll(() => searchCount(ag, SKILL), { timeout: 30_000 }).toBe(1)
  await ag.goto(`/arbeidsgiver/kandidater/${code}`)
  const employerViewBefore = await articleText(ag, code)
  expect(employerViewBefore).toContain(HIDDEN_NEED)
  await ag.getByText('Be om kontakt', { exact: true }).click()
  await ag.getByLabel('Melding til jobbspesialisten').fill('Vi trenger en baker til morgenskiftet og kan tilpasse arbeidstiden.')
  await ag.getByRole('button', { name: 'Send forespørsel' }).click()
  await expect(ag.getByText('Forespørselen er sendt til jobbspesialisten.')).toBeVisible()
  const employerRequestUrl = ag.url().replace(/\?.*$/, '')

  // The jobbspesialist asks the person (no link: the person answers on Min side).
  await js.goto('/jobbspesialist/foresporsler')
  await js.getByRole('link', { name: `${FIRST} ${LAST} (profil ${code})` }).click()
  await js.getByRole('radio', { name: 'Om 7 dager' }).check()
  await js.getByRole('checkbox', { name: 'Sammendrag' }).check()
  await js.getByRole('button', { name: 'Spør kandidaten' }).click()
  await expect(js.getByTestId('request-status')).toHaveText('Kandidaten er spurt')

  // --- The person, on a 360 px phone.
  await page.setViewportSize(PHONE_360)
  const invitation = await readLatestMail(page, PERSON_EMAIL, 'Du har fått tilgang til Min side')
  expect(invitation).toContain('Jobbspesialisten din har gitt deg tilgang til Min side')
  expect(invitation).not.toContain(HIDDEN_NEED)
  const signInLink = invitation.match(/https?:\/\/\S+\/min-side\/logg-inn\/[\w-]+/)?.[0]
  expect(signInLink, 'a single-use sign-in link in the e-mail').toBeTruthy()
  await page.goto(signInLink!)
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn på Min side' })).toBeVisible()
  await checkPage(page)
  // Opening the link alone signs nobody in: the person presses «Logg inn» (by keyboard).
  await press(page, page.getByRole('button', { name: 'Logg inn' }))
  await expect(page.getByRole('heading', { level: 1, name: `Hei, ${FIRST}` })).toBeVisible()
  // The site header shows who is signed in and «Logg ut» — not «Logg inn».
  const header = page.getByRole('banner')
  await expect(header).toContainText(FIRST)
  await expect(header.getByRole('button', { name: 'Logg ut' })).toBeVisible()
  await expect(header.getByRole('link', { name: 'Logg inn' })).toHaveCount(0)
  await checkPage(page)
  // The link was single-use.
  await page.goto(signInLink!)
  await expect(page.getByText('Lenken er allerede brukt.', { exact: false })).toBeVisible()
  await page.goto('/min-side')

  // 1. The profile exactly as employers see it: the same component, the same text.
  await press(page, page.getByRole('link', { name: 'Se profilen din slik arbeidsgivere ser den' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Profilen din slik arbeidsgivere ser den' })).toBeVisible()
  expect(await articleText(page, code)).toBe(employerViewBefore)
  await expect(page.getByRole('region', { name: 'Dette vises ikke, og hvorfor' })).toContainText('aldersgruppe')
  await checkPage(page)

  // 2. Disclosure: hide one adaptation need, by keyboard.
  await press(page, page.getByRole('link', { name: 'Bestem hva arbeidsgivere får vite' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Hva skal arbeidsgivere få vite?' })).toBeVisible()
  await checkPage(page)
  const hide = page.getByRole('checkbox', { name: `Arbeidshverdagen: ${HIDDEN_NEED}` })
  await expect(hide).toBeChecked()
  await press(page, hide, 'Space')
  await expect(hide).not.toBeChecked()
  await press(page, page.getByRole('button', { name: 'Lagre valget' }))
  await expect(page.getByText('Valget ditt er lagret.', { exact: false })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: `Arbeidshverdagen: ${HIDDEN_NEED}` })).not.toBeChecked()
  await expect(page.getByRole('checkbox', { name: `Arbeidstid: ${SHOWN_NEED}` })).toBeChecked()
  await checkPage(page)
  // … gone from the employer's view at once; the other need is still there.
  await ag.goto(`/arbeidsgiver/kandidater/${code}`)
  const employerViewAfter = await articleText(ag, code)
  expect(employerViewAfter).not.toContain(HIDDEN_NEED)
  expect(employerViewAfter).toContain(SHOWN_NEED)
  // The jobbspesialist sees the choice.
  await js.goto(`${personUrl}/min-side`)
  await expect(js.getByText(`Personen har valgt å ikke vise: Arbeidshverdagen: ${HIDDEN_NEED}`)).toBeVisible()

  // 3. Answer the contact request: yes, by keyboard.
  await press(page, page.getByRole('navigation', { name: 'Min side' }).getByRole('link', { name: 'Forespørsler' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Forespørsler fra arbeidsgivere' })).toBeVisible()
  await checkPage(page)
  await press(page, page.getByRole('link', { name: new RegExp(`^${EMPLOYER}`) }))
  await expect(page.getByRole('heading', { level: 1, name: `Vil du dele kontaktinformasjonen din med ${EMPLOYER}?` })).toBeVisible()
  await expect(page.getByText('Vi trenger en baker til morgenskiftet')).toBeVisible()
  await expect(page.getByText('Fra CV-en: Sammendrag')).toBeVisible()
  await expect(page.getByText('Svarfrist')).toBeVisible()
  await checkPage(page)
  const requestPath = new URL(page.url()).pathname
  await press(page, page.getByRole('button', { name: `Ja, del med ${EMPLOYER}` }))
  await expect(page.getByText('Du har sagt ja.', { exact: false })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Avslutt delingen nå' })).toBeVisible()
  await checkPage(page)
  // The employer now sees the name, and marks «Fått jobben».
  await ag.goto(employerRequestUrl)
  await expect(ag.getByRole('heading', { level: 2, name: `${FIRST} ${LAST}` })).toBeVisible()
  await ag.getByRole('radio', { name: 'Fått jobben' }).check()
  await ag.getByRole('button', { name: 'Lagre markering' }).click()
  await expect(ag.getByText('Markeringen er lagret.')).toBeVisible()

  // The jobbspesialist drafts the follow-up agreement from the hire.
  const start = addDaysIso(today, 14)
  await js.goto('/jobbspesialist/avtaler')
  await js.getByRole('link', { name: new RegExp(`^Lag avtale: ${FIRST} ${LAST} hos `) }).click()
  await js.getByRole('button', { name: 'Opprett avtalen' }).click()
  await expect(js.getByText('Avtalen er opprettet.')).toBeVisible()
  const agreementUrl = js.url().replace(/\?.*$/, '')
  await js.getByLabel('Stillingstittel').fill('Baker')
  await chooseOccupation(js, 'Yrke', 'baker', 'Bakere, konditorer mv.')
  await js.getByLabel('Stillingsprosent').fill('80')
  await js.getByLabel('Startdato', { exact: true }).fill(nbDate(start))
  await js.getByLabel('Sluttdato', { exact: true }).fill(nbDate(addDaysIso(start, 181)))
  await js.getByLabel('Månedslønn (kroner)').fill('34 000')
  await js.getByLabel('Mål for oppfølgingen').fill('Mestre morgenskiftet og gå over i fast stilling.')
  await js.getByLabel('Navn', { exact: true }).fill('Anne Arbeidsgiver')
  await js.getByLabel('Telefon', { exact: true }).fill('912 34 567')
  await js.getByRole('button', { name: 'Lagre avtalen' }).click()
  await expect(js.getByText('Endringene er lagret.')).toBeVisible()
  await expect(js.getByTestId('agreement-status')).toHaveText('Mangler godkjenning')

  // 4. The agreement: the person says no (by keyboard) …
  await press(page, page.getByRole('navigation', { name: 'Min side' }).getByRole('link', { name: 'Avtaler' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Oppfølgingsavtaler' })).toBeVisible()
  await checkPage(page)
  await press(page, page.getByRole('link', { name: new RegExp(`^Baker hos ${EMPLOYER}`) }))
  await expect(page.getByRole('heading', { level: 1, name: `Oppfølgingsavtale med ${EMPLOYER}` })).toBeVisible()
  await expect(page.getByTestId('person-agreement-status')).toHaveText('Status: Venter på at du godkjenner')
  await expect(page.getByText('Anne Arbeidsgiver', { exact: false }).first()).toBeVisible()
  await expect(page.getByText(nbDate(start)).first()).toBeVisible()
  await checkPage(page)
  await press(page, page.getByRole('button', { name: 'Jeg godkjenner ikke' }))
  await expect(page.getByText('Du sa at du ikke godkjenner avtalen slik den er', { exact: false })).toBeVisible()
  await expect(page.getByTestId('person-agreement-status')).toHaveText('Status: Du sa nei – jobbspesialisten endrer avtalen')
  await expect(page.getByRole('button', { name: 'Jeg godkjenner avtalen' })).toHaveCount(0)
  await checkPage(page)
  // … the agreement is back with the jobbspesialist as a draft, who changes it and sends it again …
  const declinedMail = await readLatestMail(js, DEMO.jobbspesialist, 'Deltakeren godkjente ikke oppfølgingsavtalen')
  expect(declinedMail).not.toContain(FIRST)
  await js.goto(agreementUrl)
  await expect(js.getByTestId('agreement-status')).toHaveText('Påbegynt')
  await expect(js.getByTestId('declined-by-person')).toBeVisible()
  await js.getByLabel('Mål for oppfølgingen').fill('Mestre morgenskiftet i eget tempo og gå over i fast stilling.')
  await js.getByRole('button', { name: 'Lagre avtalen' }).click()
  await expect(js.getByText('Endringene er lagret.')).toBeVisible()
  await expect(js.getByTestId('agreement-status')).toHaveText('Mangler godkjenning')
  // … and the person approves the new version.
  await page.reload()
  await expect(page.getByText('Mestre morgenskiftet i eget tempo')).toBeVisible()
  await press(page, page.getByRole('button', { name: 'Jeg godkjenner avtalen' }))
  await expect(page.getByText('Takk! Du har godkjent avtalen.')).toBeVisible()
  await expect(page.getByTestId('person-agreement-status')).toHaveText('Status: Du har godkjent – venter på de andre')
  await checkPage(page)
  await js.goto(agreementUrl)
  await expect(js.getByTestId('approvals')).toContainText('Deltaker: godkjent')

  // 5. Innsyn: which employer viewed the profile, asked for contact and saw the name.
  await press(page, page.getByRole('navigation', { name: 'Min side' }).getByRole('link', { name: 'Hvem har sett hva' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Hvem har sett hva' })).toBeVisible()
  for (const region of [
    'Arbeidsgivere som har sett profilen',
    'Arbeidsgivere som har bedt om kontakt',
    'Arbeidsgivere som har sett navnet ditt',
  ]) {
    await expect(page.getByRole('region', { name: region, exact: true })).toContainText(EMPLOYER)
  }
  // Her own visits are hers, never an employer's view.
  await expect(
    page
      .getByRole('region', { name: 'Alt som er registrert', exact: true })
      .getByRole('row')
      .filter({ hasText: 'Personen så sin egen profil på Min side' })
      .first(),
  ).toContainText('Du (Min side)')
  await checkPage(page)

  // 6. Take the data along: JSON download and a page to print.
  await press(page, page.getByRole('navigation', { name: 'Min side' }).getByRole('link', { name: 'Mine data' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Opplysningene dine' })).toBeVisible()
  await checkPage(page)
  const downloading = page.waitForEvent('download')
  await press(page, page.getByRole('link', { name: 'Last ned som fil (JSON)' }))
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`mine-data-vi-inkluderer-${today}.json`)
  const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as {
    person: { firstName: string; email: string }
    profile: { code: string; adaptationNeedsWithheld: string[] }
    contactRequests: Array<{ organisationName: string; status: string }>
    agreements: Array<{ status: string }>
  }
  expect(exported.person).toMatchObject({ firstName: FIRST, email: PERSON_EMAIL })
  expect(exported.profile).toMatchObject({ code, adaptationNeedsWithheld: [`Arbeidshverdagen: ${HIDDEN_NEED}`] })
  expect(exported.contactRequests).toEqual([expect.objectContaining({ organisationName: EMPLOYER, status: 'GODKJENT' })])
  expect(exported.agreements).toEqual([expect.objectContaining({ status: 'MANGLER_GODKJENNING' })])
  await press(page, page.getByRole('link', { name: 'Vis som side du kan skrive ut' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Opplysningene dine i Vi inkluderer' })).toBeVisible()
  for (const shown of [FIRST, LAST, PERSON_EMAIL, EMPLOYER, HEADLINE]) await expect(page.getByRole('main')).toContainText(shown)
  await checkPage(page)

  // One person can never reach another's page: ids that are not hers are «not found».
  for (const path of ['/min-side/foresporsler/1', '/min-side/avtaler/1']) {
    expect(path).not.toBe(requestPath)
    expect((await page.goto(path))?.status(), path).toBe(404)
  }

  // 7. Remove the profile with one button (by keyboard): the employer's search no longer finds it.
  await page.goto('/min-side')
  await press(page, page.getByRole('link', { name: 'Fjern profilen fra Vi inkluderer' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Fjern profilen fra Vi inkluderer' })).toBeVisible()
  await checkPage(page)
  await press(page, page.getByRole('button', { name: 'Fjern profilen min' }))
  await expect(page.getByText('Profilen din er fjernet.', { exact: false })).toBeVisible()
  await checkPage(page)
  expect(await searchCount(ag, SKILL)).toBe(0)
  expect((await ag.goto(`/arbeidsgiver/kandidater/${code}`))?.status()).toBe(404)
  await readLatestMail(js, DEMO.jobbspesialist, 'Samtykke til publisering er trukket tilbake')

  // 8. Ask for deletion: the rules first, then the request goes to the jobbspesialist.
  await page.goto('/min-side/mine-data')
  await press(page, page.getByRole('link', { name: 'Be om at opplysningene slettes' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Be om at opplysningene dine slettes' })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Oppfølgingsavtaler og tilskudd' })).toBeVisible()
  await checkPage(page)
  const message = page.getByLabel('Vil du si noe mer? (valgfritt)')
  await message.focus()
  await page.keyboard.type('Jeg har fått jobb og trenger ikke profilen lenger.')
  await press(page, page.getByRole('button', { name: 'Send forespørsel om sletting' }))
  await expect(page.getByText('Forespørselen er sendt til jobbspesialisten din.', { exact: false })).toBeVisible()
  await checkPage(page)
  await readLatestMail(js, DEMO.jobbspesialist, 'En person ber om sletting av opplysninger')
  await js.goto(`${personUrl}/min-side`)
  await expect(js.getByText('«Jeg har fått jobb og trenger ikke profilen lenger.»', { exact: false })).toBeVisible()
  await expectAccessible(js)

  // Every Min side page again at 390 px.
  await page.setViewportSize(PHONE_390)
  for (const path of [
    '/min-side',
    '/min-side/profil',
    '/min-side/deling',
    '/min-side/foresporsler',
    requestPath,
    '/min-side/avtaler',
    '/min-side/innsyn',
    '/min-side/mine-data',
    '/min-side/mine-data/utskrift',
    '/min-side/sletting',
    '/min-side/samtykke',
  ]) {
    await page.goto(path)
    await checkPage(page)
  }
  await page.setViewportSize(PHONE_360)

  // 9. Sign out from the header (by keyboard): Min side is closed again.
  await page.goto('/min-side')
  await press(page, page.getByRole('banner').getByRole('button', { name: 'Logg ut' }))
  await expect(page.getByText('Du er logget ut av Min side.')).toBeVisible()
  await expect(page.getByRole('banner').getByRole('link', { name: 'Logg inn' })).toHaveAttribute('href', '/min-side/logg-inn')
  await checkPage(page)
  await page.goto('/min-side/innsyn')
  await expect(page).toHaveURL(/\/min-side\/logg-inn$/)

  await Promise.all([jsContext.close(), agContext.close()])
})
