import { http } from '../request'

/** 一河（湖）一策 (backend module `policy`). */

export type PolicyStatus = 'DRAFT' | 'IN_APPROVAL' | 'APPROVED' | 'SUPERSEDED'
export type ListKind = 'PROBLEM' | 'GOAL' | 'TASK' | 'MEASURE' | 'RESPONSIBILITY'
export const LIST_KINDS: ListKind[] = ['PROBLEM', 'GOAL', 'TASK', 'MEASURE', 'RESPONSIBILITY']
export type PolicyAction = 'EDIT' | 'SUBMIT' | 'OPINION' | 'DECIDE' | 'REVISE'

export interface Progress {
  tasks: number
  completed: number
  overdue: number
  percent: number
}

export interface PolicySummary {
  id: number
  waterBodyId: number
  waterBodyCode: string
  waterBodyName: string
  regionCode: string
  regionName: string | null
  periodFrom: number
  periodTo: number
  versionNo: number
  title: string
  status: PolicyStatus
  statusLabel: string
  approverUsername: string | null
  submittedAt: string | null
  approvedAt: string | null
  progress: Progress
}

export interface ItemInput {
  kind: ListKind
  content: string
  indicator?: string | null
  comparator?: 'LE' | 'GE' | null
  targetValue?: number | null
  targetClass?: string | null
  targetDate?: string | null
  unitOrgId?: number | null
  person?: string | null
  deadline?: string | null
}

export interface ItemView extends ItemInput {
  id: number
  unitName: string | null
  progressPct: number
  completedAt: string | null
  overdue: boolean
}

export interface OpinionView {
  round: number
  username: string
  personName: string | null
  opinion: string | null
  outcome: 'GIVEN' | 'MISSED'
  recordedAt: string
}

export interface PolicyDetail {
  policy: PolicySummary
  summary: string | null
  returnComment: string | null
  approvalComment: string | null
  items: ItemView[]
  opinions: OpinionView[]
  openTasks: { key: string; name: string; assignee: string | null; due: string | null }[]
  actions: PolicyAction[]
}

export interface PolicyDraft {
  waterBodyId: number | null
  regionCode?: string | null
  periodFrom: number | null
  periodTo: number | null
  title: string
  summary?: string | null
  items: ItemInput[]
}

export interface UnitTask {
  task: ItemView
  policyId: number
  policyTitle: string
  waterBodyId: number
  waterBodyName: string
  regionCode: string
}

export interface ProgressEntry {
  reportedBy: string
  progressPct: number
  note: string | null
  reportedAt: string
}

export const listPolicies = (query: { waterBodyId?: number; status?: PolicyStatus } = {}) =>
  http.get<PolicySummary[]>('/api/policies', { waterBodyId: query.waterBodyId, status: query.status })
export const getPolicy = (id: number) => http.get<PolicyDetail>(`/api/policies/${id}`)
export const createPolicy = (d: PolicyDraft) => http.post<PolicyDetail>('/api/policies', d)
export const updatePolicy = (id: number, d: PolicyDraft) => http.put<PolicyDetail>(`/api/policies/${id}`, d)
export const submitPolicy = (id: number) => http.post<PolicyDetail>(`/api/policies/${id}/submit`, {})
export const revisePolicy = (id: number) => http.post<PolicyDetail>(`/api/policies/${id}/revise`, {})
export const giveOpinion = (id: number, opinion: string) => http.post<PolicyDetail>(`/api/policies/${id}/opinion`, { opinion })
export const decidePolicy = (id: number, approve: boolean, comment: string) =>
  http.post<PolicyDetail>(`/api/policies/${id}/decision`, { approve, comment })
export const listTasks = () => http.get<UnitTask[]>('/api/policies/tasks')
export const reportProgress = (itemId: number, percent: number, note: string) =>
  http.post<ItemView>(`/api/policies/tasks/${itemId}/progress`, { percent, note })
export const progressOf = (itemId: number) => http.get<ProgressEntry[]>(`/api/policies/tasks/${itemId}/progress`)
export const listUnits = (regionCode: string) =>
  http.get<{ id: number; name: string; regionCode: string }[]>('/api/policies/units', { regionCode })
