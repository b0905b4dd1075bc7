import { isApiError } from '@/api/request'
import type { PublicReportRequest } from '@/api/publicity'
import { parseCoordinate } from '@/views/casework/report/modules/coordinates'
import type { PublicDraftForm } from './draft'

/** The public report form's rules and the request it sends, apart from the component (tested on their own). */

export const MAX_PHOTOS = 3
export const MAX_DESCRIPTION = 2000
/** as the server checks it: digits, +, -, (, ), spaces; 5 to 20 */
export const PHONE_PATTERN = /^[0-9+\-() ]{5,20}$/

export function validPhone(phone: string): boolean {
  const p = phone.trim()
  return !p || PHONE_PATTERN.test(p)
}

/** The request from the form; blank optional fields are left out, coordinates as numbers. */
export function toRequest(form: PublicDraftForm, clientId: string, waterBodyId: number | null): PublicReportRequest {
  const opt = (s: string) => (s.trim() ? s.trim() : undefined)
  return {
    clientId,
    category: form.category,
    waterBodyId: waterBodyId ?? undefined,
    lat: parseCoordinate(form.lat, 'lat')!,
    lon: parseCoordinate(form.lon, 'lon')!,
    address: opt(form.address),
    description: form.description.trim(),
    name: opt(form.name),
    phone: opt(form.phone),
  }
}

/** The location is complete when both coordinates parse. */
export function hasLocation(form: Pick<PublicDraftForm, 'lat' | 'lon'>): boolean {
  return parseCoordinate(form.lat, 'lat') !== null && parseCoordinate(form.lon, 'lon') !== null
}

/** Whole minutes to wait after a 429 (the problem's `retryAfterSeconds`), or null when the server did not say. */
export function retryMinutes(error: unknown): number | null {
  if (!isApiError(error) || error.status !== 429) return null
  const s = Number(error.problem.retryAfterSeconds)
  return Number.isFinite(s) && s > 0 ? Math.max(1, Math.ceil(s / 60)) : null
}

/** The fields a 400 answer may name that the form shows at a field. */
export const FORM_FIELDS = ['category', 'description', 'lat', 'lon', 'address', 'name', 'phone', 'photos', 'waterBodyId', 'reachId']
