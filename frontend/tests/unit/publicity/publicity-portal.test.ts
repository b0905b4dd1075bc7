import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ApiError } from '@/api/request'
import type { PublicWaterBody, WaterBodyPage } from '@/api/publicity'
import { mountPage } from '../mount'

vi.mock('@/components/MapView/index.vue', () => ({ default: { name: 'MapViewStub', props: ['markers', 'geojson'], render: () => null } }))
vi.mock('@/api/publicity', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/api/publicity')>()
  return { ...real, listPublicWaterBodies: vi.fn(), getPublicWaterBody: vi.fn(), listListedCases: vi.fn() }
})

const api = await import('@/api/publicity')
const { default: HomePage } = await import('@/views/publicity/home/index.vue')
const { default: WaterBodyPageView } = await import('@/views/publicity/waterbody/index.vue')

vi.setConfig({ testTimeout: 30_000 })
const Empty = { render: () => null }
const routes = [
  { path: '/public', name: 'public-home', component: Empty },
  { path: '/public/report', name: 'public-report', component: Empty },
  { path: '/public/track', name: 'public-track', component: Empty },
  { path: '/public/waterbodies/:code', name: 'public-waterbody', component: Empty },
  { path: '/public/cases/:caseNo', name: 'public-case', component: Empty },
  { path: '/login', name: 'login', component: Empty },
]
const $ = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
const $$ = (id: string) => Array.from(document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`))

const xhh: PublicWaterBody = {
  id: 3,
  code: 'XHH',
  name: '小黑河',
  nameEn: 'Xiaohei River',
  type: 'RIVER',
  basin: '黄河',
  regionCode: '150100',
  regionName: '呼和浩特市',
  lengthKm: 78,
  areaKm2: null,
  targetClass: 'IV',
  description: '流经呼和浩特市南郊',
  reaches: [
    { id: 31, code: 'XHH-150105', name: '小黑河赛罕区段', regionCode: '150105', regionName: '赛罕区', startPoint: '哈拉沁沟出口', endPoint: '赛罕区与玉泉区交界', lengthKm: 20, centerLat: 40.8, centerLon: 111.7, geometry: null },
  ],
  chiefs: [{ name: '张赛罕', post: '赛罕区河长', regionName: '赛罕区' }],
}
const hulun: PublicWaterBody = { ...xhh, id: 5, code: 'HLH', name: '呼伦湖', nameEn: 'Hulun Lake', type: 'LAKE', regionName: '呼伦贝尔市', reaches: [], chiefs: [] }

describe('portal home', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('lists every water body with its chiefs, finds them by name and shows the public listing', async () => {
    vi.mocked(api.listPublicWaterBodies).mockResolvedValue({ items: [xhh, hulun], total: 2, page: 0, size: 100 })
    vi.mocked(api.listListedCases).mockResolvedValue([
      { caseNo: 'HZ2026-0000003', waterBodyName: '大黑河', regionName: '呼和浩特市赛罕区', category: 'OUTFALL', categoryName: '排污口', listedAt: '2026-11-20T02:00:00Z', deadline: '2026-11-10T10:00:00Z', status: 'LISTED' },
    ])
    const { wrapper } = await mountPage(HomePage, { path: '/public', routes })
    await flushPromises()
    expect($$('waterbody-item').map((e) => e.dataset.code)).toEqual(['XHH', 'HLH'])
    expect($$('waterbody-item')[0]!.getAttribute('href')).toBe('/public/waterbodies/XHH')
    expect($$('waterbody-item')[0]!.textContent).toContain('赛罕区河长')
    expect($$('waterbody-item')[0]!.textContent).toContain('张赛罕')
    expect($$('waterbody-item')[1]!.textContent).toContain('河湖长信息以现场公示牌为准')
    expect($$('listed-case').map((e) => e.dataset.status)).toEqual(['LISTED'])
    expect($('listed-cases')?.textContent).toContain('挂牌督办中')

    const search = document.querySelector<HTMLInputElement>('input[data-testid="waterbody-search"]')!
    search.value = '呼伦'
    search.dispatchEvent(new Event('input'))
    await flushPromises()
    expect($$('waterbody-item').map((e) => e.dataset.code)).toEqual(['HLH'])
    wrapper.unmount()
  })
})

describe('public water-body page', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows the facts, chiefs, reaches and public reports, and offers to report a problem here', async () => {
    const page: WaterBodyPage = {
      waterBody: xhh,
      recentReports: [
        {
          caseNo: 'HZ2026-0000007', stage: 'ACCEPTED', status: 'ACCEPTED', rejected: false, overdue: false, category: 'GARBAGE', categoryNameZh: '垃圾', categoryNameEn: 'Garbage',
          waterBodyId: 3, waterBodyName: '小黑河', reachName: null, regionName: '赛罕区', unitName: null, description: '岸边垃圾', lat: 40.8, lon: 111.7, address: null,
          reportedAt: '2026-11-20T02:00:00Z', updatedAt: null, deadline: null, closedAt: null, notes: [],
        },
      ],
    }
    vi.mocked(api.getPublicWaterBody).mockResolvedValue(page)
    const { wrapper, router } = await mountPage(WaterBodyPageView, { path: '/public/waterbodies/XHH', routes, props: { code: 'XHH' } })
    await flushPromises()
    expect(api.getPublicWaterBody).toHaveBeenCalledWith('XHH')
    expect($('public-waterbody-name')?.textContent).toBe('小黑河')
    expect($('public-waterbody-facts')?.textContent).toContain('IV 类')
    expect($$('chief').map((c) => c.textContent?.replace(/\s+/g, ''))).toEqual(['赛罕区河长张赛罕'])
    expect($$('public-reach')[0]!.textContent).toContain('哈拉沁沟出口 → 赛罕区与玉泉区交界')
    expect($$('public-waterbody-case')[0]!.getAttribute('href')).toBe('/public/cases/HZ2026-0000007')
    expect($$('public-waterbody-case')[0]!.textContent).toContain('已受理')
    expect($('public-waterbody-sections')).not.toBeNull()

    $('public-waterbody-report')!.click()
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/public/report?waterbody=XHH')
    wrapper.unmount()
  })

  it('says so for an unknown code', async () => {
    vi.mocked(api.getPublicWaterBody).mockRejectedValue(new ApiError(404, { status: 404, title: 'not found' }))
    const { wrapper } = await mountPage(WaterBodyPageView, { path: '/public/waterbodies/NOPE', routes, props: { code: 'NOPE' } })
    await flushPromises()
    expect(document.body.textContent).toContain('没有找到这个河湖')
    expect($('public-waterbody-name')).toBeNull()
    wrapper.unmount()
  })
})
