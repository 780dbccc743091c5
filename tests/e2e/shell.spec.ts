import { expect, test } from '@playwright/test'
import { DEMO, expectAccessible, login, logout } from './helpers'

test('the front page is accessible, in Norwegian, with a working skip link', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle(/Vi inkluderer/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Hopp til hovedinnhold' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#hovedinnhold')).toBeFocused()
  await expectAccessible(page)
})

test('an unknown page is a friendly 404', async ({ page }) => {
  const response = await page.goto('/finnes-ikke')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Fant ikke siden' })).toBeVisible()
  await expectAccessible(page)
})

test('a logged-out user is sent to log in and back to where they were going', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/logg-inn\?redirectTo=%2Fadmin/)
  await expectAccessible(page)
  await page.getByLabel('E-post').fill(DEMO.admin)
  await page.getByLabel('Passord').fill('demo-passord-123')
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectAccessible(page)
  await logout(page)
})

test('a wrong password gives a clear message and keeps the e-mail', async ({ page }) => {
  await page.goto('/logg-inn')
  await page.getByLabel('E-post').fill(DEMO.partner)
  await page.getByLabel('Passord').fill('feil-passord-123')
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await expect(page.getByText('Feil e-postadresse eller passord.')).toBeVisible()
  await expect(page.getByLabel('E-post')).toHaveValue(DEMO.partner)
  await expectAccessible(page)
  await login(page, DEMO.partner)
  await logout(page)
})
