import { http } from '../request'
import type { Page } from '../types'

export interface InboxTask {
  taskId: string
  taskKey: string
  name: string
  processKey: string
  businessKey: string | null
  subject: string | null
  /** the SPA path that handles the task, e.g. /cases/123 */
  link: string | null
  created: string
  due: string | null
  overdue: boolean
}

export interface InboxQuery {
  processKey?: string
  overdueOnly?: boolean
  q?: string
  page?: number
  size?: number
}

/** 我的待办 */
export function fetchInbox(query: InboxQuery = {}) {
  return http.get<Page<InboxTask>>('/api/inbox', {
    processKey: query.processKey,
    overdueOnly: query.overdueOnly ? true : undefined,
    q: query.q,
    page: query.page ?? 0,
    size: query.size ?? 20,
  })
}
