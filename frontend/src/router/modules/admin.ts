import type { RouteRecordRaw } from 'vue-router'
import { OfficeBuilding, Setting, User } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/admin/users',
    name: 'admin-users',
    component: () => import('@/views/admin/users/index.vue'),
    meta: { titleKey: 'admin.users.title', roles: ['ADMIN'], menu: { order: 900, icon: User } },
  },
  {
    path: '/admin/orgs',
    name: 'admin-orgs',
    component: () => import('@/views/admin/orgs/index.vue'),
    meta: { titleKey: 'admin.orgs.title', roles: ['ADMIN'], menu: { order: 910, icon: OfficeBuilding } },
  },
  {
    path: '/admin/casework',
    name: 'admin-casework',
    component: () => import('@/views/admin/casework/index.vue'),
    meta: { titleKey: 'admin.casework.title', roles: ['ADMIN'], menu: { order: 920, icon: Setting } },
  },
  {
    path: '/account/password',
    name: 'account-password',
    component: () => import('@/views/account/password/index.vue'),
    meta: { titleKey: 'admin.password.title' },
  },
]

export default routes
