import type { RouteRecordRaw } from 'vue-router'
import { Calendar } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/admin/calendar',
    name: 'calendar-admin',
    component: () => import('@/views/calendar/admin/index.vue'),
    meta: { titleKey: 'calendar.title', roles: ['ADMIN'], menu: { order: 95, icon: Calendar } },
  },
]

export default routes
