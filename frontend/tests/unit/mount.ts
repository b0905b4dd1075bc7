import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createRouter, createMemoryHistory, type RouteRecordRaw } from 'vue-router'
import ElementPlus from 'element-plus'
import type { Component } from 'vue'
import { i18n, setLocale } from '@/locales'

/** Mounts a page with the app's plugins (Pinia, zh-CN i18n, Element Plus) and a memory router. */
export async function mountPage(component: Component, options: { path?: string; routes?: RouteRecordRaw[]; props?: Record<string, unknown> } = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  setLocale('zh-CN')
  const Empty = { render: () => null }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: options.routes ?? [
      { path: '/', name: 'inbox', component: Empty },
      { path: '/login', name: 'login', component: Empty },
      { path: '/cases', name: 'casework-list', component: Empty },
      { path: '/cases/:id', name: 'casework-detail', component: Empty },
    ],
  })
  await router.push(options.path ?? '/')
  await router.isReady()
  const wrapper = mount(component, {
    props: options.props,
    attachTo: document.body,
    global: { plugins: [pinia, i18n, router, ElementPlus] },
  } as ComponentMountingOptions<Component>)
  return { wrapper, router, pinia }
}
