import type { RouteRecordRaw } from 'vue-router'
import { DataAnalysis, Document, Medal, WarningFilled } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/supervision',
    name: 'supervision-dashboard',
    component: () => import('@/views/supervision/dashboard/index.vue'),
    meta: {
      titleKey: 'supervision.dashboard.title',
      roles: ['SUPERVISOR', 'CHIEF', 'OFFICE', 'ADMIN'],
      menu: { order: 40, icon: DataAnalysis },
    },
  },
  {
    path: '/supervision/overdue',
    name: 'supervision-overdue',
    component: () => import('@/views/supervision/overdue/index.vue'),
    meta: {
      titleKey: 'supervision.overdue.title',
      roles: ['SUPERVISOR', 'CHIEF', 'OFFICE', 'ADMIN'],
      menu: { order: 41, icon: WarningFilled },
    },
  },
  {
    path: '/supervision/notices',
    name: 'supervision-notices',
    component: () => import('@/views/supervision/notices/index.vue'),
    meta: {
      titleKey: 'supervision.notices.title',
      roles: ['SUPERVISOR', 'CHIEF', 'OFFICE', 'ADMIN', 'UNIT'],
      menu: { order: 42, icon: Document },
    },
  },
  {
    path: '/supervision/assessment',
    name: 'supervision-assessment',
    component: () => import('@/views/supervision/assessment/index.vue'),
    meta: {
      titleKey: 'supervision.assessment.title',
      roles: ['SUPERVISOR', 'CHIEF', 'OFFICE', 'ADMIN'],
      menu: { order: 43, icon: Medal },
    },
  },
]

export default routes
