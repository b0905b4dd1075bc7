import {
  expect,
  request,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const PASSWORD = process.env.E2E_PASSWORD ?? 'Demo#2026'
export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://localhost:8080'

/**
 * An API client with the user's Basic credentials (no session, no CSRF token: the server exempts Basic requests):
 * for the data a test needs before its browser part, not for what the test is about.
 */
export async function apiAs(username: string, password = PASSWORD): Promise<APIRequestContext> {
  const basic = Buffer.from(`${username}:${password}`).toString('base64')
  return request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { Authorization: `Basic ${basic}` } })
}

/** iPhone-12-sized: the report form and the case page are used on phones by the river. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
}
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 } }

export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

const shotDir = fileURLToPath(new URL('../target/e2e/', import.meta.url))
mkdirSync(shotDir, { recursive: true })

export const shotPath = (name: string) => `${shotDir}${name}.png`

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: shotPath(name), fullPage: true })
}

export interface Session {
  context: BrowserContext
  page: Page
}

/** A fresh browser context (own cookies) signed in as the user. */
export async function signIn(browser: Browser, username: string, device: BrowserContextOptions): Promise<Session> {
  const context = await browser.newContext({ ...device, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  await page.goto('/login')
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(PASSWORD)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('user-menu')).toBeVisible()
  await expect(page).not.toHaveURL(/\/login/)
  return { context, page }
}

/** Chooses an option of an Element Plus select; the options live in a popper marked with `popperClass`. */
export async function choose(page: Page, testId: string, popperClass: string, text: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click()
  const option = page.locator(`.${popperClass} .el-select-dropdown__item`).filter({ hasText: text }).first()
  await option.click()
}

export async function openCase(page: Page, id: string): Promise<void> {
  await page.goto(`/cases/${id}`)
  await expect(page.getByTestId('case-no')).toBeVisible()
}

export async function expectStatus(page: Page, status: string): Promise<void> {
  await expect(page.getByTestId('case-status')).toHaveAttribute('data-status', status)
}

/** Opens an action's dialog from the case page. */
export async function startAction(page: Page, action: string): Promise<void> {
  await page.getByTestId(`action-${action}`).click()
  await expect(page.getByTestId(`dialog-${action}`)).toBeVisible()
}

/** Submits the open action dialog and waits until it has closed (the case then reloads). */
export async function submitAction(page: Page, action: string): Promise<void> {
  await page.getByTestId('dialog-submit').click()
  await expect(page.getByTestId(`dialog-${action}`)).toBeHidden()
}

/** The kinds of the timeline steps as shown, top (oldest) to bottom. */
export async function timelineKinds(page: Page): Promise<string[]> {
  return page.getByTestId('timeline-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-kind') ?? ''))
}

/** `expected` appears in `actual` in this order (other steps, e.g. deadline warnings, may lie between). */
export function isSubsequence(expected: readonly string[], actual: readonly string[]): boolean {
  let i = 0
  for (const a of actual) if (a === expected[i]) i++
  return i === expected.length
}
