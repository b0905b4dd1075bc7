import { test, expect } from '@playwright/test'
import { DESKTOP, choose, screenshot, signIn } from './support'

// The city office enters monitoring data for a black-odorous body in remediation (demo: 扎达盖河(玉泉区段), graded
// heavy/light): a bad file is refused row by row and imports nothing; three clean rounds at its three detection
// points give the initial effect (初见成效); the completion assessment with 95 % satisfaction eliminates it (销号),
// and the public list shows it eliminated.
const BODY = '扎达盖河(玉泉区段)黑臭水体'
const POINTS = ['BO-ZDGH-2-P1', 'BO-ZDGH-2-P2', 'BO-ZDGH-2-P3']

/** A Beijing wall-clock time `minutesAgo` minutes before now, as the import expects. */
function beijing(minutesAgo: number): string {
  const d = new Date(Date.now() - minutesAgo * 60_000)
  const p = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d)
  const v = (t: string) => p.find((x) => x.type === t)?.value
  return `${v('year')}-${v('month')}-${v('day')} ${v('hour')}:${v('minute')}`
}

test('clean samples flip a heavy black-odorous body to eliminated', async ({ browser }) => {
  const { context, page } = await signIn(browser, 'office.hohhot', DESKTOP)

  await test.step('the body is in remediation and still black-odorous', async () => {
    await page.goto('/quality/black-odorous')
    await page.getByTestId('bo-row').filter({ hasText: BODY }).click()
    await expect(page.getByTestId('bo-detail-status')).toHaveAttribute('data-status', 'REMEDIATING')
    await expect(page.getByTestId('bo-current-grade')).toHaveText(/(重度|轻度)黑臭/)
  })
  const bodyUrl = page.url()

  await test.step('a file with bad rows imports nothing and names every bad row', async () => {
    await page.goto('/quality/monitoring')
    await choose(page, 'quality-waterbody', 'quality-waterbody-popper', BODY)
    await page.getByRole('tab', { name: '批量导入' }).click()
    const bad =
      'site,sampled_at,item,value,unit,water_depth_cm\n' +
      `${POINTS[0]},${beijing(200)},DO,4,mg/L,60\n` +
      `NO-SUCH-POINT,${beijing(200)},DO,4,mg/L,60\n` +
      `${POINTS[1]},${beijing(200)},DO,-1,mg/L,60\n` +
      `${POINTS[2]},${beijing(200)},pH,15,,60\n` +
      `${POINTS[2]},${beijing(190)},NH3N,2,g/L,60\n`
    await page.getByTestId('quality-import-input').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) })
    const problems = page.getByTestId('quality-import-problems')
    await expect(problems).toBeVisible()
    await expect(problems.locator('tbody tr')).toHaveCount(4)
    await expect(problems).toContainText('NO-SUCH-POINT')
    await screenshot(page, 'quality-01-import-rejected')
  })

  await test.step('three clean rounds at every detection point are imported and classified', async () => {
    let csv = 'site,sampled_at,item,value,unit,water_depth_cm\n'
    for (const minutesAgo of [180, 120, 60]) {
      for (const p of POINTS) {
        csv += `${p},${beijing(minutesAgo)},SD,42,cm,60\n${p},${beijing(minutesAgo)},DO,4.5,mg/L,60\n`
        csv += `${p},${beijing(minutesAgo)},ORP,110,mV,60\n${p},${beijing(minutesAgo)},NH3N,2.2,mg/L,60\n`
      }
    }
    await page.getByTestId('quality-import-input').setInputFiles({ name: 'clean.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await expect(page.getByTestId('quality-import-ok')).toContainText('9')
    await page.getByRole('tab', { name: '样品列表' }).click()
    await expect(page.getByTestId('quality-samples')).toContainText('不黑臭')
  })

  await test.step('initial effect, then the assessment eliminates it', async () => {
    await page.goto(bodyUrl)
    await expect(page.getByTestId('bo-detail-status')).toHaveAttribute('data-status', 'INITIAL_EFFECT')
    await expect(page.getByTestId('bo-current-grade')).toHaveText('不黑臭')
    await page.getByTestId('bo-assess-satisfaction').locator('input').fill('95')
    await page.getByTestId('bo-assess-submit').click()
    await expect(page.getByTestId('bo-detail-status')).toHaveAttribute('data-status', 'ELIMINATED')
    await expect(page.getByTestId('timeline-item').last()).toHaveAttribute('data-kind', 'ELIMINATED')
    await screenshot(page, 'quality-02-eliminated')
  })
  await context.close()

  await test.step('the public list shows it eliminated, without login', async () => {
    const anon = await browser.newContext({ ...DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    const pub = await anon.newPage()
    await pub.goto('/public/black-odorous')
    await expect(pub.getByTestId('public-bo-card').filter({ hasText: BODY })).toContainText('已销号')
    await pub.goto('/public/black-odorous/reports')
    await expect(pub.getByTestId('public-bo-report').first()).toContainText('PDF')
    await anon.close()
  })
})
