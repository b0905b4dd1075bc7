/** A page of a server-side paginated list (every list API of Hezhang answers this shape). */
export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export interface PageQuery {
  page?: number
  size?: number
}
