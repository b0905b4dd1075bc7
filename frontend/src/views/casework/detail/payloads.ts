import type { AssignRequest, Severity, TriageRequest, Urgency } from '@/api/casework/case'
import { shanghaiWallClockToIso } from '@/utils/datetime'

export type TriageDecision = TriageRequest['decision']

export interface TriageForm {
  decision: TriageDecision
  category: string
  severity: Severity | ''
  rejectKind: 'INVALID' | 'DUPLICATE'
  duplicateOfCaseNo: string
  targetRegionCode: string | null
  reason: string
}

/** Only the fields the chosen decision needs go to the server. */
export function triagePayload(f: TriageForm): TriageRequest {
  const reason = f.reason.trim()
  switch (f.decision) {
    case 'ACCEPT':
      return { decision: 'ACCEPT', category: f.category, severity: f.severity || undefined }
    case 'REJECT':
      return f.rejectKind === 'DUPLICATE'
        ? { decision: 'REJECT', rejectKind: 'DUPLICATE', duplicateOfCaseNo: f.duplicateOfCaseNo.trim(), reason }
        : { decision: 'REJECT', rejectKind: 'INVALID', reason }
    case 'TRANSFER':
      return { decision: 'TRANSFER', targetRegionCode: f.targetRegionCode ?? undefined, reason }
    case 'ESCALATE':
      return { decision: 'ESCALATE', reason }
  }
}

export interface AssignForm {
  unitId: number | null
  requirement: string
  urgency: Urgency
  explicitDeadline: boolean
  /** Shanghai wall clock `YYYY-MM-DD HH:mm:ss` from the picker */
  deadline: string
}

/** The deadline goes only when set explicitly (else the server applies the working-day rule). */
export function assignPayload(f: AssignForm): AssignRequest {
  const body: AssignRequest = { unitId: f.unitId as number, requirement: f.requirement.trim(), urgency: f.urgency }
  if (f.explicitDeadline) {
    const iso = shanghaiWallClockToIso(f.deadline)
    if (iso) body.deadline = iso
  }
  return body
}

/** A wall-clock time typed in Shanghai is after `after` (default: now). */
export function isAfter(wallClock: string, after: Date | string | null = new Date()): boolean {
  const iso = shanghaiWallClockToIso(wallClock)
  if (!iso) return false
  const limit = after === null ? Date.now() : new Date(after).getTime()
  return Date.parse(iso) > limit
}
