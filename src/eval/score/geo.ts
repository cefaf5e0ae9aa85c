/**
 * Great-circle distance for the scorers: the same function the pipeline uses
 * (`src/geo/distance.ts`), so a place scored "within 25 km" is measured the way the events stage
 * and incident resolution measure it.
 *
 * @example
 * haversineKm({ lat: 36.335, lon: 43.119 }, { lat: 33.341, lon: 44.401 }); // ≈ 352 (Mosul–Baghdad)
 */
export { distanceKm as haversineKm } from '../../geo/distance.js';
