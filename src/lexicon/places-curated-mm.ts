/**
 * Myanmar township seats that GeoNames `cities500` lacks (it lists only 76 places in Myanmar,
 * because GeoNames has no population for most of them). ACLED and local media locate events by
 * township ("in Namtu township (Kyaukme District, Shan State)"); the township's seat is the next
 * best point when the village is unknown. Towns already in cities500 are left out.
 *
 * Source: team estimate of each town's position from public maps (OpenStreetMap), ±5–10 km;
 * admin1 is the GeoNames code of the state/region (see `admin-regions.ts`). To be replaced by
 * MIMU place codes when we can ship them.
 * Example sentence: "Troops shelled villages in Kyaukkyi township, Bago Region, on Sunday."
 */

/** [name, aliases ('|'-separated), GeoNames admin1 code, lat, lon, strict?] — strict rows are
 * English words or common names too ("Ann", "Ye"): they count only with a feature word or a
 * preposition of place before them. */
export type TownshipRow = [name: string, aliases: string, admin1: string, lat: number, lon: number, strict?: boolean];

export const MYANMAR_TOWNSHIPS: readonly TownshipRow[] = [
  // Towns cities500 has under another spelling only.
  ['Myawaddy', 'Myawadi|Myawaddy town', '05', 16.69, 98.51], ['Tachileik', 'Tachilek|Tachileik town', '11', 20.45, 99.88],
  ['Kengtung', 'Kyaingtong|Kyaing Tong|Keng Tung', '11', 21.29, 99.61], ['Naypyitaw', 'Nay Pyi Taw city|Naypyidaw city', '18', 19.75, 96.13],
  ['Mogok', 'Mogoke', '08', 22.92, 96.51], ['Tharrawaddy', 'Thayarwady|Tharyarwady|Thayawady', '16', 17.65, 95.79],
  ['Putao', 'Puta-O|Puta O', '04', 27.33, 97.41], ['Twante', 'Twantay', '17', 16.71, 95.93], ['Phyu', 'Pyu', '16', 18.48, 96.44],
  ['Pyin Oo Lwin', 'Pyinoolwin|Maymyo', '08', 22.03, 96.46], ['Thanlyin', 'Syriam', '17', 16.76, 96.25],
  ['Hopin', '', '04', 24.98, 96.52], ['Thabaung', '', '03', 17.05, 94.78],
  // Kachin (04)
  ['Laiza', 'Lai Zar|Laiza town', '04', 24.77, 97.55],
  ['Waingmaw', '', '04', 25.35, 97.44], ['Momauk', '', '04', 24.24, 97.35], ['Shwegu', '', '04', 24.23, 96.80],
  ['Mansi', '', '04', 24.07, 97.27, true], ['Mohnyin', '', '04', 24.78, 96.37], ['Hpakant', 'Hpakan|Phakant', '04', 25.61, 96.31],
  ['Tanai', '', '04', 26.35, 96.72], ['Chipwi', '', '04', 25.88, 98.13],
  ['Sumprabum', '', '04', 26.55, 97.57], ['Mogaung', '', '04', 25.30, 96.94], ['Kamaing', '', '04', 25.52, 96.72],
  // Shan (11): north
  ['Hsipaw', 'Thibaw', '11', 22.62, 97.30], ['Kyaukme', '', '11', 22.53, 97.03], ['Namtu', 'Namtu town', '11', 23.08, 97.40],
  ['Nawnghkio', 'Naungcho|Nawngcho', '11', 22.32, 96.80], ['Muse', '', '11', 23.99, 97.90], ['Namhkam', 'Namkham|Namhkan', '11', 23.83, 97.68],
  ['Kutkai', '', '11', 23.45, 97.93], ['Namhsan', '', '11', 22.95, 97.17], ['Mongmit', 'Momeik', '11', 23.12, 96.68],
  ['Tangyan', '', '11', 22.49, 98.40], ['Mongyai', '', '11', 22.43, 98.05], ['Laukkai', 'Laukkaing', '11', 23.69, 98.75],
  ['Kunlong', '', '11', 23.42, 98.65], ['Hseni', '', '11', 23.30, 97.97], ['Manton', 'Mantong', '11', 23.13, 97.28],
  // Shan (11): south
  ['Hopong', '', '11', 20.79, 97.17], ['Hsihseng', '', '11', 20.15, 97.25], ['Loilem', 'Loilen', '11', 20.93, 97.55],
  ['Laikha', '', '11', 21.27, 97.65], ['Mongnai', '', '11', 20.52, 97.88], ['Langkho', '', '11', 20.33, 97.98],
  ['Mawkmai', '', '11', 20.17, 97.75], ['Mongpan', '', '11', 20.32, 98.37], ['Kalaw', '', '11', 20.63, 96.57],
  ['Pindaya', '', '11', 20.94, 96.67], ['Ywangan', '', '11', 21.14, 96.44], ['Pinlaung', '', '11', 20.12, 96.78],
  ['Pekon', '', '11', 19.87, 97.00], ['Lawksawk', 'Yatsauk', '11', 21.25, 96.88], ['Namsang', '', '11', 20.89, 97.73],
  ['Kunhing', '', '11', 21.30, 98.43], ['Mongkaing', 'Mong Kung|Mongkung', '11', 21.63, 97.52], ['Kyethi', '', '11', 21.95, 97.85],
  // Shan (11): east
  ['Monghsat', 'Mong Hsat', '11', 20.53, 99.26], ['Mongton', 'Mong Ton', '11', 20.30, 98.90], ['Mongyang', 'Mong Yang', '11', 21.84, 99.69],
  ['Mongla', 'Mong La', '11', 21.68, 100.09], ['Mongping', 'Mong Ping', '11', 21.35, 99.03], ['Monghpyak', 'Mong Hpayak', '11', 20.88, 99.93],
  ['Mongyawng', 'Mong Yawng|Monghyawng', '11', 21.18, 100.33],
  // Kayah (06)
  ['Demoso', '', '06', 19.55, 97.15], ['Hpruso', '', '06', 19.42, 97.10], ['Shadaw', '', '06', 19.62, 97.48],
  ['Bawlakhe', '', '06', 19.17, 97.33], ['Hpasawng', '', '06', 18.87, 97.35],
  // Kayin (05)
  ['Payathonzu', 'Hpayarthonesu|Payathonzu town|Three Pagodas Pass', '05', 15.30, 98.39],
  ['Hlaingbwe', '', '05', 17.13, 97.83], ['Hpapun', 'Papun|Hpapun town', '05', 18.07, 97.45], ['Thandaunggyi', 'Thandaung', '05', 19.07, 96.68],
  ['Kawkareik', '', '05', 16.55, 98.24], ['Kyainseikgyi', 'Kyain Seikgyi', '05', 15.83, 98.25],
  // Mon (13)
  ['Bilin', '', '13', 17.22, 97.22], ['Paung', '', '13', 16.62, 97.45], ['Chaungzon', '', '13', 16.37, 97.57],
  ['Thanbyuzayat', '', '13', 15.97, 97.73], ['Ye', '', '13', 15.25, 97.85, true], ['Kyaikmaraw', '', '13', 16.38, 97.75],
  // Bago (16)
  ['Kyaukkyi', '', '16', 18.33, 96.78], ['Oktwin', '', '16', 19.10, 96.42], ['Yedashe', '', '16', 19.15, 96.35],
  ['Shwegyin', '', '16', 17.92, 96.88], ['Daik-U', 'Daik U', '16', 17.78, 96.67], ['Waw', '', '16', 17.47, 96.68, true],
  ['Kawa', '', '16', 17.09, 96.47], ['Gyobingauk', '', '16', 18.23, 95.65], ['Thegon', '', '16', 18.64, 95.42],
  ['Shwedaung', '', '16', 18.70, 95.21], ['Nattalin', '', '16', 18.43, 95.57], ['Zigon', '', '16', 18.34, 95.62],
  ['Minhla', '', '16', 17.97, 95.71], ['Kyauktaga', '', '16', 18.15, 96.60],
  // Yangon (17): outlying townships (the city's own townships lie within its GeoNames point's reach)
  ['Hlegu', '', '17', 17.10, 96.22], ['Hmawbi', '', '17', 17.10, 96.07], ['Taikkyi', '', '17', 17.32, 95.97],
  ['Kyauktan', '', '17', 16.64, 96.33], ['Kawhmu', '', '17', 16.56, 96.05], ['Kungyangon', '', '17', 16.44, 96.00],
  ['Shwepyitha', '', '17', 16.97, 96.08], ['Hlaingtharya', 'Hlaing Tharyar|Hlaingthaya', '17', 16.87, 96.07],
  ['Insein', '', '17', 16.89, 96.10], ['Mingaladon', '', '17', 16.95, 96.13], ['North Okkalapa', '', '17', 16.91, 96.17],
  ['South Okkalapa', '', '17', 16.85, 96.18], ['Thaketa', '', '17', 16.80, 96.21], ['Dala', '', '17', 16.76, 96.16],
  // Mandalay (08)
  ['Amarapura', '', '08', 21.90, 96.05], ['Patheingyi', '', '08', 21.98, 96.17], ['Madaya', '', '08', 22.21, 96.11],
  ['Singu', '', '08', 22.55, 96.00], ['Thabeikkyin', '', '08', 22.88, 95.98], ['Myittha', '', '08', 21.40, 96.10],
  ['Sintgaing', '', '08', 21.73, 96.11], ['Tada-U', 'Tada U', '08', 21.82, 95.98], ['Natogyi', '', '08', 21.43, 95.65],
  ['Taungtha', '', '08', 21.27, 95.43], ['Nyaung-U', 'Nyaung U|Bagan', '08', 21.20, 94.92], ['Kyaukpadaung', '', '08', 20.84, 95.13],
  ['Mahlaing', '', '08', 21.10, 95.64], ['Thazi', '', '08', 20.85, 96.06], ['Wundwin', '', '08', 21.10, 96.03],
  ['Pyawbwe', '', '08', 20.59, 96.05], ['Chanayethazan', '', '08', 21.98, 96.08], ['Chanmyathazi', '', '08', 21.94, 96.09],
  ['Mahaaungmye', '', '08', 21.96, 96.09], ['Aungmyethazan', '', '08', 22.01, 96.08], ['Pyigyitagon', '', '08', 21.93, 96.11],
  // Naypyidaw (18)
  ['Lewe', '', '18', 19.63, 96.12], ['Tatkon', '', '18', 20.13, 96.20], ['Zabuthiri', '', '18', 19.75, 96.12],
  ['Ottarathiri', '', '18', 19.80, 96.15], ['Dekkhinathiri', '', '18', 19.70, 96.10], ['Pobbathiri', '', '18', 19.76, 96.18],
  ['Zeyathiri', '', '18', 19.82, 96.20],
  // Sagaing (10)
  ['Kale', 'Kalay|Kalaymyo', '10', 23.19, 94.05], ['Tamu', '', '10', 24.22, 94.31], ['Kalewa', '', '10', 23.20, 94.30],
  ['Mingin', '', '10', 22.87, 94.49], ['Kani', '', '10', 22.43, 94.85], ['Yinmabin', 'Yinmarbin', '10', 22.07, 94.90],
  ['Salingyi', '', '10', 21.97, 95.08], ['Budalin', '', '10', 22.39, 95.14], ['Ayadaw', '', '10', 22.28, 95.45],
  ['Chaung-U', 'Chaung U', '10', 21.96, 95.27], ['Myaung', '', '10', 21.78, 95.33], ['Myinmu', '', '10', 21.93, 95.58],
  ['Wetlet', '', '10', 22.36, 95.80], ['Kanbalu', '', '10', 23.20, 95.52], ['Kyunhla', '', '10', 23.36, 95.30],
  ['Ye-U', 'Ye U', '10', 22.76, 95.43], ['Depayin', 'Tabayin', '10', 22.69, 95.35], ['Khin-U', 'Khin U', '10', 22.77, 95.70],
  ['Taze', '', '10', 22.95, 95.40], ['Wuntho', '', '10', 23.88, 95.68], ['Pinlebu', '', '10', 24.08, 95.37],
  ['Indaw', '', '10', 24.22, 96.14], ['Katha', '', '10', 24.18, 96.33], ['Tigyaing', '', '10', 23.75, 96.14],
  ['Kawlin', '', '10', 23.79, 95.68], ['Banmauk', '', '10', 24.40, 95.85], ['Homalin', '', '10', 24.87, 94.91],
  ['Hkamti', 'Khamti', '10', 26.00, 95.70], ['Paungbyin', '', '10', 24.26, 94.82], ['Pale', '', '10', 21.87, 94.77, true],
  ['Kyaukmyaung', '', '10', 22.59, 95.95],
  // Magway (15)
  ['Thayet', 'Thayetmyo', '15', 19.32, 95.18],
  ['Gangaw', '', '15', 22.17, 94.13], ['Tilin', '', '15', 21.70, 94.10], ['Pauk', '', '15', 21.45, 94.46],
  ['Myaing', '', '15', 21.61, 94.85], ['Seikphyu', '', '15', 20.91, 94.79], ['Yesagyo', '', '15', 21.63, 95.24],
  ['Salin', '', '15', 20.58, 94.65], ['Pwintbyu', '', '15', 20.37, 94.67], ['Ngape', '', '15', 20.08, 94.45],
  ['Sidoktaya', '', '15', 20.43, 94.25], ['Natmauk', '', '15', 20.35, 95.38], ['Myothit', '', '15', 20.18, 95.37],
  ['Sinbaungwe', '', '15', 19.73, 95.17], ['Aunglan', 'Myayde', '15', 19.37, 95.22], ['Mindon', '', '15', 19.35, 94.73],
  ['Kamma', '', '15', 19.03, 95.10],
  // Chin (02)
  ['Tedim', 'Tiddim', '02', 23.37, 93.65], ['Tonzang', '', '02', 23.60, 93.69], ['Thantlang', '', '02', 22.70, 93.45],
  ['Mindat', '', '02', 21.37, 93.97], ['Kanpetlet', '', '02', 21.20, 94.06], ['Matupi', '', '02', 21.60, 93.45],
  ['Paletwa', '', '02', 21.30, 92.85],
  // Rakhine (01)
  ['Mrauk-U', 'Mrauk U|Mrauk Oo', '01', 20.59, 93.19], ['Minbya', '', '01', 20.37, 93.27], ['Kyauktaw', '', '01', 20.84, 92.98],
  ['Ponnagyun', '', '01', 20.33, 93.02], ['Rathedaung', '', '01', 20.48, 92.76], ['Buthidaung', '', '01', 20.87, 92.53],
  ['Maungdaw', '', '01', 20.82, 92.37], ['Pauktaw', '', '01', 20.17, 93.08], ['Myebon', '', '01', 20.05, 93.37],
  ['Kyaukpyu', '', '01', 19.43, 93.55], ['Ramree', '', '01', 19.10, 93.87], ['Ann', '', '01', 19.78, 94.03, true],
  ['Thandwe', 'Sandoway', '01', 18.46, 94.37], ['Toungup', 'Taungup', '01', 18.85, 94.24], ['Gwa', '', '01', 17.60, 94.58],
  // Ayeyarwady (03)
  ['Mawlamyinegyun', 'Mawgyun|Mawlamyaingkyun', '03', 16.38, 95.26],
  ['Myaungmya', '', '03', 16.60, 94.93], ['Labutta', '', '03', 16.15, 94.76], ['Danubyu', '', '03', 17.25, 95.58],
  ['Zalun', '', '03', 17.48, 95.57], ['Kyangin', '', '03', 18.33, 95.25], ['Ingapu', '', '03', 17.82, 95.27],
  ['Lemyethna', '', '03', 17.60, 95.18], ['Ngaputaw', '', '03', 16.53, 94.70], ['Kyonpyaw', '', '03', 17.30, 95.20],
  ['Yegyi', 'Yekyi', '03', 17.33, 95.10],
  // Tanintharyi (12)
  ['Launglon', '', '12', 13.98, 98.12], ['Yebyu', '', '12', 14.23, 98.15], ['Thayetchaung', '', '12', 13.87, 98.27],
  ['Palaw', '', '12', 12.97, 98.65], ['Tanintharyi', 'Tanintharyi town', '12', 12.09, 99.01], ['Bokpyin', '', '12', 11.26, 98.77],
];
