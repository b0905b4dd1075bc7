import { http } from '../request'

export interface Category {
  code: string
  nameZh: string
  nameEn: string
}

export interface Unit {
  id: number
  name: string
  regionCode: string
}

/** 问题类别 (managed list) */
export function listCategories() {
  return http.get<Category[]>('/api/casework/categories')
}

/** 可交办的责任单位 */
export function listUnits(caseId: number) {
  return http.get<Unit[]>('/api/casework/units', { caseId })
}
