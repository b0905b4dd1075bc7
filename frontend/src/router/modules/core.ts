import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/_core/login/index.vue'),
    meta: { titleKey: 'core.login.title', public: true, blank: true },
  },
  {
    path: '/403',
    name: 'forbidden',
    component: () => import('@/views/_core/forbidden/index.vue'),
    meta: { titleKey: 'core.forbidden.title' },
  },
]

export default routes
