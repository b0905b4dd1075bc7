import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { CaseDetail } from '@/api/casework/case'
import { ApiError } from '@/api/request'
import { mountPage } from './mount'

vi.mock('@/components/MapView/index.vue', () => ({ default: { name: 'MapViewStub', render: () => null } }))
vi.mock('@/api/casework/reference', () => ({
  listCategories: vi.fn(async () => [{ code: 'GARBAGE', nameZh: '垃圾', nameEn: 'Garbage' }]),
  listUnits: vi.fn(async () => [{ id: 1, name: '赛罕区住建局', regionCode: '150105' }]),
}))
vi.mock('@/api/casework/case', () => ({
  getCase: vi.fn(),
  handBackCase: vi.fn(),
  fetchDefaultDeadline: vi.fn(async () => ({ deadline: '2026-12-07T10:00:00Z', workingDays: 5 })),
}))

const api = await import('@/api/casework/case')
const { default: CasePage } = await import('@/views/casework/detail/index.vue')

function caseWith(actions: string[], over: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 7,
    caseNo: 'HZ-7',
    status: 'RECTIFYING',
    category: 'GARBAGE',
    severity: 'GENERAL',
    waterBodyName: '小黑河',
    reachName: '小黑河赛罕区段',
    regionName: '赛罕区',
    unitName: '赛罕区住建局',
    reportedAt: '2026-11-20T02:00:00Z',
    deadline: '2026-11-27T10:00:00Z',
    overdue: false,
    source: 'INSPECTOR',
    description: '岸边垃圾',
    lat: 40.78,
    lon: 111.74,
    address: null,
    handlingRegionCode: '150105',
    handlingRegionName: '赛罕区',
    requirement: '清理',
    urgency: 'NORMAL',
    reworkCount: 0,
    reporterName: '巡河员',
    closedAt: null,
    photos: [],
    timeline: [],
    actions,
    pendingExtension: null,
    ...over,
  }
}

const buttons = () => Array.from(document.querySelectorAll('[data-testid^="action-"]')).map((b) => b.getAttribute('data-testid'))

describe('case page actions', () => {
  beforeEach(() => {
    vi.mocked(api.getCase).mockReset()
    vi.mocked(api.handBackCase).mockReset()
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows exactly the buttons the server lists, ignoring unknown ones', async () => {
    vi.mocked(api.getCase).mockResolvedValue(caseWith(['HANDBACK', 'SUBMIT_RECTIFICATION', 'SELF_DESTRUCT']))
    const { wrapper } = await mountPage(CasePage, { path: '/cases/7', props: { id: '7' } })
    await flushPromises()
    expect(buttons()).toEqual(['action-SUBMIT_RECTIFICATION', 'action-HANDBACK'])
    wrapper.unmount()
  })

  it('shows no action bar when the server lists none', async () => {
    vi.mocked(api.getCase).mockResolvedValue(caseWith([], { status: 'CLOSED' }))
    const { wrapper } = await mountPage(CasePage, { path: '/cases/7', props: { id: '7' } })
    await flushPromises()
    expect(buttons()).toEqual([])
    expect(document.querySelector('[data-testid="case-actions"]')).toBeNull()
    expect(document.querySelector('[data-testid="case-status"]')?.textContent?.trim()).toBe('已办结')
    wrapper.unmount()
  })

  it('tells the user when the case moved on (409) and reloads it', async () => {
    vi.mocked(api.getCase)
      .mockResolvedValueOnce(caseWith(['HANDBACK']))
      .mockResolvedValueOnce(caseWith([], { status: 'SUBMITTED' }))
    vi.mocked(api.handBackCase).mockRejectedValue(
      new ApiError(409, { title: 'Conflict', status: 409, detail: '案件已提交整改', errors: [] }),
    )
    const { wrapper } = await mountPage(CasePage, { path: '/cases/7', props: { id: '7' } })
    await flushPromises()
    ;(document.querySelector('[data-testid="action-HANDBACK"]') as HTMLElement).click()
    await flushPromises()
    await vi.waitFor(() => expect(document.querySelector('[data-testid="dialog-HANDBACK"]')).not.toBeNull())
    const textarea = document.querySelector('[data-testid="handback-reason"]') as HTMLTextAreaElement
    textarea.value = '不属于本单位职责'
    textarea.dispatchEvent(new Event('input'))
    await flushPromises()
    ;(document.querySelector('[data-testid="dialog-submit"]') as HTMLElement).click()
    await vi.waitFor(() => expect(api.handBackCase).toHaveBeenCalledWith(7, '不属于本单位职责'))
    await vi.waitFor(() => expect(document.body.textContent).toContain('该案件当前状态不允许此操作: 案件已提交整改'))
    await vi.waitFor(() => expect(api.getCase).toHaveBeenCalledTimes(2))
    await vi.waitFor(() => expect(document.querySelector('[data-testid="case-status"]')?.getAttribute('data-status')).toBe('SUBMITTED'))
    expect(buttons()).toEqual([])
    wrapper.unmount()
  })

  it('goes to the inbox when a step moved the case out of the user’s scope', async () => {
    vi.mocked(api.getCase)
      .mockResolvedValueOnce(caseWith(['HANDBACK']))
      .mockRejectedValueOnce(new ApiError(404, { title: 'Not Found', status: 404, errors: [] }))
    vi.mocked(api.handBackCase).mockResolvedValue(caseWith([], { status: 'ACCEPTED' }))
    const { wrapper, router } = await mountPage(CasePage, { path: '/cases/7', props: { id: '7' } })
    await flushPromises()
    ;(document.querySelector('[data-testid="action-HANDBACK"]') as HTMLElement).click()
    await vi.waitFor(() => expect(document.querySelector('[data-testid="handback-reason"]')).not.toBeNull())
    const textarea = document.querySelector('[data-testid="handback-reason"]') as HTMLTextAreaElement
    textarea.value = '不属于本单位'
    textarea.dispatchEvent(new Event('input'))
    await flushPromises()
    ;(document.querySelector('[data-testid="dialog-submit"]') as HTMLElement).click()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('inbox'))
    wrapper.unmount()
  })

  it('says the case is not found or out of scope on 404', async () => {
    vi.mocked(api.getCase).mockRejectedValue(new ApiError(404, { title: 'Not Found', status: 404, errors: [] }))
    const { wrapper } = await mountPage(CasePage, { path: '/cases/9', props: { id: '9' } })
    await flushPromises()
    expect(document.querySelector('[data-testid="case-not-found"]')).not.toBeNull()
    wrapper.unmount()
  })
})
