import type { BodyStatus, BoGrade, Trend, WaterClass } from '@/api/quality/quality'
import type { FieldError } from '@/api/request'

export const CLASSES: readonly WaterClass[] = ['I', 'II', 'III', 'IV', 'V', 'WORSE_THAN_V']
export const CLASS_LABELS: Record<WaterClass, string> = {
  I: 'Ⅰ',
  II: 'Ⅱ',
  III: 'Ⅲ',
  IV: 'Ⅳ',
  V: 'Ⅴ',
  WORSE_THAN_V: '劣Ⅴ',
}
/** The colours of the national water-quality maps: Ⅰ–Ⅱ blue, Ⅲ green, Ⅳ yellow, Ⅴ orange, 劣Ⅴ red. */
export const CLASS_COLORS: Record<WaterClass, string> = {
  I: '#3aa0e8',
  II: '#1f77d0',
  III: '#3cb371',
  IV: '#f2c318',
  V: '#f28c28',
  WORSE_THAN_V: '#d9342b',
}

export interface Band {
  cls: WaterClass
  from: number
  to: number
}

/**
 * The GB 3838-2002 class bands of a parameter for the trend chart, from the class Ⅰ–Ⅴ limits: for a maximum
 * (most items) Ⅰ is [0, limitⅠ], Ⅱ (limitⅠ, limitⅡ] … and 劣Ⅴ above limitⅤ; for dissolved oxygen (a minimum)
 * the bands run downwards; pH has one band 6–9 (Ⅰ) and nothing else. Bands of zero width (COD: Ⅰ and Ⅱ share
 * 15 mg/L) are left out. `top` is the upper end of the chart.
 */
export function classBands(trend: Pick<Trend, 'direction' | 'classLimits'>, top: number): Band[] {
  const l = trend.classLimits
  const bands: Band[] = []
  if (trend.direction === 'RANGE' && l.length === 2) return [{ cls: 'I', from: l[0]!, to: l[1]! }]
  if (l.length !== 5) return []
  if (trend.direction === 'MAX') {
    let lower = 0
    l.forEach((limit, i) => {
      if (limit > lower) bands.push({ cls: CLASSES[i]!, from: lower, to: limit })
      lower = Math.max(lower, limit)
    })
    bands.push({ cls: 'WORSE_THAN_V', from: lower, to: Math.max(top, lower * 1.5) })
  } else if (trend.direction === 'MIN') {
    let upper = Math.max(top, l[0]! * 1.2)
    l.forEach((limit, i) => {
      if (upper > limit) bands.push({ cls: CLASSES[i]!, from: limit, to: upper })
      upper = Math.min(upper, limit)
    })
    bands.push({ cls: 'WORSE_THAN_V', from: 0, to: upper })
  }
  return bands
}

/** Which class a value falls in by the bands (limit values belong to the better class). */
export function classOf(value: number, trend: Pick<Trend, 'direction' | 'classLimits'>): WaterClass | null {
  const l = trend.classLimits
  if (trend.direction === 'MAX' && l.length === 5) {
    const i = l.findIndex((limit) => value <= limit)
    return i < 0 ? 'WORSE_THAN_V' : CLASSES[i]!
  }
  if (trend.direction === 'MIN' && l.length === 5) {
    const i = l.findIndex((limit) => value >= limit)
    return i < 0 ? 'WORSE_THAN_V' : CLASSES[i]!
  }
  if (trend.direction === 'RANGE' && l.length === 2) return value >= l[0]! && value <= l[1]! ? 'I' : 'WORSE_THAN_V'
  return null
}

export function gradeTagType(grade: BoGrade | null | undefined): 'success' | 'warning' | 'danger' | 'info' {
  if (grade === 'HEAVY') return 'danger'
  if (grade === 'LIGHT') return 'warning'
  if (grade === 'NONE') return 'success'
  return 'info'
}

export function statusTagType(status: BodyStatus): 'success' | 'warning' | 'danger' | 'info' | 'primary' {
  switch (status) {
    case 'ELIMINATED':
      return 'success'
    case 'REBOUNDED':
      return 'danger'
    case 'INITIAL_EFFECT':
      return 'primary'
    case 'REMEDIATING':
      return 'warning'
    default:
      return 'info'
  }
}

export interface RowProblem {
  line: number | null
  column: string
  message: string
}

/** The import's 400 errors (`rows[5].item`) as lines of the file, in file order; file-level errors first. */
export function rowProblems(errors: readonly FieldError[] | undefined): RowProblem[] {
  return (errors ?? [])
    .map((e): RowProblem => {
      const m = /^rows\[(\d+)]\.(.+)$/.exec(e.field)
      return m ? { line: Number(m[1]), column: m[2] ?? '', message: e.message } : { line: null, column: e.field, message: e.message }
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}

/** A CSV template for the import, in the long format the backend reads. */
export const IMPORT_TEMPLATE =
  'site,sampled_at,item,value,unit,water_depth_cm\n' +
  'DHH-S01,2026-06-01 09:30,COD,18,mg/L,\n' +
  'DHH-S01,2026-06-01 09:30,NH3N,0.8,mg/L,\n' +
  'BO-ZDGH-2-P1,2026-06-01 10:00,SD,30,cm,60\n' +
  'BO-ZDGH-2-P1,2026-06-01 10:00,DO,3.1,mg/L,60\n' +
  'BO-ZDGH-2-P1,2026-06-01 10:00,ORP,80,mV,60\n' +
  'BO-ZDGH-2-P1,2026-06-01 10:00,NH3N,4.2,mg/L,60\n'
