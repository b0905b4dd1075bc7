import { http } from '../request'
import type { Page } from '../types'

export interface Notice {
  id: number
  title: string
  body: string | null
  link: string | null
  createdAt: string
  readAt: string | null
}

/** 通知列表 */
export function fetchNotices(query: { unreadOnly?: boolean; page?: number; size?: number } = {}) {
  return http.get<Page<Notice>>('/api/notifications', {
    unreadOnly: query.unreadOnly ? true : undefined,
    page: query.page ?? 0,
    size: query.size ?? 10,
  })
}

/** 未读通知数 */
export function fetchUnreadCount() {
  return http.get<{ count: number }>('/api/notifications/unread-count')
}

/** 标记为已读 */
export function markNoticeRead(id: number) {
  return http.post<void>(`/api/notifications/${id}/read`)
}
