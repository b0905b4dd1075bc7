import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import type { CaseDetail } from '@/api/casework/case'
import { isApiError } from '@/api/request'
import { fieldErrorsOf } from '@/utils/problem'

export interface ActionDialogProps {
  caseDetail: CaseDetail
}

export interface ActionCallbacks {
  done: (updated: CaseDetail) => void
  conflict: () => void
}

/**
 * Sends one case action: guards double submission, maps a 400's field errors to the form, and turns a 409
 * (the case moved on meanwhile) into a message, after which the page reloads the case.
 */
export function useCaseAction(callbacks: ActionCallbacks) {
  const { t } = useI18n()
  const submitting = ref(false)
  const error = ref<unknown>(null)
  const fieldErrors = ref<Record<string, string>>({})

  async function run(call: () => Promise<CaseDetail>): Promise<void> {
    if (submitting.value) return
    submitting.value = true
    error.value = null
    fieldErrors.value = {}
    try {
      const updated = await call()
      ElMessage.success(t('casework.action.done'))
      callbacks.done(updated)
    } catch (e) {
      if (isApiError(e) && e.status === 409) {
        const detail = e.detail ? `: ${e.detail}` : ''
        ElMessage.error({ message: `${t('casework.action.conflict')}${detail}`, duration: 8000, showClose: true })
        callbacks.conflict()
        return
      }
      error.value = e
      fieldErrors.value = fieldErrorsOf(e)
    } finally {
      submitting.value = false
    }
  }

  return { submitting, error, fieldErrors, run }
}
