import crypto from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import { orgnrCheckDigit } from '../../app/domain/validation/orgnr'
import { DEMO, expectAccessible, firstLink, login, logout, readLatestMail } from './helpers'

/** A fresh valid orgnr and e-mail for every sign-up, so tests (and retries) never collide. */
function freshOrgnr(): string {
  while (true) {
    const first8 = `9${String(crypto.randomInt(0, 10_000_000)).padStart(7, '0')}`
    const check = orgnrCheckDigit(first8)
    if (check !== null) return `${first8}${check}`
  }
}
const freshEmail = (prefix: string) => `${prefix}-${crypto.randomBytes(4).toString('hex')}@eksempel.no`

type SignUp = { orgnr: string; organisationName: string; name: string; email: string; password: string }

async function fillSignUp(page: Page, s: SignUp, repeat = s.password) {
  await page.getByLabel('Organisasjonsnummer').fill(s.orgnr)
  await page.getByLabel('Navn på virksomheten').fill(s.organisationName)
  await page.getByLabel('Kommune', { exact: true }).selectOption('4601')
  await page.getByRole('radio', { name: 'Privat' }).check()
  await page.getByLabel('Bransje', { exact: true }).selectOption('I')
  await page.getByRole('checkbox', { name: 'Virke' }).check()
  await page.getByLabel('Navnet ditt').fill(s.name)
  await page.getByLabel('E-post').fill(s.email)
  await page.getByLabel('Passord', { exact: true }).fill(s.password)
  await page.getByLabel('Gjenta passordet').fill(repeat)
}

async function signUp(page: Page, prefix: string): Promise<SignUp> {
  const s = {
    orgnr: freshOrgnr(),
    organisationName: `Kafé ${prefix} AS`,
    name: 'Kari Nordmann',
    email: freshEmail(prefix),
    password: 'et langt passord',
  }
  await page.goto('/registrer')
  await fillSignUp(page, s)
  await page.getByRole('button', { name: 'Registrer' }).click()
  await expect(page).toHaveURL(/\/registrer\/sendt$/)
  return s
}

test('employer signs up, confirms the e-mail from the mailbox, logs in and out', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Registrer arbeidsgiver' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Registrer arbeidsgiver' })).toBeVisible()
  await expectAccessible(page)
  const s = await signUp(page, 'signup')
  await expect(page.getByRole('heading', { level: 1, name: 'Sjekk e-posten din' })).toBeVisible()
  await expectAccessible(page)

  // Not verified yet: log-in says so and offers a new link.
  await page.goto('/logg-inn')
  await page.getByLabel('E-post').fill(s.email)
  await page.getByLabel('Passord').fill(s.password)
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await expect(page.getByText('Du må bekrefte e-postadressen din før du kan logge inn.')).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Send bekreftelsen på nytt' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Send bekreftelsen på nytt' })).toBeVisible()
  await page.getByLabel('E-post').fill(s.email)
  await page.getByLabel('E-post').press('Enter')
  await expect(page.getByText(/har vi sendt en ny lenke/)).toBeVisible()
  await expectAccessible(page)

  // Two verification mails (sign-up and resend): wait for both, so the newest is the one that works.
  await expect
    .poll(async () => {
      await page.goto('/dev/mailbox')
      return page.getByRole('row').filter({ hasText: s.email }).count()
    })
    .toBe(2)
  const mail = await readLatestMail(page, s.email, 'Bekreft e-postadressen')
  expect(mail).toContain(s.organisationName)
  expect(mail).not.toContain(s.password)
  await expectAccessible(page)
  const link = firstLink(mail)
  expect(link).toMatch(/\/bekreft-epost\//)
  await page.goto(link)
  await expect(page.getByRole('heading', { level: 1, name: 'Bekreft e-postadressen' })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Bekreft e-postadressen' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/arbeidsgiver$/)
  await expect(page.getByText(`${s.name} (${s.organisationName})`)).toBeVisible()
  await logout(page)

  // The link is single use.
  await page.goto(link)
  await expect(page.getByText(/Lenken er allerede brukt/)).toBeVisible()
  await expect(page.getByRole('link', { name: 'Send bekreftelsen på nytt' })).toBeVisible()
  await expectAccessible(page)

  await login(page, s.email, s.password)
  await expect(page).toHaveURL(/\/arbeidsgiver$/)
  await logout(page)
})

test.describe('sign-up with bad input, without JavaScript', () => {
  // axe runs in the page, so it cannot run here; the same error states are checked with axe in the next test.
  test.use({ javaScriptEnabled: false })

  test('the server puts each message next to its field and keeps what was typed, but not the password', async ({ page }) => {
    const s = {
      orgnr: '889 640 783',
      organisationName: 'Feilfri Regnskap AS',
      name: 'Ola Nordmann',
      email: freshEmail('bad'),
      password: 'kort',
    }
    await page.goto('/registrer')
    await fillSignUp(page, s)
    await page.getByRole('button', { name: 'Registrer' }).click()
    const orgnr = page.getByLabel('Organisasjonsnummer')
    await expect(orgnr).toHaveAccessibleDescription(/kontrollsifferet stemmer ikke/)
    await expect(page.getByLabel('Passord', { exact: true })).toHaveAccessibleDescription(/Passordet må ha minst 12 tegn\./)
    await expect(page.getByRole('link', { name: /^Organisasjonsnummer: .*kontrollsifferet/ })).toBeVisible()
    await expect(orgnr).toHaveValue('889 640 783')
    await expect(page.getByLabel('Navn på virksomheten')).toHaveValue(s.organisationName)
    await expect(page.getByLabel('Kommune', { exact: true })).toHaveValue('4601')
    await expect(page.getByRole('radio', { name: 'Privat' })).toBeChecked()
    await expect(page.getByLabel('Bransje', { exact: true })).toHaveValue('I')
    await expect(page.getByRole('checkbox', { name: 'Virke' })).toBeChecked()
    await expect(page.getByLabel('Navnet ditt')).toHaveValue(s.name)
    await expect(page.getByLabel('E-post')).toHaveValue(s.email)
    await expect(page.getByLabel('Passord', { exact: true })).toHaveValue('')
    await expect(page.getByLabel('Gjenta passordet')).toHaveValue('')

    // An e-mail that already has an account, and a missing field.
    await orgnr.fill(freshOrgnr())
    await page.getByLabel('Navn på virksomheten').fill('')
    await page.getByLabel('E-post').fill(DEMO.arbeidsgiver)
    await page.getByLabel('Passord', { exact: true }).fill('et langt passord')
    await page.getByLabel('Gjenta passordet').fill('et langt passord')
    await page.getByRole('button', { name: 'Registrer' }).click()
    await expect(page.getByLabel('Navn på virksomheten')).toHaveAccessibleDescription(/Fyll ut feltet\./)
    await page.getByLabel('Navn på virksomheten').fill(s.organisationName)
    await page.getByLabel('Passord', { exact: true }).fill('et langt passord')
    await page.getByLabel('Gjenta passordet').fill('et langt passord')
    await page.getByRole('button', { name: 'Registrer' }).click()
    await expect(page.getByLabel('E-post')).toHaveAccessibleDescription(/finnes allerede en bruker/)
    await expect(page.getByLabel('E-post')).toHaveValue(DEMO.arbeidsgiver)
  })
})

test('sign-up with JavaScript shows the messages as the user goes', async ({ page }) => {
  await page.goto('/registrer')
  await fillSignUp(page, { orgnr: '123456789', organisationName: 'X AS', name: 'Y', email: freshEmail('js'), password: 'kort' })
  await page.getByRole('button', { name: 'Registrer' }).click()
  await expect(page.getByLabel('Organisasjonsnummer')).toHaveAccessibleDescription(/kontrollsifferet stemmer ikke/)
  await expect(page.getByLabel('Passord', { exact: true })).toHaveAccessibleDescription(/minst 12 tegn/)
  await expect(page).toHaveURL(/\/registrer$/)
  await expect(page.getByLabel('Navn på virksomheten')).toHaveValue('X AS')
  // The error summary links to the field.
  await page.getByRole('link', { name: /^Passord: / }).click()
  await expect(page.getByLabel('Passord', { exact: true })).toBeFocused()
  await expectAccessible(page)
  // Correcting a field clears its message as the user types; the server refuses an e-mail already in use.
  await page.getByLabel('Organisasjonsnummer').fill(freshOrgnr())
  await expect(page.getByLabel('Organisasjonsnummer')).not.toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('E-post').fill(DEMO.jobbspesialist)
  await page.getByLabel('Passord', { exact: true }).fill('et langt passord')
  await page.getByLabel('Gjenta passordet').fill('et langt passord')
  await page.getByRole('button', { name: 'Registrer' }).click()
  await expect(page.getByLabel('E-post')).toHaveAccessibleDescription(/finnes allerede en bruker/)
  await expect(page.getByLabel('Organisasjonsnummer')).not.toHaveValue('')
  await expectAccessible(page)
})

test('password reset through the mailbox; a reused link says so and offers a new one', async ({ page }) => {
  const s = await signUp(page, 'reset')
  await page.goto('/logg-inn')
  await page.getByRole('link', { name: 'Glemt passordet?' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Glemt passord' })).toBeVisible()
  await expectAccessible(page)
  // An unknown address gets the same answer as a known one.
  await page.getByLabel('E-post').fill('finnes-ikke@eksempel.no')
  await page.getByRole('button', { name: 'Send lenke' }).click()
  const neutral = page.getByText(/Hvis adressen hører til en bruker hos oss/)
  await expect(neutral).toBeVisible()
  await page.getByLabel('E-post').fill(s.email)
  await page.getByRole('button', { name: 'Send lenke' }).click()
  await expect(neutral).toBeVisible()
  await expectAccessible(page)

  const mail = await readLatestMail(page, s.email, 'Tilbakestill passordet')
  const link = firstLink(mail)
  expect(link).toMatch(/\/tilbakestill-passord\//)
  await page.goto(link)
  await expect(page.getByRole('heading', { level: 1, name: 'Velg nytt passord' })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Nytt passord').fill('for kort')
  await page.getByLabel('Gjenta passordet').fill('for kort')
  await page.getByRole('button', { name: 'Lagre nytt passord' }).click()
  await expect(page.getByLabel('Nytt passord')).toHaveAccessibleDescription(/minst 12 tegn/)
  await page.getByLabel('Nytt passord').fill('et helt nytt passord')
  await page.getByLabel('Gjenta passordet').fill('et helt nytt passord')
  await page.getByLabel('Gjenta passordet').press('Enter')
  await expect(page).toHaveURL(/\/logg-inn\?passord=endret/)
  await expect(page.getByText(/Passordet er endret/)).toBeVisible()
  await expectAccessible(page)

  await page.goto(link)
  await expect(page.getByText(/Lenken er allerede brukt/)).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Be om en ny lenke' }).click()
  await expect(page).toHaveURL(/\/glemt-passord$/)

  await page.goto('/logg-inn')
  await page.getByLabel('E-post').fill(s.email)
  await page.getByLabel('Passord').fill(s.password)
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await expect(page.getByText('Feil e-postadresse eller passord.')).toBeVisible()
  await login(page, s.email, 'et helt nytt passord')
  await logout(page)
})

test('admin invites a jobbspesialist who accepts, logs in, and can be deactivated', async ({ page }) => {
  const invitee = freshEmail('jobbspesialist')
  await login(page, DEMO.admin)
  await expect(page).toHaveURL(/\/admin$/)
  await expectAccessible(page)
  await page.getByRole('main').getByRole('link', { name: 'Brukere' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Inviter en bruker' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Inviter en bruker' })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('E-post').fill(invitee)
  await page.getByRole('radio', { name: 'Jobbspesialist' }).check()
  await page.getByRole('button', { name: 'Send invitasjon' }).click()
  await expect(page.getByLabel('NAV-kontor')).toHaveAccessibleDescription(/Velg NAV-kontoret/)
  await expect(page.getByLabel('E-post')).toHaveValue(invitee)
  await page.getByLabel('NAV-kontor').selectOption({ label: 'NAV Bergen' })
  await page.getByRole('button', { name: 'Send invitasjon' }).click()
  await expect(page.getByText('Invitasjonen er sendt.')).toBeVisible()
  await page.getByLabel('Søk på navn eller e-post').fill(invitee)
  await page.getByRole('button', { name: 'Søk' }).click()
  const row = page.getByRole('row').filter({ hasText: invitee })
  await expect(row).toContainText('Invitert')
  await expect(row).toContainText('NAV Bergen')
  await expectAccessible(page)
  await logout(page)

  const mail = await readLatestMail(page, invitee, 'invitert')
  const invitationLink = firstLink(mail)
  await page.goto(invitationLink)
  await expect(page.getByRole('heading', { level: 1, name: 'Velkommen til Vi inkluderer' })).toBeVisible()
  await expect(page.getByText(/invitert som jobbspesialist for NAV Bergen/)).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Navnet ditt').fill('Jens Jobbspesialist')
  await page.getByLabel('Passord', { exact: true }).fill('jens sitt passord')
  await page.getByLabel('Gjenta passordet').fill('jens sitt passord')
  await page.getByRole('button', { name: 'Opprett bruker' }).click()
  await expect(page).toHaveURL(/\/jobbspesialist$/)
  await expect(page.getByText('Jens Jobbspesialist (NAV Bergen)')).toBeVisible()
  await logout(page)
  // The invitation is single use.
  await page.goto(invitationLink)
  await expect(page.getByRole('heading', { level: 1, name: 'Invitasjonen kan ikke brukes' })).toBeVisible()
  await expect(page.getByText(/Lenken er allerede brukt/)).toBeVisible()
  await expectAccessible(page)
  await login(page, invitee, 'jens sitt passord')
  await logout(page)

  // The admin deactivates the new user, who can then no longer log in; the organisation page lists them.
  await login(page, DEMO.admin)
  await page.goto(`/admin/brukere?q=${encodeURIComponent(invitee)}`)
  // By keyboard: focus the row's button and press Enter.
  await page.getByRole('button', { name: 'Deaktiver Jens Jobbspesialist' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Brukeren er deaktivert og logget ut.')).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: invitee })).toContainText('Deaktivert')
  await page.goto('/admin/organisasjoner')
  await expect(page.getByRole('heading', { level: 1, name: 'Organisasjoner' })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Type').selectOption('NAV_UNIT')
  await page.getByLabel('Søk på navn eller organisasjonsnummer').fill('Bergen')
  await page.getByRole('button', { name: 'Søk' }).click()
  await page.getByRole('link', { name: 'NAV Bergen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'NAV Bergen' })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: invitee })).toContainText('Deaktivert')
  await expectAccessible(page)
  await logout(page)

  await page.goto('/logg-inn')
  await page.getByLabel('E-post').fill(invitee)
  await page.getByLabel('Passord').fill('jens sitt passord')
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await expect(page.getByText('Feil e-postadresse eller passord.')).toBeVisible()
})

test('sign-up works by keyboard alone, and the admin sees kommune, fylke, AGA zone and memberships', async ({ page }) => {
  const s = {
    orgnr: freshOrgnr(),
    organisationName: 'Tastatur Hotell AS',
    name: 'Tore Tast',
    email: freshEmail('tastatur'),
    password: 'kun med tastatur',
  }
  await page.goto('/registrer')
  await page.getByLabel('Organisasjonsnummer').focus()
  await page.keyboard.type(s.orgnr)
  await page.keyboard.press('Tab')
  await page.keyboard.type(s.organisationName)
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Kommune', { exact: true })).toBeFocused()
  await page.keyboard.type('Bergen')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('radio', { name: 'Privat' })).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Bransje', { exact: true })).toBeFocused()
  await page.keyboard.type('Overnatting')
  await page.keyboard.press('Tab')
  // Partner organisations in alphabetical order: Akademikerne, KS, LO, NHO …
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab')
  await expect(page.getByRole('checkbox', { name: /^NHO/ })).toBeFocused()
  await page.keyboard.press('Space')
  await page.getByLabel('Navnet ditt').focus()
  await page.keyboard.type(s.name)
  await page.keyboard.press('Tab')
  await page.keyboard.type(s.email)
  await page.keyboard.press('Tab')
  await page.keyboard.type(s.password)
  await page.keyboard.press('Tab')
  await page.keyboard.type(s.password)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/registrer\/sendt$/)

  await login(page, DEMO.admin)
  await page.goto(`/admin/organisasjoner?q=${s.orgnr}`)
  await page.getByRole('link', { name: s.organisationName }).click()
  await expect(page.getByRole('heading', { level: 1, name: s.organisationName })).toBeVisible()
  await expect(page.getByText('Bergen (4601)')).toBeVisible()
  await expect(page.getByText('Vestland')).toBeVisible()
  await expect(page.locator('dt', { hasText: 'Sone for arbeidsgiveravgift' }).locator('+ dd')).toHaveText('I')
  await expect(page.getByText('Overnattings- og serveringsvirksomhet (I)')).toBeVisible()
  await expect(page.getByRole('link', { name: /^NHO/ })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: s.email })).toContainText('E-post ikke bekreftet')
  await expectAccessible(page)
  await logout(page)
})
