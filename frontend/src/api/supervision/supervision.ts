import { http, toQueryString, type Query } from '../request'
import type { Page } from '../types'

export type LadderRung = 'URGED' | 'SUPERVISED' | 'LISTED' | 'STOPPED'
export type NoticeKind = 'URGE' | 'SUPERVISION'

export interface Numbers {
  reported: number
  closed: number
  closedOnTime: number
  rejected: number
  becameOverdue: number
  handlingSeconds: number
  reworks: number
  closedReworked: number
  policyOverdue: number
  policyDone: number
  patrolDue: number
  patrolDone: number
  patrolMissed: number
  open: number
  onTimeRate: number | null
  averageHandlingDays: number | null
  reworkRate: number | null
  patrolCompliance: number | null
}

export interface DashboardRow {
  key: string
  name: string
  numbers: Numbers
}

export interface Dashboard {
  regionCode: string
  regionName: string
  level: string
  from: string
  to: string
  totals: Numbers
  openNow: number
  overdueNow: number
  ladder: { rung: LadderRung; label: string; count: number }[]
  trend: DashboardRow[]
  byChild: DashboardRow[]
  byCategory: DashboardRow[]
  byWaterBody: DashboardRow[]
}

export interface LadderRow {
  ladderId: number
  caseId: number
  caseNo: string
  regionCode: string
  regionName: string
  category: string | null
  categoryName: string | null
  unitId: number | null
  unitName: string | null
  rung: LadderRung
  rungLabel: string
  deadline: string
  overdueWorkingDays: number
  reworkCount: number
  urgedAt: string | null
  superviseAt: string | null
  supervisedAt: string | null
  listAt: string | null
  listedAt: string | null
  stoppedAt: string | null
  urgeAcknowledged: boolean
  noticeAnswered: boolean
}

export interface NoticeRow {
  id: number
  kind: NoticeKind
  kindLabel: string
  noticeNo: string
  caseId: number
  caseNo: string
  regionCode: string
  regionName: string
  issuingRegionCode: string
  issuingOfficeName: string
  unitId: number | null
  unitName: string | null
  content: string
  issuedAt: string
  dueAt: string
  response: string | null
  respondedAt: string | null
  respondedBy: string | null
  overdue: boolean
  canAnswer: boolean
}

export interface DashboardQuery {
  regionCode?: string
  from?: string
  to?: string
}

/** 督办看板 */
export function fetchDashboard(query: DashboardQuery = {}) {
  return http.get<Dashboard>('/api/supervision/dashboard', { ...query })
}

export interface LadderQuery {
  regionCode?: string
  rung?: LadderRung | ''
  category?: string
  activeOnly?: boolean
  page?: number
  size?: number
}

/** 超期督办清单 */
export function fetchLadders(query: LadderQuery = {}) {
  return http.get<Page<LadderRow>>('/api/supervision/ladders', {
    regionCode: query.regionCode || undefined,
    rung: query.rung || undefined,
    category: query.category || undefined,
    activeOnly: query.activeOnly ?? true,
    page: query.page ?? 0,
    size: query.size ?? 20,
  })
}

export interface NoticeQuery {
  regionCode?: string
  kind?: NoticeKind | ''
  page?: number
  size?: number
}

/** 催办通知与督办单 */
export function fetchNotices(query: NoticeQuery = {}) {
  return http.get<Page<NoticeRow>>('/api/supervision/notices', {
    regionCode: query.regionCode || undefined,
    kind: query.kind || undefined,
    page: query.page ?? 0,
    size: query.size ?? 20,
  })
}

/** 提前督办: the 督办单 of a case on 催办, now (office or supervisor) */
export function superviseNow(ladderId: number) {
  return http.post<LadderRow>(`/api/supervision/ladders/${ladderId}/supervise-now`)
}

/** 签收催办 / 回复督办单 */
export function answerNotice(id: number, text: string) {
  return http.post<NoticeRow>(`/api/supervision/notices/${id}/answer`, { text })
}

export function noticePdfUrl(id: number) {
  return `/api/supervision/notices/${id}/pdf`
}

export type LedgerKind = 'cases' | 'overdue' | 'notices' | 'regions' | 'assessment'

/** The address of a ledger download with the page's current filters (empty values left out). */
export function ledgerUrl(kind: LedgerKind, query: Query = {}) {
  const clean: Query = {}
  for (const [k, v] of Object.entries(query)) {
    if (v !== '' && v !== null && v !== undefined) clean[k] = v
  }
  return `/api/supervision/ledgers/${kind}.xlsx${toQueryString(clean)}`
}

export type Mark = 'NONE' | 'YELLOW' | 'RED'

export interface Score {
  month: string
  regionCode: string
  regionName: string
  parentName: string | null
  level: 'CITY' | 'COUNTY'
  score: number | null
  rank: number | null
  mark: Mark
  onTimeRate: number | null
  closureRate: number | null
  reworkFreeRate: number | null
  patrolCompliance: number | null
  reported: number
  closed: number
  becameOverdue: number
}

/** 月度考核排名 */
export function fetchAssessment(month: string, level: 'CITY' | 'COUNTY') {
  return http.get<Score[]>('/api/supervision/assessments', { month, level })
}

export function fetchAssessmentMonths() {
  return http.get<string[]>('/api/supervision/assessments/months')
}

export function computeAssessment(month: string) {
  return http.post<Score[]>(`/api/supervision/assessments/${encodeURIComponent(month)}/compute`)
}
