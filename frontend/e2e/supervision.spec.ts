import { test, expect } from '@playwright/test'
import { DESKTOP, PHONE, screenshot, signIn } from './support'

// Against the demo data: DemoSupervision starts ladders from back-dated deadlines, so the job executor climbs
// them at start-up — one case sits on 催办, others on 督办 and on 挂牌督办.

test('an overdue case climbs the ladder and shows on the supervisor dashboard, down to the case list', async ({ browser }) => {
  // BrowserIT runs the specs against the integration context, where DemoSupervision is not loaded (its cases would
  // change the counts other suites check) and the job executor is off: no ladder sits on every rung there. This test
  // runs against the demo app (README "Testing"); the ladder itself is covered by SupervisionIT and the process tests.
  test.skip(process.env.E2E_CONTEXT === 'it', 'needs the demo data of DemoSupervision (ladders on every rung)')
  const { context, page } = await signIn(browser, 'supervisor', DESKTOP)
  await page.goto('/supervision')
  await expect(page.getByTestId('dashboard-region')).toHaveText('内蒙古自治区')
  // every rung is populated (the timers of the back-dated ladders may need a few seconds after start-up)
  await expect(async () => {
    await page.reload()
    for (const rung of ['URGED', 'SUPERVISED', 'LISTED']) {
      await expect(page.getByTestId(`rung-${rung}`)).not.toContainText(/\s0$/)
    }
  }).toPass({ timeout: 60_000 })
  await expect(page.getByTestId('stat-overdue')).toBeVisible()
  await screenshot(page, 'sv-01-dashboard-region')

  // the listed cases: they passed 催办 and 督办 on the way (both notices exist for the case)
  await page.getByTestId('rung-LISTED').click()
  await expect(page).toHaveURL(/\/supervision\/overdue\?.*rung=LISTED/)
  const listedTag = page.locator('[data-testid^="ladder-rung-"]').first()
  await expect(listedTag).toHaveText('挂牌督办')
  const caseNo = ((await listedTag.getAttribute('data-testid')) ?? '').replace('ladder-rung-', '')
  await page.goto('/supervision/notices')
  const rowsOfCase = page.getByTestId('notices-table').locator('tr', { hasText: caseNo })
  await expect(rowsOfCase.filter({ hasText: '督办单' }).first()).toBeVisible()
  await expect(rowsOfCase.filter({ hasText: '催办通知' }).first()).toBeVisible()

  // drill down: the region → 呼和浩特市 → 赛罕区 → its overdue cases in the case list
  await page.goto('/supervision')
  await page.getByTestId('drill-150100').click()
  await expect(page.getByTestId('dashboard-region')).toHaveText('呼和浩特市')
  await expect(page.getByTestId('rung-LISTED')).not.toContainText(/\s0$/)
  await page.getByTestId('drill-150105').click()
  await expect(page.getByTestId('dashboard-region')).toHaveText('赛罕区')
  await screenshot(page, 'sv-02-dashboard-saihan')
  await page.getByTestId('dashboard-up').click()
  await expect(page.getByTestId('dashboard-region')).toHaveText('呼和浩特市')
  await page.getByTestId('drill-150105').click()
  await page.getByTestId('stat-overdue').click()
  await expect(page).toHaveURL(/\/cases\?.*regionCode=150105/)
  await context.close()
})

test('the unit acknowledges its urge notice on a phone and the overdue sheet shows it', async ({ browser }) => {
  // needs an unanswered urge notice of the demo data (in the integration context there is one only if other suites
  // happened to run first): see the first test
  test.skip(process.env.E2E_CONTEXT === 'it', 'needs the demo data of DemoSupervision (an unanswered urge notice)')
  const unit = await signIn(browser, 'unit.zhujian', PHONE)
  await unit.page.goto('/supervision/notices?kind=URGE')
  const answer = unit.page.locator('[data-testid^="answer-"]').first()
  await expect(answer).toBeVisible()
  const row = unit.page.getByTestId('notices-table').locator('tr', { has: answer })
  const caseNo = (await row.locator('a[href^="/cases/"]').first().textContent())?.trim() ?? ''
  await answer.click()
  await unit.page.getByTestId('answer-text').fill('已收到, 正在组织清运')
  await unit.page.getByTestId('answer-submit').click()
  await expect(unit.page.getByTestId('notices-table').locator('tr', { hasText: caseNo }).first()).not.toContainText('待回复')
  await screenshot(unit.page, 'sv-03-urge-acknowledged-phone')
  await unit.context.close()

  const office = await signIn(browser, 'office.saihan', DESKTOP)
  await office.page.goto('/supervision/overdue')
  await expect(office.page.getByTestId('overdue-table').locator('tr', { hasText: caseNo })).toContainText('已签收')
  await office.context.close()
})
