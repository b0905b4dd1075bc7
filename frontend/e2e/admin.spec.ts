import { test, expect } from '@playwright/test'
import { DESKTOP, screenshot, signIn } from './support'

test('an admin finds users and sets a rectification time limit', async ({ browser }) => {
  const { context, page } = await signIn(browser, 'admin', DESKTOP)
  await page.getByTestId('menu-/admin/users').click()
  await page.getByPlaceholder('用户名或姓名').fill('chief.saihan')
  await page.getByRole('button', { name: '搜索' }).click()
  await expect(page.getByTestId('user-table')).toContainText('张赛罕')
  await screenshot(page, '20-admin-users')

  await page.getByTestId('menu-/admin/casework').click()
  const garbage = page.getByTestId('deadline-table').locator('tr', { hasText: '垃圾' }).first()
  const general = garbage.locator('.el-input-number input').first()
  await expect(general).toHaveValue('3')
  await general.fill('4')
  await general.press('Enter')
  await expect(page.locator('.el-message--success')).toBeVisible()
  await page.reload()
  await expect(page.getByTestId('deadline-table').locator('tr', { hasText: '垃圾' }).first().locator('.el-input-number input').first())
    .toHaveValue('4')
  await screenshot(page, '21-admin-deadlines')
  // put the demo's value back
  const again = page.getByTestId('deadline-table').locator('tr', { hasText: '垃圾' }).first().locator('.el-input-number input').first()
  await again.fill('3')
  await again.press('Enter')
  await expect(page.locator('.el-message--success').last()).toBeVisible()
  await context.close()
})

test('a new user signs in and changes their own password', async ({ browser }) => {
  const admin = await signIn(browser, 'admin', DESKTOP)
  const username = `e2e.${Date.now().toString(36)}`
  const cookies = await admin.context.cookies()
  const token = cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? ''
  const created = await admin.context.request.post('/api/admin/users', {
    headers: { 'X-XSRF-TOKEN': token, 'X-Requested-With': 'XMLHttpRequest' },
    data: { username, password: 'First2026pw', displayName: '测试巡河员', role: 'INSPECTOR', regionCode: '150105' },
  })
  expect(created.status()).toBe(201)
  await admin.context.close()

  const context = await browser.newContext({ ...DESKTOP, locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto('/login')
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill('First2026pw')
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('user-menu')).toBeVisible()
  await page.getByTestId('user-menu').click()
  await page.getByTestId('change-password').click()
  await page.getByLabel('当前密码').fill('wrong-one1')
  await page.getByLabel('新密码', { exact: true }).fill('Second2026pw')
  await page.getByLabel('再次输入新密码').fill('Second2026pw')
  await page.getByRole('button', { name: '提交' }).click()
  await expect(page.locator('.el-form-item__error').filter({ hasText: '当前密码不正确' })).toBeVisible()
  await page.getByLabel('当前密码').fill('First2026pw')
  await page.getByRole('button', { name: '提交' }).click()
  await expect(page.getByText('密码已修改')).toBeVisible()
  await screenshot(page, '22-password-changed')
  await context.close()
})
