import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import './types'
import { installGuards } from './guard'

/**
 * Every module adds `router/modules/<module>.ts` (default export: its routes). Routes with `meta.blank`
 * stand alone; all others render inside the app layout.
 */
const moduleFiles = import.meta.glob<RouteRecordRaw[]>('./modules/*.ts', { eager: true, import: 'default' })

export const moduleRoutes: RouteRecordRaw[] = Object.keys(moduleFiles)
  .sort()
  .flatMap((k) => moduleFiles[k] ?? [])

export const layoutRoutes = moduleRoutes.filter((r) => !r.meta?.blank)

const routes: RouteRecordRaw[] = [
  ...moduleRoutes.filter((r) => r.meta?.blank),
  {
    path: '/',
    component: () => import('@/layout/BasicLayout.vue'),
    children: [
      ...layoutRoutes,
      {
        path: '/:pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/views/_core/not-found/index.vue'),
        meta: { titleKey: 'core.notFound.title' },
      },
    ],
  },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

installGuards(router)
