import { expect, test } from '@playwright/test'
import { DEMO, expectAccessible, login, logout } from './helpers'

/**
 * Issue 12 in a real browser: the strict Content-Security-Policy blocks
 * nothing the app needs (Remix hydrates, Aksel lays out, forms post with the
 * CSRF token), and a refused cross-site post is a readable bokmål page.
 */
test('the app runs under its CSP without a single violation, and forms carry the CSRF token', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text())
  })
  await page.goto('/tilskuddskalkulator')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await login(page, DEMO.arbeidsgiver)
  // Hydrated: a client-side navigation (no full page load) works.
  await page.getByRole('link', { name: 'Kandidater' }).first().click()
  await expect(page).toHaveURL(/\/arbeidsgiver\/kandidater/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectAccessible(page)
  const token = await page.locator('header form input[name="csrf"]').getAttribute('value')
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
  await logout(page)
  expect(violations).toEqual([])
})

test('a post from another site is refused with a bokmål page (403), not an error', async ({ page, request }) => {
  const response = await request.post('/logg-inn', {
    form: { email: DEMO.arbeidsgiver, password: 'demo-passord-123' },
    headers: { Origin: 'https://evil.example' },
  })
  expect(response.status()).toBe(403)
  const html = await response.text()
  expect(html).toContain('Skjemaet ble sendt fra et annet nettsted')
  await page.setContent(html)
  await expect(page.getByRole('heading', { level: 1, name: 'Forespørselen ble avvist' })).toBeVisible()
  await expectAccessible(page)
})
