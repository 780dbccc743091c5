import { expect, test } from '@playwright/test'
import { DEMO, expectAccessible, login } from './helpers'

test('admin searches the audit log; a bad date gets a message next to the field', async ({ page }) => {
  await login(page, DEMO.admin)
  await page.goto('/admin/revisjonslogg')
  await expect(page.getByRole('heading', { name: 'Revisjonslogg' })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Fra dato').fill('1. mars')
  await page.getByRole('button', { name: 'Søk' }).click()
  await expect(page.getByText('Skriv en gyldig dato på formen dd.mm.åååå, for eksempel 24.12.2026.')).toBeVisible()
  await expect(page.getByLabel('Fra dato')).toHaveValue('1. mars')
  await expectAccessible(page)
  await page.getByLabel('Fra dato').fill('01.01.2020')
  await page.getByRole('button', { name: 'Søk' }).click()
  await expect(page.getByRole('status')).toContainText('hendelser')
})

test('the audit log is for admin only', async ({ page }) => {
  await login(page, DEMO.jobbspesialist)
  const response = await page.goto('/admin/revisjonslogg')
  expect(response?.status()).toBe(403)
  await expect(page.getByRole('heading', { name: 'Ingen tilgang' })).toBeVisible()
  await expectAccessible(page)
})

test('admin filters the audit log by a catalogue action and sees its bokmål label', async ({ page }) => {
  await login(page, DEMO.admin)
  await page.goto('/admin/revisjonslogg')
  await page.getByLabel('Hendelse').selectOption({ label: 'Arbeidsgiver ba om kontakt' })
  await page.getByRole('button', { name: 'Søk' }).click()
  await expect(page.getByRole('status')).toContainText('hendelser')
  const cells = page.getByRole('table').getByRole('row').nth(1).getByRole('cell')
  await expect(cells.nth(1)).toHaveText('Arbeidsgiver ba om kontakt')
  await expect(page.getByRole('table')).not.toContainText('CONTACT_REQUESTED')
  await expectAccessible(page)
})
