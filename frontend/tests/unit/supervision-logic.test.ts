import { describe, expect, it } from 'vitest'
import type { DashboardRow, LadderRow, Numbers } from '@/api/supervision/supervision'
import { ledgerUrl } from '@/api/supervision/supervision'
import { barOption, days, parentRegion, percent, pieOption, trendOption } from '@/views/supervision/dashboard/charts'
import { nextStep, rungTagType } from '@/views/supervision/overdue/ladder'

const zero: Numbers = {
  reported: 0, closed: 0, closedOnTime: 0, rejected: 0, becameOverdue: 0, handlingSeconds: 0, reworks: 0,
  closedReworked: 0, policyOverdue: 0, policyDone: 0, patrolDue: 0, patrolDone: 0, patrolMissed: 0, open: 0,
  onTimeRate: null, averageHandlingDays: null, reworkRate: null, patrolCompliance: null,
}
const labels = { reported: '新增', closed: '办结', becameOverdue: '超期', open: '在办', onTimeRate: '按期率' }

describe('supervision dashboard', () => {
  it('walks up the GB/T 2260 tree: township → county → league → region → none', () => {
    expect(parentRegion('150105104')).toBe('150105')
    expect(parentRegion('150105')).toBe('150100')
    expect(parentRegion('150100')).toBe('150000')
    expect(parentRegion('150000')).toBeNull()
  })

  it('shows rates as percentages and missing ones as a dash', () => {
    expect(percent(0.5)).toBe('50.0%')
    expect(percent(2 / 3)).toBe('66.7%')
    expect(percent(null)).toBe('—')
    expect(days(3)).toBe('3.0')
    expect(days(null)).toBe('—')
  })

  it('draws the trend with one point per month and the on-time rate in percent on the second axis', () => {
    const rows: DashboardRow[] = [
      { key: '2026-02', name: '2026-02', numbers: { ...zero, reported: 4, closed: 2, open: 2, onTimeRate: 0.5 } },
      { key: '2026-03', name: '2026-03', numbers: { ...zero, reported: 1, open: 3 } },
    ]
    const o = trendOption(rows, labels)
    expect(o.xAxis.data).toEqual(['2026-02', '2026-03'])
    expect(o.series[0]!.data).toEqual([4, 1])
    expect(o.series[3]!.data).toEqual([2, 3])
    expect(o.series[4]!.data).toEqual([50, null])
  })

  it('draws bars by child region and leaves empty categories out of the pie', () => {
    const rows: DashboardRow[] = [
      { key: '150102', name: '新城区', numbers: { ...zero, reported: 3 } },
      { key: '150105', name: '赛罕区', numbers: { ...zero, reported: 0, becameOverdue: 1 } },
    ]
    expect(barOption(rows, labels).xAxis.data).toEqual(['新城区', '赛罕区'])
    expect(barOption(rows, labels).series[2]!.data).toEqual([0, 1])
    expect(pieOption(rows).series[0]!.data).toEqual([{ name: '新城区', value: 3 }])
  })

  it('builds ledger links with the current filters and without empty ones', () => {
    expect(ledgerUrl('overdue', { regionCode: '150105', rung: '', activeOnly: true })).toBe(
      '/api/supervision/ledgers/overdue.xlsx?regionCode=150105&activeOnly=true',
    )
    expect(ledgerUrl('cases')).toBe('/api/supervision/ledgers/cases.xlsx')
  })
})

describe('overdue sheet', () => {
  const row = (over: Partial<LadderRow>): LadderRow => ({
    ladderId: 1, caseId: 2, caseNo: 'HZ2026-0000002', regionCode: '150105', regionName: '赛罕区', category: 'GARBAGE',
    categoryName: '垃圾', unitId: 3, unitName: '住建局', rung: 'URGED', rungLabel: '已催办', deadline: '2026-02-13T10:00:00Z',
    overdueWorkingDays: 1, reworkCount: 0, urgedAt: '2026-02-13T10:00:01Z', superviseAt: '2026-02-25T10:00:00Z',
    supervisedAt: null, listAt: null, listedAt: null, stoppedAt: null, urgeAcknowledged: false, noticeAnswered: false,
    ...over,
  })
  const t = (key: string, v?: Record<string, unknown>) => `${key}:${v?.at ?? ''}`
  const fmt = (iso: string) => iso.slice(0, 10)

  it('tells the next rung and its date', () => {
    expect(nextStep(row({}), t, fmt)).toBe('supervision.overdue.superviseAt:2026-02-25')
    expect(nextStep(row({ rung: 'SUPERVISED', listAt: '2026-03-03T10:00:00Z' }), t, fmt)).toBe(
      'supervision.overdue.listAt:2026-03-03',
    )
    expect(nextStep(row({ rung: 'LISTED' }), t, fmt)).toBe('')
  })

  it('colours the rungs from blue to red', () => {
    expect(rungTagType('URGED')).toBe('primary')
    expect(rungTagType('SUPERVISED')).toBe('warning')
    expect(rungTagType('LISTED')).toBe('danger')
    expect(rungTagType('STOPPED')).toBe('info')
  })
})
