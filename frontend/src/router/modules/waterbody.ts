import type { RouteRecordRaw } from 'vue-router'
import { MapLocation } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/waterbodies',
    name: 'waterbody-list',
    component: () => import('@/views/waterbody/list/index.vue'),
    meta: { titleKey: 'waterbody.list.title', menu: { order: 50, icon: MapLocation } },
  },
  {
    path: '/waterbodies/:id(\\d+)',
    name: 'waterbody-dossier',
    component: () => import('@/views/waterbody/dossier/index.vue'),
    props: true,
    meta: { titleKey: 'waterbody.dossier.title' },
  },
]

export default routes
