/**
 * Head nouns of phrases that mention a site: a place that has no name in the gazetteer but is
 * where something happened or stands ("the hospital", "ISIL-held buildings", "a fighting
 * position", "the camp"). The mentions stage adds them as place mentions without coordinates:
 * what was struck (a hospital, a school, a market) matters for civilian harm even when the
 * report never names it. Lower case, singular and plural as written. Each group has an example
 * sentence the team wrote.
 */
export const SITE_HEADS: ReadonlySet<string> = new Set([
  // e.g. "The strike hit a hospital and two schools near the market."
  'hospital', 'hospitals', 'clinic', 'clinics', 'school', 'schools', 'university', 'library', 'libraries', 'mosque', 'mosques',
  'church', 'churches', 'market', 'marketplace', 'bakery', 'shop', 'restaurant', 'restaurants', 'museum',
  'stadium', 'gym', 'gyms', 'baths', 'hall', 'studio',
  // e.g. "Residents fled their homes as shells landed on houses along the street."
  'home', 'homes', 'house', 'houses', 'building', 'buildings', 'street', 'streets', 'neighbourhood', 'neighbourhoods',
  'neighborhood', 'neighborhoods', 'basement', 'room', 'apartment', 'apartments',
  // e.g. "Families reached the camp, a former military base outside the city."
  'camp', 'camps', 'city', 'cities', 'town', 'village', 'villages', 'area', 'areas', 'region', 'territory',
  'countryside', 'outskirts', 'border', 'frontier', 'front line', 'frontline',
  // e.g. "Aircraft struck a fighting position, two tunnel entrances and a weapons cache."
  'position', 'positions', 'checkpoint', 'checkpoints', 'tunnel', 'tunnels', 'cache', 'caches', 'depot', 'depots',
  'headquarters', 'compound', 'compounds', 'base', 'bases', 'barracks', 'airport', 'airfield', 'airbase', 'facility',
  'facilities', 'warehouse', 'warehouses', 'factory', 'stronghold', 'strongholds', 'safehouse', 'hideout', 'fortifications',
  'prison', 'site', 'sites', 'locations',
  // e.g. "The militants blew up the bridge below the dam and a power station."
  'bridge', 'bridges', 'dam', 'road', 'roads', 'highway', 'route', 'port', 'station', 'stations', 'refinery',
  'refineries', 'oilfield', 'oilfields', 'pipeline', 'river', 'farm', 'farms', 'fields', 'mountains', 'valley', 'island',
]);

/**
 * Place adverbs that refer to a place the report is about: "Shelling continued here overnight".
 * "there" is one only when it is not the empty subject of "there is", "there were".
 */
export const SITE_ADVERBS: ReadonlySet<string> = new Set(['here', 'there']);

/** Words after "there" that make it the empty subject ("there were no casualties"). */
export const EXISTENTIAL_NEXT: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', "'s", 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can',
  'seems', 'seemed', 'appears', 'appeared', 'remain', 'remains', 'remained', 'be', 'being', 'been',
]);
