const EARTH_RADIUS_KM = 6371.0088; // mean Earth radius (IUGG)

/**
 * Great-circle distance in kilometres between two points given in decimal degrees.
 *
 * @example
 * haversineKm({ lat: 36.335, lon: 43.119 }, { lat: 33.341, lon: 44.401 }); // ≈ 353 (Mosul–Baghdad)
 */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
