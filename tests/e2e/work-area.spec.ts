import { expect, test } from '@playwright/test'
import { and, asc, eq, isNotNull } from 'drizzle-orm'
import { closeDb, getDb } from '../../db/client.server'
import { candidates, profiles, users } from '../../db/schema'
import { DEMO, expectAccessible, login } from './helpers'

const PORT = Number(process.env.E2E_PORT ?? 3100)

/**
 * Issue 11: after the upgrade, work areas derived from where people live are
 * unconfirmed. The jobbspesialist is asked to confirm them in the profile
 * editor; employers see «Kan jobbe i …», never «Hele landet» for a hidden area.
 */
function arrangeUnconfirmed(): { candidateId: number; code: string } {
  process.env.DATABASE_PATH = `tests/.tmp/e2e-${PORT}.db`
  const db = getDb()
  try {
    const js = db.select().from(users).where(eq(users.email, DEMO.jobbspesialist)).get()!
    const row = db
      .select({ id: profiles.id, code: profiles.code, candidateId: profiles.candidateId, kommune: candidates.kommunenummer })
      .from(profiles)
      .innerJoin(candidates, eq(candidates.id, profiles.candidateId))
      .where(and(eq(candidates.jobbspesialistUserId, js.id), eq(profiles.status, 'PUBLISERT'), isNotNull(profiles.shownWorkArea)))
      .orderBy(asc(profiles.id))
      .get()!
    // as the migration leaves it: the residence kommune and 30 km around, not confirmed
    db.update(profiles)
      .set({ workKommuner: [row.kommune], workFylker: [], workWholeCountry: false, maxTravelKm: 30, workAreaConfirmedAt: null })
      .where(eq(profiles.id, row.id))
      .run()
    return { candidateId: row.candidateId, code: row.code }
  } finally {
    closeDb()
  }
}

test('the jobbspesialist is asked to confirm a derived work area, and employers see where the person can work', async ({ page }) => {
  test.slow()
  const { candidateId, code } = arrangeUnconfirmed()
  await login(page, DEMO.jobbspesialist)
  await page.goto(`/jobbspesialist/portefolje/${candidateId}/profil`)
  await expect(page.getByRole('heading', { name: 'Hvor kan personen jobbe?' })).toBeVisible()
  await expect(page.getByText('Arbeidsstedet er foreslått ut fra hvor personen bor')).toBeVisible()
  await expect(page.getByLabel('Hvor langt kan personen reise?')).toHaveValue('30')
  await expectAccessible(page)

  // Confirm with the keyboard: tick the box and save.
  await page.getByLabel('Hvor langt kan personen reise?').selectOption('50')
  await page.getByRole('checkbox', { name: 'Arbeidsstedet er sjekket med personen' }).focus()
  await page.keyboard.press('Space')
  await page.getByRole('button', { name: 'Lagre endringer' }).click()
  await expect(page.getByText('Arbeidsstedet er foreslått ut fra hvor personen bor')).toHaveCount(0)
  await expect(page.getByLabel('Hvor langt kan personen reise?')).toHaveValue('50')
  await expectAccessible(page)

  // A kommune that does not exist is refused next to the field, and what was typed stays.
  await page.getByLabel('Kommune 2').fill('Atlantis')
  await page.getByRole('button', { name: 'Lagre endringer' }).click()
  await expect(page.getByText('Fant ingen kommune som heter «Atlantis». Velg fra listen.')).toBeVisible()
  await expect(page.getByLabel('Kommune 2')).toHaveValue('Atlantis')
  await expect(page.getByLabel('Hvor langt kan personen reise?')).toHaveValue('50')
  await expectAccessible(page)
  // A name typed in any case is found in the register.
  await page.getByLabel('Kommune 2').fill('bærum')
  await page.getByRole('button', { name: 'Lagre endringer' }).click()
  await expect(page.getByLabel('Kommune 2')).toHaveValue('Bærum')

  // The employer reads «Kan jobbe i …» on the profile.
  await page.context().clearCookies()
  await login(page, DEMO.arbeidsgiver)
  await page.goto(`/arbeidsgiver/kandidater/${code}`)
  await expect(page.getByText('Kan jobbe i', { exact: true })).toBeVisible()
  await expect(page.getByText('Hele landet', { exact: true })).toHaveCount(0)
  await expectAccessible(page)
})
