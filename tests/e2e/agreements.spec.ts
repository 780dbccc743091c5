import { expect, test, type Page } from '@playwright/test'
import { chooseOccupation, DEMO, expectAccessible, firstLink, login, logout, postForm, readLatestMail } from './helpers'

/**
 * Issue 6, done when: FATT_JOBBEN (demo data) → agreement drafted with a
 * lønnstilskudd calculation attached → employer approves → person approves
 * through the e-mailed link → jobbspesialist approves → the clock passes the
 * start date → GJENNOMFORES → a follow-up is logged → the reminder e-mail for
 * the next one arrives through SMTP (dev mailbox).
 */
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const nb = (iso: string) => iso.split('-').reverse().join('.')

async function setClock(page: Page, date: string) {
  const response = await postForm(page, '/dev/clock', { date })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { today: string }).today
}

// Long journeys with several logins (argon2) on a shared machine.
test.describe.configure({ timeout: 180_000 })

test.afterEach(async ({ page }) => {
  await postForm(page, '/dev/clock', { date: 'reset' })
})

test('follow-up agreement from «Fått jobben» to the first reminder', async ({ page }) => {
  const today = ((await (await page.request.get('/dev/clock')).json()) as { today: string }).today
  expect(await setClock(page, today)).toBe(today)
  // Keep the clock moves short: the e2e server and its demo data are shared by
  // every spec, and moving days ahead would expire other specs' demo requests.
  const start = addDays(today, 1)
  const next = addDays(start, 1)

  // 1. The jobbspesialist drafts the agreement from the demo hire.
  await login(page, DEMO.jobbspesialist)
  await page.getByRole('link', { name: 'Avtaler' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Oppfølgingsavtaler' })).toBeVisible()
  await expectAccessible(page)
  await page.getByTestId('hires').getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ny oppfølgingsavtale' })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Opprett avtalen' }).click()
  await expect(page.getByText('Avtalen er opprettet.')).toBeVisible()
  await expect(page.getByTestId('agreement-status')).toHaveText('Påbegynt')
  const agreementUrl = page.url().replace(/\?.*$/, '')
  const agreementId = agreementUrl.split('/').pop()!
  await expectAccessible(page)

  // A bad date gives a message next to the field and keeps what was typed.
  await page.getByLabel('Stillingstittel').fill('Lagermedarbeider')
  await page.getByLabel('Startdato', { exact: true }).fill('31.02.2027')
  await page.getByRole('button', { name: 'Lagre avtalen' }).click()
  await expect(page.getByText('Skriv startdatoen som dd.mm.åååå, for eksempel 01.12.2026.')).toBeVisible()
  await expect(page.getByLabel('Stillingstittel')).toHaveValue('Lagermedarbeider')

  await chooseOccupation(page, 'Yrke', 'losse', 'Laste- og lossearbeidere')
  await page.getByLabel('Stillingsprosent').fill('80')
  await page.getByLabel('Startdato', { exact: true }).fill(nb(start))
  await page.getByLabel('Sluttdato', { exact: true }).fill(nb(addDays(start, 181)))
  await page.getByLabel('Månedslønn (kroner)').fill('32 000')
  await page.getByRole('checkbox', { name: 'Gradvis økning av arbeidstid' }).check()
  await page.getByLabel('Hvordan: arbeidstid').fill('Starter med 60 % de første fire ukene.')
  await page.getByLabel('Mål for oppfølgingen').fill('Mestre oppgavene på lageret og gå over i fast stilling.')
  await page.getByLabel('Navn', { exact: true }).fill('Anne Arbeidsgiver')
  await page.getByLabel('Telefon', { exact: true }).fill('912 34 567')
  // Save by keyboard.
  await page.getByRole('button', { name: 'Lagre avtalen' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Endringene er lagret.')).toBeVisible()
  await expect(page.getByTestId('agreement-status')).toHaveText('Mangler godkjenning')

  // 2. A lønnstilskudd calculation is attached.
  await page.getByLabel('Ordning').selectOption('MIDLERTIDIG_LONNSTILSKUDD')
  await page.getByRole('button', { name: 'Beregn og legg ved' }).click()
  await expect(page.getByText('Beregningen er lagt ved avtalen.')).toBeVisible()
  await expect(page.getByTestId('schemes').getByRole('row').filter({ hasText: 'Midlertidig lønnstilskudd' })).toBeVisible()
  await page.getByText('Vis beregningen: Midlertidig lønnstilskudd').click()
  await expect(page.getByRole('cell', { name: /^(40|60) %$/ }).first()).toBeVisible()
  await expectAccessible(page)

  // The jobbspesialist cannot approve before the others.
  await expect(page.getByRole('button', { name: 'Godkjenn avtalen som jobbspesialist' })).toBeDisabled()
  await page.getByRole('button', { name: 'Send godkjenningslenke til deltakeren' }).click()
  await expect(page.getByText('Godkjenningslenken er sendt til deltakeren på e-post.')).toBeVisible()
  await logout(page)

  // 3. The employer approves.
  await login(page, DEMO.arbeidsgiver)
  await expect(page.getByText(/Venter på godkjenningen deres: [1-9]/)).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Avtaler' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Oppfølgingsavtaler' })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: new RegExp(`^Nr. ${agreementId}:`) }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Oppfølgingsavtale nr. ${agreementId}` })).toBeVisible()
  await expect(page.getByText('Midlertidig lønnstilskudd')).toBeVisible()
  await expectAccessible(page)
  // By keyboard.
  await page.getByRole('button', { name: 'Godkjenn avtalen' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Dere har godkjent avtalen.')).toBeVisible()
  await expect(page.getByTestId('approvals')).toContainText('Arbeidsgiver: godkjent')
  await logout(page)

  // Another employer cannot see it, in the UI or the API.
  await login(page, DEMO.arbeidsgiver2)
  expect((await page.goto(`/arbeidsgiver/avtaler/${agreementId}`))?.status()).toBe(404)
  expect((await page.request.get(`/api/v1/agreements/${agreementId}`)).status()).toBe(404)
  await logout(page)

  // 4. The person approves through the single-use link (dev mailbox).
  const mail = await readLatestMail(page, '@', 'Oppfølgingsavtalen din venter på godkjenningen din')
  const link = firstLink(mail)
  await page.goto(link)
  await expect(page.getByRole('heading', { level: 1, name: 'Godkjenn oppfølgingsavtalen' })).toBeVisible()
  await expect(page.getByText('Lagermedarbeider')).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Jeg godkjenner avtalen' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Takk for godkjenningen' })).toBeVisible()
  await expectAccessible(page)
  await page.goto(link)
  await expect(page.getByText('Lenken er allerede brukt.')).toBeVisible()

  // 5. The jobbspesialist approves last.
  await login(page, DEMO.jobbspesialist)
  await page.goto(agreementUrl)
  await page.getByRole('button', { name: 'Godkjenn avtalen som jobbspesialist' }).click()
  await expect(page.getByText('Du har godkjent avtalen.')).toBeVisible()
  await expect(page.getByTestId('agreement-status')).toHaveText('Klar for oppstart')
  const api = await page.request.get(`/api/v1/agreements/${agreementId}`)
  expect(api.status()).toBe(200)
  expect(await api.json()).toMatchObject({
    status: 'KLAR_FOR_OPPSTART',
    approvals: [{ party: 'EMPLOYER' }, { party: 'PERSON', method: 'DIGITAL_LENKE' }, { party: 'JOBBSPESIALIST' }],
  })
  expect((await page.request.get('/api/v1/agreements/abc')).status()).toBe(400)
  const openapi = (await (await page.request.get('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> }
  expect(Object.keys(openapi.paths)).toContain('/agreements/{id}')

  // 6. The clock passes the start date: the scheduled job starts the agreement.
  await setClock(page, start)
  await page.goto(agreementUrl)
  await expect(page.getByTestId('agreement-status')).toHaveText('Gjennomføres')

  // 7. A follow-up is logged, with the next one planned.
  await page.getByLabel('Type kontakt').selectOption('BESOK')
  await page.getByLabel('Med hvem').selectOption('BEGGE')
  await expect(page.getByLabel('Dato for kontakten')).toHaveValue(nb(start))
  await page.getByLabel('Kort notat').fill('Første dag på lageret gikk fint. Fadder er på plass.')
  await page.getByLabel('Neste oppfølging (valgfritt)').fill(nb(next))
  await page.getByRole('button', { name: 'Logg kontakten' }).click()
  await expect(page.getByText('Kontakten er logget.')).toBeVisible()
  await expect(page.getByTestId('follow-up-log')).toContainText('Første dag på lageret gikk fint.')
  await expect(page.getByTestId('planned')).toContainText(nb(next))
  await expectAccessible(page)

  // 8. The day before the next follow-up, the reminder arrives through SMTP.
  await setClock(page, addDays(next, -1))
  const reminder = await readLatestMail(page, DEMO.jobbspesialist, `Påminnelse: oppfølging i morgen – avtale nr. ${agreementId}`)
  expect(reminder).toContain(nb(next))
  expect(reminder).toContain(`/jobbspesialist/avtaler/${agreementId}`)
  await expectAccessible(page)
})

test('caseload pages show the figures against the norm', async ({ page }) => {
  await login(page, DEMO.jobbspesialist)
  await expect(page.getByText(/Aktive personer: \d+ av normen 20/)).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Porteføljetall', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Min portefølje' })).toBeVisible()
  await expect(page.getByTestId('active-count')).toContainText('av normen 20')
  await expectAccessible(page)
  await logout(page)

  await login(page, DEMO.admin)
  await page.getByRole('link', { name: 'Porteføljer' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Porteføljer' })).toBeVisible()
  const rows = page.getByTestId('caseloads')
  await expect(rows.getByRole('row').filter({ hasText: 'Jakob Jobbspesialist' })).toContainText('1 av 5')
  await expect(rows.getByRole('row').filter({ hasText: 'Jens Jobbspesialist' })).toContainText('5 av 5')
  await expectAccessible(page)
  // Keyboard: choose another unit and show it.
  await page.getByLabel('NAV-kontor').focus()
  await page.keyboard.press('ArrowDown')
  await page.getByRole('button', { name: 'Vis' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/enhet=/)
  await expectAccessible(page)
})

test('two editors at once: the second gets a clear message and keeps their input', async ({ browser }) => {
  // The first editor works without JavaScript (plain form posts), the second with it.
  const contexts = await Promise.all([browser.newContext({ javaScriptEnabled: false }), browser.newContext()])
  const [first, second] = await Promise.all(contexts.map((c) => c.newPage()))
  for (const page of [first, second]) await login(page, DEMO.jobbspesialist)
  await first.goto('/jobbspesialist/avtaler')
  // A draft from the demo data (Påbegynt).
  await first.getByRole('row').filter({ hasText: 'Påbegynt' }).first().getByRole('link').click()
  const url = first.url()
  await second.goto(url)
  await first.getByLabel('Mål for oppfølgingen').fill('Mål fra første redaktør')
  await second.getByLabel('Mål for oppfølgingen').fill('Mål fra andre redaktør')
  await first.getByRole('button', { name: 'Lagre avtalen' }).click()
  await expect(first.getByText('Endringene er lagret.')).toBeVisible()
  await second.getByRole('button', { name: 'Lagre avtalen' }).click()
  await expect(second.getByText('Noen andre har lagret endringer i avtalen mens du redigerte.', { exact: false })).toBeVisible()
  await expect(second.getByLabel('Mål for oppfølgingen')).toHaveValue('Mål fra andre redaktør')
  await expectAccessible(second)
  // Nothing of the first editor's was overwritten; saving again (after reading) stores the second's input.
  await first.reload()
  await expect(first.getByLabel('Mål for oppfølgingen')).toHaveValue('Mål fra første redaktør')
  await second.getByRole('button', { name: 'Lagre avtalen' }).click()
  await expect(second.getByText('Endringene er lagret.')).toBeVisible()
  await expect(second.getByLabel('Mål for oppfølgingen')).toHaveValue('Mål fra andre redaktør')
  await Promise.all(contexts.map((c) => c.close()))
})

test('a direct agreement: clear messages next to the fields, nothing lost', async ({ page }) => {
  await login(page, DEMO.jobbspesialist)
  await page.goto('/jobbspesialist/avtaler')
  await page.getByRole('link', { name: 'Lag en avtale for en person i porteføljen din' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ny oppfølgingsavtale' })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Opprett avtalen' }).click()
  await expect(page.getByText('Velg en person i porteføljen din.')).toBeVisible()
  await expect(page.getByText('Skriv arbeidsgiverens organisasjonsnummer.')).toBeVisible()
  await page.getByLabel('Person i porteføljen').selectOption({ index: 1 })
  await page.getByLabel('Arbeidsgiverens organisasjonsnummer').fill('123 456 785')
  await page.getByRole('button', { name: 'Opprett avtalen' }).click()
  await expect(page.getByText('Fant ingen registrert arbeidsgiver med dette organisasjonsnummeret.')).toBeVisible()
  await expect(page.getByLabel('Arbeidsgiverens organisasjonsnummer')).toHaveValue('123 456 785')
  await expectAccessible(page)
})

test('the follow-up note warns about health details before saving', async ({ page }) => {
  await login(page, DEMO.jobbspesialist)
  await page.goto('/jobbspesialist/avtaler')
  await page.getByRole('row').filter({ hasText: 'Gjennomføres' }).first().getByRole('link').click()
  await page.getByLabel('Type kontakt').selectOption('TELEFON')
  await page.getByLabel('Med hvem').selectOption('DELTAKER')
  await page.getByLabel('Kort notat').fill('Snakket om depresjon og medisiner.')
  await page.getByLabel('Neste oppfølging (valgfritt)').fill('')
  await page.getByRole('button', { name: 'Logg kontakten' }).click()
  await expect(page.getByText('Notatet ser ut til å inneholde helseopplysninger', { exact: false })).toBeVisible()
  await expect(page.getByLabel('Kort notat')).toHaveValue('Snakket om depresjon og medisiner.')
  await expectAccessible(page)
  await page.getByLabel('Kort notat').fill('Snakket om arbeidstiden.')
  await page.getByRole('button', { name: 'Logg kontakten' }).click()
  await expect(page.getByText('Kontakten er logget.')).toBeVisible()
})
