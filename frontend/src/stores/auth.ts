import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as authApi from '@/api/core/auth'
import type { Me, Role } from '@/api/core/auth'
import { isApiError } from '@/api/request'

/** The signed-in user. `loaded` turns true once the server has answered /api/auth/me (either way). */
export const useAuthStore = defineStore('auth', () => {
  const me = ref<Me | null>(null)
  const loaded = ref(false)

  const isLoggedIn = computed(() => me.value !== null)
  const role = computed<Role | null>(() => me.value?.role ?? null)

  function hasRole(roles: readonly string[] | undefined): boolean {
    if (!roles || roles.length === 0) return true
    return me.value !== null && roles.includes(me.value.role)
  }

  /** Asks the server who we are. A 401 means signed out; other failures leave `loaded` false to retry later. */
  async function fetchMe(): Promise<Me | null> {
    try {
      me.value = await authApi.fetchMe()
      loaded.value = true
    } catch (e) {
      me.value = null
      if (isApiError(e) && (e.status === 401 || e.status === 403)) loaded.value = true
    }
    return me.value
  }

  async function login(username: string, password: string): Promise<Me> {
    const user = await authApi.login(username, password)
    me.value = user
    loaded.value = true
    return user
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  /** Forget the user locally (after a 401). */
  function clear(): void {
    me.value = null
    loaded.value = true
  }

  return { me, loaded, isLoggedIn, role, hasRole, fetchMe, login, logout, clear }
})
