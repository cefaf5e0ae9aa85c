import type { PlacePrecision } from '../report/types.js';

/**
 * Iraqi and Syrian towns, city districts, camps and landmarks often named in conflict reporting
 * that GeoNames `cities500` lacks (villages under 500 people, neighbourhoods, dams, bases) or
 * spells too differently for the name index. Each row: name, aliases (`|`-separated), country,
 * GeoNames admin1 code, latitude, longitude, precision. Positions are team estimates from public
 * maps (OpenStreetMap), ±2–5 km: good enough for "within 25 km", not for a street address.
 * Example sentences (ours), one per group:
 * - "Rockets landed near the airport in Mezzeh, a western district of Damascus."
 * - "The offensive reached Hawija after troops had retaken Bashiqa and Bartella."
 * - "Families crossed the Mosul Dam road towards Zumar."
 */
export const IRAQ_SYRIA_PLACES: readonly (readonly [string, string, 'IQ' | 'SY', string, number, number, PlacePrecision])[] = [
  // Syria: Damascus (13) and its countryside (08)
  ['Mezzeh', 'Mazzeh|al-Mazzeh|Mezze|al-Mezzeh', 'SY', '13', 33.503, 36.253, 'district'],
  ['Jobar', 'Jawbar', 'SY', '13', 33.530, 36.330, 'district'],
  ['Yarmouk', 'Yarmouk camp|al-Yarmouk|Yarmuk', 'SY', '13', 33.475, 36.303, 'district'],
  ['Eastern Ghouta', 'East Ghouta|Ghouta', 'SY', '08', 33.55, 36.40, 'district'],
  ['Wadi Barada', 'Barada valley', 'SY', '08', 33.62, 36.15, 'district'],
  // Aleppo (09), Idlib (12)
  ['Dabiq', 'Dabeq', 'SY', '09', 36.537, 37.271, 'city'],
  ['Sarmada', 'Sarmadah', 'SY', '12', 36.185, 36.712, 'city'],
  ['Maarat al-Numan', "Maarat al-Nu'man|Maaret al-Numan|Maarat al-Nouman|Maarrat al-Numan", 'SY', '12', 35.648, 36.674, 'city'],
  ['Talmenes', 'Talamenes|Tal Mansur', 'SY', '12', 35.733, 36.669, 'city'],
  // Raqqa (04), Hasakah (01), Deir ez-Zor (07)
  ['Ayn Issa', 'Ain Issa|Ayn Isa|Ain Isa|Ain Eissa', 'SY', '04', 36.385, 38.859, 'city'],
  ['Ras al-Ayn', 'Ras al-Ain|Ras al Ayn|Serekaniye|Ras al-Ein', 'SY', '01', 36.850, 40.070, 'city'],
  ['Shaddadi', 'al-Shaddadi|Shadadi|al-Shadadi|Al Shaddadi', 'SY', '01', 36.055, 40.730, 'city'],
  ['Baghuz', 'al-Baghuz|Baghouz|al-Baghouz|Baghuz Fawqani', 'SY', '07', 34.455, 40.955, 'city'],
  // Iraq: Baghdad (07)
  ['Karrada', 'Karada|al-Karrada|Karradah|Karrada Dakhil', 'IQ', '07', 33.305, 44.425, 'district'],
  ['Sadr City', 'Madinat al-Sadr|Thawra', 'IQ', '07', 33.395, 44.460, 'district'],
  ['Adhamiya', 'Adhamiyah|al-Adhamiya|Azamiyah', 'IQ', '07', 33.375, 44.370, 'district'],
  ['Kadhimiya', 'Kadhimiyah|Kazimiyah|al-Kadhimiya|Kadhimain', 'IQ', '07', 33.380, 44.340, 'district'],
  ['Camp Liberty', 'Camp Hurriya|Camp Hurriyah|Camp Liberty (Hurriya)', 'IQ', '07', 33.29, 44.24, 'point'],
  // Anbar (01)
  ['Karabilah', 'Karabila|al-Karabilah|Karabla', 'IQ', '01', 34.38, 41.08, 'city'],
  ['Ubaydi', 'al-Ubaydi|Ubaidi|al-Ubaidi|Obeidi', 'IQ', '01', 34.33, 41.21, 'city'],
  ['Haditha Dam', 'Haditha dam|Qadisiyah Dam', 'IQ', '01', 34.21, 42.36, 'point'],
  ['Lake Tharthar', 'Tharthar|Tharthar lake|Tharthar depression', 'IQ', '01', 33.98, 43.20, 'district'],
  // Nineveh (15)
  ['Zumar', 'Zummar', 'IQ', '15', 36.63, 42.57, 'city'],
  ['Rabia', 'Rabiaa|Rabiya|Rabiyah|Rabiah', 'IQ', '15', 36.80, 42.10, 'city'],
  ['Bartella', 'Bartallah|Bartalla', 'IQ', '15', 36.35, 43.38, 'city'],
  ['Bashiqa', 'Bashika|Bashiqah|Baashiqa', 'IQ', '15', 36.45, 43.35, 'city'],
  ['Mosul Dam', 'Mosul dam|Mosul Dam Lake', 'IQ', '15', 36.63, 42.82, 'point'],
  ['Mount Sinjar', 'Sinjar Mountain|Sinjar mountains|Sinjar Mountains|Jabal Sinjar|Mt Sinjar|Mt. Sinjar', 'IQ', '15', 36.37, 41.73, 'district'],
  // Kirkuk (13), Erbil (11), Salahuddin (18), Diyala (10), Babil (06)
  ['Hawija', 'Hawijah|al-Hawija|Huwayjah|al-Huwayjah', 'IQ', '13', 35.32, 43.77, 'city'],
  ['Makhmour', 'Makhmur', 'IQ', '11', 35.78, 43.58, 'city'],
  ['Gwer', 'Guwayr|Gweir', 'IQ', '11', 36.04, 43.48, 'city'],
  ['Amerli', 'Amirli|Amerli', 'IQ', '18', 34.72, 44.59, 'city'],
  ['Camp Speicher', 'COB Speicher|Speicher', 'IQ', '18', 34.65, 43.55, 'point'],
  ['Muqdadiya', 'Muqdadiyah|al-Muqdadiya|Miqdadiyah', 'IQ', '10', 33.98, 44.94, 'city'],
  ['Jalawla', 'Jalula|Jalawla', 'IQ', '10', 34.27, 45.17, 'city'],
  ['Saadiya', 'Saadiyah|al-Saadiya|Sadiyah', 'IQ', '10', 34.19, 45.12, 'city'],
  ['Hibhib', 'Hibhib village|Hibhib', 'IQ', '10', 33.82, 44.57, 'city'],
  ['Jurf al-Sakhar', 'Jurf al-Nasr|Jurf as-Sakhar|Jurf al Sakhar', 'IQ', '06', 32.88, 44.15, 'city'],
];
