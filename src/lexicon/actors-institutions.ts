import type { ActorRow } from './actors.js';

/**
 * UN bodies, humanitarian and human-rights organisations, monitors and media. Names as the
 * organisations write them; re3d annotates such names as Organisation.
 */
export const INSTITUTION_ACTORS: readonly ActorRow[] = [
  // e.g. "The U.N. Assistance Mission to Iraq said at least 300 civilians had died."
  {
    key: 'unami', name: 'UN Assistance Mission for Iraq', kind: 'international', partOf: 'un', theatres: ['IQ'],
    aliases: ['UNAMI', 'UN Assistance Mission for Iraq', 'U.N. Assistance Mission for Iraq', 'UN Assistance Mission to Iraq',
      'U.N. Assistance Mission to Iraq', 'United Nations Assistance Mission for Iraq', 'United Nations Assistance Mission in Iraq'],
    source: 'the mission\'s name (UN Security Council resolution 1500)',
  },
  // e.g. "The UN Security Council met in closed session."
  {
    key: 'un-security-council', name: 'UN Security Council', kind: 'international', partOf: 'un',
    aliases: ['UN Security Council', 'U.N. Security Council', 'United Nations Security Council', 'Security Council', 'UNSC'],
    source: 're3d annotates "UN Security Council"',
  },
  // e.g. "The Secretary-General urged restraint." (titled people are found by the person rules)
  {
    key: 'un-secretary-general', name: 'UN Secretary-General', kind: 'international', partOf: 'un',
    aliases: ['UN Secretary-General', 'U.N. Secretary-General', 'United Nations Secretary-General', 'Secretary-General',
      'UN secretary-general', 'U.N. secretary-general', 'UN chief', 'U.N. chief'],
    source: 'the office\'s name',
  },
  // e.g. "OCHA said aid convoys could not reach the city."
  {
    key: 'ocha', name: 'OCHA', kind: 'international', partOf: 'un',
    aliases: ['OCHA', 'UN OCHA', 'UN Office for the Coordination of Humanitarian Affairs', 'Office for the Coordination of Humanitarian Affairs',
      'United Nations Office for the Coordination of Humanitarian Affairs', 'UN humanitarian office', 'U.N. humanitarian office'],
    source: 'the office\'s name',
  },
  // e.g. "UNICEF said 12 of the dead were children."
  {
    key: 'unicef', name: 'UNICEF', kind: 'international', partOf: 'un',
    aliases: ['UNICEF', 'Unicef', "UN Children's Fund", "United Nations Children's Fund", "U.N. children's agency", "UN children's agency"],
    source: 'the agency\'s name',
  },
  // e.g. "The UNHCR counted 4,000 new arrivals."
  {
    key: 'unhcr', name: 'UNHCR', kind: 'international', partOf: 'un',
    aliases: ['UNHCR', 'UN refugee agency', 'U.N. refugee agency', 'UN High Commissioner for Refugees', 'United Nations High Commissioner for Refugees'],
    source: 'the agency\'s name',
  },
  // e.g. "The WHO said three hospitals had stopped working."
  {
    key: 'who', name: 'World Health Organization', kind: 'international', partOf: 'un',
    aliases: ['World Health Organization', 'World Health Organisation', 'WHO'],
    source: 'the agency\'s name',
  },
  // e.g. "UNRWA said its school was hit."
  {
    key: 'unrwa', name: 'UNRWA', kind: 'international', partOf: 'un',
    aliases: ['UNRWA', 'UN Relief and Works Agency', 'United Nations Relief and Works Agency', 'UN agency for Palestinian refugees'],
    source: 'the agency\'s name',
  },
  // e.g. "The UN human rights office documented 30 deaths."
  {
    key: 'ohchr', name: 'UN human rights office', kind: 'international', partOf: 'un',
    aliases: ['OHCHR', 'UN human rights office', 'U.N. human rights office', 'UN Human Rights Office', 'UN Office of the High Commissioner for Human Rights',
      'Office of the High Commissioner for Human Rights', 'UN High Commissioner for Human Rights', 'UN Human Rights Council'],
    source: 'the office\'s name',
  },
  // e.g. "The WFP said food stocks would run out."
  {
    key: 'wfp', name: 'World Food Programme', kind: 'international', partOf: 'un',
    aliases: ['World Food Programme', 'World Food Program', 'WFP'],
    source: 'the agency\'s name',
  },
  // e.g. "The United Nations said the toll was rising; a U.N. spokesman gave no figure."
  {
    key: 'un', name: 'United Nations', kind: 'international',
    aliases: ['United Nations', 'UN', 'U.N.', 'U.N'],
    source: 're3d annotates "UN", "the United Nations"',
  },
  // e.g. "The European Union called for a ceasefire."
  {
    key: 'eu', name: 'European Union', kind: 'international',
    aliases: ['European Union', 'EU', 'E.U.'],
    source: 're3d annotates "European Union", "EU"',
  },
  // e.g. "NATO said its aircraft were not involved."
  {
    key: 'nato', name: 'NATO', kind: 'international',
    aliases: ['NATO', 'Nato', 'North Atlantic Treaty Organization'],
    source: 'the alliance\'s name',
  },
  // e.g. "Amnesty International said the strikes may amount to war crimes."
  {
    key: 'amnesty', name: 'Amnesty International', kind: 'ngo',
    aliases: ['Amnesty International', 'Amnesty'],
    source: 'the organisation\'s name',
  },
  // e.g. "Human Rights Watch documented the attack; HRW called for an inquiry."
  {
    key: 'hrw', name: 'Human Rights Watch', kind: 'ngo',
    aliases: ['Human Rights Watch', 'HRW'],
    source: 're3d annotates "HRW"',
  },
  // e.g. "Human rights groups have criticised the campaign."
  {
    key: 'human-rights-groups', name: 'Human rights groups', kind: 'ngo',
    aliases: ['human rights groups', 'rights groups', 'human rights organisations', 'human rights organizations',
      'rights organisations', 'rights organizations', 'rights activists', 'human rights activists', 'rights monitors'],
    source: 'generic collective source, seed gold claims',
  },
  // e.g. "The ICRC said its team reached the hospital; the Red Cross gave no figures."
  {
    key: 'icrc', name: 'International Committee of the Red Cross', kind: 'ngo',
    aliases: ['International Committee of the Red Cross', 'ICRC', 'Red Cross'],
    source: 'the organisation\'s name',
  },
  // e.g. "The Palestine Red Crescent Society said its ambulance was hit."
  {
    key: 'prcs', name: 'Palestine Red Crescent Society', kind: 'ngo', theatres: ['PS'],
    aliases: ['Palestine Red Crescent Society', 'Palestinian Red Crescent Society', 'Palestine Red Crescent', 'Palestinian Red Crescent', 'PRCS'],
    source: 'the society\'s name',
  },
  // e.g. "The Syrian Arab Red Crescent evacuated the wounded."
  {
    key: 'red-crescent', name: 'Red Crescent', kind: 'ngo',
    aliases: ['Red Crescent', 'Syrian Arab Red Crescent', 'SARC', 'Iraqi Red Crescent'],
    source: 'national Red Crescent societies',
  },
  // e.g. "Doctors Without Borders said MSF staff treated 40 people."
  {
    key: 'msf', name: 'Médecins Sans Frontières', kind: 'ngo',
    aliases: ['Médecins Sans Frontières', 'Medecins Sans Frontieres', 'Doctors Without Borders', 'MSF'],
    source: 'the organisation\'s names',
  },
  // e.g. "Airwars assessed the claim as fair."
  {
    key: 'airwars', name: 'Airwars', kind: 'ngo',
    aliases: ['Airwars'],
    source: 'the monitor\'s name',
  },
  // e.g. "The Syrian Observatory for Human Rights said 12 died."
  {
    key: 'sohr', name: 'Syrian Observatory for Human Rights', kind: 'ngo', theatres: ['SY'],
    aliases: ['Syrian Observatory for Human Rights', 'Syrian Observatory', 'SOHR'],
    source: 'the monitor\'s name',
  },
  // e.g. "Iraq Body Count recorded the deaths."
  {
    key: 'ibc', name: 'Iraq Body Count', kind: 'ngo', theatres: ['IQ'],
    aliases: ['Iraq Body Count', 'IBC'],
    source: 'the monitor\'s name',
  },
  // e.g. "ACLED recorded 30 events."
  {
    key: 'acled', name: 'ACLED', kind: 'ngo',
    aliases: ['ACLED', 'Armed Conflict Location & Event Data Project', 'Armed Conflict Location and Event Data Project'],
    source: 'the project\'s name',
  },
  // e.g. "Reuters could not independently verify the report."
  { key: 'reuters', name: 'Reuters', kind: 'media', aliases: ['Reuters', 'Thomson Reuters'], source: 'agency name' },
  // e.g. "AP reporters saw the bodies; the Associated Press counted 14."
  { key: 'ap', name: 'Associated Press', kind: 'media', aliases: ['Associated Press', 'AP'], source: 'agency name' },
  // e.g. "AFP's correspondent heard the blasts."
  { key: 'afp', name: 'Agence France-Presse', kind: 'media', aliases: ['Agence France-Presse', 'Agence France Presse', 'AFP'], source: 'agency name' },
  // e.g. "The BBC spoke to survivors."
  { key: 'bbc', name: 'BBC', kind: 'media', aliases: ['BBC', 'BBC News', 'British Broadcasting Corporation'], source: 'broadcaster name' },
  // e.g. "Al Jazeera broadcast the footage."
  { key: 'al-jazeera', name: 'Al Jazeera', kind: 'media', aliases: ['Al Jazeera', 'Al-Jazeera', 'Aljazeera'], source: 'broadcaster name' },
  // e.g. "Al Arabiya reported the strike."
  { key: 'al-arabiya', name: 'Al Arabiya', kind: 'media', aliases: ['Al Arabiya', 'Al-Arabiya'], source: 'broadcaster name' },
  // e.g. "CNN reported the figure."
  { key: 'cnn', name: 'CNN', kind: 'media', aliases: ['CNN'], source: 'broadcaster name' },
  // e.g. "The New York Times reported the investigation."
  { key: 'nyt', name: 'The New York Times', kind: 'media', aliases: ['New York Times'], source: 'newspaper name' },
  // e.g. "The Washington Post obtained the documents."
  { key: 'wapo', name: 'The Washington Post', kind: 'media', aliases: ['Washington Post'], source: 'newspaper name' },
  // e.g. "The Guardian spoke to residents."
  { key: 'guardian', name: 'The Guardian', kind: 'media', aliases: ['The Guardian', 'Guardian newspaper'], source: 'newspaper name' },
  // e.g. "Rudaw reported the clashes."
  { key: 'rudaw', name: 'Rudaw', kind: 'media', aliases: ['Rudaw'], source: 'Kurdish broadcaster name' },
  // e.g. "Kurdistan 24 showed the aftermath."
  { key: 'kurdistan24', name: 'Kurdistan 24', kind: 'media', aliases: ['Kurdistan 24', 'Kurdistan24'], source: 'Kurdish broadcaster name' },
  // e.g. "Shafaq News reported two deaths."
  { key: 'shafaq', name: 'Shafaq News', kind: 'media', aliases: ['Shafaq News'], source: 'Iraqi outlet name' },
  // e.g. "Mizzima reported the air strike; Myanmar Now confirmed it."
  { key: 'mizzima', name: 'Mizzima', kind: 'media', aliases: ['Mizzima'], source: 'Myanmar outlet name' },
  // e.g. "Myanmar Now spoke to the villagers."
  { key: 'myanmar-now', name: 'Myanmar Now', kind: 'media', aliases: ['Myanmar Now'], source: 'Myanmar outlet name' },
  // e.g. "The Irrawaddy reported the clash."
  { key: 'irrawaddy', name: 'The Irrawaddy', kind: 'media', aliases: ['The Irrawaddy'], source: 'Myanmar outlet name' },
  // e.g. "DVB said 10 houses burned."
  { key: 'dvb', name: 'Democratic Voice of Burma', kind: 'media', aliases: ['Democratic Voice of Burma', 'DVB'], source: 'Myanmar outlet name' },
  // e.g. "RFA's Burmese service reported the arrests."
  { key: 'rfa', name: 'Radio Free Asia', kind: 'media', aliases: ['Radio Free Asia', 'RFA'], source: 'broadcaster name' },
  // e.g. "Shan Herald Agency for News reported the shelling."
  { key: 'shan-herald', name: 'Shan Herald Agency for News', kind: 'media', aliases: ['Shan Herald Agency for News', 'SHAN'], source: 'Myanmar outlet name' },
  // e.g. "WAFA reported that three people were killed."
  { key: 'wafa', name: 'WAFA', kind: 'media', aliases: ['WAFA', 'Wafa news agency'], source: 'Palestinian news agency name' },
  // e.g. "Anadolu Agency published photos of the ruins."
  { key: 'anadolu', name: 'Anadolu Agency', kind: 'media', aliases: ['Anadolu Agency', 'Anadolu'], source: 'Turkish news agency name' },
  // e.g. "Shehab News Agency posted the names of the dead."
  { key: 'shehab', name: 'Shehab News Agency', kind: 'media', aliases: ['Shehab News Agency', 'Shehab Agency', 'Shehab News'], source: 'Gaza news agency name' },
  // e.g. "Quds News Network shared the video."
  { key: 'qnn', name: 'Quds News Network', kind: 'media', aliases: ['Quds News Network', 'QNN'], source: 'Palestinian outlet name' },
  // e.g. "Palestine TV broadcast from the hospital."
  { key: 'palestine-tv', name: 'Palestine TV', kind: 'media', aliases: ['Palestine TV'], source: 'Palestinian broadcaster name' },
  // e.g. "Al-Aqsa TV named the victims."
  { key: 'al-aqsa-tv', name: 'Al-Aqsa TV', kind: 'media', aliases: ['Al-Aqsa TV', 'Al Aqsa TV', 'Al-Aqsa Voice'], source: 'Gaza broadcaster name' },
  // e.g. "The Times of Israel reported the rocket fire."
  { key: 'times-of-israel', name: 'The Times of Israel', kind: 'media', aliases: ['Times of Israel'], source: 'newspaper name' },
  // e.g. "Haaretz reported the inquiry."
  { key: 'haaretz', name: 'Haaretz', kind: 'media', aliases: ['Haaretz'], source: 'newspaper name' },
  // e.g. "The World Bank approved a loan; the IMF said growth had slowed."
  { key: 'world-bank', name: 'World Bank', kind: 'international', aliases: ['World Bank'], source: 'institution name' },
  { key: 'imf', name: 'International Monetary Fund', kind: 'international', aliases: ['International Monetary Fund', 'IMF'], source: 'institution name' },
  // e.g. "UNESCO listed the old city; the OPCW confirmed sarin was used."
  { key: 'unesco', name: 'UNESCO', kind: 'international', partOf: 'un', aliases: ['UNESCO', 'Unesco'], source: 'UN agency name' },
  { key: 'opcw', name: 'Organisation for the Prohibition of Chemical Weapons', kind: 'international', aliases: ['Organisation for the Prohibition of Chemical Weapons', 'Organization for the Prohibition of Chemical Weapons', 'OPCW'], source: 'treaty body name' },
  // e.g. "The Arab League suspended Syria; the GCC condemned the attack."
  { key: 'arab-league', name: 'Arab League', kind: 'international', aliases: ['Arab League', 'League of Arab States'], source: 'organisation name' },
  { key: 'gcc', name: 'Gulf Cooperation Council', kind: 'international', aliases: ['Gulf Cooperation Council', 'GCC'], source: 'organisation name' },
  // e.g. "The White Helmets pulled three people from the rubble."
  { key: 'white-helmets', name: 'Syria Civil Defence', kind: 'ngo', aliases: ['White Helmets', 'Syria Civil Defence', 'Syrian Civil Defence', 'Syrian Civil Defense'], source: 'rescue organisation name' },
  // e.g. "State news agency SANA said rockets hit Damascus."
  { key: 'sana', name: 'SANA', kind: 'media', aliases: ['SANA', 'Syrian Arab News Agency', 'Sana news agency'], source: 'Syrian state news agency name' },
  // e.g. "Alsumaria News reported the blast; Al Iraqiya showed the site."
  { key: 'alsumaria', name: 'Alsumaria', kind: 'media', aliases: ['Alsumaria', 'Alsumaria News', 'Al Sumaria', 'Al-Sumaria'], source: 'Iraqi broadcaster name' },
  { key: 'al-iraqiya', name: 'Al Iraqiya', kind: 'media', aliases: ['Al Iraqiya', 'Al-Iraqiya', 'Iraqiya TV', 'Iraqiya state TV'], source: 'Iraqi state broadcaster name' },
  // e.g. "The UN General Assembly adopted the resolution; UNGA delegates applauded."
  { key: 'un-general-assembly', name: 'UN General Assembly', kind: 'international', partOf: 'un', aliases: ['UN General Assembly', 'U.N. General Assembly', 'United Nations General Assembly', 'UNGA'], source: 'UN organ name' },
];
