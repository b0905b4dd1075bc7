import type { RouteRecordRaw } from 'vue-router'
import { Bell } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'inbox',
    component: () => import('@/views/inbox/todo/index.vue'),
    meta: { titleKey: 'inbox.title', menu: { order: 10, icon: Bell } },
  },
]

export default routes
