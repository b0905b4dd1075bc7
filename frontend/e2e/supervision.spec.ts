import { readFileSync } from 'node:fs'
import { test, expect, type APIRequestContext } from '@playwright/test'
import { apiAs, DESKTOP, fixture, PHONE, screenshot, signIn } from './support'

// Three overdue 赛罕区 cases, one per rung of the ladder: 催办 (urged), 督办 (supervised), 挂牌督办 (listed).
//
// In the integration context (BrowserIT sets E2E_CONTEXT=it) the job executor is off and DemoSupervision is not
// loaded, so this file builds its own ladders: it reports each case through the API, assigns it with a deadline an
// hour away and moves the server's clock (the test-only /api/test endpoints) past the deadline, then past 督办 (N = 3
// working days) and 挂牌督办 (M = 5 more), running the due timers each time. Against the demo app it takes the ladders
// DemoSupervision started at start-up (README "Testing").
const IT = process.env.E2E_CONTEXT === 'it'
const UNIT_NAME = '赛罕区住房和城乡建设局'

interface LadderCase {
  id: number
  caseNo: string
}
interface Rungs {
  urged: LadderCase
  supervised: LadderCase
  listed: LadderCase
}

let rungs: Rungs

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(600_000)
  rungs = IT ? await climbLadders() : await demoLadders()
})

test('an overdue case climbs the ladder and shows on the supervisor dashboard, down to the case list', async ({ browser }) => {
  const { context, page } = await signIn(browser, 'supervisor', DESKTOP)
  await page.goto('/supervision')
  await expect(page.getByTestId('dashboard-region')).toHaveText('内蒙古自治区')
  // every rung is populated (the read models follow the ladder's events)
  await expect(async () => {
    await page.reload()
    for (const rung of ['URGED', 'SUPERVISED', 'LISTED']) {
      await expect(page.getByTestId(`rung-${rung}`)).not.toContainText(/\s0$/)
    }
  }).toPass({ timeout: 60_000 })
  await expect(page.getByTestId('stat-overdue')).toBeVisible()
  await screenshot(page, 'sv-01-dashboard-region')

  // the listed case: on the overdue sheet as 挂牌督办, having passed 催办 and 督办 on the way (both notices exist)
  await page.getByTestId('rung-LISTED').click()
  await expect(page).toHaveURL(/\/supervision\/overdue\?.*rung=LISTED/)
  await expect(page.getByTestId(`ladder-rung-${rungs.listed.caseNo}`)).toHaveText('挂牌督办')
  await page.goto('/supervision/notices')
  const rowsOfCase = page.getByTestId('notices-table').locator('tr', { hasText: rungs.listed.caseNo })
  await expect(rowsOfCase.filter({ hasText: '督办单' }).first()).toBeVisible()
  await expect(rowsOfCase.filter({ hasText: '催办通知' }).first()).toBeVisible()

  // the other two rungs, each with its own case
  await page.goto('/supervision/overdue?rung=SUPERVISED')
  await expect(page.getByTestId(`ladder-rung-${rungs.supervised.caseNo}`)).toHaveText('已督办')
  await page.goto('/supervision/overdue?rung=URGED')
  await expect(page.getByTestId(`ladder-rung-${rungs.urged.caseNo}`)).toHaveText('已催办')

  // drill down: the region → 呼和浩特市 → 赛罕区 → its overdue cases in the case list
  await page.goto('/supervision')
  await page.getByTestId('drill-150100').click()
  await expect(page.getByTestId('dashboard-region')).toHaveText('呼和浩特市')
  await expect(page.getByTestId('rung-LISTED')).not.toContainText(/\s0$/)
  await page.getByTestId('drill-150105').click()
  await expect(page.getByTestId('dashboard-region')).toHaveText('赛罕区')
  await expect(page.getByTestId('rung-LISTED')).not.toContainText(/\s0$/)
  await screenshot(page, 'sv-02-dashboard-saihan')
  await page.getByTestId('dashboard-up').click()
  await expect(page.getByTestId('dashboard-region')).toHaveText('呼和浩特市')
  await page.getByTestId('drill-150105').click()
  await page.getByTestId('stat-overdue').click()
  await expect(page).toHaveURL(/\/cases\?.*regionCode=150105/)
  await context.close()
})

test('the unit acknowledges its urge notice on a phone and the overdue sheet shows it', async ({ browser }) => {
  const zhujian = await apiAs('unit.zhujian')
  const urge = (await getJson(zhujian, '/api/supervision/notices?kind=URGE&size=200')).items.find(
    (n: { caseId: number }) => n.caseId === rungs.urged.id,
  )
  await zhujian.dispose()
  expect(urge, `the urge notice of ${rungs.urged.caseNo}`).toBeTruthy()

  const unit = await signIn(browser, 'unit.zhujian', PHONE)
  await unit.page.goto('/supervision/notices?kind=URGE')
  const row = unit.page.getByTestId('notices-table').locator('tr', { has: unit.page.getByTestId(`answer-${urge.id}`) })
  await expect(row).toContainText(rungs.urged.caseNo)
  await unit.page.getByTestId(`answer-${urge.id}`).click()
  await unit.page.getByTestId('answer-text').fill('已收到, 正在组织清运')
  await unit.page.getByTestId('answer-submit').click()
  await expect(unit.page.getByTestId(`answer-${urge.id}`)).toHaveCount(0)
  await expect(unit.page.getByTestId('notices-table').locator('tr', { hasText: rungs.urged.caseNo }).first()).not.toContainText('待回复')
  await screenshot(unit.page, 'sv-03-urge-acknowledged-phone')
  await unit.context.close()

  const office = await signIn(browser, 'office.saihan', DESKTOP)
  await office.page.goto('/supervision/overdue')
  await expect(office.page.getByTestId('overdue-table').locator('tr', { hasText: rungs.urged.caseNo })).toContainText('已签收')
  await office.context.close()
})

test('the office issues the supervision notice early (提前督办) and the case moves to 督办', async ({ browser }) => {
  // a chief follows the sheet but does not issue notices: no button on the urged case
  const chief = await signIn(browser, 'chief.saihan', DESKTOP)
  await chief.page.goto('/supervision/overdue?rung=URGED')
  await expect(chief.page.getByTestId(`ladder-rung-${rungs.urged.caseNo}`)).toHaveText('已催办')
  await expect(chief.page.locator('[data-testid^="supervise-now-"]')).toHaveCount(0)
  await chief.context.close()

  const office = await signIn(browser, 'office.saihan', DESKTOP)
  const { page } = office
  await page.goto('/supervision/overdue?rung=URGED')
  await page.getByTestId(`supervise-now-${rungs.urged.caseNo}`).click()
  await expect(page.locator('.el-message-box')).toContainText(rungs.urged.caseNo)
  await page.locator('.el-message-box__btns .el-button--primary').click()
  await expect(page.getByText('督办单已下发')).toBeVisible()
  await expect(page.getByTestId(`supervise-now-${rungs.urged.caseNo}`)).toHaveCount(0)
  await page.goto('/supervision/overdue?rung=SUPERVISED')
  await expect(page.getByTestId(`ladder-rung-${rungs.urged.caseNo}`)).toHaveText('已督办')
  await screenshot(page, 'sv-04-supervised-early')
  await page.goto('/supervision/notices?kind=SUPERVISION')
  await expect(page.getByTestId('notices-table').locator('tr', { hasText: rungs.urged.caseNo })).toContainText('督办单')
  await office.context.close()
})

// ---- the ladders ------------------------------------------------------------------------------------------------

async function getJson(api: APIRequestContext, path: string) {
  const res = await api.get(path)
  expect(res.status(), `GET ${path}: ${await res.text()}`).toBe(200)
  return res.json()
}

async function postJson(api: APIRequestContext, path: string, data?: unknown) {
  const res = await api.post(path, { data })
  expect(res.status(), `POST ${path}: ${await res.text()}`).toBeLessThan(300)
  return res.json()
}

/** The integration context: builds one case per rung by moving the server's clock. */
async function climbLadders(): Promise<Rungs> {
  const admin = await apiAs('admin')
  const supervisor = await apiAs('supervisor')
  const inspector = await apiAs('inspector.saihan')
  const office = await apiAs('office.saihan')
  try {
    const reach = await reachId(inspector, '小黑河', 'XHH-150105')
    const now = async () => Date.parse((await postJson(admin, '/api/test/jobs/run')).now)
    const advancePast = async (moment: string) => {
      const minutes = Math.ceil((Date.parse(moment) - (await now())) / 60_000) + 1
      if (minutes > 0) await postJson(admin, `/api/test/clock/advance?minutes=${minutes}`)
    }
    const awaitRung = async (c: LadderCase, rung: string) => {
      let ladder: { rung: string; superviseAt: string; listAt: string } | undefined
      await expect(async () => {
        await postJson(admin, '/api/test/jobs/run')
        const res = await supervisor.get(`/api/supervision/ladders/by-case/${c.id}`)
        expect(res.status()).toBe(200)
        ladder = await res.json()
        expect(ladder?.rung).toBe(rung)
      }, `${c.caseNo} on ${rung}`).toPass({ timeout: 60_000 })
      return ladder!
    }
    const overdueCase = async (what: string): Promise<LadderCase> => {
      const report = await inspector.post('/api/casework/cases', {
        multipart: {
          report: {
            name: 'report.json',
            mimeType: 'application/json',
            buffer: Buffer.from(
              JSON.stringify({
                reachId: reach,
                category: 'GARBAGE',
                description: `小黑河北岸堆放垃圾 (${what})`,
                lat: 40.7985,
                lon: 111.6958,
              }),
            ),
          },
          photos: { name: 'garbage.png', mimeType: 'image/png', buffer: readFileSync(fixture('river-garbage.png')) },
        },
      })
      expect(report.status(), await report.text()).toBe(201)
      const { id, caseNo } = await report.json()
      await postJson(office, `/api/casework/cases/${id}/triage`, { decision: 'ACCEPT', category: 'GARBAGE', severity: 'GENERAL' })
      const units: { id: number; name: string }[] = await getJson(office, `/api/casework/units?caseId=${id}`)
      const unit = units.find((u) => u.name === UNIT_NAME)
      expect(unit, UNIT_NAME).toBeTruthy()
      const deadline = new Date((await now()) + 60 * 60_000).toISOString()
      await postJson(office, `/api/casework/cases/${id}/assign`, { unitId: unit!.id, requirement: '清运垃圾', urgency: 'URGENT', deadline })
      await advancePast(new Date(Date.parse(deadline) + 60_000).toISOString())
      return { id, caseNo }
    }

    // the listed one first: past its deadline, past 督办
    const listed = await overdueCase('挂牌督办')
    const listedUrged = await awaitRung(listed, 'URGED')
    await advancePast(listedUrged.superviseAt)
    const listedSupervised = await awaitRung(listed, 'SUPERVISED')
    // the supervised one falls due a day after; by the time the first is listed, it has had its 督办单
    const supervised = await overdueCase('督办')
    await awaitRung(supervised, 'URGED')
    await advancePast(listedSupervised.listAt)
    await awaitRung(listed, 'LISTED')
    await awaitRung(supervised, 'SUPERVISED')
    // the urged one last
    const urged = await overdueCase('催办')
    await awaitRung(urged, 'URGED')
    return { urged, supervised, listed }
  } finally {
    await Promise.all([admin, supervisor, inspector, office].map((a) => a.dispose()))
  }
}

async function reachId(api: APIRequestContext, waterBody: string, code: string): Promise<number> {
  const bodies = (await getJson(api, `/api/waterbodies?q=${encodeURIComponent(waterBody)}`)).items as { id: number }[]
  for (const b of bodies) {
    const reach = ((await getJson(api, `/api/waterbodies/${b.id}/reaches`)) as { id: number; code: string }[]).find(
      (r) => r.code === code,
    )
    if (reach) return reach.id
  }
  throw new Error(`no reach ${code}`)
}

/** The demo app: the ladders DemoSupervision started (the timers of the back-dated ones may need a few seconds). */
async function demoLadders(): Promise<Rungs> {
  const supervisor = await apiAs('supervisor')
  const zhujian = await apiAs('unit.zhujian')
  try {
    let found: Rungs | undefined
    await expect(async () => {
      const first = async (rung: string) => {
        const row = (await getJson(supervisor, `/api/supervision/ladders?rung=${rung}&regionCode=150105&size=200`)).items[0]
        expect(row, `a 赛罕区 ladder on ${rung}`).toBeTruthy()
        return { id: row.caseId, caseNo: row.caseNo }
      }
      // the urged one: on 催办, with an urge notice unit.zhujian has not answered yet
      const urgedCases = new Set(
        (await getJson(supervisor, '/api/supervision/ladders?rung=URGED&regionCode=150105&size=200')).items.map(
          (l: { caseId: number }) => l.caseId,
        ),
      )
      const urge = (await getJson(zhujian, '/api/supervision/notices?kind=URGE&size=200')).items.find(
        (n: { canAnswer: boolean; caseId: number }) => n.canAnswer && urgedCases.has(n.caseId),
      )
      expect(urge, 'an urged case whose urge notice unit.zhujian has not answered').toBeTruthy()
      found = { urged: { id: urge.caseId, caseNo: urge.caseNo }, supervised: await first('SUPERVISED'), listed: await first('LISTED') }
    }).toPass({ timeout: 60_000 })
    return found!
  } finally {
    await supervisor.dispose()
    await zhujian.dispose()
  }
}
