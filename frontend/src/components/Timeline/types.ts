/** One step of a {@link Timeline} (a vertical history, oldest first): who, when, what, opinion, details, photos. */
export interface TimelineItem {
  key: string | number
  /** machine kind of the step (goes to data-kind for tests and styling) */
  kind: string
  title: string
  color: string
  actor?: string | null
  at: string
  opinion?: string | null
  details?: { label: string; value: string }[]
  photos?: { url: string; thumbnailUrl: string }[]
}
