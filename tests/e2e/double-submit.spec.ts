import crypto from 'node:crypto'
import { expect, test } from '@playwright/test'
import { chooseOccupation, DEMO, expectAccessible, login, logout } from './helpers'

/**
 * Issue 10 §6: a double click on «Lagre utkast» makes one vacancy. The test
 * stands between browser and server: it holds the first submit (a slow
 * server) until the second click has sent the form again, passes both on in
 * full (a request the browser gives up on has still reached the server) and
 * counts them: two arrive, one vacancy exists.
 */
test('clicking «Lagre utkast» twice while the server is slow creates one vacancy and shows it', async ({ page }) => {
  const title = `Dobbeltklikk ${crypto.randomBytes(3).toString('hex')}`
  await login(page, DEMO.arbeidsgiver2)
  await page.goto('/arbeidsgiver/stillinger/ny')
  await expect(page.getByRole('heading', { level: 1, name: 'Ny stilling' })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Tittel på stillingen').fill(title)
  await chooseOccupation(page, 'Yrke', 'kokk', 'Kokker')
  await page.getByLabel('Beskrivelse').fill('Lunsj og catering på hverdager.')
  await page.getByLabel('Stillingsprosent').fill('100')
  await page.getByRole('radio', { name: 'Fast' }).check()

  // The server is slow: the first answer is held until the second click has sent the form again.
  let seen = 0
  let delivered = 0
  let secondSent: () => void = () => {}
  const second = new Promise<void>((resolve) => (secondSent = resolve))
  await page.route(/\/arbeidsgiver\/stillinger\/ny/, async (route) => {
    if (route.request().method() !== 'POST') return route.continue()
    if (++seen === 1) await second
    else secondSent()
    const response = await route.fetch({ maxRedirects: 0 })
    delivered++
    // The browser drops the first request when the second click sends the form again; the server has answered it anyway.
    await route.fulfill({ response }).catch(() => {})
  })
  const save = page.getByRole('button', { name: 'Lagre utkast' })
  await save.click()
  await expect.poll(() => seen).toBe(1)
  await save.click()
  await expect(page.getByText('Stillingen er lagret som utkast.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect.poll(() => delivered).toBe(2)
  await expectAccessible(page)
  await page.unroute(/\/arbeidsgiver\/stillinger\/ny/)

  await page.goto('/arbeidsgiver/stillinger?status=UTKAST')
  await expect(page.getByRole('row').filter({ hasText: title })).toHaveCount(1)
  await expectAccessible(page)
  await logout(page)
})
