import { http, multipart } from '../request'
import type { Page } from '../types'
import type { Role } from '../core/auth'

export type CaseStatus =
  | 'REPORTED'
  | 'ACCEPTED'
  | 'RECTIFYING'
  | 'SUBMITTED'
  | 'AWAITING_CLOSURE_APPROVAL'
  | 'CLOSED'
  | 'REJECTED'

export type Severity = 'GENERAL' | 'MAJOR' | 'SERIOUS'
export type Urgency = 'NORMAL' | 'URGENT' | 'VERY_URGENT'
export type CaseSource = 'INSPECTOR' | 'CHIEF' | 'OFFICE' | 'PATROL' | 'PUBLIC' | 'OPEN311' | 'MONITORING' | 'SUPERVISION'
export type PhotoKind = 'REPORT' | 'PROGRESS' | 'AFTER' | 'ACCEPTANCE'

/** What the user may do on a case now (the server decides; the page shows exactly these). */
export type CaseAction =
  | 'TRIAGE'
  | 'ASSIGN'
  | 'HANDBACK'
  | 'PROGRESS'
  | 'REQUEST_EXTENSION'
  | 'SUBMIT_RECTIFICATION'
  | 'ACCEPT_RECTIFICATION'
  | 'DECIDE_EXTENSION'
  | 'APPROVE_CLOSURE'

export type TimelineAction =
  | 'REPORTED'
  | 'ACCEPTED'
  | 'REJECTED'
  | 'TRANSFERRED'
  | 'ESCALATED'
  | 'ASSIGNED'
  | 'HANDED_BACK'
  | 'PROGRESS'
  | 'EXTENSION_REQUESTED'
  | 'EXTENSION_APPROVED'
  | 'EXTENSION_REFUSED'
  | 'RECTIFICATION_SUBMITTED'
  | 'ACCEPTANCE_PASSED'
  | 'ACCEPTANCE_FAILED'
  | 'CLOSURE_APPROVED'
  | 'CLOSURE_REFUSED'
  | 'CLOSED'
  | 'DEADLINE_WARNING'
  | 'OVERDUE'

export interface CaseSummary {
  id: number
  caseNo: string
  status: CaseStatus
  category: string
  severity: Severity | null
  waterBodyName: string | null
  reachName: string | null
  regionName: string | null
  unitName: string | null
  reportedAt: string
  deadline: string | null
  overdue: boolean
  source: CaseSource
}

export interface CasePhoto {
  /** opaque (the backend sends a string) */
  id: string | number
  url: string
  thumbnailUrl: string
  kind: PhotoKind
}

export interface TimelineEntry {
  id: number
  /** a {@link TimelineAction}; unknown values are shown as they come */
  action: string
  actorName: string | null
  actorRole: Role | string | null
  at: string
  opinion: string | null
  details: Record<string, unknown> | null
  photos: CasePhoto[]
}

export interface PendingExtension {
  requestedDeadline: string
  reason: string
  requestedAt: string
  currentDeadline?: string | null
}

export interface CaseDetail extends CaseSummary {
  description: string
  lat: number | null
  lon: number | null
  address: string | null
  handlingRegionCode: string | null
  handlingRegionName: string | null
  requirement: string | null
  urgency: Urgency | null
  reworkCount: number
  reporterName: string | null
  closedAt: string | null
  /** when the case became overdue (backend extra) */
  overdueAt?: string | null
  /** closed within the deadline (backend extra) */
  closedOnTime?: boolean | null
  photos: CasePhoto[]
  timeline: TimelineEntry[]
  /** {@link CaseAction} values; unknown ones are ignored by the page */
  actions: string[]
  pendingExtension: PendingExtension | null
}

export interface CaseQuery {
  status?: CaseStatus | ''
  category?: string
  waterBodyId?: number | null
  regionCode?: string
  overdue?: boolean | null
  /** YYYY-MM-DD */
  from?: string
  /** YYYY-MM-DD */
  to?: string
  q?: string
  page?: number
  size?: number
}

export interface ReportIssue {
  clientId?: string
  waterBodyId: number
  reachId: number
  category: string
  description: string
  lat: number
  lon: number
  address?: string
}

const base = '/api/casework/cases'

/** 案件列表 */
export function listCases(query: CaseQuery = {}) {
  return http.get<Page<CaseSummary>>(base, {
    status: query.status || undefined,
    category: query.category || undefined,
    waterBodyId: query.waterBodyId ?? undefined,
    regionCode: query.regionCode || undefined,
    overdue: query.overdue ?? undefined,
    from: query.from || undefined,
    to: query.to || undefined,
    q: query.q || undefined,
    page: query.page ?? 0,
    size: query.size ?? 20,
  })
}

/** 案件详情 */
export function getCase(id: number | string) {
  return http.get<CaseDetail>(`${base}/${id}`)
}

/** 上报问题 (multipart: part `report` + 1–9 `photos`); a resend with the same clientId answers the same case */
export function reportCase(report: ReportIssue, photos: readonly Blob[]) {
  return http.postMultipart<CaseDetail>(base, multipart({ report }, { photos }))
}

export interface TriageRequest {
  decision: 'ACCEPT' | 'REJECT' | 'TRANSFER' | 'ESCALATE'
  category?: string
  severity?: Severity
  rejectKind?: 'INVALID' | 'DUPLICATE'
  duplicateOfCaseNo?: string
  targetRegionCode?: string
  reason?: string
}

/** 受理 / 不予受理 / 转办 / 上报 */
export function triageCase(id: number, body: TriageRequest) {
  return http.post<CaseDetail>(`${base}/${id}/triage`, body)
}

export interface DefaultDeadline {
  deadline: string
  workingDays: number
}

/** 按规则计算的默认整改期限 */
export function fetchDefaultDeadline(id: number, query: { category?: string; severity?: Severity | null } = {}) {
  return http.get<DefaultDeadline>(`${base}/${id}/default-deadline`, {
    category: query.category,
    severity: query.severity ?? undefined,
  })
}

export interface AssignRequest {
  unitId: number
  requirement: string
  urgency: Urgency
  /** ISO-8601 instant; omitted = the default by rule */
  deadline?: string
}

/** 交办 */
export function assignCase(id: number, body: AssignRequest) {
  return http.post<CaseDetail>(`${base}/${id}/assign`, body)
}

/** 退回 (not ours) */
export function handBackCase(id: number, reason: string) {
  return http.post<CaseDetail>(`${base}/${id}/handback`, { reason })
}

/** 整改进展 */
export function reportProgress(id: number, note: string, photos: readonly Blob[]) {
  return http.postMultipart<CaseDetail>(`${base}/${id}/progress`, multipart({ progress: { note } }, { photos }))
}

/** 申请延期 */
export function requestExtension(id: number, body: { requestedDeadline: string; reason: string }) {
  return http.post<CaseDetail>(`${base}/${id}/extension`, body)
}

/** 审批延期 */
export function decideExtension(id: number, body: { approved: boolean; opinion: string }) {
  return http.post<CaseDetail>(`${base}/${id}/extension/decision`, body)
}

/** 提交整改 */
export function submitRectification(id: number, description: string, photos: readonly Blob[]) {
  return http.postMultipart<CaseDetail>(`${base}/${id}/rectification`, multipart({ rectification: { description } }, { photos }))
}

/** 验收 */
export function acceptRectification(id: number, body: { passed: boolean; opinion: string }, photos: readonly Blob[]) {
  return http.postMultipart<CaseDetail>(`${base}/${id}/acceptance`, multipart({ acceptance: body }, { photos }))
}

/** 河长审批销号 */
export function approveClosure(id: number, body: { approved: boolean; opinion: string }) {
  return http.post<CaseDetail>(`${base}/${id}/closure-approval`, body)
}
