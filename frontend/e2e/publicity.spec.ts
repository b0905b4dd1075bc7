import { test, expect, type Browser } from '@playwright/test'
import { DESKTOP, PHONE, choose, expectStatus, fixture, screenshot, signIn, startAction, submitAction } from './support'

// 赛罕区住建局, the unit of unit.zhujian (the demo data may spell it out: 赛罕区住房和城乡建设局)
const ZHUJIAN = /赛罕区住(建|房和城乡建设)局/

// by 小黑河's south bank, a few metres from the demo's open rubbish report
const BY_THE_RIVER = { latitude: 40.8008, longitude: 111.7015, accuracy: 12 }

/** A phone without an account that shares its position with the page. */
async function anonymous(browser: Browser) {
  const context = await browser.newContext({
    ...PHONE,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    geolocation: BY_THE_RIVER,
    permissions: ['geolocation'],
  })
  return { context, page: await context.newPage() }
}

// A citizen by 小黑河 reports rubbish from the phone without an account, gets a tracking number, the county
// office accepts the report and assigns it, and the citizen's status page shows the new stage.
test('an anonymous report with a photo is tracked by its number through acceptance and assignment', async ({ browser }) => {
  const description = `E2E 公众举报 小黑河南岸垃圾 ${Date.now()}`
  let caseNo = ''
  const citizen = await anonymous(browser)

  await test.step('the portal shows the water bodies and links to their public pages, without login', async () => {
    const { page } = citizen
    await page.goto('/public')
    await expect(page.getByTestId('public-home')).toBeVisible()
    await expect(page.getByTestId('public-nav')).toContainText('我要举报')
    await expect(page.locator('[data-testid="waterbody-item"][data-code="XHH"]')).toHaveCount(1)
    await expect(page.getByTestId('listed-cases')).toBeVisible()
    await screenshot(page, 'public-01-home-phone')
    await page.locator('[data-testid="waterbody-item"][data-code="XHH"]').click()
    await expect(page).toHaveURL(/\/public\/waterbodies\//)
    await expect(page.getByTestId('public-waterbody-name')).toHaveText('小黑河')
    await expect(page.getByTestId('public-reach').filter({ hasText: '小黑河赛罕区段' })).toHaveCount(1)
    await screenshot(page, 'public-02-waterbody-phone')
    await page.getByTestId('public-waterbody-report').click()
    await expect(page).toHaveURL(/\/public\/report\?waterbody=/)
  })

  await test.step('the citizen reports anonymously with a photo and receives the tracking number', async () => {
    const { page } = citizen
    await expect(page.getByTestId('public-report-form')).toBeVisible()
    await page.getByTestId('public-category-GARBAGE').click()
    await page.getByTestId('public-report-description').fill(description)
    // the phone's position sets the pin
    await page.getByTestId('use-my-position').click()
    await expect(page.getByTestId('report-lat')).toHaveValue('40.800800')
    await expect(page.getByTestId('report-lon')).toHaveValue('111.701500')
    await expect(page.getByTestId('geo-accuracy')).toBeVisible()
    await page.getByTestId('public-report-address').fill('小黑河南岸步道旁')
    await page.getByTestId('public-report-photos-input').setInputFiles(fixture('river-garbage.png'))
    await expect(page.getByTestId('photo-thumb')).toHaveCount(1)

    // the half-filled report survives a reload (a draft in the browser)
    await page.waitForTimeout(1000) // the draft is saved a moment after the last keystroke
    await page.reload()
    await expect(page.getByTestId('draft-restored')).toBeVisible()
    await expect(page.getByTestId('public-report-description')).toHaveValue(description)
    await expect(page.getByTestId('report-lat')).toHaveValue('40.800800')
    await expect(page.getByTestId('photo-thumb')).toHaveCount(1)
    await expect(page.getByTestId('public-category-GARBAGE')).toHaveAttribute('aria-checked', 'true')
    await screenshot(page, 'public-03-report-phone')
    await page.getByTestId('public-report-submit').click()

    // the demo has an open rubbish report a few metres away: "is this the same problem?" — no, send it
    const done = page.getByTestId('public-report-done')
    const dialog = page.getByTestId('public-report-duplicates')
    await expect(done.or(dialog)).toBeVisible()
    if (await dialog.isVisible()) {
      await expect(page.getByTestId('public-report-duplicate').first()).toBeVisible()
      await screenshot(page, 'public-04-same-problem-phone')
      await page.getByTestId('public-report-send-anyway').click()
    }
    await expect(done).toBeVisible()
    caseNo = (await page.getByTestId('public-report-caseno').textContent())!.trim()
    expect(caseNo).toMatch(/^HZ\d{4}-\d{7}$/)
    await screenshot(page, 'public-05-number-phone')

    await page.getByTestId('public-report-track').click()
    await expect(page).toHaveURL(new RegExp(`/public/cases/${caseNo}$`))
    await expect(page.getByTestId('public-case-stage')).toHaveAttribute('data-stage', 'RECEIVED')
    await expect(page.getByTestId('public-case-description')).toHaveText(description)
  })

  await test.step('the county office accepts the report and assigns it to 赛罕区住建局', async () => {
    const { context, page } = await signIn(browser, 'office.saihan', DESKTOP)
    await page.goto(`/cases?q=${caseNo}`)
    await page.getByTestId('case-row').filter({ hasText: caseNo }).first().click()
    await expect(page.getByTestId('case-no')).toHaveText(caseNo)
    await expectStatus(page, 'REPORTED')

    await startAction(page, 'TRIAGE')
    await page.getByTestId('triage-decision-ACCEPT').click()
    await page.getByTestId('triage-severity-GENERAL').click()
    await submitAction(page, 'TRIAGE')
    await expectStatus(page, 'ACCEPTED')

    await startAction(page, 'ASSIGN')
    await choose(page, 'assign-unit', 'assign-unit-popper', ZHUJIAN)
    await page.getByTestId('assign-requirement').fill('清理南岸步道旁垃圾，3 日内完成')
    await submitAction(page, 'ASSIGN')
    await expectStatus(page, 'RECTIFYING')
    await context.close()
  })

  await test.step('the public status page shows the report in rectification, with the unit and the public notes', async () => {
    const { page, context } = citizen
    await page.getByTestId('public-case-refresh').click()
    await expect(page.getByTestId('public-case-stage')).toHaveAttribute('data-stage', 'RECTIFYING')
    const steps = page.getByTestId('public-case-step')
    await expect(steps).toHaveCount(4)
    expect(await steps.evaluateAll((s) => s.map((e) => e.getAttribute('data-state')))).toEqual(['finish', 'finish', 'process', 'wait'])
    await expect(page.getByTestId('public-case-unit')).toHaveText(ZHUJIAN)
    await expect(page.getByTestId('public-case-deadline')).toHaveText(/^\d{4}-\d{2}-\d{2}$/)
    // nothing internal: neither the office's requirement nor who acted
    await expect(page.getByTestId('public-case')).not.toContainText('清理南岸步道旁垃圾')
    await expect(page.getByTestId('public-case')).not.toContainText('office.saihan')
    await screenshot(page, 'public-06-status-phone')

    // the lookup box on the home page leads to the same page
    await page.goto('/public')
    await page.getByTestId('case-lookup-input').fill(caseNo.toLowerCase())
    await page.getByTestId('case-lookup-submit').click()
    await expect(page).toHaveURL(new RegExp(`/public/cases/${caseNo}$`))
    await expect(page.getByTestId('public-case-stage')).toHaveAttribute('data-stage', 'RECTIFYING')
    await context.close()
  })
})

test('an unknown tracking number says so, and the portal pages load by their address without login', async ({ browser }) => {
  const { context, page } = await anonymous(browser)
  await page.goto('/public/cases/HZ1999-0000001')
  await expect(page.getByTestId('public-case-not-found')).toBeVisible()
  await page.goto('/public/track')
  await expect(page.getByTestId('public-track')).toBeVisible()
  await page.goto('/public/waterbodies/NO-SUCH-CODE')
  await expect(page.getByText('没有找到这个河湖')).toBeVisible()
  await expect(page).not.toHaveURL(/\/login/)
  await context.close()
})
