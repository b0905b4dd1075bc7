import { test, expect } from '@playwright/test'
import {
  DESKTOP,
  PHONE,
  choose,
  expectStatus,
  fixture,
  isSubsequence,
  openCase,
  screenshot,
  shotPath,
  signIn,
  startAction,
  submitAction,
  timelineKinds,
} from './support'

// The whole life of a case, each person in their own browser: the inspector reports from a phone by the
// river, the county office triages and assigns, the unit rectifies, the inspector rejects the first
// rectification on site, the unit redoes it and the office accepts it: the case closes.
// 赛罕区住建局, the unit of unit.zhujian (the demo data may spell it out: 赛罕区住房和城乡建设局)
const ZHUJIAN = /赛罕区住(建|房和城乡建设)局/

test('a reported problem is triaged, assigned, rectified twice, accepted and closed', async ({ browser }) => {
  const description = `E2E 小黑河岸边堆放生活垃圾 ${Date.now()}`
  let caseId = ''

  await test.step('inspector reports a problem on 小黑河 with a photo, on a phone', async () => {
    const { context, page } = await signIn(browser, 'inspector.saihan', PHONE)
    await page.goto('/cases/new')
    await expect(page.getByTestId('report-form')).toBeVisible()

    await choose(page, 'report-waterbody', 'report-waterbody-popper', '小黑河')
    await choose(page, 'report-reach', 'report-reach-popper', '赛罕')
    await page.getByTestId('category-GARBAGE').click()
    await page.getByTestId('report-description').fill(description)

    // a tap on the map places the pin; then the exact coordinates are typed
    await page.getByTestId('map-view').click({ position: { x: 195, y: 130 } })
    await expect(page.getByTestId('report-lat')).not.toHaveValue('')
    await page.getByTestId('report-lat').fill('40.782500')
    await page.getByTestId('report-lon').fill('111.739100')
    await page.getByTestId('report-address').fill('小黑河桥下游 200 米左岸')

    await page.getByTestId('report-photos-input').setInputFiles(fixture('river-garbage.png'))
    await expect(page.getByTestId('photo-thumb')).toHaveCount(1)
    await screenshot(page, '01-report-form-phone')

    await page.getByTestId('report-submit').click()
    await expect(page).toHaveURL(/\/cases\/\d+$/)
    caseId = /\/cases\/(\d+)$/.exec(page.url())![1]!
    await expectStatus(page, 'REPORTED')
    await expect(page.getByTestId('case-description')).toHaveText(description)
    await expect(page.getByTestId('case-photo')).toHaveCount(1)
    await expect(page.getByTestId('action-TRIAGE')).toHaveCount(0) // an inspector does not triage
    await screenshot(page, '02-case-reported-phone')
    await context.close()
  })

  await test.step('county office accepts it as 一般 and assigns it to 赛罕区住建局', async () => {
    const { context, page } = await signIn(browser, 'office.saihan', DESKTOP)
    await openCase(page, caseId)
    await expectStatus(page, 'REPORTED')

    await startAction(page, 'TRIAGE')
    await page.getByTestId('triage-decision-ACCEPT').click()
    await page.getByTestId('triage-severity-GENERAL').click()
    await submitAction(page, 'TRIAGE')
    await expectStatus(page, 'ACCEPTED')
    await expect(page.getByTestId('case-severity')).toHaveText('一般')

    await startAction(page, 'ASSIGN')
    await choose(page, 'assign-unit', 'assign-unit-popper', ZHUJIAN)
    await page.getByTestId('assign-requirement').fill('清理岸边垃圾，设置警示牌，3 日内完成')
    await expect(page.getByTestId('assign-default-deadline')).toContainText('工作日')
    await screenshot(page, '03-assign-dialog-desktop')
    await submitAction(page, 'ASSIGN')
    await expectStatus(page, 'RECTIFYING')
    await expect(page.getByTestId('case-unit')).toHaveText(ZHUJIAN)
    await context.close()
  })

  await test.step('the unit submits its rectification with an after-photo', async () => {
    const { context, page } = await signIn(browser, 'unit.zhujian', PHONE)
    await openCase(page, caseId)
    await expectStatus(page, 'RECTIFYING')
    await startAction(page, 'SUBMIT_RECTIFICATION')
    await page.getByTestId('rectification-description').fill('已清理岸边垃圾')
    await page.getByTestId('rectification-photos-input').setInputFiles(fixture('river-clean.png'))
    await expect(page.getByTestId('photo-thumb')).toHaveCount(1)
    await submitAction(page, 'SUBMIT_RECTIFICATION')
    await expectStatus(page, 'SUBMITTED')
    await context.close()
  })

  await test.step('the inspector checks on site and rejects it with an opinion', async () => {
    const { context, page } = await signIn(browser, 'inspector.saihan', PHONE)
    await openCase(page, caseId)
    await expectStatus(page, 'SUBMITTED')
    await startAction(page, 'ACCEPT_RECTIFICATION')
    await page.getByTestId('acceptance-fail').click()
    await page.getByTestId('acceptance-opinion').fill('警示牌未设置，水面仍有漂浮垃圾')
    await submitAction(page, 'ACCEPT_RECTIFICATION')
    await expectStatus(page, 'RECTIFYING')
    expect(await timelineKinds(page)).toContain('ACCEPTANCE_FAILED')
    await context.close()
  })

  await test.step('the unit rectifies again', async () => {
    const { context, page } = await signIn(browser, 'unit.zhujian', PHONE)
    await openCase(page, caseId)
    await expectStatus(page, 'RECTIFYING')
    await startAction(page, 'SUBMIT_RECTIFICATION')
    await page.getByTestId('rectification-description').fill('已设置警示牌并打捞水面漂浮垃圾')
    await page.getByTestId('rectification-photos-input').setInputFiles(fixture('river-clean.png'))
    await submitAction(page, 'SUBMIT_RECTIFICATION')
    await expectStatus(page, 'SUBMITTED')
    await context.close()
  })

  await test.step('the office passes the acceptance and the case is closed with its whole history', async () => {
    const { context, page } = await signIn(browser, 'office.saihan', DESKTOP)
    await openCase(page, caseId)
    await startAction(page, 'ACCEPT_RECTIFICATION')
    await page.getByTestId('acceptance-pass').click()
    await page.getByTestId('acceptance-opinion').fill('现场核查，整改到位')
    await submitAction(page, 'ACCEPT_RECTIFICATION')
    await expectStatus(page, 'CLOSED')
    await expect(page.getByTestId('case-actions')).toHaveCount(0)

    const kinds = await timelineKinds(page)
    const expected = [
      'REPORTED',
      'ACCEPTED',
      'ASSIGNED',
      'RECTIFICATION_SUBMITTED',
      'ACCEPTANCE_FAILED',
      'RECTIFICATION_SUBMITTED',
      'ACCEPTANCE_PASSED',
    ]
    expect(isSubsequence(expected, kinds), `timeline was ${kinds.join(' → ')}`).toBe(true)
    await expect(page.getByTestId('timeline-opinion').filter({ hasText: '警示牌未设置' })).toHaveCount(1)
    await screenshot(page, '04-case-closed-desktop')
    await page.getByTestId('timeline').screenshot({ path: shotPath('05-timeline') })
    await context.close()
  })

  await test.step('the closed case reads well on a phone too', async () => {
    const { context, page } = await signIn(browser, 'inspector.saihan', PHONE)
    await openCase(page, caseId)
    await expectStatus(page, 'CLOSED')
    await screenshot(page, '06-case-closed-phone')
    await context.close()
  })
})
