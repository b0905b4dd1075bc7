import type { RouteRecordRaw } from 'vue-router'
import { Document, List } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/policies',
    name: 'policy-list',
    component: () => import('@/views/policy/list/index.vue'),
    meta: { titleKey: 'policy.list.title', menu: { order: 55, icon: Document } },
  },
  {
    path: '/policies/new',
    name: 'policy-new',
    component: () => import('@/views/policy/editor/index.vue'),
    meta: { titleKey: 'policy.editor.newTitle', roles: ['ADMIN', 'OFFICE'] },
  },
  {
    path: '/policies/:id(\\d+)',
    name: 'policy-detail',
    component: () => import('@/views/policy/detail/index.vue'),
    props: true,
    meta: { titleKey: 'policy.detail.title' },
  },
  {
    path: '/policies/:id(\\d+)/edit',
    name: 'policy-edit',
    component: () => import('@/views/policy/editor/index.vue'),
    props: true,
    meta: { titleKey: 'policy.editor.editTitle', roles: ['ADMIN', 'OFFICE'] },
  },
  {
    path: '/policies/tasks',
    name: 'policy-tasks',
    component: () => import('@/views/policy/tasks/index.vue'),
    meta: { titleKey: 'policy.tasks.title', menu: { order: 56, icon: List } },
  },
]

export default routes
