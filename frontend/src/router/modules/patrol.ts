import type { RouteRecordRaw } from 'vue-router'
import { DataAnalysis, Location, Memo } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/patrol',
    name: 'patrol-record',
    component: () => import('@/views/patrol/record/index.vue'),
    meta: { titleKey: 'patrol.menu.record', roles: ['CHIEF', 'INSPECTOR'], menu: { order: 15, icon: Location } },
  },
  {
    path: '/patrol/history',
    name: 'patrol-history',
    component: () => import('@/views/patrol/history/index.vue'),
    meta: {
      titleKey: 'patrol.menu.history',
      roles: ['CHIEF', 'INSPECTOR', 'OFFICE', 'SUPERVISOR', 'ADMIN'],
      menu: { order: 35, icon: Memo },
    },
  },
  {
    path: '/patrol/history/:id',
    name: 'patrol-detail',
    component: () => import('@/views/patrol/detail/index.vue'),
    props: true,
    meta: { titleKey: 'patrol.detail.title', roles: ['CHIEF', 'INSPECTOR', 'OFFICE', 'SUPERVISOR', 'ADMIN'] },
  },
  {
    path: '/patrol/compliance',
    name: 'patrol-compliance',
    component: () => import('@/views/patrol/compliance/index.vue'),
    meta: {
      titleKey: 'patrol.menu.compliance',
      roles: ['CHIEF', 'OFFICE', 'SUPERVISOR', 'ADMIN'],
      menu: { order: 36, icon: DataAnalysis },
    },
  },
]

export default routes
