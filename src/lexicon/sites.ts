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
  // e.g. "Water from the reservoir passes the barrage into a canal; engineers checked the gate."
  'barrage', 'reservoir', 'canal', 'gate', 'ridge', 'entrance', 'entrances',
  // e.g. "The courthouse and the cultural centre were hit; patients in the ward were moved."
  'courthouse', 'centre', 'center', 'ward', 'homeland',
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

/**
 * Named regions without one point or country (world regions, seas, rivers, mountain ranges): the
 * places stage cannot geocode them, the mentions stage marks them as place mentions of kind
 * `region`. Matched as written (capitalised), after an optional "the". Sources: general
 * geography. e.g. "Attacks in Europe and the Middle East"; "Boats crossed the Tigris at dawn."
 */
export const NAMED_REGIONS: readonly string[] = [
  'Middle East', 'Near East', 'Levant', 'Gulf', 'Persian Gulf', 'Arabian Gulf', 'Arabian Peninsula', 'Arab world',
  'North Africa', 'Horn of Africa', 'Sahel', 'Maghreb', 'Sub-Saharan Africa', 'Africa', 'Europe', 'Western Europe',
  'Eastern Europe', 'Balkans', 'Caucasus', 'Central Asia', 'South Asia', 'Southeast Asia', 'South-East Asia', 'East Asia',
  'Southwest Asia', 'Asia', 'Asia-Pacific', 'Americas', 'Latin America', 'North America', 'South America', 'Mediterranean',
  'Red Sea', 'Black Sea', 'Caspian Sea', 'Indian Ocean',
  'Tigris', 'Tigris River', 'Tigris river', 'Euphrates', 'Euphrates River', 'Euphrates river', 'Euphrates River Valley',
  'Euphrates valley', 'Orontes', 'Khabur', 'Jordan River', 'Great Zab', 'Little Zab', 'Diyala River', 'Nile',
  'Hamrin mountains', 'Hamrin Mountains', 'Qandil mountains', 'Qandil Mountains', 'Anti-Lebanon mountains', 'Golan Heights',
];
