import { test, expect } from '@playwright/test'
import { DESKTOP, PHONE, screenshot, signIn } from './support'

// an unknown user, so the failed attempt counts against no real account's login limit
test('a failed sign-in shows an error and stays on the login page', async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto('/cases')
  await expect(page).toHaveURL(/\/login\?redirect=/)
  await page.getByTestId('login-username').fill('nobody.e2e')
  await page.getByTestId('login-password').fill('wrong password')
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('login-error')).not.toBeEmpty()
  await expect(page).toHaveURL(/\/login\?redirect=/)
  await screenshot(page, '00-login-error-phone')
  await context.close()
})

test('the shell switches to English and back, and the menu follows the role', async ({ browser }) => {
  const { context, page } = await signIn(browser, 'unit.zhujian', DESKTOP)
  await expect(page.getByTestId('side-menu')).toBeVisible()
  await expect(page.getByTestId('menu-/cases/new')).toHaveCount(0) // units do not report
  await expect(page.getByTestId('menu-/cases')).toBeVisible()

  await page.getByTestId('lang-switch').click()
  await page.getByTestId('lang-en-US').click()
  await expect(page.getByTestId('menu-/')).toContainText('Inbox')
  await page.reload()
  await expect(page.getByTestId('menu-/')).toContainText('Inbox') // the choice is kept
  await screenshot(page, '07-inbox-english-desktop')
  await page.getByTestId('lang-switch').click()
  await page.getByTestId('lang-zh-CN').click()
  await expect(page.getByTestId('menu-/')).toContainText('待办')
  await context.close()
})

test('on a phone the menu is a drawer', async ({ browser }) => {
  const { context, page } = await signIn(browser, 'inspector.saihan', PHONE)
  await expect(page.getByTestId('side-menu')).toBeHidden()
  await page.getByTestId('menu-toggle').click()
  await expect(page.getByTestId('menu-/cases/new')).toBeVisible()
  await page.getByTestId('menu-/cases/new').click()
  await expect(page).toHaveURL(/\/cases\/new$/)
  await context.close()
})
