import type { RouteRecordRaw } from 'vue-router'
import { CirclePlus, Tickets } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/cases/new',
    name: 'casework-report',
    component: () => import('@/views/casework/report/index.vue'),
    meta: {
      titleKey: 'casework.report.title',
      roles: ['INSPECTOR', 'CHIEF', 'OFFICE'],
      menu: { order: 20, icon: CirclePlus },
    },
  },
  {
    path: '/cases',
    name: 'casework-list',
    component: () => import('@/views/casework/list/index.vue'),
    meta: { titleKey: 'casework.list.title', menu: { order: 30, icon: Tickets } },
  },
  {
    path: '/cases/:id(\\d+)',
    name: 'casework-detail',
    component: () => import('@/views/casework/detail/index.vue'),
    props: true,
    meta: { titleKey: 'casework.detail.title' },
  },
]

export default routes
