import { test, expect, type Page } from '@playwright/test'
import { PHONE, choose, expectStatus, fixture, screenshot, signIn } from './support'

/**
 * Records the JSON part `report` of every report POST the page attempts (Chromium does not expose
 * multipart bodies with file parts to Playwright, so the page's fetch is watched instead).
 */
async function recordReports(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __reports: string[]; fetch: typeof fetch }
    w.__reports = []
    const original = w.fetch.bind(window)
    w.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const report = init?.body instanceof FormData ? init.body.get('report') : null
      if (report instanceof Blob) w.__reports.push(await report.text())
      return original(input, init)
    }
  })
}

const attemptedClientIds = (page: Page) =>
  page.evaluate(() => (window as unknown as { __reports: string[] }).__reports.map((r) => (JSON.parse(r) as { clientId?: string }).clientId ?? null))

// By the river the network comes and goes: a half-filled report survives a reload, and a report sent while
// offline is sent again with the same client id, so it makes one case.
test('a report survives a reload and a lost network, and is filed once', async ({ browser }) => {
  const { context, page } = await signIn(browser, 'inspector.saihan', PHONE)
  await recordReports(page)
  const description = `E2E 离线重发 ${Date.now()}`
  await page.goto('/cases/new')
  await choose(page, 'report-waterbody', 'report-waterbody-popper', '小黑河')
  await choose(page, 'report-reach', 'report-reach-popper', '赛罕')
  await page.getByTestId('category-FLOATING_DEBRIS').click()
  await page.getByTestId('report-description').fill(description)
  await page.getByTestId('report-lat').fill('40.7801')
  await page.getByTestId('report-lon').fill('111.7402')
  await page.getByTestId('report-photos-input').setInputFiles(fixture('river-garbage.png'))
  await expect(page.getByTestId('photo-thumb')).toHaveCount(1)
  await page.waitForTimeout(1000) // the draft is saved a moment after the last keystroke

  await page.reload()
  await expect(page.getByTestId('draft-restored')).toBeVisible()
  await expect(page.getByTestId('report-description')).toHaveValue(description)
  await expect(page.getByTestId('report-lat')).toHaveValue('40.7801')
  await expect(page.getByTestId('photo-thumb')).toHaveCount(1)

  await context.setOffline(true)
  await page.getByTestId('report-submit').click()
  await expect(page.getByTestId('problem-alert')).toBeVisible()
  await expect(page.getByTestId('report-submit')).toHaveText('重新提交')
  await screenshot(page, '08-report-offline-phone')

  await context.setOffline(false)
  await page.getByTestId('report-submit').click()
  await expect(page).toHaveURL(/\/cases\/\d+$/)
  await expectStatus(page, 'REPORTED')

  const ids = await attemptedClientIds(page)
  expect(ids).toHaveLength(2) // the offline attempt and the resend
  expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  expect(ids[1]).toBe(ids[0])

  // the draft is gone once the case exists
  await page.goto('/cases/new')
  await expect(page.getByTestId('report-form')).toBeVisible()
  await expect(page.getByTestId('draft-restored')).toHaveCount(0)
  await expect(page.getByTestId('report-description')).toHaveValue('')
  await context.close()
})
