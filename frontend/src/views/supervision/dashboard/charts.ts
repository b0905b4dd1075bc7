import type { DashboardRow, Numbers } from '@/api/supervision/supervision'

/** The parent of a GB/T 2260 code: township → county → league/city → region (null at the top). */
export function parentRegion(code: string): string | null {
  if (code.length > 6) return code.slice(0, 6)
  if (code.length !== 6) return null
  if (code.slice(4) !== '00') return `${code.slice(0, 4)}00`
  if (code.slice(2, 4) !== '00') return `${code.slice(0, 2)}0000`
  return null
}

export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`
}

export function days(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(1)
}

export interface Labels {
  reported: string
  closed: string
  becameOverdue: string
  open: string
  onTimeRate: string
}

/** Line chart: reported, closed, became overdue and open by month; on-time rate on a second axis. */
export function trendOption(rows: DashboardRow[], l: Labels) {
  const months = rows.map((r) => r.key)
  const series = (name: string, pick: (n: Numbers) => number) => ({
    name,
    type: 'line' as const,
    smooth: true,
    data: rows.map((r) => pick(r.numbers)),
  })
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 40, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: months },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      series(l.reported, (n) => n.reported),
      series(l.closed, (n) => n.closed),
      series(l.becameOverdue, (n) => n.becameOverdue),
      series(l.open, (n) => n.open),
      {
        name: l.onTimeRate,
        type: 'line' as const,
        yAxisIndex: 1,
        data: rows.map((r) => (r.numbers.onTimeRate === null ? null : Math.round(r.numbers.onTimeRate * 1000) / 10)),
      },
    ],
  }
}

/** Bars per child region (or category): reported, closed, overdue and open. */
export function barOption(rows: DashboardRow[], l: Labels) {
  const bar = (name: string, pick: (n: Numbers) => number) => ({
    name,
    type: 'bar' as const,
    data: rows.map((r) => pick(r.numbers)),
  })
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 10, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { rotate: rows.length > 6 ? 35 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      bar(l.reported, (n) => n.reported),
      bar(l.closed, (n) => n.closed),
      bar(l.becameOverdue, (n) => n.becameOverdue),
      bar(l.open, (n) => n.open),
    ],
  }
}

/** Pie of reported cases by category. */
export function pieOption(rows: DashboardRow[]) {
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'pie' as const,
        radius: ['35%', '65%'],
        data: rows.filter((r) => r.numbers.reported > 0).map((r) => ({ name: r.name, value: r.numbers.reported })),
      },
    ],
  }
}
