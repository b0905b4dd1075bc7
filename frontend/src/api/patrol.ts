import { http, multipart } from './request'
import type { Page } from './types'

export type TravelMode = 'FOOT' | 'VEHICLE'
export type PatrolStatus = 'RECORDING' | 'ENDED'
export type Shortfall = 'DURATION' | 'DISTANCE' | 'NEAR_REACH'

export interface PatrolSummary {
  id: string
  userId: number
  username: string
  displayName: string | null
  regionCode: string
  waterBodyId: number
  reachId: number | null
  targetName: string | null
  mode: TravelMode
  status: PatrolStatus
  startedAt: string
  endedAt: string | null
  durationSeconds: number | null
  distanceMeters: number | null
  nearShare: number | null
  pointCount: number
  effective: boolean
  shortfalls: Shortfall[]
  dutyId: number | null
  findingCount: number
}

export interface TrackPointIn {
  seq: number
  at: string
  lat: number
  lon: number
  accuracy?: number | null
}

export interface FindingView {
  id: number
  clientId: string
  at: string
  lat: number
  lon: number
  note: string
  category: string | null
  photoIds: string[]
  caseId: number | null
}

export interface PatrolDetail {
  patrol: PatrolSummary
  points: TrackPointIn[]
  findings: FindingView[]
  reachGeometry: string | null
}

export interface AppendResult {
  patrolId: string
  received: number
  stored: number
  duplicates: number
  pointCount: number
}

export interface DutyView {
  id: number
  username: string
  displayName: string | null
  regionCode: string
  kind: string
  waterBodyId: number
  reachId: number | null
  targetName: string | null
  period: string
  periodStart: string
  periodEnd: string
  dueAt: string
  status: 'OPEN' | 'DONE' | 'MISSED'
  patrolId: string | null
  completedAt: string | null
}

export interface PatrolTarget {
  waterBodyId: number
  waterBodyName: string | null
  reachId: number | null
  reachName: string | null
  regionCode: string
  centerLat: number | null
  centerLon: number | null
  geometry: string | null
}

export interface ComplianceRow {
  key: string
  name: string
  regionCode: string | null
  required: number
  done: number
  missed: number
  open: number
  patrols: number
  effectivePatrols: number
  onTimeRate: number | null
}

export interface StartPatrol {
  id: string
  waterBodyId: number | null
  reachId: number | null
  mode: TravelMode
  startedAt: string
}

export interface NewFinding {
  clientId: string
  at: string
  lat: number
  lon: number
  note: string
  openCase: boolean
  category: string | null
}

export const startPatrol = (body: StartPatrol) => http.post<PatrolSummary>('/api/patrol/patrols', body)

export const appendPoints = (id: string, batch: number, points: TrackPointIn[]) =>
  http.post<AppendResult>(`/api/patrol/patrols/${encodeURIComponent(id)}/points`, { batch, points })

export const addFinding = (id: string, finding: NewFinding, photos: readonly Blob[]) =>
  http.postMultipart<FindingView>(`/api/patrol/patrols/${encodeURIComponent(id)}/findings`, multipart({ finding }, { photos }))

export const endPatrol = (id: string, endedAt: string) =>
  http.post<PatrolSummary>(`/api/patrol/patrols/${encodeURIComponent(id)}/end`, { endedAt })

export const listPatrols = (query: { mine?: boolean; waterBodyId?: number; from?: string; to?: string; page?: number; size?: number }) =>
  http.get<Page<PatrolSummary>>('/api/patrol/patrols', query)

export const getPatrol = (id: string) => http.get<PatrolDetail>(`/api/patrol/patrols/${encodeURIComponent(id)}`)

export const myDuties = () => http.get<DutyView[]>('/api/patrol/duties/mine')

export const patrolTargets = () => http.get<PatrolTarget[]>('/api/patrol/targets')

export const compliance = (query: { regionCode?: string; from?: string; to?: string; groupBy?: 'PERSON' | 'REGION' }) =>
  http.get<ComplianceRow[]>('/api/patrol/compliance', query)

export interface WaterBodyPatrols {
  recent: PatrolSummary[]
  compliance: ComplianceRow[]
  from: string
  to: string
}

export const waterBodyPatrols = (id: number) => http.get<WaterBodyPatrols>(`/api/patrol/waterbodies/${id}`)
