import type { RouteRecordRaw } from 'vue-router'
import type { Component } from 'vue'
import type { Role } from '@/api/core/auth'

export interface MenuItem {
  path: string
  titleKey: string
  icon?: Component
  order: number
}

/** The side menu: routes with `meta.menu` the role may open, by `menu.order` then path. */
export function buildMenu(routes: readonly RouteRecordRaw[], role: Role | null): MenuItem[] {
  const items: MenuItem[] = []
  const visit = (list: readonly RouteRecordRaw[], prefix: string) => {
    for (const r of list) {
      const path = r.path.startsWith('/') ? r.path : `${prefix.replace(/\/$/, '')}/${r.path}`
      const meta = r.meta
      if (meta?.menu && meta.titleKey) {
        const allowed = !meta.roles || meta.roles.length === 0 || (role !== null && meta.roles.includes(role))
        if (allowed) items.push({ path, titleKey: meta.titleKey, icon: meta.menu.icon, order: meta.menu.order })
      }
      if (r.children) visit(r.children, path)
    }
  }
  visit(routes, '/')
  return items.sort((a, b) => a.order - b.order || a.path.localeCompare(b.path))
}

/** Only same-app paths may be a post-login redirect target (no `//evil.example`, no `https:`). */
export function safeRedirect(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string') return fallback
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback
  if (value.startsWith('/login')) return fallback
  return value
}
