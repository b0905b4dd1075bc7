import { http } from '../request'

export type Role = 'INSPECTOR' | 'CHIEF' | 'OFFICE' | 'UNIT' | 'SUPERVISOR' | 'ADMIN'
export type AdminLevel = 'REGION' | 'CITY' | 'COUNTY' | 'TOWNSHIP'

export const ROLES: readonly Role[] = ['INSPECTOR', 'CHIEF', 'OFFICE', 'UNIT', 'SUPERVISOR', 'ADMIN']

/** The signed-in user. */
export interface Me {
  id: number
  username: string
  displayName: string
  role: Role
  level: AdminLevel | null
  regionCode: string | null
  regionName: string | null
  orgId: number | null
  orgName: string | null
}

/** 登录 */
export function login(username: string, password: string) {
  return http.post<Me>('/api/auth/login', { username, password }, { skipAuthRedirect: true })
}

/** 退出登录 */
export function logout() {
  return http.post<void>('/api/auth/logout', undefined, { skipAuthRedirect: true })
}

/** 当前用户 (401 when not signed in) */
export function fetchMe() {
  return http.get<Me>('/api/auth/me', undefined, { skipAuthRedirect: true })
}
