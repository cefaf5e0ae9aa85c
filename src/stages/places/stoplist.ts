/**
 * Capitalised words that are never places on their own, although GeoNames has towns with these
 * names or alternate names ("Police" in Poland, "Human" → Uman, "Mission" in Texas). Matched on
 * the normalised key of a whole candidate. Rules as data; example sentences are ours.
 */
export const NEVER_PLACES: ReadonlySet<string> = new Set([
  // "Police said the blast was caused by a mortar." / "Reports from the front differ."
  'police', 'reports', 'report', 'human', 'forces', 'force', 'amnesty', 'video', 'mission', 'army', 'military',
  'security', 'council', 'ministry', 'health', 'defense', 'defence', 'department', 'office', 'agency', 'news',
  'media', 'press', 'service', 'services', 'state', 'states', 'region', 'province', 'district', 'township',
  'village', 'city', 'town', 'camp', 'islamic', 'international', 'national', 'federal', 'united', 'union',
  'general', 'colonel', 'president', 'minister', 'spokesman', 'spokeswoman', 'official', 'officials', 'local',
  'residents', 'witnesses', 'sources', 'source', 'civilians', 'victims', 'children', 'women', 'men', 'people',
  'government', 'coalition', 'operation', 'operations', 'strike', 'strikes', 'airstrike', 'attack', 'attacks',
  'hospital', 'school', 'mosque', 'church', 'market', 'bridge', 'road', 'street', 'north', 'south', 'east', 'west',
  'northern', 'southern', 'eastern', 'western', 'central', 'middle', 'upper', 'lower', 'new', 'old', 'great',
  'red', 'crescent', 'cross', 'rights', 'watch', 'group', 'groups', 'brigade', 'battalion', 'division', 'unit',
  'day', 'week', 'month', 'year', 'today', 'yesterday', 'tomorrow', 'morning', 'evening', 'night', 'afternoon',
  'god', 'allah', 'prophet', 'martyr', 'martyrs', 'liberation', 'resistance', 'defence', 'people s', 'peoples',
  'according', 'after', 'before', 'during', 'since', 'when', 'while', 'where', 'there', 'this', 'that', 'these',
  'those', 'the', 'a', 'an', 'and', 'but', 'or', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'on', 'in', 'at', 'of', 'by', 'for', 'from', 'with', 'to', 'as', 'is', 'was', 'were', 'be',
  'casualties', 'unknown', 'local', 'sources', 'facebook', 'twitter', 'telegram', 'youtube', 'instagram',
  'tiktok', 'whatsapp', 'reuters', 'afp', 'ap', 'bbc', 'cnn', 'al jazeera', 'aljazeera', 'mizzima', 'irrawaddy',
  'pdf', 'kia', 'knu', 'aa', 'ta', 'tna', 'rcss', 'ssa', 'kna', 'ka', 'lib', 'ib', 'mp', 'un', 'u n', 'us army',
  'israeli', 'israel defense forces', 'idf', 'hamas', 'isis', 'isil', 'daesh', 'is', 'pmf', 'sdf', 'ypg',
  'tatmadaw', 'junta', 'sac', 'secretary', 'english', 'arabic', 'spokesperson', 'university', 'project', 'mother', 'father', 'son', 'daughter', 'brother', 'sister', 'family', 'wife',
  'husband', 'uncle', 'aunt', 'cousin', 'grandfather', 'grandmother', 'nephew', 'niece', 'baby', 'infant',
  // Months and weekdays: "Monday" is a town in Ohio; "May" and "March" are towns and verbs.
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
]);

/**
 * Titles before a name that make it a person: "Gen. Townsend", "President Biden".
 * Example: "Gen. Townsend said the strike was lawful." → Townsend is not a place.
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'gen', 'gen.', 'general', 'col', 'col.', 'colonel', 'lt', 'lt.', 'lieutenant', 'maj', 'maj.', 'major', 'capt', 'capt.',
  'captain', 'sgt', 'sgt.', 'sergeant', 'adm', 'adm.', 'admiral', 'cmdr', 'commander', 'brig', 'brig.', 'mr', 'mr.',
  'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'president', 'minister', 'secretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'sheikh', 'imam', 'father', 'pope', 'king', 'queen', 'prince', 'princess', 'sen.',
  'senator', 'rep.', 'gov.', 'governor', 'mayor', 'ambassador', 'envoy', 'chief', 'director', 'journalist',
  'photographer', 'correspondent', 'paramedic', 'doctor', 'nurse', 'daw', 'u', 'ko',
]);

/**
 * Words before a name that make it a place (prepositions of location and movement).
 * Example: "The shell landed in Namtu." — "in" supports Namtu as a place.
 */
export const LOCATIVE_CUES: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'from', 'to', 'into', 'outside', 'inside', 'around', 'across', 'toward', 'towards',
  'between', 'through', 'throughout', 'of', 'on', 'via', 'within', 'nearby', 'neighbouring', 'neighboring',
]);

/**
 * Words after a name that say what kind of place it is, and the precision that kind implies.
 * Example: "at Pang Chin village (Namtu Township, Kyaukme District, Shan State)".
 */
export const FEATURE_WORDS: ReadonlyMap<string, { feature: string; precision: 'point' | 'district' | 'city' | 'region' }> = new Map([
  ['village', { feature: 'village', precision: 'point' }],
  ['villages', { feature: 'village', precision: 'point' }],
  ['hamlet', { feature: 'village', precision: 'point' }],
  ['ward', { feature: 'ward', precision: 'district' }],
  ['quarter', { feature: 'neighbourhood', precision: 'district' }],
  ['neighbourhood', { feature: 'neighbourhood', precision: 'district' }],
  ['neighborhood', { feature: 'neighbourhood', precision: 'district' }],
  ['camp', { feature: 'camp', precision: 'district' }],
  ['town', { feature: 'town', precision: 'city' }],
  ['city', { feature: 'town', precision: 'city' }],
  ['township', { feature: 'township', precision: 'city' }],
  ['district', { feature: 'district', precision: 'region' }],
  ['governorate', { feature: 'admin1', precision: 'region' }],
  ['province', { feature: 'admin1', precision: 'region' }],
  ['state', { feature: 'admin1', precision: 'region' }],
  ['region', { feature: 'admin1', precision: 'region' }],
  ['oblast', { feature: 'admin1', precision: 'region' }],
  ['division', { feature: 'admin1', precision: 'region' }],
]);

/**
 * Relations before a name: the place is near the named one, not at it. Kept as a note.
 * Example: "Abu Saif, a village south of Mosul" → Mosul with relation "south of".
 */
export const RELATIONS: readonly string[] = [
  'north of', 'south of', 'east of', 'west of', 'northeast of', 'northwest of', 'southeast of', 'southwest of',
  'north-east of', 'north-west of', 'south-east of', 'south-west of', 'outside', 'near', 'outskirts of', 'km from',
  'kilometres from', 'kilometers from', 'miles from', 'western', 'eastern', 'northern', 'southern', 'west', 'east',
  'north', 'south', 'central', 'coded as',
];

/**
 * Text right before a name that makes the name part of an organisation's name, not a place.
 * Example: "the Islamic State of Iraq and Syria claimed the attack" → neither Iraq nor Syria.
 */
export const ORGANISATION_CONTEXTS: readonly RegExp[] = [
  /\bIslamic State (?:of|in)\s+(?:Iraq\s+and\s+(?:the\s+)?)?$/,
  /\bal-Qaeda in (?:the\s+)?$/i,
];

/**
 * Words after a name that make it a family or a person: "the Hassan family home", "the Salem
 * residence". Example: "Seven members of the Salem family were killed." → Salem is not a place.
 */
export const PERSON_FOLLOWERS: ReadonlySet<string> = new Set([
  'family', 'families', 'clan', 'residence', 'household', 'brothers', 'sons', 'daughters', "family's", 'family’s',
]);

/**
 * Given names that GeoNames also lists as towns ("Hassan" in India, "Samer" in France): never a
 * place on their own, and a run that starts with one is a person ("Ahmad Salem").
 * Example: "Paramedic Hatem was injured near the hospital." → Hatem is not a place.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  'abu', 'umm', 'bin', 'ibn', 'al', 'el', 'mohammed', 'muhammad', 'mohammad', 'mohamed', 'ahmad', 'ahmed', 'hassan',
  'hussein', 'husain', 'ali', 'omar', 'umar', 'mahmoud', 'mahmud', 'ibrahim', 'khalil', 'samer', 'hatem', 'salem',
  'salim', 'yousef', 'yusuf', 'youssef', 'khaled', 'khalid', 'mustafa', 'mostafa', 'abdullah', 'abdallah', 'said',
  'saeed', 'nasser', 'naser', 'hamza', 'hamzah', 'karim', 'kareem', 'amani', 'amal', 'fatima', 'fatma', 'aisha', 'maryam',
  'mariam', 'noor', 'nour', 'rami', 'tariq', 'tarek', 'walid', 'waleed', 'yasser', 'yasir', 'ziad', 'ismail', 'jamal',
  'adel', 'adil', 'anas', 'bilal', 'fadi', 'hani', 'iyad', 'jihad', 'majed', 'majid', 'marwan', 'moataz', 'nabil',
  'osama', 'usama', 'raed', 'saleh', 'salah', 'sami', 'wael', 'zaher', 'antonio', 'john', 'james', 'david', 'michael',
  'joseph', 'peter', 'paul', 'mark', 'george', 'leroy', 'aung', 'kyaw', 'zaw', 'thein', 'htun', 'tun', 'min', 'win',
]);
