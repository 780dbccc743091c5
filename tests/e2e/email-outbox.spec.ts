import crypto from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, expectAccessible, login, logout } from './helpers'

/**
 * Issue 10 §5: the admin's view of the e-mail outbox. The development SMTP
 * catcher refuses the reserved .invalid domain for good (550), so an
 * invitation to such an address is a mail that failed.
 */

async function invite(page: Page, email: string) {
  await page.goto('/admin/brukere/inviter')
  await page.getByLabel('E-post').fill(email)
  await page.getByRole('radio', { name: 'Jobbspesialist' }).check()
  await page.getByLabel('NAV-kontor').selectOption({ label: 'NAV Bergen' })
  await page.getByRole('button', { name: 'Send invitasjon' }).click()
  await expect(page.getByText('Invitasjonen er sendt.')).toBeVisible()
}

const failedTable = (page: Page) => page.getByRole('region', { name: 'E-post som har feilet' })

test('admin sees a failed mail with the server’s answer and sends it again by keyboard; it fits 390 px', async ({ page }) => {
  const address = `feilet-${crypto.randomBytes(4).toString('hex')}@avvist.invalid`
  await login(page, DEMO.admin)
  await invite(page, address)

  // Reached from the admin home.
  await page.goto('/admin')
  await page.getByRole('main').getByRole('link', { name: 'E-post' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'E-post' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /^Har feilet/ })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /^Prøves på nytt/ })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /^Venter/ })).toBeVisible()

  // The worker tries it within a second or two; the catcher refuses it for good.
  await expect
    .poll(
      async () => {
        await page.goto('/admin/e-post')
        return failedTable(page).getByRole('row').filter({ hasText: address }).count()
      },
      { timeout: 20_000 },
    )
    .toBe(1)
  const row = failedTable(page).getByRole('row').filter({ hasText: address })
  await expect(row).toContainText('Du er invitert')
  await expect(row).toContainText('550')
  await expect(row.getByRole('cell').nth(3)).toHaveText('1') // one attempt
  await expectAccessible(page)

  // By keyboard: from the table, Tab to this row's «Send på nytt» and press Enter.
  const button = row.getByRole('button', { name: /^Send på nytt/ })
  await failedTable(page).focus()
  for (let i = 0; i < 50 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(button).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: '1 e-post er lagt i kø og sendes snart.' })).toBeVisible()
  await expectAccessible(page)

  // It was really sent again: refused once more, so it is back among the failed with one new attempt.
  await expect
    .poll(
      async () => {
        await page.goto('/admin/e-post')
        const again = failedTable(page).getByRole('row').filter({ hasText: address })
        return (await again.count()) === 1 ? again.getByRole('cell').nth(3).textContent() : 'ikke feilet ennå'
      },
      { timeout: 20_000 },
    )
    .toBe('1')

  // A phone: no sideways scrolling, the wide table scrolls in its own box.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/admin/e-post')
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth)
  await expect(
    failedTable(page)
      .getByRole('row')
      .filter({ hasText: address })
      .getByRole('button', { name: /^Send på nytt/ }),
  ).toBeVisible()
  await expectAccessible(page)
  await logout(page)
})

test('the outbox is for admins only', async ({ page }) => {
  for (const user of [DEMO.arbeidsgiver, DEMO.jobbspesialist, DEMO.partner]) {
    await login(page, user)
    const response = await page.goto('/admin/e-post')
    expect(response?.status(), user).toBe(403)
    await expect(page.getByText('@avvist.invalid')).toHaveCount(0)
    await expectAccessible(page)
    await logout(page)
  }
})
