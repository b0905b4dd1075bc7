import { defineAsyncComponent, type Component } from 'vue'
import type { CaseAction } from '@/api/casework/case'

/** One dialog per action; each takes `caseDetail` and emits `done(updated)`, `conflict`, `close`. */
export const ACTION_DIALOGS: Record<CaseAction, Component> = {
  TRIAGE: defineAsyncComponent(() => import('./modules/triage-dialog.vue')),
  ASSIGN: defineAsyncComponent(() => import('./modules/assign-dialog.vue')),
  HANDBACK: defineAsyncComponent(() => import('./modules/handback-dialog.vue')),
  PROGRESS: defineAsyncComponent(() => import('./modules/progress-dialog.vue')),
  REQUEST_EXTENSION: defineAsyncComponent(() => import('./modules/extension-request-dialog.vue')),
  SUBMIT_RECTIFICATION: defineAsyncComponent(() => import('./modules/rectification-dialog.vue')),
  ACCEPT_RECTIFICATION: defineAsyncComponent(() => import('./modules/acceptance-dialog.vue')),
  DECIDE_EXTENSION: defineAsyncComponent(() => import('./modules/extension-decision-dialog.vue')),
  APPROVE_CLOSURE: defineAsyncComponent(() => import('./modules/closure-approval-dialog.vue')),
}
