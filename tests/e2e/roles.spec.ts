import { expect, test } from '@playwright/test'
import { DEMO, expectAccessible, login, logout } from './helpers'

/** Every role is refused every other role's pages with the «Ingen tilgang» page (403). */
const HOMES = {
  arbeidsgiver: ['/arbeidsgiver'],
  jobbspesialist: ['/jobbspesialist'],
  partner: ['/partner'],
  admin: ['/admin', '/admin/brukere', '/admin/brukere/inviter', '/admin/organisasjoner', '/admin/e-post'],
} as const
type Role = keyof typeof HOMES

const USERS: Record<Role, string> = {
  arbeidsgiver: DEMO.arbeidsgiver,
  jobbspesialist: DEMO.jobbspesialist,
  partner: DEMO.partner,
  admin: DEMO.admin,
}

for (const role of Object.keys(HOMES) as Role[]) {
  test(`${role} reaches their own pages and is refused the others`, async ({ page }) => {
    await login(page, USERS[role])
    for (const path of HOMES[role]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    }
    let checkedAccessibility = false
    for (const other of Object.keys(HOMES) as Role[]) {
      if (other === role) continue
      for (const path of HOMES[other]) {
        const response = await page.goto(path)
        expect(response?.status(), `${role} → ${path}`).toBe(403)
        await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible()
        if (!checkedAccessibility) {
          await expectAccessible(page)
          checkedAccessibility = true
        }
      }
    }
    await logout(page)
  })
}

test('a logged-out visitor is sent to log in from every role page', async ({ page }) => {
  for (const path of Object.values(HOMES).flat()) {
    await page.goto(path)
    await expect(page).toHaveURL(new RegExp(`/logg-inn\\?redirectTo=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
    await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible()
  }
  await expectAccessible(page)
})

test('pages for logged-out visitors redirect a logged-in user home', async ({ page }) => {
  await login(page, DEMO.partner)
  await page.goto('/registrer')
  await expect(page).toHaveURL(/\/$/)
  await logout(page)
})

test('the API answers 401 to a logged-out caller and 403 to a wrong role, as JSON', async ({ page }) => {
  const loggedOut = await page.request.get('/api/v1/stats')
  expect(loggedOut.status()).toBe(401)
  expect(await loggedOut.json()).toEqual({ error: 'Du må logge inn.' })
  await login(page, DEMO.arbeidsgiver)
  const wrongRole = await page.request.get('/api/v1/stats')
  expect(wrongRole.status()).toBe(403)
  expect(await wrongRole.json()).toEqual({ error: 'Du har ikke tilgang til dette.' })
  await logout(page)
})
