/**
 * Countries: ISO 3166-1 alpha-2 code, the name we normalise to, other names a report may use,
 * demonyms (which never become place spans but tell the stage which country a report is about:
 * "the Iraqi city of Mosul"), and a representative point.
 *
 * Source: names and codes from ISO 3166-1; points are approximate geographic centres rounded to
 * a tenth of a degree (team estimate from public atlases) — good for `precision: 'country'` only.
 * Example sentence for the table: "Airstrikes in Syria and Iraq killed 11 civilians, Syrian and
 * Iraqi monitors said." → Syria, Iraq (places); Syrian, Iraqi (focus hints only).
 */
export interface CountryRow {
  code: string;
  name: string;
  lat: number;
  lon: number;
  /** Other names, matched case-insensitively after {@link placeKey} normalisation. */
  aliases: string[];
  /** Adjectives and people ("Iraqi", "Iraqis"): focus hints, never spans. */
  demonyms: string[];
}

type Row = [code: string, name: string, lat: number, lon: number, aliases: string, demonyms: string];

// [code, name, lat, lon, 'alias|alias', 'demonym|demonym']
const ROWS: Row[] = [
  ['IQ', 'Iraq', 33.0, 43.7, 'Republic of Iraq', 'Iraqi|Iraqis'],
  ['SY', 'Syria', 35.0, 38.5, 'Syrian Arab Republic', 'Syrian|Syrians'],
  ['PS', 'Palestine', 31.9, 35.2, 'Palestinian territories|State of Palestine|occupied Palestinian territory|Palestinian Territories', 'Palestinian|Palestinians|Gazan|Gazans'],
  ['IL', 'Israel', 31.4, 35.0, 'State of Israel', 'Israeli|Israelis'],
  ['YE', 'Yemen', 15.6, 47.6, 'Republic of Yemen', 'Yemeni|Yemenis'],
  ['MM', 'Myanmar', 21.0, 96.0, 'Burma|Republic of the Union of Myanmar', 'Burmese|Myanmar'],
  ['UA', 'Ukraine', 49.0, 31.4, '', 'Ukrainian|Ukrainians'],
  ['RU', 'Russia', 61.5, 96.0, 'Russian Federation', 'Russian|Russians'],
  ['AF', 'Afghanistan', 33.9, 67.7, '', 'Afghan|Afghans'],
  ['SO', 'Somalia', 5.2, 46.2, 'Federal Republic of Somalia', 'Somali|Somalis'],
  ['LY', 'Libya', 26.3, 17.2, '', 'Libyan|Libyans'],
  ['SD', 'Sudan', 15.5, 30.2, 'Republic of the Sudan|the Sudan', 'Sudanese'],
  ['SS', 'South Sudan', 7.9, 30.0, '', 'South Sudanese'],
  ['LB', 'Lebanon', 33.9, 35.9, '', 'Lebanese'],
  ['JO', 'Jordan', 31.2, 36.5, '', 'Jordanian|Jordanians'],
  ['EG', 'Egypt', 26.8, 30.8, '', 'Egyptian|Egyptians'],
  ['SA', 'Saudi Arabia', 23.9, 45.1, 'Kingdom of Saudi Arabia', 'Saudi|Saudis'],
  ['AE', 'United Arab Emirates', 23.4, 53.8, 'UAE|U.A.E.|Emirates', 'Emirati|Emiratis'],
  ['QA', 'Qatar', 25.3, 51.2, '', 'Qatari|Qataris'],
  ['KW', 'Kuwait', 29.3, 47.5, '', 'Kuwaiti|Kuwaitis'],
  ['BH', 'Bahrain', 26.0, 50.6, '', 'Bahraini|Bahrainis'],
  ['OM', 'Oman', 21.5, 55.9, '', 'Omani|Omanis'],
  ['IR', 'Iran', 32.4, 53.7, 'Islamic Republic of Iran', 'Iranian|Iranians'],
  ['TR', 'Turkey', 39.0, 35.2, 'Türkiye|Turkiye', 'Turkish|Turks'],
  ['CY', 'Cyprus', 35.1, 33.4, '', 'Cypriot|Cypriots'],
  ['PK', 'Pakistan', 30.4, 69.3, '', 'Pakistani|Pakistanis'],
  ['IN', 'India', 22.0, 79.0, '', 'Indian|Indians'],
  ['BD', 'Bangladesh', 23.7, 90.4, '', 'Bangladeshi|Bangladeshis'],
  ['CN', 'China', 35.9, 104.2, "People's Republic of China|PRC", 'Chinese'],
  ['TH', 'Thailand', 15.9, 101.0, '', 'Thai'],
  ['LA', 'Laos', 19.9, 102.5, 'Lao PDR', 'Laotian|Lao'],
  ['KH', 'Cambodia', 12.6, 104.9, '', 'Cambodian|Cambodians'],
  ['VN', 'Vietnam', 14.1, 108.3, 'Viet Nam', 'Vietnamese'],
  ['PH', 'Philippines', 12.9, 121.8, 'the Philippines', 'Filipino|Filipinos|Philippine'],
  ['ID', 'Indonesia', -0.8, 113.9, '', 'Indonesian|Indonesians'],
  ['MY', 'Malaysia', 4.2, 102.0, '', 'Malaysian|Malaysians'],
  ['JP', 'Japan', 36.2, 138.3, '', 'Japanese'],
  ['KR', 'South Korea', 35.9, 127.8, 'Republic of Korea', 'South Korean|South Koreans'],
  ['KP', 'North Korea', 40.3, 127.5, "Democratic People's Republic of Korea|DPRK", 'North Korean|North Koreans'],
  ['US', 'United States', 39.8, -98.6, 'United States of America|USA|U.S.A.|U.S.|US|America', 'American|Americans'],
  ['GB', 'United Kingdom', 54.0, -2.0, 'UK|U.K.|Britain|Great Britain', 'British|Briton|Britons'],
  ['FR', 'France', 46.2, 2.2, '', 'French'],
  ['DE', 'Germany', 51.2, 10.5, '', 'German|Germans'],
  ['IT', 'Italy', 41.9, 12.6, '', 'Italian|Italians'],
  ['ES', 'Spain', 40.5, -3.7, '', 'Spanish'],
  ['NL', 'Netherlands', 52.1, 5.3, 'the Netherlands|Holland', 'Dutch'],
  ['BE', 'Belgium', 50.5, 4.5, '', 'Belgian|Belgians'],
  ['DK', 'Denmark', 56.3, 9.5, '', 'Danish|Danes'],
  ['NO', 'Norway', 60.5, 8.5, '', 'Norwegian|Norwegians'],
  ['SE', 'Sweden', 60.1, 18.6, '', 'Swedish|Swedes'],
  ['FI', 'Finland', 61.9, 25.7, '', 'Finnish|Finns'],
  ['PL', 'Poland', 51.9, 19.1, '', 'Polish|Poles'],
  ['BY', 'Belarus', 53.7, 28.0, '', 'Belarusian|Belarusians'],
  ['MD', 'Moldova', 47.4, 28.4, '', 'Moldovan|Moldovans'],
  ['RO', 'Romania', 45.9, 25.0, '', 'Romanian|Romanians'],
  ['HU', 'Hungary', 47.2, 19.5, '', 'Hungarian|Hungarians'],
  ['SK', 'Slovakia', 48.7, 19.7, '', 'Slovak|Slovaks'],
  ['CZ', 'Czechia', 49.8, 15.5, 'Czech Republic', 'Czech|Czechs'],
  ['AT', 'Austria', 47.5, 14.6, '', 'Austrian|Austrians'],
  ['CH', 'Switzerland', 46.8, 8.2, '', 'Swiss'],
  ['GR', 'Greece', 39.1, 21.8, '', 'Greek|Greeks'],
  ['RS', 'Serbia', 44.0, 21.0, '', 'Serbian|Serbs'],
  ['BA', 'Bosnia and Herzegovina', 43.9, 17.7, 'Bosnia', 'Bosnian|Bosnians'],
  ['XK', 'Kosovo', 42.6, 20.9, '', 'Kosovar|Kosovars'],
  ['GE', 'Georgia', 42.3, 43.4, '', 'Georgian|Georgians'],
  ['AM', 'Armenia', 40.1, 45.0, '', 'Armenian|Armenians'],
  ['AZ', 'Azerbaijan', 40.1, 47.6, '', 'Azerbaijani|Azerbaijanis|Azeri|Azeris'],
  ['KZ', 'Kazakhstan', 48.0, 66.9, '', 'Kazakh|Kazakhs'],
  ['UZ', 'Uzbekistan', 41.4, 64.6, '', 'Uzbek|Uzbeks'],
  ['TJ', 'Tajikistan', 38.9, 71.3, '', 'Tajik|Tajiks'],
  ['TM', 'Turkmenistan', 38.97, 59.6, '', 'Turkmen'],
  ['KG', 'Kyrgyzstan', 41.2, 74.8, '', 'Kyrgyz'],
  ['CA', 'Canada', 56.1, -106.3, '', 'Canadian|Canadians'],
  ['MX', 'Mexico', 23.6, -102.6, '', 'Mexican|Mexicans'],
  ['CO', 'Colombia', 4.6, -74.3, '', 'Colombian|Colombians'],
  ['VE', 'Venezuela', 6.4, -66.6, '', 'Venezuelan|Venezuelans'],
  ['BR', 'Brazil', -14.2, -51.9, '', 'Brazilian|Brazilians'],
  ['AR', 'Argentina', -38.4, -63.6, '', 'Argentine|Argentinian|Argentinians'],
  ['HT', 'Haiti', 19.0, -72.3, '', 'Haitian|Haitians'],
  ['AU', 'Australia', -25.3, 133.8, '', 'Australian|Australians'],
  ['NG', 'Nigeria', 9.1, 8.7, '', 'Nigerian|Nigerians'],
  ['ML', 'Mali', 17.6, -4.0, '', 'Malian|Malians'],
  ['BF', 'Burkina Faso', 12.2, -1.6, '', 'Burkinabe'],
  ['NE', 'Niger', 17.6, 8.1, '', 'Nigerien|Nigeriens'],
  ['TD', 'Chad', 15.5, 18.7, '', 'Chadian|Chadians'],
  ['CM', 'Cameroon', 7.4, 12.4, '', 'Cameroonian|Cameroonians'],
  ['CF', 'Central African Republic', 6.6, 20.9, 'CAR', 'Central African'],
  ['CD', 'Democratic Republic of the Congo', -4.0, 21.8, 'DR Congo|DRC|Congo-Kinshasa', 'Congolese'],
  ['CG', 'Republic of the Congo', -0.2, 15.8, 'Congo-Brazzaville', ''],
  ['ET', 'Ethiopia', 9.1, 40.5, '', 'Ethiopian|Ethiopians'],
  ['ER', 'Eritrea', 15.2, 39.8, '', 'Eritrean|Eritreans'],
  ['DJ', 'Djibouti', 11.8, 42.6, '', 'Djiboutian'],
  ['KE', 'Kenya', 0.0, 37.9, '', 'Kenyan|Kenyans'],
  ['UG', 'Uganda', 1.4, 32.3, '', 'Ugandan|Ugandans'],
  ['RW', 'Rwanda', -1.9, 29.9, '', 'Rwandan|Rwandans'],
  ['BI', 'Burundi', -3.4, 29.9, '', 'Burundian|Burundians'],
  ['TZ', 'Tanzania', -6.4, 34.9, '', 'Tanzanian|Tanzanians'],
  ['MZ', 'Mozambique', -18.7, 35.5, '', 'Mozambican|Mozambicans'],
  ['ZA', 'South Africa', -30.6, 22.9, '', 'South African|South Africans'],
  ['DZ', 'Algeria', 28.0, 1.7, '', 'Algerian|Algerians'],
  ['TN', 'Tunisia', 33.9, 9.5, '', 'Tunisian|Tunisians'],
  ['MA', 'Morocco', 31.8, -7.1, '', 'Moroccan|Moroccans'],
];

function split(s: string): string[] {
  return s ? s.split('|') : [];
}

/** The country table. */
export const COUNTRIES: readonly CountryRow[] = ROWS.map(([code, name, lat, lon, aliases, demonyms]) => ({
  code, name, lat, lon, aliases: split(aliases), demonyms: split(demonyms),
}));

/**
 * Places that are not countries but are named like one in news and resolve to a country-level
 * area of a country above: region-sized territories. Source: common usage; points approximate.
 * Example: "Strikes across the Gaza Strip killed 40 people." → Gaza Strip (PS, region).
 */
export const TERRITORIES: readonly { code: string; name: string; lat: number; lon: number; aliases: string[] }[] = [
  { code: 'PS', name: 'Gaza Strip', lat: 31.42, lon: 34.37, aliases: ['the Gaza Strip', 'Strip of Gaza'] },
  { code: 'PS', name: 'West Bank', lat: 31.95, lon: 35.25, aliases: ['the West Bank', 'occupied West Bank'] },
  { code: 'UA', name: 'Crimea', lat: 45.3, lon: 34.4, aliases: ['Crimean Peninsula'] },
  { code: 'UA', name: 'Donbas', lat: 48.3, lon: 38.5, aliases: ['Donbass'] },
  { code: 'SY', name: 'Golan Heights', lat: 33.0, lon: 35.75, aliases: ['the Golan', 'Golan'] },
  { code: 'SO', name: 'Somaliland', lat: 9.8, lon: 46.0, aliases: [] },
  { code: 'SD', name: 'Darfur', lat: 13.5, lon: 24.0, aliases: [] },
  { code: 'IQ', name: 'Kurdistan Region', lat: 36.4, lon: 44.4, aliases: ['Iraqi Kurdistan', 'Kurdistan Region of Iraq', 'KRI'] },
];
