import type { InboxTask } from '@/api/inbox/inbox'

/** Overdue tasks first, then by due date (earliest first, no due date last); stable otherwise. */
export function sortInbox(tasks: readonly InboxTask[]): InboxTask[] {
  const due = (t: InboxTask) => (t.due ? Date.parse(t.due) : Number.POSITIVE_INFINITY)
  return tasks
    .map((t, i) => ({ t, i }))
    .sort((a, b) => Number(b.t.overdue) - Number(a.t.overdue) || due(a.t) - due(b.t) || a.i - b.i)
    .map((x) => x.t)
}

/**
 * Labels of process types come from every module's messages (`<module>.processes.<processKey>`), so a
 * module that adds a process adds its label in its own locale file.
 */
export function processOptions(
  localeMessages: Record<string, unknown>,
  seenKeys: readonly string[],
): { key: string; label: string }[] {
  const out = new Map<string, string>()
  for (const module of Object.values(localeMessages)) {
    const processes = (module as { processes?: unknown } | null)?.processes
    if (processes && typeof processes === 'object') {
      for (const [key, label] of Object.entries(processes as Record<string, unknown>)) {
        if (typeof label === 'string') out.set(key, label)
      }
    }
  }
  for (const key of seenKeys) if (key && !out.has(key)) out.set(key, key)
  return [...out].map(([key, label]) => ({ key, label }))
}
