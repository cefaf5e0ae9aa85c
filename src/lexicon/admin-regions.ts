/**
 * First-level administrative regions of the conflict countries we watch (plus the Gaza Strip's
 * governorates and the sub-state divisions ACLED uses in Myanmar, "Shan-North"…). Each row maps
 * a region to its GeoNames admin1 code, so that a town can be checked against the region a
 * report names: "Kale town (Kale township, Sagaing region)" must be a Kale in Sagaing.
 *
 * Sources: region names and GeoNames admin1 codes from GeoNames (admin1CodesASCII, CC BY 4.0),
 * cross-checked against the seats GeoNames marks PPLA in cities500; points are approximate
 * centres (team estimate from public maps, ±30 km) — good for `precision: 'region'` only.
 * Example sentences: "Clashes spread across Nineveh Governorate." / "Shelling hit villages in
 * northern Shan State." / "Two drones struck Kharkiv Oblast overnight."
 */
export interface AdminRegionRow {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames admin1 code of the region (or of the region holding it, for sub-divisions). */
  admin1: string;
  name: string;
  aliases: string[];
  lat: number;
  lon: number;
  /** The word a report puts after the name: "Governorate", "State", "Region", "Oblast", … */
  kind: 'governorate' | 'state' | 'region' | 'oblast' | 'province';
}

type Row = [admin1: string, name: string, aliases: string, lat: number, lon: number];

function rows(country: string, kind: AdminRegionRow['kind'], list: Row[]): AdminRegionRow[] {
  return list.map(([admin1, name, aliases, lat, lon]) => ({
    country, admin1, name, aliases: aliases ? aliases.split('|') : [], lat, lon, kind,
  }));
}

/** The region table. */
export const ADMIN_REGIONS: readonly AdminRegionRow[] = [
  ...rows('IQ', 'governorate', [
    ['01', 'Anbar', 'Al Anbar|al-Anbar', 33.4, 42.0],
    ['02', 'Basra', 'Basrah|al-Basrah', 30.5, 47.4],
    ['03', 'Muthanna', 'al-Muthanna', 30.5, 45.3],
    ['04', 'Qadisiyah', 'al-Qadisiyyah|Diwaniyah', 31.9, 45.0],
    ['05', 'Sulaymaniyah', 'Sulaimaniyah|Slemani', 35.5, 45.5],
    ['06', 'Babil', 'Babylon', 32.5, 44.5],
    ['07', 'Baghdad', '', 33.3, 44.4],
    ['08', 'Dohuk', 'Duhok|Dahuk', 36.9, 43.0],
    ['09', 'Dhi Qar', 'Thi Qar', 31.1, 46.3],
    ['10', 'Diyala', '', 33.9, 45.0],
    ['11', 'Erbil', 'Arbil|Irbil|Hawler', 36.4, 44.3],
    ['12', 'Karbala', 'Kerbala', 32.5, 43.7],
    ['13', 'Kirkuk', 'Tamim|al-Tamim', 35.4, 44.3],
    ['14', 'Maysan', 'Missan', 31.9, 47.1],
    ['15', 'Nineveh', 'Ninawa|Ninewa|Niniveh|Ninawah', 36.2, 42.5],
    ['16', 'Wasit', '', 32.6, 45.7],
    ['17', 'Najaf', '', 31.0, 44.0],
    ['18', 'Salahuddin', 'Salah ad-Din|Salah al-Din|Saladin|Salahaddin', 34.5, 43.6],
  ]),
  ...rows('SY', 'governorate', [
    ['01', 'Hasakah', 'al-Hasakah|Hasakeh|Al Hasakah', 36.5, 40.9],
    ['02', 'Latakia', 'Lattakia|Al Ladhiqiyah', 35.6, 36.0],
    ['03', 'Quneitra', 'Al Qunaytirah', 33.1, 35.85],
    ['04', 'Raqqa', 'Raqqah|Ar Raqqah|al-Raqqa', 35.9, 38.8],
    ['05', 'Suwayda', 'Sweida|As-Suwayda', 32.7, 36.7],
    ['06', 'Daraa', "Dar'a|Deraa", 32.8, 36.2],
    ['07', 'Deir ez-Zor', 'Deir al-Zor|Deir Ezzor|Dayr az Zawr|Deir el-Zour', 35.2, 40.3],
    ['08', 'Rif Dimashq', 'Rural Damascus|Damascus Countryside', 33.5, 36.6],
    ['09', 'Aleppo', 'Halab', 36.2, 37.5],
    ['10', 'Hama', 'Hamah', 35.2, 36.9],
    ['11', 'Homs', 'Hims', 34.5, 38.0],
    ['12', 'Idlib', 'Idleb', 35.8, 36.6],
    ['13', 'Damascus', 'Dimashq', 33.5, 36.3],
    ['14', 'Tartus', 'Tartous', 34.9, 36.0],
  ]),
  // The Gaza Strip is one GeoNames admin1 (GZ); its five governorates share that code.
  ...rows('PS', 'governorate', [
    ['GZ', 'North Gaza', 'Gaza North|Northern Gaza', 31.55, 34.50],
    ['GZ', 'Gaza', 'Gaza City governorate', 31.50, 34.45],
    ['GZ', 'Deir al-Balah', 'Deir el-Balah|Dayr al Balah|Middle Area|Central Gaza', 31.42, 34.35],
    ['GZ', 'Khan Younis', 'Khan Yunis|Khan Yunus', 31.34, 34.30],
    ['GZ', 'Rafah', '', 31.29, 34.25],
  ]),
  ...rows('YE', 'governorate', [
    ['01', 'Abyan', '', 13.6, 46.0],
    ['02', 'Aden', '', 12.8, 45.0],
    ['03', 'Al Mahrah', 'Mahra|al-Mahra', 16.5, 51.8],
    ['04', 'Hadramawt', 'Hadramout|Hadhramaut', 15.9, 48.8],
    ['05', 'Shabwah', 'Shabwa', 14.8, 47.0],
    ['08', 'Hodeidah', 'Hudaydah|Al Hudaydah|Hodeida', 14.8, 43.1],
    ['10', 'Al Mahwit', 'Mahwit', 15.4, 43.6],
    ['11', 'Dhamar', '', 14.6, 44.4],
    ['14', 'Marib', "Ma'rib", 15.5, 45.5],
    ['15', 'Saada', "Sa'dah|Saadah", 16.9, 43.8],
    ['18', 'Ad Dali', "Dhale|al-Dhalea|Al Dhale'e", 13.7, 44.7],
    ['19', 'Amran', '', 16.0, 43.9],
    ['20', 'Al Bayda', 'Bayda|al-Baydha', 14.0, 45.6],
    ['21', 'Al Jawf', 'Jawf', 16.5, 45.4],
    ['22', 'Hajjah', 'Hajja', 16.0, 43.3],
    ['23', 'Ibb', '', 14.0, 44.2],
    ['24', 'Lahij', 'Lahj', 13.2, 44.8],
    ['25', 'Taiz', "Ta'izz", 13.5, 43.9],
    ['26', 'Sanaa', "Sana'a", 15.3, 44.3],
    ['27', 'Raymah', 'Raima', 14.7, 43.6],
  ]),
  ...rows('MM', 'state', [
    ['01', 'Rakhine', 'Arakan', 20.0, 93.5],
    ['02', 'Chin', '', 22.0, 93.6],
    ['04', 'Kachin', '', 26.0, 97.5],
    ['05', 'Kayin', 'Karen', 17.0, 97.8],
    ['06', 'Kayah', 'Karenni', 19.2, 97.3],
    ['11', 'Shan', '', 21.5, 98.0],
    ['11', 'Shan-North', 'Shan North|northern Shan|North Shan', 22.6, 97.7],
    ['11', 'Shan-South', 'Shan South|southern Shan|South Shan', 20.5, 97.3],
    ['11', 'Shan-East', 'Shan East|eastern Shan|East Shan', 21.0, 99.5],
    ['13', 'Mon', '', 16.3, 97.7],
  ]),
  ...rows('MM', 'region', [
    ['03', 'Ayeyarwady', 'Irrawaddy|Ayeyarwaddy', 16.9, 95.2],
    ['08', 'Mandalay', '', 21.5, 96.0],
    ['10', 'Sagaing', '', 24.0, 95.5],
    ['12', 'Tanintharyi', 'Tenasserim|Taninthayi', 12.5, 98.8],
    ['15', 'Magway', 'Magwe|Magwey', 20.3, 94.6],
    ['16', 'Bago', 'Pegu', 18.0, 96.1],
    ['16', 'Bago-East', 'Bago East|East Bago', 17.8, 96.6],
    ['16', 'Bago-West', 'Bago West|West Bago', 18.3, 95.6],
    ['17', 'Yangon', 'Rangoon', 16.9, 96.2],
    ['18', 'Naypyidaw', 'Nay Pyi Taw|Naypyitaw|Nay Pyi Taw Union Territory', 19.75, 96.1],
  ]),
  ...rows('UA', 'oblast', [
    ['01', 'Cherkasy', 'Cherkasy Oblast|Cherkassy', 49.2, 31.5],
    ['02', 'Chernihiv', 'Chernigov', 51.3, 32.0],
    ['03', 'Chernivtsi', 'Chernovtsy', 48.3, 25.9],
    ['04', 'Dnipropetrovsk', 'Dnipropetrovska|Dnipro region', 48.4, 35.1],
    ['05', 'Donetsk', '', 48.0, 37.8],
    ['06', 'Ivano-Frankivsk', '', 48.8, 24.7],
    ['07', 'Kharkiv', 'Kharkov', 49.6, 36.5],
    ['08', 'Kherson', '', 46.6, 33.5],
    ['09', 'Khmelnytskyi', 'Khmelnitsky', 49.4, 27.0],
    ['10', 'Kirovohrad', 'Kropyvnytskyi region', 48.5, 32.3],
    ['13', 'Kyiv', 'Kiev', 50.3, 30.6],
    ['14', 'Luhansk', 'Lugansk', 48.6, 39.3],
    ['15', 'Lviv', 'Lvov', 49.8, 24.0],
    ['16', 'Mykolaiv', 'Mykolayiv|Nikolaev', 47.0, 32.0],
    ['17', 'Odesa', 'Odessa', 46.8, 30.4],
    ['18', 'Poltava', '', 49.6, 34.5],
    ['19', 'Rivne', 'Rovno', 50.6, 26.2],
    ['21', 'Sumy', '', 50.9, 34.8],
    ['22', 'Ternopil', '', 49.5, 25.6],
    ['23', 'Vinnytsia', 'Vinnytsya|Vinnitsa', 49.2, 28.5],
    ['24', 'Volyn', '', 50.9, 25.3],
    ['25', 'Zakarpattia', 'Transcarpathia', 48.4, 23.2],
    ['26', 'Zaporizhzhia', 'Zaporizhzhya|Zaporozhye', 47.6, 35.8],
    ['27', 'Zhytomyr', '', 50.3, 28.7],
  ]),
];

/** Words that follow a region's name and mark it as the region, not a town of that name. */
export const REGION_SUFFIXES: ReadonlySet<string> = new Set([
  'governorate', 'governorates', 'province', 'state', 'region', 'oblast', 'division', 'muhafazat',
]);
