export interface LatLon {
  lat: number
  lon: number
}

export interface MapMarker extends LatLon {
  color?: string
  label?: string
}
