import { http } from '../request'
import type { Role } from '../core/auth'
import type { Page } from '../types'

export interface Account {
  id: number
  username: string
  displayName: string
  role: Role
  regionCode: string | null
  regionName: string | null
  orgId: number | null
  orgName: string | null
  post: string | null
  phone: string | null
  email: string | null
  enabled: boolean
  locked: boolean
}

export interface NewAccount {
  username: string
  password: string
  displayName: string
  role: Role
  regionCode: string | null
  orgId: number | null
  post?: string | null
  phone?: string | null
  email?: string | null
}

export type OrgKind = 'OFFICE' | 'UNIT'

export interface Organisation {
  id: number
  kind: OrgKind
  name: string
  regionCode: string
  phone: string | null
  active: boolean
}

export interface CategoryAdmin {
  code: string
  nameZh: string
  nameEn: string
  publicUse: boolean
  active: boolean
  sortOrder: number
}

export type Severity = 'GENERAL' | 'MAJOR' | 'SERIOUS'

export interface DeadlineRule {
  category: string
  severity: Severity
  workingDays: number
}

/** 用户列表 */
export function searchAccounts(query: { role?: Role | null; regionCode?: string | null; q?: string; page: number; size: number }) {
  return http.get<Page<Account>>('/api/admin/users', query)
}

/** 新建用户 */
export function createAccount(account: NewAccount) {
  return http.post<Account>('/api/admin/users', account)
}

/** 修改用户资料 */
export function updateAccount(id: number, profile: { displayName: string; post?: string | null; phone?: string | null; email?: string | null }) {
  return http.put<Account>(`/api/admin/users/${id}`, profile)
}

/** 启用/停用 */
export function setAccountEnabled(id: number, enabled: boolean) {
  return http.post<Account>(`/api/admin/users/${id}/enabled`, { enabled })
}

/** 重置密码 */
export function resetPassword(id: number, password: string) {
  return http.post<void>(`/api/admin/users/${id}/password`, { password })
}

/** 修改本人密码 */
export function changeOwnPassword(currentPassword: string, newPassword: string) {
  return http.post<void>('/api/auth/password', { currentPassword, newPassword })
}

/** 单位列表 */
export function searchOrgs(query: { kind?: OrgKind | null; regionCode?: string | null; page: number; size: number }) {
  return http.get<Page<Organisation>>('/api/admin/orgs', query)
}

/** 新建单位 */
export function createOrg(org: { kind: OrgKind; name: string; regionCode: string; phone?: string | null }) {
  return http.post<Organisation>('/api/admin/orgs', org)
}

/** 修改单位 */
export function updateOrg(id: number, org: { name: string; phone?: string | null; active: boolean }) {
  return http.put<Organisation>(`/api/admin/orgs/${id}`, org)
}

/** 全部问题类别 (含停用) */
export function listCategoriesAdmin() {
  return http.get<CategoryAdmin[]>('/api/casework/admin/categories')
}

/** 新增问题类别 */
export function addCategory(c: Omit<CategoryAdmin, 'active'>) {
  return http.post<CategoryAdmin>('/api/casework/admin/categories', c)
}

/** 修改问题类别 */
export function updateCategory(c: CategoryAdmin) {
  return http.put<CategoryAdmin>(`/api/casework/admin/categories/${encodeURIComponent(c.code)}`, c)
}

/** 整改时限表 */
export function listDeadlineRules() {
  return http.get<DeadlineRule[]>('/api/casework/admin/deadline-rules')
}

/** 设置整改时限 */
export function setDeadlineRule(r: DeadlineRule) {
  return http.put<DeadlineRule>(
    `/api/casework/admin/deadline-rules/${encodeURIComponent(r.category)}/${r.severity}`,
    { workingDays: r.workingDays },
  )
}
