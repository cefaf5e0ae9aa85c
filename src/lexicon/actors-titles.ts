/**
 * Titles that introduce a person's name: "Lt. Gen. Stephen Townsend", "spokesman Ahmed Ali".
 * Matched token by token like actor aliases (a capitalised token must be capitalised in the text,
 * a lower-case one matches any case); the longest title wins ("Lt. Gen." over "Gen.").
 * `role` is kept on the span for attribution (a spokesman speaks for an institution).
 */
export interface TitleRow {
  titles: readonly string[];
  role: 'military' | 'government' | 'diplomat' | 'spokesperson' | 'official' | 'honorific' | 'religious' | 'royal';
}

export const TITLES: readonly TitleRow[] = [
  // e.g. "Lt. Gen. Ahmed Karim said the brigade had reached the bridge."
  {
    role: 'military',
    titles: ['Gen.', 'Gen', 'General', 'Lt. Gen.', 'Lt Gen', 'Lt.-Gen.', 'Lieutenant General', 'Lieutenant-General',
      'Maj. Gen.', 'Maj Gen', 'Major General', 'Major-General', 'Brig. Gen.', 'Brig Gen', 'Brigadier General', 'Brigadier-General',
      'Brigadier', 'Col.', 'Col', 'Colonel', 'Lt. Col.', 'Lt Col', 'Lieutenant Colonel', 'Lieutenant-Colonel', 'Maj.', 'Major',
      'Capt.', 'Capt', 'Captain', 'Lt.', 'Lieutenant', 'Sgt.', 'Sgt', 'Sergeant', 'Staff Sgt.', 'Staff Sergeant', 'Cpl.', 'Corporal',
      'Adm.', 'Admiral', 'Vice Adm.', 'Vice Admiral', 'Rear Adm.', 'Rear Admiral', 'Cmdr.', 'Commander', 'Lt. Cmdr.',
      'Senior General', 'Field Marshal', 'Air Marshal', 'Air Chief Marshal', 'Vice Senior General', 'Major-General',
      // e.g. "Spc. Dana Reyes and Petty Officer Alan Moss were wounded; Commodore Ian Hale led the task group."
      'Spc.', 'Spc', 'Specialist', 'Pfc.', 'Pvt.', 'Private', 'Airman', 'Senior Airman', 'Master Sgt.', 'Sgt. Maj.', 'Sgt. 1st Class',
      'Command Sgt. Maj.', 'Lance Cpl.', 'Petty Officer', 'Chief Petty Officer', 'Petty Officer 1st Class', 'Petty Officer 2nd Class',
      'Commodore', 'Warrant Officer', 'Chief Warrant Officer'],
  },
  // e.g. "Prime Minister Sara Levin visited the hospital; President Omar Said condemned the attack."
  {
    role: 'government',
    titles: ['President', 'Vice President', 'Vice-President', 'Prime Minister', 'Deputy Prime Minister', 'Minister',
      'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Interior Minister', 'Health Minister', 'Information Minister',
      'Secretary', 'Secretary of State', 'Deputy Secretary of State', 'Defense Secretary', 'Defence Secretary',
      'Secretary of Defense', 'Foreign Secretary', 'Home Secretary', 'Senator', 'Sen.', 'Rep.', 'Governor', 'Gov.', 'Mayor',
      'Chancellor', 'Speaker', 'Attorney General', 'Foreign Office Minister', 'minister', 'governor', 'mayor', 'lawmaker',
      'Minister for the Middle East', 'President-elect',
      // e.g. "Minister for Central Asia Tom Weld met traders; Special Advisor Ruth Kane spoke."
      'Minister for Central Asia', 'Minister for Africa', 'Special Advisor', 'Special Adviser', 'Minister of Foreign Affairs'],
  },
  // e.g. "Secretary-General Maria Lopez called for a pause; Ambassador Tom Reed agreed."
  {
    role: 'diplomat',
    titles: ['Secretary-General', 'UN Secretary-General', 'U.N. Secretary-General', 'Ambassador', 'Special Envoy', 'envoy',
      'Special Representative', 'High Commissioner', 'Special Rapporteur', 'Under-Secretary-General', 'Emergency Relief Coordinator',
      'Humanitarian Coordinator', 'Resident Coordinator'],
  },
  // e.g. "Spokesman Ali Hassan denied it; army spokesperson Nadia Omar gave no figure."
  {
    role: 'spokesperson',
    titles: ['spokesman', 'spokeswoman', 'spokesperson', 'military spokesman', 'army spokesman', 'police spokesman',
      'press secretary', 'Press Secretary', 'Spokesperson', 'Spokesman', 'Spokeswoman'],
  },
  // e.g. "Police chief Karim Saleh said the bomb was hidden in a cart; commander Aziz Noor agreed."
  {
    role: 'official',
    titles: ['police chief', 'Police Chief', 'commander', 'Director', 'director', 'Director-General', 'Director General', 'Chief',
      'Chief of Staff', 'chief of staff', 'official', 'Judge', 'Justice', 'Chief Justice', 'Commissioner', 'Dr.', 'Dr', 'Prof.', 'Professor',
      'doctor', 'surgeon', 'analyst', 'researcher', 'correspondent', 'reporter', 'journalist', 'activist', 'lawyer', 'leader', 'head'],
  },
  // e.g. "Mr. Haddad said the family had fled; Ms Noor stayed."
  {
    role: 'honorific',
    titles: ['Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Sir', 'Dame'],
  },
  // e.g. "U Kyaw Lin and Daw Hla Hla said soldiers took their rice." (Karen and Shan honorifics
  // such as Saw, Naw, Sai, Nang also open village names, so they are not listed.)
  {
    role: 'honorific',
    titles: ['U', 'Daw', 'Ko'],
  },
  // e.g. "Sheikh Ahmed Salim led the prayers; Ayatollah Ali Reza spoke."
  {
    role: 'religious',
    titles: ['Sheikh', 'Shaykh', 'Imam', 'Ayatollah', 'Grand Ayatollah', 'Bishop', 'Archbishop', 'Father', 'Rabbi', 'Pope', 'Patriarch', 'Mullah'],
  },
  // e.g. "King Hassan received the envoy; Crown Prince Ali attended."
  {
    role: 'royal',
    titles: ['King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Emir', 'Sultan'],
  },
];
