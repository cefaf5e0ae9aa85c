/**
 * First-level administrative regions of the conflict countries we watch (plus the Gaza Strip's
 * governorates and the sub-state divisions ACLED uses in Myanmar, "Shan-North"…). Each row maps
 * a region to its GeoNames admin1 code, so that a town can be checked against the region a
 * report names: "Kale town (Kale township, Sagaing region)" must be a Kale in Sagaing.
 *
 * Sources: region names and GeoNames admin1 codes from GeoNames (admin1CodesASCII, CC BY 4.0),
 * cross-checked against the seats GeoNames marks PPLA in cities500; points are approximate
 * centres (team estimate from public maps, ±30 km) — good for `precision: 'region'` only.
 * Example sentences: "Clashes spread across Nineveh Governorate." / "Fighting reached North Darfur State." / "Shelling hit villages in
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
  // Afghanistan, Somalia, Libya, Sudan: points are each region's seat as GeoNames gives it
  // (feature PPLA in cities500), not its centre.
  ...rows('AF', 'province', [
    ['01', 'Badakhshan', '', 37.117, 70.580], ['02', 'Badghis', '', 34.987, 63.129], ['03', 'Baghlan', '', 35.945, 68.715],
    ['05', 'Bamyan', 'Bamiyan', 34.822, 67.827], ['06', 'Farah', '', 32.375, 62.116], ['07', 'Faryab', '', 35.921, 64.784],
    ['08', 'Ghazni', '', 33.554, 68.421], ['09', 'Ghor', '', 34.520, 65.251], ['10', 'Helmand', '', 31.594, 64.372],
    ['11', 'Herat', '', 34.348, 62.200], ['13', 'Kabul', '', 34.528, 69.172], ['14', 'Kapisa', '', 35.023, 69.351],
    ['17', 'Logar', '', 33.995, 69.023], ['18', 'Nangarhar', '', 34.426, 70.452], ['19', 'Nimruz', 'Nimroz', 30.960, 61.860],
    ['23', 'Kandahar', '', 31.613, 65.710], ['24', 'Kunduz', '', 36.729, 68.857], ['26', 'Takhar', '', 36.736, 69.535],
    ['27', 'Wardak', 'Maidan Wardak', 34.396, 68.866], ['28', 'Zabul', '', 32.106, 66.908], ['29', 'Paktika', '', 33.176, 68.730],
    ['30', 'Balkh', '', 36.709, 67.111], ['31', 'Jowzjan', 'Jawzjan', 36.668, 65.753], ['32', 'Samangan', '', 36.265, 68.016],
    ['33', 'Sar-e Pol', 'Sar-i-Pul', 36.215, 65.932], ['34', 'Kunar', '', 34.873, 71.147], ['35', 'Laghman', '', 34.671, 70.209],
    ['36', 'Paktia', 'Paktiya', 33.597, 69.226], ['37', 'Khost', '', 33.340, 69.920], ['38', 'Nuristan', '', 35.421, 70.923],
    ['39', 'Uruzgan', 'Oruzgan', 32.630, 65.878], ['40', 'Parwan', '', 35.014, 69.171], ['41', 'Daykundi', 'Daikundi', 33.722, 66.130],
    ['42', 'Panjshir', '', 35.313, 69.515],
  ]),
  ...rows('SO', 'region', [
    ['01', 'Bakool', '', 4.121, 43.889], ['02', 'Banaadir', 'Benadir', 2.037, 45.344], ['03', 'Bari', '', 11.284, 49.182],
    ['04', 'Bay', '', 3.114, 43.650], ['05', 'Galguduud', '', 5.536, 46.387], ['06', 'Gedo', '', 3.329, 42.221],
    ['07', 'Hiiraan', 'Hiran', 4.736, 45.204], ['08', 'Middle Juba', '', 1.083, 42.583], ['09', 'Lower Juba', '', -0.358, 42.545],
    ['10', 'Mudug', '', 6.770, 47.431], ['12', 'Sanaag', '', 10.616, 47.368], ['13', 'Middle Shabelle', '', 2.781, 45.500],
    ['14', 'Lower Shabelle', '', 1.716, 44.772], ['18', 'Nugaal', 'Nugal', 8.402, 48.483], ['19', 'Togdheer', '', 9.522, 45.534],
    ['20', 'Woqooyi Galbeed', '', 9.560, 44.065], ['22', 'Sool', '', 8.477, 47.360],
  ]),
  ...rows('LY', 'province', [
    ['63', 'Jabal al Akhdar', 'Green Mountain', 32.763, 21.755], ['64', 'Jufra', 'Al Jufrah', 29.127, 15.948],
    ['66', 'Marj', 'Al Marj', 32.493, 20.829], ['67', 'Nuqat al Khams', '', 32.931, 12.082], ['68', 'Zawiya', 'Az Zawiyah', 32.757, 12.728],
    ['69', 'Benghazi', '', 32.115, 20.069], ['70', 'Derna', 'Darnah', 32.767, 22.637], ['71', 'Ghat', '', 24.963, 10.180],
    ['72', 'Misrata', 'Misurata|Misratah', 32.375, 15.093], ['73', 'Murzuq', '', 25.916, 13.918], ['74', 'Nalut', '', 31.868, 10.981],
    ['75', 'Sabha', 'Sebha', 27.038, 14.428], ['76', 'Sirte', 'Surt', 31.209, 16.589], ['77', 'Tripoli', '', 32.887, 13.187],
    ['78', 'Wadi al Shatii', '', 27.447, 13.052], ['79', 'Butnan', 'Al Butnan', 32.090, 23.954], ['80', 'Jabal al Gharbi', 'Nafusa Mountains', 32.172, 13.020],
    ['81', 'Jafara', 'Al Jfara', 32.532, 13.018], ['82', 'Murqub', 'Al Murqub', 32.649, 14.262], ['83', 'Al Wahat', '', 30.755, 20.226],
    ['84', 'Wadi al Hayaa', '', 26.590, 12.775],
  ]),
  ...rows('SD', 'state', [
    ['29', 'Khartoum', '', 15.552, 32.532], ['36', 'Red Sea', '', 19.617, 37.216], ['38', 'Gezira', 'Al Jazirah|Al Jazeera', 14.401, 33.520],
    ['39', 'Gedaref', 'Al Qadarif', 14.035, 35.383], ['41', 'White Nile', '', 13.181, 32.740], ['42', 'Blue Nile', '', 11.789, 34.359],
    ['43', 'Northern', '', 19.182, 30.477], ['47', 'West Darfur', '', 13.453, 22.447], ['49', 'South Darfur', '', 12.049, 24.881],
    ['50', 'South Kordofan', '', 11.011, 29.718], ['52', 'Kassala', '', 15.451, 36.400], ['53', 'River Nile', '', 17.599, 33.972],
    ['55', 'North Darfur', '', 13.628, 25.349], ['56', 'North Kordofan', '', 13.184, 30.217], ['58', 'Sennar', 'Sinnar', 13.148, 33.931],
    ['60', 'East Darfur', '', 11.462, 26.126], ['61', 'Central Darfur', '', 12.909, 23.471], ['62', 'West Kordofan', '', 11.712, 28.346],
  ]),
];

/** Words that follow a region's name and mark it as the region, not a town of that name. */
export const REGION_SUFFIXES: ReadonlySet<string> = new Set([
  'governorate', 'governorates', 'province', 'state', 'region', 'oblast', 'division', 'muhafazat',
]);
