import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountPage } from '../../../../tests/unit/mount'
import * as api from '@/api/patrol'
import CompliancePage from './index.vue'
import DossierSection from '../../waterbody/dossier/sections/40-patrol.vue'

vi.mock('@/api/patrol', () => ({
  compliance: vi.fn(),
  waterBodyPatrols: vi.fn(),
}))

const row = (over: Partial<api.ComplianceRow>): api.ComplianceRow => ({
  key: '150105104', name: '金河镇', regionCode: '150105104', required: 4, done: 3, missed: 1, open: 0,
  patrols: 5, effectivePatrols: 3, onTimeRate: 0.75, ...over,
})

describe('patrol compliance page', () => {
  it('shows a row per sub-region and goes down into one when clicked', async () => {
    vi.mocked(api.compliance).mockResolvedValue([row({})])
    const { wrapper } = await mountPage(CompliancePage)
    await flushPromises()
    expect(api.compliance).toHaveBeenCalledWith(expect.objectContaining({ groupBy: 'REGION', regionCode: undefined }))
    expect(wrapper.text()).toContain('金河镇')
    expect(wrapper.text()).toContain('75%')

    vi.mocked(api.compliance).mockResolvedValue([row({ key: 'inspector.jinhe', name: '周平', onTimeRate: null })])
    await wrapper.find('.el-table__row').trigger('click')
    await flushPromises()
    expect(api.compliance).toHaveBeenLastCalledWith(expect.objectContaining({ regionCode: '150105104' }))
    expect(wrapper.text()).toContain('周平')
    wrapper.unmount()
  }, 60_000)
})

describe('dossier patrol section', () => {
  it('lists recent patrols and compliance of the water body', async () => {
    vi.mocked(api.waterBodyPatrols).mockResolvedValue({
      from: '2026-01-01',
      to: '2026-12-31',
      recent: [
        {
          id: 'p1', userId: 11, username: 'inspector.jinhe', displayName: '周平', regionCode: '150105104', waterBodyId: 3,
          reachId: 10, targetName: '小黑河金河镇段', mode: 'FOOT', status: 'ENDED', startedAt: '2026-11-23T01:00:00Z',
          endedAt: '2026-11-23T01:44:00Z', durationSeconds: 2640, distanceMeters: 2600, nearShare: null, pointCount: 43,
          effective: true, shortfalls: [], dutyId: 1, findingCount: 1,
        },
      ],
      compliance: [row({ key: 'inspector.jinhe', name: '周平' })],
    })
    const { wrapper } = await mountPage(DossierSection, { props: { waterBodyId: 3, waterBodyCode: 'XHH' } })
    await flushPromises()
    expect(api.waterBodyPatrols).toHaveBeenCalledWith(3)
    expect(wrapper.find('[data-testid="dossier-patrol"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('小黑河金河镇段')
    expect(wrapper.text()).toContain('2.60 km')
    expect(wrapper.text()).toContain('75%')
    wrapper.unmount()
  }, 60_000)
})
