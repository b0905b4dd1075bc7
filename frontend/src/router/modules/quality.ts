import type { RouteRecordRaw } from 'vue-router'
import { DataLine, Warning } from '@element-plus/icons-vue'
import type { Role } from '@/api/core/auth'

const READERS: Role[] = ['INSPECTOR', 'CHIEF', 'OFFICE', 'SUPERVISOR', 'ADMIN']

const routes: RouteRecordRaw[] = [
  {
    path: '/quality/monitoring',
    name: 'quality-monitoring',
    component: () => import('@/views/quality/monitoring/index.vue'),
    meta: { titleKey: 'quality.monitoring.title', roles: READERS, menu: { order: 50, icon: DataLine } },
  },
  {
    path: '/quality/black-odorous',
    name: 'quality-black-odorous',
    component: () => import('@/views/quality/black-odorous/list/index.vue'),
    meta: { titleKey: 'quality.blackOdorous.title', roles: READERS, menu: { order: 51, icon: Warning } },
  },
  {
    path: '/quality/black-odorous/:id(\\d+)',
    name: 'quality-black-odorous-detail',
    component: () => import('@/views/quality/black-odorous/detail/index.vue'),
    props: true,
    meta: { titleKey: 'quality.blackOdorous.detail', roles: READERS },
  },
  {
    path: '/public/black-odorous',
    name: 'quality-public-bodies',
    component: () => import('@/views/quality/public/bodies.vue'),
    meta: { public: true, blank: true, publicNav: 'quality.public.nav.bodies', publicOrder: 50, titleKey: 'quality.public.bodiesTitle' },
  },
  {
    path: '/public/black-odorous/reports',
    name: 'quality-public-reports',
    component: () => import('@/views/quality/public/reports.vue'),
    meta: { public: true, blank: true, publicNav: 'quality.public.nav.reports', publicOrder: 51, titleKey: 'quality.public.reportsTitle' },
  },
]

export default routes
