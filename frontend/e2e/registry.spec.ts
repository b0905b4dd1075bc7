import { test, expect } from '@playwright/test'
import { DESKTOP, choose, screenshot, signIn } from './support'

// 一河一策 end to end: the county office drafts a plan for its reach of 大黑河 with a measurable goal and a task
// for a unit, sends it; the county chief (the reach's chief, no lower chiefs below) finds it in his inbox and
// approves it; the water body's dossier then shows the approved plan with its task.
test('draft a plan, send it, approve it as the chief, see its tasks on the dossier', async ({ browser }) => {
  const title = `E2E 大黑河赛罕区段一河一策 ${Date.now()}`
  let policyId = ''

  await test.step('the county office drafts the plan with the five lists', async () => {
    const { context, page } = await signIn(browser, 'office.saihan', DESKTOP)
    await page.goto('/policies/new')
    await choose(page, 'policy-waterbody', 'policy-waterbody-popper', '大黑河')
    await page.getByTestId('policy-region').fill('150105')
    await page.getByTestId('policy-title').fill(title)

    await page.getByTestId('add-PROBLEM').click()
    await page.getByTestId('list-PROBLEM').getByTestId('item-content').fill('沿岸生活污水直排')

    await page.getByRole('tab', { name: /目标清单/ }).click()
    await page.getByTestId('add-GOAL').click()
    const goal = page.getByTestId('list-GOAL')
    await goal.getByTestId('item-content').fill('赛罕区段氨氮达标')
    await goal.getByTestId('item-indicator').fill('NH3N')
    await choose(page, 'item-comparator', 'item-comparator-popper', '≤')
    await goal.getByTestId('item-value').fill('1.5')
    await goal.getByTestId('item-target-date').fill('2030-12-31')

    await page.getByRole('tab', { name: /任务清单/ }).click()
    await page.getByTestId('add-TASK').click()
    const task = page.getByTestId('list-TASK')
    await task.getByTestId('item-content').fill('截污纳管改造')
    await choose(page, 'item-unit', 'item-unit-popper', /住(建|房和城乡建设)局/)
    await task.getByTestId('item-deadline').fill('2029-06-30')

    await page.getByTestId('policy-save').click()
    await expect(page).toHaveURL(/\/policies\/\d+$/)
    policyId = /\/policies\/(\d+)/.exec(page.url())![1]!
    await expect(page.getByTestId('policy-status')).toHaveAttribute('data-status', 'DRAFT')

    await page.getByTestId('policy-submit').click()
    await expect(page.getByTestId('policy-status')).toHaveAttribute('data-status', 'IN_APPROVAL')
    await screenshot(page, 'registry-policy-sent')
    await context.close()
  })

  await test.step('the county chief opens it from his inbox and approves it', async () => {
    const { context, page } = await signIn(browser, 'chief.saihan', DESKTOP)
    await page.goto('/')
    await page.getByTestId('inbox-filter-q').fill(`PL-${policyId}`)
    await page.getByTestId('inbox-filter-q').press('Enter')
    await page.getByTestId('inbox-row').filter({ hasText: '河长审批方案' }).first().click()
    await expect(page).toHaveURL(new RegExp(`/policies/${policyId}$`))
    await expect(page.getByTestId('policy-decide-step')).toBeVisible()
    await page.getByTestId('policy-comment').fill('同意实施')
    await page.getByTestId('policy-approve').click()
    await expect(page.getByTestId('policy-status')).toHaveAttribute('data-status', 'APPROVED')
    await expect(page.getByTestId('detail-TASK')).toContainText('截污纳管改造')
    await context.close()
  })

  await test.step('the dossier of 大黑河 shows the approved plan and its task progress', async () => {
    const { context, page } = await signIn(browser, 'office.saihan', DESKTOP)
    await page.goto(`/policies/${policyId}`)
    await page.getByRole('link', { name: '大黑河' }).click()
    await expect(page.getByTestId('dossier-title')).toContainText('大黑河')
    const plan = page.getByTestId('dossier-policy')
    await expect(plan.getByTestId('dossier-policy-link').filter({ hasText: title })).toBeVisible()
    // other suites may have approved plans with the same task on this water body: look inside this plan only
    const ours = plan.getByTestId('dossier-policy-item').filter({ has: page.getByTestId('dossier-policy-link').filter({ hasText: title }) })
    await expect(ours.getByTestId('dossier-policy-task-table')).toContainText('截污纳管改造')
    await expect(page.getByTestId('dossier-chiefs')).toContainText('张赛罕')
    await expect(page.getByTestId('signboard-hotline').first()).toHaveText('12369')
    await screenshot(page, 'registry-dossier')
    await page.getByTestId('dossier-policy-link').filter({ hasText: title }).click()
    await expect(page.getByTestId('detail-TASK')).toContainText('截污纳管改造')
    await context.close()
  })
})
