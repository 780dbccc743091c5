import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { addDays, format, parseISO } from 'date-fns'

export const DEMO_PASSWORD = 'demo-passord-123'
export const DEMO = {
  arbeidsgiver: 'arbeidsgiver@demo.no',
  arbeidsgiver2: 'arbeidsgiver2@demo.no',
  jobbspesialist: 'jobbspesialist@demo.no',
  jobbspesialist2: 'jobbspesialist2@demo.no',
  partner: 'partner@demo.no',
  admin: 'admin@demo.no',
} as const

/** Zero axe violations for WCAG 2.1 A and AA on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/logg-inn')
  await page.getByLabel('E-post').fill(email)
  await page.getByLabel('Passord').fill(password)
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible()
}

export async function logout(page: Page) {
  await page.getByRole('button', { name: 'Logg ut' }).click()
  await expect(page.getByRole('link', { name: 'Logg inn' })).toBeVisible()
}

/** Opens the newest caught e-mail to `to` in the dev mailbox and returns its body text. */
export async function readLatestMail(page: Page, to: string, subjectContains?: string): Promise<string> {
  await expect
    .poll(
      async () => {
        await page.goto('/dev/mailbox')
        const row = page.getByRole('row').filter({ hasText: to })
        const filtered = subjectContains ? row.filter({ hasText: subjectContains }) : row
        return filtered.count()
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThan(0)
  const row = page.getByRole('row').filter({ hasText: to })
  const filtered = subjectContains ? row.filter({ hasText: subjectContains }) : row
  await filtered.first().getByRole('link').click()
  return (await page.getByTestId('mail-body').textContent()) ?? ''
}

export function firstLink(text: string): string {
  const match = text.match(/https?:\/\/\S+/)
  if (!match) throw new Error(`no link in mail: ${text}`)
  return match[0]
}

/**
 * Today in Norway by the server's app clock (GET /dev/clock), as YYYY-MM-DD.
 * Tests compute dates from this, never from the test process's wall clock:
 * the server's clock may have been moved, or the whole run shifted to another date.
 */
export async function appToday(page: Page): Promise<string> {
  const response = await page.request.get('/dev/clock')
  expect(response.status()).toBe(200)
  return ((await response.json()) as { today: string }).today
}

/** `iso` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDaysIso(iso: string, days: number): string {
  return format(addDays(parseISO(iso), days), 'yyyy-MM-dd')
}

/** YYYY-MM-DD as typed by a Norwegian user: dd.mm.åååå. */
export function nbDate(iso: string): string {
  return iso.split('-').reverse().join('.')
}

/**
 * The CSRF token the app puts in every form (issue 12), for tests that post
 * directly with page.request (it shares the browser's cookies).
 */
export async function csrfToken(page: Page): Promise<string> {
  const html = await (await page.request.get('/')).text()
  const token = /<meta name="csrf-token" content="([^"]+)"/.exec(html)?.[1]
  if (!token) throw new Error('Fant ikke CSRF-token på forsiden')
  return token
}

/** A form post as the app's own forms send it (with the CSRF token). */
export async function postForm(page: Page, path: string, form: Record<string, string>) {
  return page.request.post(path, { form: { ...form, csrf: await csrfToken(page) } })
}

/**
 * Chooses an occupation in the occupation picker (Aksel Combobox): types part of the
 * title, waits for the suggestion from /ressurser/yrker and picks it.
 */
export async function chooseOccupation(page: Page, label: string | RegExp, typed: string, title: string) {
  const picker = page.getByRole('combobox', { name: label })
  await picker.fill(typed)
  const option = page.getByRole('option', { name: title, exact: true })
  await expect(option).toBeVisible()
  await option.click()
}
