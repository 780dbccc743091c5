import { expect, test } from '@playwright/test'
import { and, asc, eq } from 'drizzle-orm'
import { closeDb, getDb } from '../../db/client.server'
import { candidates, kommuner, profiles, users, vacancies } from '../../db/schema'
import { enqueueSearchUpdate } from '../../search/outbox.server'
import { DEMO, expectAccessible, login } from './helpers'

const PORT = Number(process.env.E2E_PORT ?? 3100)

/**
 * Arranges one person in the demo jobbspesialist's caseload with a published
 * profile that fits the demo employer's first published vacancy — written to
 * the running app's SQLite file through the real service hook
 * (enqueueSearchUpdate), exactly as publishing a profile does.
 */
function arrange(): { vacancyId: number; vacancyTitle: string; code: string; candidateId: number } {
  process.env.DATABASE_PATH = `tests/.tmp/e2e-${PORT}.db`
  const db = getDb()
  try {
    const employer = db.select().from(users).where(eq(users.email, DEMO.arbeidsgiver)).get()!
    const js = db.select().from(users).where(eq(users.email, DEMO.jobbspesialist)).get()!
    const vacancy = db
      .select({
        id: vacancies.id,
        title: vacancies.title,
        styrkCode: vacancies.styrkCode,
        fylke: kommuner.fylkesnummer,
        kommune: vacancies.kommunenummer,
        skills: vacancies.requiredSkills,
        tags: vacancies.inclusionTags,
      })
      .from(vacancies)
      .innerJoin(kommuner, eq(kommuner.kommunenummer, vacancies.kommunenummer))
      .where(and(eq(vacancies.organisationId, employer.organisationId!), eq(vacancies.status, 'PUBLISERT')))
      .orderBy(asc(vacancies.id))
      .get()!
    const code = 'E2EMT1'
    const existing = db.select().from(profiles).where(eq(profiles.code, code)).get()
    if (existing) return { vacancyId: vacancy.id, vacancyTitle: vacancy.title, code, candidateId: existing.candidateId }
    return db.transaction((tx) => {
      const person = tx
        .insert(candidates)
        .values({
          jobbspesialistUserId: js.id,
          firstName: 'Matti',
          lastName: 'Matchesen',
          fnr: '01019912345',
          birthDate: '1999-01-01',
          kommunenummer: vacancy.kommune,
          innsatsgruppe: 'TRENGER_VEILEDNING',
          referralDate: '2026-09-01',
          ipsStep: 'JOBBSOK',
        })
        .returning()
        .get()
      const profile = tx
        .insert(profiles)
        .values({
          candidateId: person.id,
          code,
          status: 'PUBLISERT',
          headline: 'Motivert og stabil',
          desiredStyrkCodes: [vacancy.styrkCode],
          skills: vacancy.skills ?? [],
          languages: ['no'],
          workCapacityMin: 10,
          workCapacityMax: 100,
          availability: 'UMIDDELBART',
          adaptationNeeds: ['ARBEIDSTID__GRADVIS_OKNING'],
          shownAgeBand: '25-29',
          shownFylkesnummer: vacancy.fylke,
          workKommuner: [vacancy.kommune],
          maxTravelKm: 20,
          workAreaConfirmedAt: '2026-11-20',
          shownWorkArea: { kommuner: [vacancy.kommune], fylker: [], partFylker: [], wholeCountry: false, maxTravelKm: 20 },
          publishedAt: '2026-11-20T10:00:00.000Z',
        })
        .returning()
        .get()
      enqueueSearchUpdate(tx, { kind: 'profile', id: profile.id })
      return { vacancyId: vacancy.id, vacancyTitle: vacancy.title, code, candidateId: person.id }
    })
  } finally {
    closeDb()
  }
}

test('an employer sees «Aktuelle kandidater» with reasons for a vacancy, by keyboard', async ({ page }) => {
  const { vacancyId, vacancyTitle, code } = arrange()
  await login(page, DEMO.arbeidsgiver)
  await page.goto(`/arbeidsgiver/stillinger/${vacancyId}`)
  await expectAccessible(page)
  const link = page.getByRole('link', { name: 'Se aktuelle kandidater for stillingen, med hvorfor de passer' })
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/arbeidsgiver/stillinger/${vacancyId}/kandidater$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Aktuelle kandidater: ${vacancyTitle}`)
  const hit = page.getByRole('article', { name: /Motivert og stabil/ })
  await expect(hit).toContainText(`Profil ${code}`)
  // each reason says what it added to the score
  await expect(hit.getByText(/^✓ Passer: Ønsker yrket .+ \(\d{4}\) \(\+40 poeng\)$/)).toBeVisible()
  await expect(hit.getByText(/Trenger tilrettelegging av arbeidstid — (dere tilbyr det|ikke oppgitt i stillingen)/)).toBeVisible()
  await expect(hit).not.toContainText('Matchesen')
  await expect(hit.getByRole('link', { name: `Be om kontakt om profil ${code}` })).toBeVisible()
  // how the score is made, opened with the keyboard
  await page.getByRole('button', { name: 'Slik regner vi ut samsvaret' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText(/Ved lik poengsum kommer profilen som ble opprettet først, først/)).toBeVisible()
  await expectAccessible(page)

  const api = await page.request.get(`/api/v1/vacancies/${vacancyId}/matches`)
  expect(api.status()).toBe(200)
  const body = await api.json()
  const item = body.items.find((i: { profile: { code: string } }) => i.profile.code === code)
  expect(item.reasons.map((r: { text: string }) => r.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^Ønsker yrket /)]))
  expect(item.reasons.find((r: { kind: string }) => r.kind === 'OCCUPATION').points).toBe(40)
  expect(JSON.stringify(body)).not.toContain('Matchesen')
  expect((await page.request.get('/api/v1/vacancies/abc/matches')).status()).toBe(400)
})

test('a jobbspesialist sees «Aktuelle stillinger» for a person and candidates for a vacancy', async ({ page }) => {
  const { vacancyId, vacancyTitle, candidateId } = arrange()
  await login(page, DEMO.jobbspesialist)
  await page.goto(`/jobbspesialist/portefolje/${candidateId}/stillinger`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aktuelle stillinger for Matti Matchesen')
  const hit = page.getByRole('article').filter({ hasText: vacancyTitle }).first()
  await expect(hit.getByText(/Ønsker yrket /)).toBeVisible()
  await expectAccessible(page)
  await hit.getByRole('link', { name: vacancyTitle }).click()
  await expect(page).toHaveURL(new RegExp(`/jobbspesialist/stillinger/${vacancyId}$`))
  await page.getByRole('link', { name: 'Se aktuelle kandidater for stillingen' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Aktuelle kandidater: ${vacancyTitle}`)
  await expect(page.getByRole('article', { name: /Motivert og stabil/ })).toBeVisible()
  await expectAccessible(page)

  const api = await page.request.get(`/api/v1/candidates/${candidateId}/matches`)
  expect(api.status()).toBe(200)
  expect((await api.json()).items.map((i: { vacancy: { id: number } }) => i.vacancy.id)).toContain(vacancyId)
})

test('another jobbspesialist gets a 404 for someone else’s person', async ({ page }) => {
  const { candidateId } = arrange()
  await login(page, DEMO.jobbspesialist2)
  const api = await page.request.get(`/api/v1/candidates/${candidateId}/matches`)
  expect(api.status()).toBe(404)
  expect(await api.json()).toEqual({ error: 'Fant ikke personen.' })
})

test('the employer’s profile search runs through the engine and shows facet counts', async ({ page }) => {
  arrange()
  await login(page, DEMO.arbeidsgiver)
  await page.goto('/arbeidsgiver/kandidater')
  await expect(page.getByLabel('Kan jobbe i fylke').locator('option', { hasText: /^Oslo \(\d+\)$/ })).toHaveCount(1)
  await expect(page.getByLabel('Språk').locator('option', { hasText: /^Norsk \([1-9]\d*\)$/ })).toHaveCount(1)
  await expectAccessible(page)
  // Norwegian text handling: the plural «stabile» finds headlines with «stabil» (e.g. «Motivert og stabil», profile ${code}).
  await page.getByLabel('Fritekst').fill('stabile')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/q=stabile/)
  await expect(page.getByRole('heading', { name: /stabil/i }).first()).toBeVisible()
  await expectAccessible(page)
  // A place in the query means «can work there»; with a query the best hits come first.
  await page.getByLabel('Fritekst').fill('kokk oslo')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/q=kokk\+oslo/)
  await expect(page.getByText('Viser profiler som kan jobbe i oslo.')).toBeVisible()
  await expect(page.getByLabel('Sorter')).toHaveValue('')
  await expectAccessible(page)
})
