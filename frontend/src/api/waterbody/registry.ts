import { http } from '../request'
import type { Page } from '../types'
import type { WaterbodyType } from './waterbody'

/** 河湖名录: facts, special targets, reaches, chiefs, signboards, Excel (backend module `waterbody`). */

export interface WaterBodyView {
  id: number
  code: string
  name: string
  nameEn: string | null
  type: WaterbodyType
  basin: string | null
  regionCode: string
  lengthKm: number | null
  areaKm2: number | null
  targetClass: string | null
  description: string | null
}

export interface SpecialTarget {
  indicator: string
  comparator: 'LE' | 'GE'
  threshold: number
  measureUnit: string
  locationNote?: string | null
  description?: string | null
}

export interface ReachView {
  id: number
  waterBodyId: number
  code: string
  name: string
  regionCode: string
  regionName: string | null
  startPoint: string | null
  endPoint: string | null
  lengthKm: number | null
  centerLat: number | null
  centerLon: number | null
  geometry: string | null
}

export interface WaterBodyDetail {
  body: WaterBodyView
  regionName: string | null
  specialTargets: SpecialTarget[]
  reaches: ReachView[]
  editable: boolean
}

export type ChiefRole = 'GENERAL' | 'CHIEF' | 'DEPUTY'

export interface Appointment {
  id: number
  waterBodyId: number
  waterBodyCode: string
  waterBodyName: string
  reachId: number | null
  reachName: string | null
  regionCode: string
  regionName: string | null
  role: ChiefRole
  roleLabel: string
  personName: string
  username: string | null
  post: string | null
  officePhone: string | null
  mobile: string | null
  termStart: string
  termEnd: string | null
  active: boolean
  predecessorId: number | null
  endReason: string | null
}

export interface SignboardChief {
  roleLabel: string
  personName: string
  post: string | null
  phone: string | null
  reachName: string | null
}

export interface Signboard {
  id: number
  waterBodyId: number
  waterBodyCode: string
  waterBodyName: string
  reachId: number | null
  reachName: string | null
  boardNo: string
  place: string
  lat: number | null
  lon: number | null
  chiefs: SignboardChief[]
  duties: string | null
  targets: string | null
  hotline: string
  officePhone: string | null
  showMobile: boolean
  publicUrl: string
}

export interface WaterBodyCommand {
  code: string
  name: string
  nameEn?: string | null
  type: WaterbodyType
  basin?: string | null
  regionCode: string
  lengthKm?: number | null
  areaKm2?: number | null
  targetClass?: string | null
  description?: string | null
  specialTargets?: SpecialTarget[]
}

export interface ImportRowError {
  sheet: string | null
  row: number
  column: string | null
  field: string
  message: string
}

export interface ImportResult {
  waterBodies: number
  reaches: number
  chiefs: number
}

export const listWaterBodies = (q?: string, page = 0, size = 50) =>
  http.get<Page<WaterBodyView>>('/api/waterbodies', { q: q || undefined, page, size })
export const getDetail = (id: number) => http.get<WaterBodyDetail>(`/api/waterbodies/${id}/detail`)
export const createWaterBody = (c: WaterBodyCommand) => http.post<WaterBodyDetail>('/api/waterbodies', c)
export const updateWaterBody = (id: number, c: WaterBodyCommand) => http.put<WaterBodyDetail>(`/api/waterbodies/${id}`, c)
export const listChiefs = (id: number) => http.get<Appointment[]>(`/api/waterbodies/${id}/chiefs`)
export const roster = (regionCode?: string, history = false) =>
  http.get<Appointment[]>('/api/waterbodies/roster', { regionCode: regionCode || undefined, history })
export const listSignboards = (id: number) => http.get<Signboard[]>(`/api/waterbodies/${id}/signboards`)
export const qrUrl = (signboardId: number) => `/api/waterbodies/signboards/${signboardId}/qr.png`
export const exportUrl = '/api/waterbodies/export.xlsx'
export const templateUrl = '/api/waterbodies/import-template.xlsx'

export function importWorkbook(file: File) {
  const form = new FormData()
  form.append('file', file, file.name)
  return http.postMultipart<ImportResult>('/api/waterbodies/import', form)
}

/** Cases of a water body from the case module (open ones, or closed ones). */
export interface WaterBodyCase {
  id: number
  caseNo: string
  status: string
  category: string
  reachName: string | null
  reportedAt: string
  deadline: string | null
  overdue: boolean
}

export const casesOf = (waterBodyId: number, open: boolean) =>
  http.get<Page<WaterBodyCase>>('/api/casework/cases', {
    waterBodyId,
    ...(open ? { open: true } : { status: 'CLOSED' }),
    size: 20,
  })

export interface SucceedCommand {
  personName: string
  username?: string | null
  post?: string | null
  officePhone?: string | null
  mobile?: string | null
  termStart: string
  termEnd?: string | null
  reason?: string | null
}

export const succeed = (appointmentId: number, c: SucceedCommand) =>
  http.post<Appointment>(`/api/waterbodies/appointments/${appointmentId}/succession`, c)
