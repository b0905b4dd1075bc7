import { http } from '../request'
import type { Page } from '../types'

/** 水质监测 / black-odorous water bodies (backend module `quality`). */

export type WaterClass = 'I' | 'II' | 'III' | 'IV' | 'V' | 'WORSE_THAN_V'
export type BoGrade = 'NONE' | 'LIGHT' | 'HEAVY'
export type BodyStatus = 'IDENTIFIED' | 'PUBLISHED' | 'REMEDIATING' | 'INITIAL_EFFECT' | 'ELIMINATED' | 'REBOUNDED'
export type Measure = 'SOURCE_CONTROL' | 'DREDGING' | 'GARBAGE_CLEANUP' | 'ECOLOGICAL_RESTORATION' | 'WATER_REPLENISHMENT'

export const MEASURES: readonly Measure[] = [
  'SOURCE_CONTROL',
  'DREDGING',
  'GARBAGE_CLEANUP',
  'ECOLOGICAL_RESTORATION',
  'WATER_REPLENISHMENT',
]

export interface Parameter {
  code: string
  nameZh: string
  nameEn: string
  unit: string
  kind: 'GB3838' | 'BLACK_ODOROUS' | 'BOTH'
}

export interface Site {
  id: number
  code: string
  name: string
  kind: 'SECTION' | 'POINT'
  waterBodyId: number
  waterBodyName: string | null
  waterBodyCode: string | null
  reachId: number | null
  regionCode: string
  seq: number
  lat: number | null
  lon: number | null
}

export interface SampleValue {
  item: string
  nameZh: string
  value: number
  unit: string
  itemClass: WaterClass | null
  itemClassLabel: string | null
  boGrade: BoGrade | null
}

export interface Sample {
  id: number
  siteId: number
  siteCode: string
  siteName: string
  waterBodyId: number
  sampledAt: string
  waterDepthCm: number | null
  overallClass: WaterClass | null
  overallClassLabel: string | null
  targetLabel: string | null
  targetMet: boolean | null
  failingItems: string | null
  boGrade: BoGrade | null
  source: string
  values: SampleValue[]
}

export interface ValueInput {
  item: string
  value: number | null
  unit: string
}

export interface SampleCommand {
  siteId: number | null
  sampledAt: string | null
  waterDepthCm: number | null
  values: ValueInput[]
}

export interface ImportResult {
  samples: number
  rows: number
  imported: Sample[]
}

export interface WaterBodyStatus {
  waterBodyId: number
  code: string
  name: string
  kind: string
  targetLabel: string | null
  latestClass: WaterClass | null
  latestClassLabel: string | null
  latestTargetMet: boolean | null
  latestFailingItems: string | null
  latestSampledAt: string | null
  boGrade: BoGrade | null
  heavyPoints: number | null
  points: number | null
  sites: Site[]
}

export interface TrendPoint {
  sampledAt: string
  value: number
  itemClass: WaterClass | null
  siteId: number
}

export interface Trend {
  item: string
  nameZh: string
  unit: string
  /** MAX: lower is better; MIN: higher is better (DO); RANGE: pH 6–9; NONE: no class limits */
  direction: 'MAX' | 'MIN' | 'RANGE' | 'NONE'
  classLimits: number[]
  points: TrendPoint[]
}

export interface BodySummary {
  id: number
  waterBodyId: number
  name: string
  city: string | null
  place: string | null
  regionCode: string
  grade: BoGrade
  gradeLabel: string
  status: BodyStatus
  statusLabel: string
  responsiblePerson: string | null
  chiefName: string | null
  deadline: string | null
  progress: number
  overdue: boolean
  rebounds: number
}

export interface Milestone {
  id: number
  measure: Measure
  title: string
  dueDate: string
  doneAt: string | null
  overdue: boolean
}

export interface BodyEvent {
  action: string
  note: string | null
  actor: string | null
  at: string
}

export interface BodyDetail {
  body: BodySummary
  identifiedBy: 'MONITORING' | 'SURVEY'
  surveyValid: number | null
  surveyBlack: number | null
  measures: Measure[]
  planNote: string | null
  satisfaction: number | null
  identifiedAt: string
  publishedAt: string | null
  eliminatedAt: string | null
  milestones: Milestone[]
  timeline: BodyEvent[]
  actions: ('PUBLISH' | 'PLAN' | 'ASSESS')[]
  currentGrade: BoGrade | null
  heavyPoints: number | null
  points: number | null
}

export interface PublicBody {
  name: string
  city: string | null
  place: string | null
  grade: BoGrade
  gradeLabel: string
  status: BodyStatus
  statusLabel: string
  responsiblePerson: string | null
  chiefName: string | null
  deadline: string | null
  progress: number
}

export interface Report {
  id: number
  periodCode: string
  title: string
  trigger: 'TIMER' | 'ON_DEMAND'
  bodies: number
  eliminated: number
  generatedAt: string
  pdfUrl: string
}

export interface PublishCommand {
  name: string
  city: string
  place: string
  grade: BoGrade
  responsiblePerson: string
  chiefName: string
  deadline: string | null
}

export interface PlanCommand {
  measures: Measure[]
  note: string
  milestones: { measure: Measure | ''; title: string; dueDate: string | null }[]
  deadline: string | null
}

export interface SiteCommand {
  code: string
  name: string
  kind: 'SECTION' | 'POINT'
  waterBodyId: number | null
  reachId: number | null
  regionCode: string | null
  seq: number
  lat: number | null
  lon: number | null
}

export const createSite = (c: SiteCommand) => http.post<Site>('/api/quality/sites', c)
export const listParameters = () => http.get<Parameter[]>('/api/quality/parameters')
export const listSites = (waterBodyId?: number) => http.get<Site[]>('/api/quality/sites', { waterBodyId })
export const listSamples = (q: { waterBodyId?: number; siteId?: number; page?: number; size?: number }) =>
  http.get<Page<Sample>>('/api/quality/samples', q)
export const recordSample = (c: SampleCommand) => http.post<Sample>('/api/quality/samples', c)
export function importSamples(file: File) {
  const form = new FormData()
  form.append('file', file, file.name)
  return http.postMultipart<ImportResult>('/api/quality/samples/import', form)
}
export const waterBodyStatus = (id: number) => http.get<WaterBodyStatus>(`/api/quality/water-bodies/${id}/status`)
export const waterBodyTrend = (id: number, item: string, siteId?: number) =>
  http.get<Trend>(`/api/quality/water-bodies/${id}/trend`, { item, siteId })

export const listBlackOdorous = () => http.get<BodySummary[]>('/api/quality/black-odorous')
export const blackOdorous = (id: number) => http.get<BodyDetail>(`/api/quality/black-odorous/${id}`)
export const publishBody = (id: number, c: PublishCommand) => http.post<BodyDetail>(`/api/quality/black-odorous/${id}/publish`, c)
export const planBody = (id: number, c: PlanCommand) => http.post<BodyDetail>(`/api/quality/black-odorous/${id}/plan`, c)
export const milestoneDone = (id: number, milestoneId: number) =>
  http.post<BodyDetail>(`/api/quality/black-odorous/${id}/milestones/${milestoneId}/done`)
export const assessBody = (id: number, satisfaction: number | null, note: string) =>
  http.post<BodyDetail>(`/api/quality/black-odorous/${id}/assess`, { satisfaction, note })
export const surveyBody = (waterBodyId: number, valid: number | null, black: number | null) =>
  http.post<{ identified: boolean; valid: number; black: number; share: string; reason: string | null; bodyId: number | null }>(
    '/api/quality/black-odorous/survey',
    { waterBodyId, valid, black },
  )
export const listReports = () => http.get<Report[]>('/api/quality/black-odorous/reports')
export const generateReport = () => http.post<Report>('/api/quality/black-odorous/reports')

export const publicBodies = () => http.get<PublicBody[]>('/api/public/black-odorous')
export const publicReports = () => http.get<Report[]>('/api/public/black-odorous/reports')
