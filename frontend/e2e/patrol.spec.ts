import { test, expect, type Page } from '@playwright/test'
import { DESKTOP, PHONE, choose, fixture, screenshot, signIn } from './support'

const START = { latitude: 40.73, longitude: 111.66 }

const pending = (page: Page) => page.getByTestId('patrol-pending')

// On the steppe the signal drops: a patrol recorded offline (points and a finding that opens a case) is kept on
// the phone and reaches the server, once, when the network is back.
test('a patrol recorded offline reaches the server with its finding and the finding’s case', async ({ browser }) => {
  const { context, page } = await signIn(browser, 'inspector.jinhe', PHONE)
  await context.grantPermissions(['geolocation'])
  await context.setGeolocation({ ...START, accuracy: 5 })

  await page.goto('/patrol')
  await choose(page, 'patrol-target', 'patrol-target-popper', '小黑河金河镇段')
  await page.getByTestId('patrol-start').click()
  const active = page.getByTestId('patrol-active')
  await expect(active).toBeVisible()
  const patrolId = (await active.getAttribute('data-patrol-id'))!
  expect(patrolId).toMatch(/^[0-9a-f-]{36}$/)
  await expect(page.getByTestId('patrol-points')).toHaveText('1')
  // online: the start and the first point go up at once
  await expect(pending(page)).toHaveAttribute('data-count', '0')

  await context.setOffline(true)
  await expect(page.getByTestId('patrol-online')).toHaveAttribute('data-online', 'false')
  // walk north along the reach, about 11 m a step
  for (let i = 1; i <= 5; i++) {
    await page.waitForTimeout(1100)
    await context.setGeolocation({ latitude: START.latitude + i * 0.0001, longitude: START.longitude, accuracy: 5 })
    await expect(page.getByTestId('patrol-points')).toHaveText(String(i + 1))
  }
  await expect(pending(page)).toHaveAttribute('data-count', '5')
  await expect(pending(page)).toContainText('5 条待上传')

  await page.getByTestId('patrol-finding').click()
  await expect(page.getByTestId('finding-dialog')).toBeVisible()
  await page.getByTestId('finding-note').fill('E2E 离线巡河: 河岸堆放生活垃圾')
  await page.getByTestId('finding-photos-input').setInputFiles(fixture('river-garbage.png'))
  await expect(page.getByTestId('finding-photo')).toHaveCount(1)
  await page.getByTestId('finding-open-case').click()
  await choose(page, 'finding-category', 'finding-category-popper', '垃圾')
  await page.getByTestId('finding-submit').click()
  await expect(page.getByTestId('finding-dialog')).toBeHidden()
  await expect(page.getByTestId('patrol-findings')).toHaveText('1')
  await expect(pending(page)).toHaveAttribute('data-count', '6')
  await screenshot(page, 'patrol-offline')

  await page.getByTestId('patrol-stop').click()
  await page.locator('.el-message-box__btns .el-button--primary').click()
  await expect(page.getByTestId('patrol-ended')).toBeVisible()
  await expect(pending(page)).toHaveAttribute('data-count', '7')

  // the network returns: everything goes up, in order, once
  await context.setOffline(false)
  await expect(pending(page)).toHaveAttribute('data-count', '0', { timeout: 30_000 })

  const res = await page.request.get(`/api/patrol/patrols/${patrolId}`)
  expect(res.status()).toBe(200)
  const detail = (await res.json()) as {
    patrol: { status: string; pointCount: number }
    points: { seq: number }[]
    findings: { caseId: number | null; note: string }[]
  }
  expect(detail.patrol.status).toBe('ENDED')
  expect(detail.points.map((p) => p.seq)).toEqual([0, 1, 2, 3, 4, 5])
  expect(detail.findings).toHaveLength(1)
  const caseId = detail.findings[0]!.caseId
  expect(caseId).toBeGreaterThan(0)
  const c = await page.request.get(`/api/casework/cases/${caseId}`)
  expect(c.status()).toBe(200)
  expect(((await c.json()) as { source: string }).source).toBe('PATROL')

  await page.getByTestId('patrol-ended-link').click()
  await expect(page.getByTestId('patrol-detail')).toBeVisible()
  await expect(page.getByTestId('patrol-finding-item')).toHaveCount(1)
  await expect(page.getByTestId('finding-case-link')).toBeVisible()
  await screenshot(page, 'patrol-detail')
  await context.close()
})

// The office's view: compliance by sub-region and by person, the patrols of its region with track playback.
test('an office sees compliance per region and per person, and plays a patrol back', async ({ browser }) => {
  const { context, page } = await signIn(browser, 'office.saihan', DESKTOP)
  await page.goto('/patrol/compliance')
  const table = page.getByTestId('compliance-table')
  await expect(table).toContainText('金河镇')
  await page.getByTestId('compliance-group').getByText('按人员').click()
  await expect(table).toContainText('金河镇巡河员周平')
  await screenshot(page, 'patrol-compliance')

  await page.goto('/patrol/history')
  await expect(page.getByTestId('history-table')).toContainText('小黑河')
  await page.getByTestId('history-table').locator('.el-table__row').first().click()
  await expect(page.getByTestId('patrol-detail')).toBeVisible()
  await page.getByTestId('patrol-play').click()
  await screenshot(page, 'patrol-playback')
  await context.close()
})
