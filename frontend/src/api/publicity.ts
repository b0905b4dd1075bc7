import { http, multipart } from '@/api/request'
import type { Page } from '@/api/types'

/**
 * The public portal's calls (no login): `/api/public/**` of the backend's `publicity` module. Nothing here ever
 * carries a reporter's contact data back: the server leaves it out of every answer.
 */

export type PublicStage = 'RECEIVED' | 'ACCEPTED' | 'RECTIFYING' | 'CLOSED'
export const PUBLIC_STAGES: readonly PublicStage[] = ['RECEIVED', 'ACCEPTED', 'RECTIFYING', 'CLOSED']

export type CaseStatus = 'REPORTED' | 'ACCEPTED' | 'RECTIFYING' | 'SUBMITTED' | 'AWAITING_CLOSURE_APPROVAL' | 'CLOSED' | 'REJECTED'
export type WaterBodyType = 'RIVER' | 'LAKE' | 'RESERVOIR' | 'BLACK_ODOROUS'

export interface PublicCategory {
  code: string
  nameZh: string
  nameEn: string
}

export interface PublicReach {
  id: number
  code: string
  name: string
  regionCode: string
  regionName: string | null
  startPoint: string | null
  endPoint: string | null
  lengthKm: number | null
  centerLat: number | null
  centerLon: number | null
  /** GeoJSON LineString as text, or null */
  geometry: string | null
}

/** A chief as the signboard shows him: name and post, never a private phone unless the signboard shows it. */
export interface PublicChief {
  name: string
  post?: string | null
  regionName?: string | null
  phone?: string | null
}

export interface PublicWaterBody {
  id: number
  code: string
  name: string
  nameEn: string | null
  type: WaterBodyType
  basin: string | null
  regionCode: string
  regionName: string | null
  lengthKm: number | null
  areaKm2: number | null
  targetClass: string | null
  description: string | null
  reaches: PublicReach[]
  /** the signboard's chiefs, when the server gives them (the water-body registry's signboards) */
  chiefs?: PublicChief[]
}

export interface PublicNote {
  at: string
  /** the casework timeline action, e.g. ACCEPTED, ASSIGNED, CLOSED */
  action: string
  note: string | null
}

export interface PublicCase {
  caseNo: string
  stage: PublicStage
  status: CaseStatus
  rejected: boolean
  overdue: boolean
  category: string
  categoryNameZh: string
  categoryNameEn: string
  waterBodyId: number | null
  waterBodyName: string | null
  reachName: string | null
  regionName: string | null
  unitName: string | null
  description: string | null
  lat: number | null
  lon: number | null
  address: string | null
  reportedAt: string
  updatedAt: string | null
  deadline: string | null
  closedAt: string | null
  notes: PublicNote[]
}

export interface WaterBodyPage {
  waterBody: PublicWaterBody
  recentReports: PublicCase[]
}

export type ListingStatus = 'LISTED' | 'DELISTED'

export interface PublicListedCase {
  caseNo: string
  waterBodyName: string | null
  regionName: string | null
  category: string
  categoryName: string | null
  listedAt: string
  deadline: string | null
  status: ListingStatus
}

export interface NearbyCase {
  caseNo: string
  stage: PublicStage
  status: CaseStatus
  category: string
  categoryNameZh: string
  categoryNameEn: string
  waterBodyName: string | null
  description: string | null
  reportedAt: string
  distanceMeters: number
}

export interface NearestReach {
  reach: PublicReach
  waterBodyId: number
  waterBodyCode: string | null
  waterBodyName: string
  distanceKm: number
}

export interface PublicReportRequest {
  clientId: string
  category: string
  waterBodyId?: number | null
  reachId?: number | null
  lat: number
  lon: number
  address?: string
  description: string
  name?: string
  phone?: string
}

export interface ReportAnswer {
  caseNo: string
  /** false: this client id was sent before, the answer is the first report's number */
  created: boolean
  statusPath: string
}

export const listPublicCategories = () => http.get<PublicCategory[]>('/api/public/categories')

export const listPublicWaterBodies = (query: { q?: string; type?: WaterBodyType; regionCode?: string; page?: number; size?: number } = {}) =>
  http.get<Page<PublicWaterBody>>('/api/public/waterbodies', { page: 0, size: 100, ...query })

export const getPublicWaterBody = (code: string) => http.get<WaterBodyPage>(`/api/public/waterbodies/${encodeURIComponent(code)}`)

export const listListedCases = () => http.get<PublicListedCase[]>('/api/public/listed-cases')

export const getPublicCase = (caseNo: string) => http.get<PublicCase>(`/api/public/cases/${encodeURIComponent(caseNo)}`)

export const findNearbyCases = (category: string, lat: number, lon: number) =>
  http.get<NearbyCase[]>('/api/public/cases/nearby', { category, lat, lon })

/** The registered reach nearest to a point (404 when none lies within the server's distance). */
export const findNearestReach = (lat: number, lon: number) => http.get<NearestReach>('/api/public/reaches/nearest', { lat, lon })

/** The device header the server counts its per-device limit by. */
export const DEVICE_HEADER = 'X-Device-Id'

/**
 * Sends a report with up to 3 photos. `honeypot` is the hidden field people never see (its name is the server's
 * `hezhang.publicity.reports.honeypot-field`, `website`): a robot that fills it is refused.
 */
export function submitPublicReport(
  report: PublicReportRequest,
  photos: readonly File[],
  deviceId: string,
  honeypot: { name: string; value: string } = { name: 'website', value: '' },
) {
  const form = multipart({ report }, { photos })
  if (honeypot.value) form.append(honeypot.name, honeypot.value)
  return http.postMultipart<ReportAnswer>('/api/public/cases', form, { headers: { [DEVICE_HEADER]: deviceId } })
}
