import type { CaseAction, CaseStatus, Severity, TimelineAction, Urgency } from '@/api/casework/case'

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

export const CASE_STATUSES: readonly CaseStatus[] = [
  'REPORTED',
  'ACCEPTED',
  'RECTIFYING',
  'SUBMITTED',
  'AWAITING_CLOSURE_APPROVAL',
  'CLOSED',
  'REJECTED',
]

const STATUS_TAG: Record<CaseStatus, TagType> = {
  REPORTED: 'warning',
  ACCEPTED: 'primary',
  RECTIFYING: 'primary',
  SUBMITTED: 'warning',
  AWAITING_CLOSURE_APPROVAL: 'warning',
  CLOSED: 'success',
  REJECTED: 'info',
}

export function statusTagType(status: string): TagType {
  return STATUS_TAG[status as CaseStatus] ?? 'info'
}

export const SEVERITIES: readonly Severity[] = ['GENERAL', 'MAJOR', 'SERIOUS']

export function severityTagType(severity: string | null): TagType {
  if (severity === 'SERIOUS') return 'danger'
  if (severity === 'MAJOR') return 'warning'
  return 'info'
}

export const URGENCIES: readonly Urgency[] = ['NORMAL', 'URGENT', 'VERY_URGENT']

/** The order the action buttons appear in (the case's `actions` decide which). */
export const ACTION_ORDER: readonly CaseAction[] = [
  'TRIAGE',
  'ASSIGN',
  'SUBMIT_RECTIFICATION',
  'PROGRESS',
  'REQUEST_EXTENSION',
  'HANDBACK',
  'ACCEPT_RECTIFICATION',
  'DECIDE_EXTENSION',
  'APPROVE_CLOSURE',
]

/** Exactly the known actions the server offered, each once, in {@link ACTION_ORDER}; never more. */
export function visibleActions(offered: readonly string[] | null | undefined): CaseAction[] {
  if (!offered || offered.length === 0) return []
  const set = new Set(offered)
  return ACTION_ORDER.filter((a) => set.has(a))
}

export function actionButtonType(action: CaseAction): TagType | 'default' {
  switch (action) {
    case 'TRIAGE':
    case 'ASSIGN':
    case 'SUBMIT_RECTIFICATION':
    case 'ACCEPT_RECTIFICATION':
    case 'DECIDE_EXTENSION':
    case 'APPROVE_CLOSURE':
      return 'primary'
    case 'HANDBACK':
      return 'warning'
    default:
      return 'default'
  }
}

/** Colour of each timeline step: blue for handling, green for success, red for refusals and overdue. */
export const TIMELINE_COLORS: Record<TimelineAction, string> = {
  REPORTED: '#1f6fb2',
  ACCEPTED: '#2f9e6f',
  REJECTED: '#8a94a6',
  TRANSFERRED: '#6d5bd0',
  ESCALATED: '#b3541e',
  ASSIGNED: '#1f6fb2',
  HANDED_BACK: '#d48806',
  PROGRESS: '#5b8ff9',
  EXTENSION_REQUESTED: '#d48806',
  EXTENSION_APPROVED: '#2f9e6f',
  EXTENSION_REFUSED: '#d9363e',
  RECTIFICATION_SUBMITTED: '#13a8a8',
  ACCEPTANCE_PASSED: '#2f9e6f',
  ACCEPTANCE_FAILED: '#d9363e',
  CLOSURE_APPROVED: '#2f9e6f',
  CLOSURE_REFUSED: '#d9363e',
  CLOSED: '#237804',
  DEADLINE_WARNING: '#fa8c16',
  OVERDUE: '#cf1322',
}

export function timelineColor(action: string): string {
  return TIMELINE_COLORS[action as TimelineAction] ?? '#8a94a6'
}
