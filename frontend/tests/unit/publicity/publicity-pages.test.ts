import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ApiError } from '@/api/request'
import type { PublicCase } from '@/api/publicity'
import { mountPage } from '../mount'

vi.mock('@/components/MapView/index.vue', () => ({ default: { name: 'MapViewStub', render: () => null } }))
vi.mock('@/api/publicity', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/api/publicity')>()
  return {
    ...real,
    listPublicCategories: vi.fn(async () => [
      { code: 'GARBAGE', nameZh: '垃圾', nameEn: 'Garbage' },
      { code: 'OUTFALL', nameZh: '排污口', nameEn: 'Outfall' },
    ]),
    listPublicWaterBodies: vi.fn(async () => ({ items: [], total: 0, page: 0, size: 100 })),
    findNearbyCases: vi.fn(async () => []),
    findNearestReach: vi.fn(),
    submitPublicReport: vi.fn(),
    getPublicCase: vi.fn(),
  }
})

const api = await import('@/api/publicity')
const { deleteDraft } = await import('@/views/publicity/report/draft')
const { default: ReportPage } = await import('@/views/publicity/report/index.vue')
const { default: CasePage } = await import('@/views/publicity/case/index.vue')

// the pages await IndexedDB (drafts) between steps: give slow CI machines room
vi.setConfig({ testTimeout: 30_000 })
const waitFor = <T>(check: () => T) => vi.waitFor(check, { timeout: 10_000, interval: 50 })

const Empty = { render: () => null }
const routes = [
  { path: '/public', name: 'public-home', component: Empty },
  { path: '/public/report', name: 'public-report', component: Empty },
  { path: '/public/cases/:caseNo', name: 'public-case', component: Empty },
  { path: '/login', name: 'login', component: Empty },
]

const $ = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
const $$ = (id: string) => Array.from(document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`))

async function type(id: string, value: string) {
  const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`)!
  el.value = value
  el.dispatchEvent(new Event('input'))
  el.dispatchEvent(new FocusEvent('blur'))
  await flushPromises()
}

async function fillValidReport() {
  await waitFor(() => expect($('public-category-GARBAGE')).not.toBeNull())
  $('public-category-GARBAGE')!.click()
  await type('public-report-description', '小黑河南岸有人倾倒垃圾')
  await type('report-lat', '40.782500')
  await type('report-lon', '111.739100')
}

async function submit() {
  $('public-report-submit')!.click()
  await flushPromises()
  await new Promise((r) => setTimeout(r, 0))
  await flushPromises()
}

describe('public report page', () => {
  beforeEach(async () => {
    await deleteDraft()
    vi.mocked(api.submitPublicReport).mockReset()
    vi.mocked(api.findNearbyCases).mockReset().mockResolvedValue([])
    vi.mocked(api.listPublicCategories).mockResolvedValue([
      { code: 'GARBAGE', nameZh: '垃圾', nameEn: 'Garbage' },
      { code: 'OUTFALL', nameZh: '排污口', nameEn: 'Outfall' },
    ])
    vi.mocked(api.listPublicWaterBodies).mockResolvedValue({ items: [], total: 0, page: 0, size: 100 })
    vi.mocked(api.findNearestReach).mockReset().mockRejectedValue(new ApiError(404, { status: 404 }))
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('sends an anonymous report and shows the tracking number with a link to the status page', async () => {
    vi.mocked(api.submitPublicReport).mockResolvedValue({ caseNo: 'HZ2026-0000042', created: true, statusPath: '/public/cases/HZ2026-0000042' })
    const { wrapper } = await mountPage(ReportPage, { path: '/public/report', routes })
    await flushPromises()
    await fillValidReport()
    await submit()

    expect(api.findNearbyCases).toHaveBeenCalledWith('GARBAGE', 40.7825, 111.7391)
    expect(api.submitPublicReport).toHaveBeenCalledTimes(1)
    const [report, photos, device, honeypot] = vi.mocked(api.submitPublicReport).mock.calls[0]!
    expect(report).toMatchObject({ category: 'GARBAGE', lat: 40.7825, lon: 111.7391, description: '小黑河南岸有人倾倒垃圾' })
    expect(report.name).toBeUndefined()
    expect(report.phone).toBeUndefined()
    expect(report.clientId).toMatch(/^[A-Za-z0-9_-]{8,60}$/)
    expect(photos).toEqual([])
    expect(device).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(honeypot).toEqual({ name: 'website', value: '' })
    await waitFor(() => expect($('public-report-caseno')?.textContent).toBe('HZ2026-0000042'))
    expect($('public-report-track')).not.toBeNull()
    wrapper.unmount()
  })

  it('names the water body the pin is on, or warns when none is registered near it', async () => {
    vi.mocked(api.findNearestReach).mockResolvedValue({
      reach: { id: 31, code: 'XHH-150105', name: '小黑河赛罕区段', regionCode: '150105', regionName: '赛罕区', startPoint: null, endPoint: null, lengthKm: null, centerLat: 40.8, centerLon: 111.7, geometry: null },
      waterBodyId: 3,
      waterBodyCode: 'XHH',
      waterBodyName: '小黑河',
      distanceKm: 0.1,
    })
    const { wrapper } = await mountPage(ReportPage, { path: '/public/report', routes })
    await fillValidReport()
    await waitFor(() => expect($('public-report-nearest')?.textContent).toContain('小黑河（小黑河赛罕区段，赛罕区）附近约 0.1 公里'))
    expect(api.findNearestReach).toHaveBeenLastCalledWith(40.7825, 111.7391)

    vi.mocked(api.findNearestReach).mockRejectedValue(new ApiError(404, { status: 404 }))
    await type('report-lat', '45.000000')
    await waitFor(() => expect($('public-report-none-near')).not.toBeNull())
    expect($('public-report-nearest')).toBeNull()
    wrapper.unmount()
  })

  it('asks "is this the same problem?" when open cases of the category lie within 100 m, and sends only when told', async () => {
    vi.mocked(api.findNearbyCases).mockResolvedValue([
      { caseNo: 'HZ2026-0000007', stage: 'RECTIFYING', status: 'RECTIFYING', category: 'GARBAGE', categoryNameZh: '垃圾', categoryNameEn: 'Garbage', waterBodyName: '小黑河', description: '垃圾', reportedAt: '2026-11-20T02:00:00Z', distanceMeters: 40 },
    ])
    vi.mocked(api.submitPublicReport).mockResolvedValue({ caseNo: 'HZ2026-0000043', created: true, statusPath: '/public/cases/HZ2026-0000043' })
    const { wrapper } = await mountPage(ReportPage, { path: '/public/report', routes })
    await flushPromises()
    await fillValidReport()
    await submit()

    expect(api.submitPublicReport).not.toHaveBeenCalled()
    expect($$('public-report-duplicate')).toHaveLength(1)
    expect(document.body.textContent).toContain('是否为同一问题？')
    expect($('public-report-duplicate-same')?.getAttribute('href')).toBe('/public/cases/HZ2026-0000007')

    $('public-report-send-anyway')!.click()
    await flushPromises()
    expect(api.submitPublicReport).toHaveBeenCalledTimes(1)
    await waitFor(() => expect($('public-report-caseno')?.textContent).toBe('HZ2026-0000043'))
    wrapper.unmount()
  })

  it('shows a 429 clearly with the wait, and keeps the form', async () => {
    vi.mocked(api.submitPublicReport).mockRejectedValue(
      new ApiError(429, { status: 429, title: '请求过于频繁 / Too many requests', detail: '本网络提交过多', retryAfterSeconds: 1800 }),
    )
    const { wrapper } = await mountPage(ReportPage, { path: '/public/report', routes })
    await flushPromises()
    await fillValidReport()
    await submit()
    const alert = $('public-report-429')
    expect(alert?.textContent).toContain('提交过于频繁')
    expect(alert?.textContent).toContain('约 30 分钟')
    expect($('public-report-caseno')).toBeNull()
    expect($('public-report-form')).not.toBeNull()
    wrapper.unmount()
  })

  it('shows the field errors of a 400 at their fields, the rest in the alert', async () => {
    vi.mocked(api.submitPublicReport).mockRejectedValue(
      new ApiError(400, {
        status: 400,
        title: 'invalid',
        detail: '输入有误',
        errors: [
          { field: 'phone', message: '请填写有效的电话号码 / enter a valid phone number' },
          { field: 'website', message: '此项须留空' },
        ],
      }),
    )
    const { wrapper } = await mountPage(ReportPage, { path: '/public/report', routes })
    await flushPromises()
    await fillValidReport()
    await submit()
    await waitFor(() => expect($('problem-alert')).not.toBeNull())
    const phoneItem = $('public-report-phone')!.closest('.el-form-item')!
    await waitFor(() => expect(phoneItem.querySelector('.el-form-item__error')?.textContent).toContain('请填写有效的电话号码'))
    expect($('problem-alert')?.textContent).toContain('此项须留空')
    wrapper.unmount()
  })

  it('keeps the client id across a network failure, so the resend files one report', async () => {
    vi.mocked(api.submitPublicReport)
      .mockRejectedValueOnce(new ApiError(0, { title: 'network', errors: [] }, 'network'))
      .mockResolvedValueOnce({ caseNo: 'HZ2026-0000044', created: false, statusPath: '/public/cases/HZ2026-0000044' })
    const { wrapper } = await mountPage(ReportPage, { path: '/public/report', routes })
    await flushPromises()
    await fillValidReport()
    await submit()
    await waitFor(() => expect($('public-report-submit')?.textContent).toContain('重新提交'))
    await waitFor(() => expect($('public-report-submit')?.classList.contains('is-loading')).toBe(false))
    await submit()
    await waitFor(() => expect(api.submitPublicReport).toHaveBeenCalledTimes(2))
    const calls = vi.mocked(api.submitPublicReport).mock.calls
    expect(calls).toHaveLength(2)
    expect(calls[1]![0].clientId).toBe(calls[0]![0].clientId)
    await waitFor(() => expect($('public-report-again')).not.toBeNull())
    wrapper.unmount()
  })
})

function publicCase(over: Partial<PublicCase> = {}): PublicCase {
  return {
    caseNo: 'HZ2026-0000042',
    stage: 'RECTIFYING',
    status: 'RECTIFYING',
    rejected: false,
    overdue: false,
    category: 'GARBAGE',
    categoryNameZh: '垃圾',
    categoryNameEn: 'Garbage',
    waterBodyId: 3,
    waterBodyName: '小黑河',
    reachName: '小黑河赛罕区段',
    regionName: '赛罕区',
    unitName: '赛罕区住建局',
    description: '岸边垃圾',
    lat: 40.78,
    lon: 111.74,
    address: null,
    reportedAt: '2026-11-20T02:00:00Z',
    updatedAt: '2026-11-21T02:00:00Z',
    deadline: '2026-11-27T10:00:00Z',
    closedAt: null,
    notes: [
      { at: '2026-11-20T03:00:00Z', action: 'ACCEPTED', note: '已受理' },
      { at: '2026-11-20T04:00:00Z', action: 'ASSIGNED', note: null },
    ],
    ...over,
  }
}

describe('public status page', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows the stage as steps, the unit, the deadline and the public notes', async () => {
    vi.mocked(api.getPublicCase).mockResolvedValue(publicCase())
    const { wrapper } = await mountPage(CasePage, { path: '/public/cases/HZ2026-0000042', routes, props: { caseNo: 'HZ2026-0000042' } })
    await flushPromises()
    expect(api.getPublicCase).toHaveBeenCalledWith('HZ2026-0000042')
    expect($('public-case-stage')?.dataset.stage).toBe('RECTIFYING')
    expect($('public-case-stage')?.textContent?.trim()).toBe('整改中')
    expect($$('public-case-step').map((s) => s.dataset.state)).toEqual(['finish', 'finish', 'process', 'wait'])
    expect($('public-case-unit')?.textContent).toBe('赛罕区住建局')
    expect($('public-case-deadline')?.textContent).toBe('2026-11-27')
    expect($$('public-case-note').map((n) => n.dataset.action)).toEqual(['ACCEPTED', 'ASSIGNED'])
    expect(document.body.textContent).toContain('交办')
    wrapper.unmount()
  })

  it('says so when no public report has the number', async () => {
    vi.mocked(api.getPublicCase).mockRejectedValue(new ApiError(404, { status: 404, title: 'not found' }))
    const { wrapper } = await mountPage(CasePage, { path: '/public/cases/HZ2026-9999999', routes, props: { caseNo: 'HZ2026-9999999' } })
    await flushPromises()
    expect($('public-case-not-found')?.textContent).toContain('没有这个编号的公众举报')
    expect($('public-case-no')).toBeNull()
    wrapper.unmount()
  })

  it('shows a report that was not accepted as closed with "不予受理"', async () => {
    vi.mocked(api.getPublicCase).mockResolvedValue(publicCase({ stage: 'CLOSED', status: 'REJECTED', rejected: true, unitName: null, deadline: null, closedAt: '2026-11-21T02:00:00Z' }))
    const { wrapper } = await mountPage(CasePage, { path: '/public/cases/HZ2026-0000042', routes, props: { caseNo: 'HZ2026-0000042' } })
    await flushPromises()
    expect($('public-case-stage')?.textContent?.trim()).toBe('不予受理')
    expect($$('public-case-step').map((s) => s.dataset.state)).toEqual(['finish', 'wait', 'wait', 'error'])
    wrapper.unmount()
  })
})
