import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { BodyDetail } from '@/api/quality/quality'
import { mountPage } from './mount'

vi.mock('@/api/quality/quality', async (orig) => ({
  ...(await orig<typeof import('@/api/quality/quality')>()),
  blackOdorous: vi.fn(),
  assessBody: vi.fn(),
  publicBodies: vi.fn(async () => [
    {
      name: '扎达盖河(回民区段)黑臭水体',
      city: '呼和浩特市',
      place: '坝口子至成吉思汗大街',
      grade: 'NONE',
      gradeLabel: '已消除',
      status: 'ELIMINATED',
      statusLabel: '已销号',
      responsiblePerson: '王建国',
      chiefName: '张海',
      deadline: '2027-02-28',
      progress: 100,
    },
  ]),
}))

const api = await import('@/api/quality/quality')
const { default: DetailPage } = await import('@/views/quality/black-odorous/detail/index.vue')
const { default: PublicBodies } = await import('@/views/quality/public/bodies.vue')

function detail(status: BodyDetail['body']['status'], actions: BodyDetail['actions']): BodyDetail {
  return {
    body: {
      id: 3,
      waterBodyId: 30,
      name: '扎达盖河(玉泉区段)黑臭水体',
      city: '呼和浩特市',
      place: '通道街',
      regionCode: '150104',
      grade: 'HEAVY',
      gradeLabel: '重度黑臭',
      status,
      statusLabel: status,
      responsiblePerson: '刘志强',
      chiefName: '李明',
      deadline: '2027-09-01',
      progress: 33,
      overdue: false,
      rebounds: 0,
    },
    identifiedBy: 'MONITORING',
    surveyValid: null,
    surveyBlack: null,
    measures: ['SOURCE_CONTROL'],
    planNote: null,
    satisfaction: null,
    identifiedAt: '2026-05-01T02:00:00Z',
    publishedAt: '2026-05-02T02:00:00Z',
    eliminatedAt: null,
    milestones: [],
    timeline: [{ action: 'IDENTIFIED', note: '监测识别', actor: '水质监测', at: '2026-05-01T02:00:00Z' }],
    actions,
    currentGrade: 'NONE',
    heavyPoints: 0,
    points: 3,
  }
}

describe('black-odorous body page', () => {
  it('shows only the step the server offers: the assessment at initial effect', async () => {
    vi.mocked(api.blackOdorous).mockResolvedValue(detail('INITIAL_EFFECT', ['ASSESS']))
    const { wrapper } = await mountPage(DetailPage, { props: { id: '3' } })
    await flushPromises()
    expect(wrapper.find('[data-testid="bo-detail-status"]').attributes('data-status')).toBe('INITIAL_EFFECT')
    expect(wrapper.find('[data-testid="bo-assess"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="bo-publish"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="bo-plan"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid="timeline-item"]')).toHaveLength(1)
    wrapper.unmount()
  })

  it('shows no step to someone the server offers none', async () => {
    vi.mocked(api.blackOdorous).mockResolvedValue(detail('REMEDIATING', []))
    const { wrapper } = await mountPage(DetailPage, { props: { id: '3' } })
    await flushPromises()
    expect(wrapper.find('[data-testid="bo-assess"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="bo-publish"]').exists()).toBe(false)
    wrapper.unmount()
  })
})

describe('public black-odorous list', () => {
  it('shows each published body with its status, grade, responsible person and deadline', async () => {
    const { wrapper } = await mountPage(PublicBodies)
    await flushPromises()
    const card = wrapper.find('[data-testid="public-bo-card"]')
    expect(card.text()).toContain('扎达盖河(回民区段)黑臭水体')
    expect(card.text()).toContain('已销号')
    expect(card.text()).toContain('王建国')
    expect(card.text()).toContain('2027-02-28')
    wrapper.unmount()
  })
})
