import { describe, expect, it } from 'vitest'
import { visibleActions, ACTION_ORDER, timelineColor, TIMELINE_COLORS } from '@/views/casework/dict'
import { assignPayload, isAfter, triagePayload, type TriageForm } from '@/views/casework/detail/payloads'
import { sortTimeline, toTimelineItems, detailRows } from '@/views/casework/detail/timeline'
import type { TimelineEntry } from '@/api/casework/case'

describe('visibleActions', () => {
  it('shows exactly the offered actions, never more', () => {
    expect(visibleActions(['ASSIGN'])).toEqual(['ASSIGN'])
    expect(visibleActions(['HANDBACK', 'SUBMIT_RECTIFICATION', 'PROGRESS', 'REQUEST_EXTENSION'])).toEqual([
      'SUBMIT_RECTIFICATION',
      'PROGRESS',
      'REQUEST_EXTENSION',
      'HANDBACK',
    ])
  })

  it('shows nothing for no actions, and drops unknown or repeated ones', () => {
    expect(visibleActions([])).toEqual([])
    expect(visibleActions(null)).toEqual([])
    expect(visibleActions(['DELETE_EVERYTHING', 'TRIAGE', 'TRIAGE', 'triage'])).toEqual(['TRIAGE'])
  })

  it('can show all nine actions', () => {
    expect(visibleActions([...ACTION_ORDER].reverse())).toEqual([...ACTION_ORDER])
    expect(ACTION_ORDER).toHaveLength(9)
  })
})

describe('triagePayload', () => {
  const base: TriageForm = {
    decision: 'ACCEPT',
    category: 'GARBAGE',
    severity: 'GENERAL',
    rejectKind: 'INVALID',
    duplicateOfCaseNo: 'HZ-1',
    targetRegionCode: '150102',
    reason: '  some reason ',
  }

  it('sends category and severity when accepting, nothing else', () => {
    expect(triagePayload(base)).toEqual({ decision: 'ACCEPT', category: 'GARBAGE', severity: 'GENERAL' })
  })

  it('sends the kind and reason when rejecting, and the duplicate only for duplicates', () => {
    expect(triagePayload({ ...base, decision: 'REJECT' })).toEqual({ decision: 'REJECT', rejectKind: 'INVALID', reason: 'some reason' })
    expect(triagePayload({ ...base, decision: 'REJECT', rejectKind: 'DUPLICATE', duplicateOfCaseNo: ' HZ-7 ' })).toEqual({
      decision: 'REJECT',
      rejectKind: 'DUPLICATE',
      duplicateOfCaseNo: 'HZ-7',
      reason: 'some reason',
    })
  })

  it('sends the target county when transferring and only the reason when escalating', () => {
    expect(triagePayload({ ...base, decision: 'TRANSFER' })).toEqual({ decision: 'TRANSFER', targetRegionCode: '150102', reason: 'some reason' })
    expect(triagePayload({ ...base, decision: 'ESCALATE' })).toEqual({ decision: 'ESCALATE', reason: 'some reason' })
  })
})

describe('assignPayload', () => {
  it('leaves the deadline to the rule unless one is set explicitly', () => {
    const form = { unitId: 7, requirement: ' clean up ', urgency: 'URGENT' as const, explicitDeadline: false, deadline: '2026-12-07 18:00:00' }
    expect(assignPayload(form)).toEqual({ unitId: 7, requirement: 'clean up', urgency: 'URGENT' })
    expect(assignPayload({ ...form, explicitDeadline: true })).toEqual({
      unitId: 7,
      requirement: 'clean up',
      urgency: 'URGENT',
      deadline: '2026-12-07T10:00:00.000Z',
    })
  })

  it('compares typed Beijing times with instants', () => {
    expect(isAfter('2026-12-07 18:00:01', '2026-12-07T10:00:00Z')).toBe(true)
    expect(isAfter('2026-12-07 18:00:00', '2026-12-07T10:00:00Z')).toBe(false)
    expect(isAfter('garbage', '2026-12-07T10:00:00Z')).toBe(false)
  })
})

describe('timeline', () => {
  const entry = (id: number, action: string, at: string, extra: Partial<TimelineEntry> = {}): TimelineEntry => ({
    id,
    action,
    actorName: '张三',
    actorRole: 'OFFICE',
    at,
    opinion: null,
    details: null,
    photos: [],
    ...extra,
  })
  const labels: Record<string, string> = {
    'casework.timeline.REPORTED': '上报',
    'casework.timeline.ACCEPTED': '受理',
    'casework.detailKey.severity': '严重程度',
    'casework.detailKey.category': '类别',
    'casework.severity.GENERAL': '一般',
    'common.role.OFFICE': '河长办',
    'common.yes': '是',
  }
  const text = {
    t: (k: string) => labels[k] ?? k,
    te: (k: string) => k in labels,
    categoryLabel: (c: string) => (c === 'GARBAGE' ? '垃圾' : c),
  }

  it('puts steps oldest first and keeps the server order for equal times', () => {
    const sorted = sortTimeline([
      entry(3, 'ASSIGNED', '2026-01-02T00:00:00Z'),
      entry(1, 'REPORTED', '2026-01-01T00:00:00Z'),
      entry(2, 'ACCEPTED', '2026-01-02T00:00:00Z'),
    ])
    expect(sorted.map((e) => e.id)).toEqual([1, 3, 2])
  })

  it('labels, colours and attributes each step', () => {
    const [item] = toTimelineItems([entry(1, 'ACCEPTED', '2026-01-01T00:00:00Z', { opinion: 'ok', details: { severity: 'GENERAL' } })], text)
    expect(item).toMatchObject({ kind: 'ACCEPTED', title: '受理', color: TIMELINE_COLORS.ACCEPTED, actor: '张三 (河长办)', opinion: 'ok' })
    expect(item!.details).toEqual([{ label: '严重程度', value: '一般' }])
  })

  it('names a system step once', () => {
    const [item] = toTimelineItems([entry(1, 'CLOSED', '2026-01-01T00:00:00Z', { actorName: '系统', actorRole: 'SYSTEM' })], {
      ...text,
      t: (k: string) => (k === 'common.role.SYSTEM' ? '系统' : text.t(k)),
      te: (k: string) => k === 'common.role.SYSTEM' || text.te(k),
    })
    expect(item!.actor).toBe('系统')
  })

  it('shows unknown steps by their code in grey', () => {
    const [item] = toTimelineItems([entry(1, 'SOMETHING_NEW', '2026-01-01T00:00:00Z')], text)
    expect(item).toMatchObject({ title: 'SOMETHING_NEW', color: timelineColor('SOMETHING_NEW') })
  })

  it('formats detail values: categories, booleans, instants; drops ids and empties', () => {
    const rows = detailRows(
      { category: 'GARBAGE', passed: true, deadline: '2026-12-07T10:00:00Z', unitId: 5, note: '', nested: { a: 1 } },
      text,
    )
    expect(rows).toEqual([
      { label: '类别', value: '垃圾' },
      { label: 'passed', value: '是' }, // no label known: the key itself
      { label: 'deadline', value: '2026-12-07 18:00' },
    ])
  })
})
