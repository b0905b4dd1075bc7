import type { Component } from 'vue'
import type { Role } from '@/api/core/auth'

export interface MenuMeta {
  /** position in the side menu, ascending */
  order: number
  /** an icon component, e.g. `Tickets` from @element-plus/icons-vue */
  icon?: Component
}

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (browser tab, menu entry) */
    titleKey?: string
    /** roles allowed; absent = every signed-in user */
    roles?: Role[]
    /** present = the route is a side-menu entry */
    menu?: MenuMeta
    /** reachable without login */
    public?: true
    /** rendered without the app layout (login, error pages, public pages) */
    blank?: true
    /** i18n key: the route is an entry of the public portal's navigation (see layout/PublicLayout.vue) */
    publicNav?: string
    /** position in the public navigation, ascending */
    publicOrder?: number
  }
}

export {}
