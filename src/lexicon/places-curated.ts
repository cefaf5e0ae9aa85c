/**
 * Conflict places that GeoNames `cities500` lacks or misses under the names reports use:
 * villages, city neighbourhoods, refugee camps, hospitals. Each row: a key, the normalised name,
 * the country, a point, its precision, aliases, and a source note. Coordinates are approximate
 * unless the note says otherwise; `district` is a neighbourhood or camp, `point` a site.
 * Example sentences are ours.
 */
import type { PlacePrecision } from '../report/types.js';
import { MYANMAR_TOWNSHIPS } from './places-curated-mm.js';
import { IRAQ_SYRIA_PLACES } from './places-curated-iq-sy.js';

export interface CuratedPlace {
  key: string;
  name: string;
  country: string;
  /** GeoNames admin1 code of the region holding the place. */
  admin1: string;
  lat: number;
  lon: number;
  precision: PlacePrecision;
  aliases: string[];
  source: string;
  /** The name is also a common word or name ("Ann", "Ye"): a place only with a feature word
   * ("Ann township") or a preposition of place before it. */
  strict?: boolean;
}

const MAP = 'team estimate from public maps (OpenStreetMap), ±1 km';

/** The curated table. */
export const CURATED_PLACES: readonly CuratedPlace[] = [
  ...MYANMAR_TOWNSHIPS.map(([name, aliases, admin1, lat, lon, strict]): CuratedPlace => ({
    key: `mm-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`, name, country: 'MM', admin1, lat, lon, precision: 'city',
    aliases: aliases ? aliases.split('|') : [], source: 'Myanmar township seat; see places-curated-mm.ts', strict,
  })),
  ...IRAQ_SYRIA_PLACES.map(([name, aliases, country, admin1, lat, lon, precision]): CuratedPlace => ({
    key: `${country.toLowerCase()}-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`, name, country, admin1, lat, lon, precision,
    aliases: aliases.split('|').filter((a) => a !== name), source: 'Iraq/Syria conflict place; see places-curated-iq-sy.ts',
  })),
  // "Federal police guard Abu Saif, a hilltop village south of Mosul."
  { key: 'iq-abu-saif', name: 'Abu Saif', country: 'IQ', admin1: '15', lat: 36.28, lon: 43.14, precision: 'point',
    aliases: ['Albu Saif', 'Albusaif', 'Abu Sayf'], source: 'village ~2 km from Mosul airport, south of the city; ' + MAP },
  // "The strike on a house in al-Jadida killed dozens of people sheltering there."
  { key: 'iq-mosul-al-jadida', name: 'al-Jadida (Mosul)', country: 'IQ', admin1: '15', lat: 36.348, lon: 43.100, precision: 'district',
    aliases: ['al-Jadida', 'Jadida', 'Jadidah', 'al-Jadidah', 'Jidideh', 'Mosul al-Jadida', 'Mosul al-Jadidah', 'New Mosul'],
    source: 'neighbourhood of west Mosul; ' + MAP },
  // "Fighting moved into the narrow streets of the Old City."
  { key: 'iq-mosul-old-city', name: 'Old City (Mosul)', country: 'IQ', admin1: '15', lat: 36.340, lon: 43.128, precision: 'district',
    aliases: ['Old City of Mosul', 'Mosul Old City'], source: 'west bank of the Tigris; ' + MAP },
  // "Troops seized Mosul airport on the southern edge of the city."
  { key: 'iq-mosul-airport', name: 'Mosul airport', country: 'IQ', admin1: '15', lat: 36.306, lon: 43.147, precision: 'point',
    aliases: ['Mosul International Airport', 'Mosul Airport'], source: MAP },
  // "Families fled the Zanjili district as the offensive advanced."
  { key: 'iq-mosul-zanjili', name: 'Zanjili', country: 'IQ', admin1: '15', lat: 36.356, lon: 43.117, precision: 'district',
    aliases: ['al-Zanjili', 'Zanjeli'], source: 'neighbourhood of west Mosul; ' + MAP },

  // Gaza Strip (PS, admin1 GZ): camps and Gaza City neighbourhoods.
  // "An airstrike hit a home in Jabalia refugee camp at dawn."
  { key: 'ps-jabalia-camp', name: 'Jabalia camp', country: 'PS', admin1: 'GZ', lat: 31.531, lon: 34.496, precision: 'district',
    aliases: ['Jabalia camp', 'Jabalia refugee camp', 'Jabaliya camp', 'Jabalya camp'], source: 'UNRWA camp north of Gaza City; ' + MAP },
  // "Residents of the Beach camp said the strike hit a mosque."
  { key: 'ps-shati-camp', name: 'Shati camp', country: 'PS', admin1: 'GZ', lat: 31.532, lon: 34.446, precision: 'district',
    aliases: ['Shati', 'al-Shati', 'Al-Shati camp', 'Beach camp', 'Beach refugee camp', 'Shati refugee camp', 'Shatee camp'],
    source: 'UNRWA camp on the Gaza City coast; ' + MAP },
  // "A family was killed in Nuseirat camp in central Gaza."
  { key: 'ps-nuseirat-camp', name: 'Nuseirat camp', country: 'PS', admin1: 'GZ', lat: 31.451, lon: 34.393, precision: 'district',
    aliases: ['Nuseirat camp', 'Nuseirat refugee camp', 'Nusairat camp'], source: 'UNRWA camp, Deir al-Balah governorate; ' + MAP },
  // "Shelling struck the Bureij camp overnight."
  { key: 'ps-bureij-camp', name: 'Bureij camp', country: 'PS', admin1: 'GZ', lat: 31.440, lon: 34.403, precision: 'district',
    aliases: ['Bureij camp', 'al-Bureij camp', 'Bureij refugee camp'], source: 'UNRWA camp, Deir al-Balah governorate; ' + MAP },
  // "Witnesses said the house in Maghazi camp was hit twice."
  { key: 'ps-maghazi-camp', name: 'Maghazi camp', country: 'PS', admin1: 'GZ', lat: 31.421, lon: 34.388, precision: 'district',
    aliases: ['Maghazi', 'al-Maghazi', 'Maghazi camp', 'al-Maghazi camp', 'Maghazi refugee camp'], source: 'UNRWA camp, Deir al-Balah governorate; ' + MAP },
  // "A strike near Deir al-Balah camp killed two children."
  { key: 'ps-deir-al-balah-camp', name: 'Deir al-Balah camp', country: 'PS', admin1: 'GZ', lat: 31.424, lon: 34.345, precision: 'district',
    aliases: ['Deir al-Balah camp', 'Deir el-Balah camp'], source: 'UNRWA camp; ' + MAP },
  // "Rescuers searched the rubble in Khan Younis camp."
  { key: 'ps-khan-younis-camp', name: 'Khan Younis camp', country: 'PS', admin1: 'GZ', lat: 31.345, lon: 34.296, precision: 'district',
    aliases: ['Khan Younis camp', 'Khan Yunis camp', 'Khan Younis refugee camp'], source: 'UNRWA camp; ' + MAP },
  // "Homes in Shaboura camp in Rafah were destroyed."
  { key: 'ps-shaboura-camp', name: 'Shaboura camp', country: 'PS', admin1: 'GZ', lat: 31.290, lon: 34.250, precision: 'district',
    aliases: ['Shaboura', 'al-Shaboura', 'Shabura', 'Shaboura camp', 'Rafah camp'], source: 'camp in central Rafah; ' + MAP },
  // "The tower in the Rimal neighbourhood collapsed after the strike."
  { key: 'ps-rimal', name: 'Rimal', country: 'PS', admin1: 'GZ', lat: 31.520, lon: 34.442, precision: 'district',
    aliases: ['al-Rimal', 'Remal', 'al-Remal', 'Rimal neighbourhood'], source: 'Gaza City neighbourhood; ' + MAP },
  // "Artillery hit the Shujaiya neighbourhood east of Gaza City."
  { key: 'ps-shujaiya', name: 'Shujaiya', country: 'PS', admin1: 'GZ', lat: 31.500, lon: 34.480, precision: 'district',
    aliases: ['Shujaiyya', "Shuja'iyya", 'al-Shujaiya', 'Shejaiya', 'Shijaiyah', 'Shujaiyeh', 'Shejaia', 'Shujayea'], source: 'Gaza City neighbourhood; ' + MAP },
  // "A family home in Tal al-Hawa was flattened."
  { key: 'ps-tal-al-hawa', name: 'Tal al-Hawa', country: 'PS', admin1: 'GZ', lat: 31.500, lon: 34.440, precision: 'district',
    aliases: ['Tel al-Hawa', 'Tal el-Hawa', 'Tel el-Hawa'], source: 'Gaza City neighbourhood; ' + MAP },
  // "The strike hit a building in Sheikh Radwan."
  { key: 'ps-sheikh-radwan', name: 'Sheikh Radwan', country: 'PS', admin1: 'GZ', lat: 31.531, lon: 34.460, precision: 'district',
    aliases: ['al-Sheikh Radwan', 'Shaikh Radwan'], source: 'Gaza City neighbourhood; ' + MAP },
  // "Residents of Zeitoun reported heavy bombardment."
  { key: 'ps-zeitoun', name: 'Zeitoun', country: 'PS', admin1: 'GZ', lat: 31.490, lon: 34.455, precision: 'district',
    aliases: ['al-Zeitoun', 'Zaytoun', 'al-Zaytoun', 'Zeitun', 'Zaitoun'], source: 'Gaza City neighbourhood; ' + MAP },
  // "A strike in Sabra killed a mother and her three children."
  { key: 'ps-sabra', name: 'Sabra', country: 'PS', admin1: 'GZ', lat: 31.505, lon: 34.455, precision: 'district',
    aliases: ['al-Sabra'], source: 'Gaza City neighbourhood; ' + MAP },
  // "Houses in the Tuffah area were hit."
  { key: 'ps-tuffah', name: 'Tuffah', country: 'PS', admin1: 'GZ', lat: 31.512, lon: 34.475, precision: 'district',
    aliases: ['al-Tuffah', 'Tuffah'], source: 'Gaza City neighbourhood; ' + MAP },
  // "The strike in Daraj killed a journalist."
  { key: 'ps-daraj', name: 'Daraj', country: 'PS', admin1: 'GZ', lat: 31.509, lon: 34.466, precision: 'district',
    aliases: ['al-Daraj', 'Al Daraj'], source: 'Gaza City neighbourhood; ' + MAP },
  // "Families sheltering in Sheikh Ijlin were hit."
  { key: 'ps-sheikh-ijlin', name: 'Sheikh Ijlin', country: 'PS', admin1: 'GZ', lat: 31.490, lon: 34.430, precision: 'district',
    aliases: ['Sheikh Eijlin', 'Sheikh Ejleen'], source: 'Gaza City neighbourhood; ' + MAP },
  // "Strikes hit Tel al-Sultan in western Rafah."
  { key: 'ps-tel-al-sultan', name: 'Tel al-Sultan', country: 'PS', admin1: 'GZ', lat: 31.310, lon: 34.235, precision: 'district',
    aliases: ['Tal al-Sultan', 'Tel as-Sultan', 'Tel el-Sultan'], source: 'Rafah neighbourhood; ' + MAP },
  // "Displaced families in al-Mawasi were struck."
  { key: 'ps-mawasi', name: 'al-Mawasi', country: 'PS', admin1: 'GZ', lat: 31.355, lon: 34.270, precision: 'district',
    aliases: ['Mawasi', 'al-Mawasi', 'Al-Mawasi', 'Mawasi Khan Younis'], source: 'coastal strip west of Khan Younis; ' + MAP },
  // "The strike hit near al-Shifa Hospital."
  { key: 'ps-al-shifa-hospital', name: 'al-Shifa Hospital', country: 'PS', admin1: 'GZ', lat: 31.5236, lon: 34.4446, precision: 'point',
    aliases: ['al-Shifa Hospital', 'Shifa Hospital', 'Al-Shifa Medical Complex', 'Shifa Medical Complex', 'al-Shifa'], source: 'Gaza City; ' + MAP },
  // "An ambulance was hit outside Nasser Medical Complex."
  { key: 'ps-nasser-medical-complex', name: 'Nasser Medical Complex', country: 'PS', admin1: 'GZ', lat: 31.347, lon: 34.293, precision: 'point',
    aliases: ['Nasser Medical Complex', 'Nasser Hospital'], source: 'Khan Younis; ' + MAP },
  // "A blast struck the courtyard of al-Ahli Arab Hospital."
  { key: 'ps-al-ahli-hospital', name: 'al-Ahli Arab Hospital', country: 'PS', admin1: 'GZ', lat: 31.504, lon: 34.4617, precision: 'point',
    aliases: ['al-Ahli Arab Hospital', 'Al-Ahli Hospital', 'al-Ahli Baptist Hospital', 'Ahli Arab Hospital', 'Al-Ahli Arab Baptist Hospital'], source: 'Gaza City; ' + MAP },
];
