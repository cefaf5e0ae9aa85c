import type { ActorRow } from './actors.js';

/**
 * Public figures who speak for belligerents and institutions in conflict reporting. Bare
 * surnames are listed only when distinctive enough to stand alone ("Votel", not "Carter").
 * The stage names a person by the longest form the report itself uses; `partOf` says whom the
 * person speaks for. Sources: the offices as publicly listed (UN, CENTCOM, CJTF-OIR, governments).
 */
export const PEOPLE: readonly ActorRow[] = [
  // e.g. "Antonio Guterres arrived in Baghdad; Guterres later met the prime minister."
  { key: 'antonio-guterres', name: 'Antonio Guterres', kind: 'person', partOf: 'un', aliases: ['Antonio Guterres', 'António Guterres', 'Guterres'], source: 'UN Secretary-General since 2017' },
  // e.g. "Gen. Joseph Votel told reporters; Votel said the review continues."
  { key: 'joseph-votel', name: 'Joseph Votel', kind: 'person', partOf: 'us-military', aliases: ['Joseph Votel', 'Joe Votel', 'Votel'], source: 'CENTCOM commander 2016–2019' },
  // e.g. "Lt. Gen. Stephen Townsend said the coalition would investigate."
  { key: 'stephen-townsend', name: 'Stephen Townsend', kind: 'person', partOf: 'coalition', aliases: ['Stephen Townsend', 'Stephen J. Townsend', 'Steve Townsend'], source: 'CJTF-OIR commander 2016–2017' },
  // e.g. "Col. Joe Scrocca, a coalition spokesman, said the strike was under review."
  { key: 'joseph-scrocca', name: 'Joseph Scrocca', kind: 'person', partOf: 'coalition', aliases: ['Joe Scrocca', 'Joseph Scrocca', 'Scrocca'], source: 'CJTF-OIR spokesman' },
  // e.g. "Col. John Dorrian told reporters the coalition had opened an assessment."
  { key: 'john-dorrian', name: 'John Dorrian', kind: 'person', partOf: 'coalition', aliases: ['John Dorrian', 'Dorrian'], source: 'CJTF-OIR spokesman 2016–2017' },
  // e.g. "Col. Ryan Dillon said IS fighters were using civilians as cover."
  { key: 'ryan-dillon', name: 'Ryan Dillon', kind: 'person', partOf: 'coalition', aliases: ['Ryan Dillon'], source: 'CJTF-OIR spokesman 2017–2018' },
  // e.g. "Jim Mattis said the campaign would accelerate."
  { key: 'jim-mattis', name: 'Jim Mattis', kind: 'person', partOf: 'us-military', aliases: ['Jim Mattis', 'James Mattis', 'Mattis'], source: 'US Secretary of Defense 2017–2019' },
  // e.g. "Haider al-Abadi visited the front; Abadi praised the troops."
  { key: 'haider-al-abadi', name: 'Haider al-Abadi', kind: 'person', partOf: 'iq-government', aliases: ['Haider al-Abadi', 'Haidar al-Abadi', 'Haider al-Ebadi', 'al-Abadi', 'Abadi'], source: 'Iraqi Prime Minister 2014–2018' },
  // e.g. "Bashar al-Assad's forces retook the district."
  { key: 'bashar-al-assad', name: 'Bashar al-Assad', kind: 'person', partOf: 'sy-government-forces', aliases: ['Bashar al-Assad', 'Bashar Assad', 'al-Assad', 'Assad', 'Bashar al-Asad', 'al-Asad', 'Asad'], source: 'Syrian President 2000–2024' },
  // e.g. "Abu Bakr al-Baghdadi appeared in a video."
  { key: 'abu-bakr-al-baghdadi', name: 'Abu Bakr al-Baghdadi', kind: 'person', partOf: 'islamic state', aliases: ['Abu Bakr al-Baghdadi', 'al-Baghdadi', 'Baghdadi'], source: 'IS leader until 2019' },
  // e.g. "Min Aung Hlaing said the elections would be held."
  { key: 'min-aung-hlaing', name: 'Min Aung Hlaing', kind: 'person', partOf: 'mm-military', aliases: ['Min Aung Hlaing'], source: 'Myanmar military commander-in-chief' },
  // e.g. "Aung San Suu Kyi was detained in the coup."
  { key: 'aung-san-suu-kyi', name: 'Aung San Suu Kyi', kind: 'person', partOf: 'mm-nld', aliases: ['Aung San Suu Kyi', 'Suu Kyi'], source: 'NLD leader' },
  // e.g. "Benjamin Netanyahu said the operation would continue."
  { key: 'benjamin-netanyahu', name: 'Benjamin Netanyahu', kind: 'person', partOf: 'il-government', aliases: ['Benjamin Netanyahu', 'Netanyahu'], source: 'Israeli Prime Minister' },
  // e.g. "Yoav Gallant ordered a complete siege."
  { key: 'yoav-gallant', name: 'Yoav Gallant', kind: 'person', partOf: 'il-military', aliases: ['Yoav Gallant', 'Gallant'], source: 'Israeli Defence Minister 2022–2024' },
  // e.g. "Daniel Hagari, the military spokesman, said the target was a Hamas commander."
  { key: 'daniel-hagari', name: 'Daniel Hagari', kind: 'person', partOf: 'il-military', aliases: ['Daniel Hagari', 'Hagari'], source: 'IDF spokesman 2023–2025' },
  // e.g. "Ismail Haniyeh said Hamas would not disarm."
  { key: 'ismail-haniyeh', name: 'Ismail Haniyeh', kind: 'person', partOf: 'hamas', aliases: ['Ismail Haniyeh', 'Haniyeh'], source: 'Hamas political leader until 2024' },
  // e.g. "Yahya Sinwar was named as the planner."
  { key: 'yahya-sinwar', name: 'Yahya Sinwar', kind: 'person', partOf: 'hamas', aliases: ['Yahya Sinwar', 'Sinwar'], source: 'Hamas leader in Gaza' },
  // e.g. "Hassan Nasrallah gave a televised speech."
  { key: 'hassan-nasrallah', name: 'Hassan Nasrallah', kind: 'person', partOf: 'hezbollah', aliases: ['Hassan Nasrallah', 'Nasrallah'], source: 'Hezbollah leader until 2024' },
  // e.g. "Volodymyr Zelensky said the shelling hit a school."
  { key: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', kind: 'person', partOf: 'ua-military', aliases: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelensky', 'Zelenskyy'], source: 'Ukrainian President' },
  // e.g. "Vladimir Putin ordered the offensive."
  { key: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', partOf: 'ru-government', aliases: ['Vladimir Putin', 'Putin'], source: 'Russian President' },
  // e.g. "Recep Tayyip Erdogan threatened a new operation."
  { key: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdogan', kind: 'person', partOf: 'tr-military', aliases: ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Erdogan', 'Erdoğan'], source: 'Turkish President' },
  // e.g. "Abdul-Malik al-Houthi vowed to continue the attacks."
  { key: 'abdul-malik-al-houthi', name: 'Abdul-Malik al-Houthi', kind: 'person', partOf: 'houthis', aliases: ['Abdul-Malik al-Houthi', 'Abdul Malik al-Houthi'], source: 'Houthi leader' },
  // e.g. "Saddam Hussein's army shelled the marshes in 1991."
  { key: 'saddam-hussein', name: 'Saddam Hussein', kind: 'person', aliases: ['Saddam Hussein'], source: 'Iraqi President 1979–2003' },
  // e.g. "Abu Musab al-Zarqawi founded the group that became IS; Zarqawi was killed in 2006."
  { key: 'abu-musab-al-zarqawi', name: 'Abu Musab al-Zarqawi', kind: 'person', partOf: 'al-qaeda', aliases: ['Abu Musab al-Zarqawi', 'Abu Musab al Zarqawi', 'al-Zarqawi', 'Zarqawi'], source: 'AQI leader until 2006' },
  // e.g. "Nouri al-Maliki blamed the collapse of Mosul on the generals."
  { key: 'nouri-al-maliki', name: 'Nouri al-Maliki', kind: 'person', partOf: 'iq-government', aliases: ['Nouri al-Maliki', 'Nuri al-Maliki', 'al-Maliki', 'Maliki'], source: 'Iraqi Prime Minister 2006–2014' },
  // e.g. "Abu Mohammed al-Julani said his fighters would hold Idlib."
  { key: 'abu-mohammed-al-julani', name: 'Abu Mohammed al-Julani', kind: 'person', partOf: 'hts', aliases: ['Abu Mohammed al-Julani', 'Abu Mohammad al-Julani', 'Abu Mohammed al-Jolani', 'al-Julani', 'al-Jolani', 'Julani', 'Jolani', 'Ahmed al-Sharaa'], source: 'HTS leader' },
  // e.g. "Masoud Barzani said the Peshmerga would not withdraw."
  { key: 'masoud-barzani', name: 'Masoud Barzani', kind: 'person', partOf: 'iq-krg', aliases: ['Masoud Barzani', 'Massoud Barzani', 'Barzani'], source: 'KRG President 2005–2017' },
  // e.g. "Qassem Soleimani was seen near the front."
  { key: 'qassem-soleimani', name: 'Qassem Soleimani', kind: 'person', partOf: 'ir-military', aliases: ['Qassem Soleimani', 'Qasem Soleimani', 'Soleimani'], source: 'IRGC Quds Force commander until 2020' },
  // e.g. "Barack Obama authorised the first strikes; Obama said no ground troops would go."
  { key: 'barack-obama', name: 'Barack Obama', kind: 'person', partOf: 'us', aliases: ['Barack Obama', 'Obama'], source: 'US President 2009–2017' },
  // e.g. "Donald Trump announced the withdrawal."
  { key: 'donald-trump', name: 'Donald Trump', kind: 'person', partOf: 'us', aliases: ['Donald Trump', 'Donald J. Trump'], source: 'US President 2017–2021, 2025–' },
  // e.g. "John Kerry met Sergei Lavrov in Geneva; Kerry said the talks were constructive."
  { key: 'john-kerry', name: 'John Kerry', kind: 'person', partOf: 'us', aliases: ['John Kerry', 'Kerry'], source: 'US Secretary of State 2013–2017' },
  // e.g. "Sergei Lavrov said Moscow would veto it; Lavrov left early."
  { key: 'sergei-lavrov', name: 'Sergei Lavrov', kind: 'person', partOf: 'ru-government', aliases: ['Sergei Lavrov', 'Lavrov'], source: 'Russian Foreign Minister since 2004' },
  // e.g. "Staffan de Mistura reconvened the talks."
  { key: 'staffan-de-mistura', name: 'Staffan de Mistura', kind: 'person', partOf: 'un', aliases: ['Staffan de Mistura', 'de Mistura'], source: 'UN Special Envoy for Syria 2014–2019' },
];
