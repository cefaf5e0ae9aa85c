import type { CasualtyGroup, CasualtyKind, IsoDate, Range } from '../../report/types.js';
import type { Piece } from '../writer.js';
import type { CityRow, ConflictRow } from './places.js';

/**
 * Background paragraphs: the context that fills a wire report after the news (history, aid,
 * verification). Figures and dates in them are marked (`about: 'background'`); numbers that are
 * not casualties ("some 3 million people" living in a province) are left unmarked on purpose, as
 * negative cases. All text is the team's own.
 */
export interface BackgroundContext {
  conflict: ConflictRow;
  city: CityRow;
  published: IsoDate;
  /** A marked casualty figure ("more than 350,000 people"). */
  fig(words: string, range: Range, stated: boolean, kind: CasualtyKind, group: CasualtyGroup): Piece;
  /** A marked month `back` months before publication ("March 2017"). */
  monthsAgo(back: number): Piece;
  /** A marked stated date: `YYYY-MM` gives "October 2016", `YYYY-MM-DD` gives "7 October 2023". */
  on(date: string): Piece;
  int(min: number, max: number): number;
  /** A marked relative date at the start of a sentence, resolved as the dates stage does:
   * "Earlier this month" = the 1st to publication day; "Last week" = the previous Monday–Sunday. */
  relative(phrase: 'Earlier this month' | 'Last week'): Piece;
}

export interface BackgroundRow {
  /** Only used when this holds (e.g. an event the report must postdate). */
  when?: (c: BackgroundContext) => boolean;
  write(c: BackgroundContext): Piece[];
}

/** "more than N" as src/lexicon/quantities.ts reads it: min N+1, conservative N. */
const moreThan = (n: number): Range => ({ min: n + 1, max: null, conservative: n });
const thousands = (n: number): string => n.toLocaleString('en-US');

export const genericBackground: readonly BackgroundRow[] = [
  { write: (c) => [`Rescue workers said the search for survivors was hampered by a lack of heavy machinery and by fuel shortages, and that bodies were believed to remain under collapsed buildings. Hospitals in ${c.city.name} have been struggling to cope with the number of wounded, and doctors said they were running short of anaesthetics, blood and clean water.`] },
  { write: (c) => [`Monitoring groups say it is increasingly difficult to verify casualty figures because journalists have limited access to ${c.city.region} and telephone and internet lines are frequently cut. Figures given by the warring parties often differ sharply, and independent investigators rely on witness accounts, photographs and satellite imagery to establish what happened.`] },
  { write: () => ['The United Nations has repeatedly called on all parties to the conflict to take every feasible precaution to spare civilians, and has reminded them that the use of explosive weapons in densely populated areas carries a high risk of indiscriminate harm. Its officials say those warnings have largely gone unheeded.'] },
  { write: (c) => { const n = c.int(4, 60) * 1000; return ['According to the UN refugee agency, ', c.fig(`more than ${thousands(n)} people`, moreThan(n), true, 'displaced', 'unknown'), ` have fled their homes in ${c.city.region} since `, c.monthsAgo(c.int(2, 5)), ', many of them staying with relatives or in overcrowded camps where aid groups say food and medicine are scarce.']; } },
  { write: (c) => { const n = c.int(5, 30); return [`It was one of the deadliest incidents in ${c.city.name} since `, c.monthsAgo(c.int(2, 6)), ', when ', c.fig(`${n} people`, { min: n, max: n, conservative: n }, true, 'killed', 'unknown'), ' were killed in a single day of fighting, according to figures compiled by local officials at the time.']; } },
  { write: (c) => [`Funerals for the victims were held the following day, with mourners carrying the bodies through the streets of ${c.city.name}. Relatives said many of the dead were children, and that one family had lost three generations in a single afternoon.`] },
  { write: () => ['Aid agencies said the violence had forced them to suspend some of their operations in the area. "Every day we see families arriving with nothing but the clothes they are wearing," said a worker for an international charity, who asked not to be named because the organisation had not authorised staff to speak to reporters.'] },
  { write: () => ['Human rights groups have called for independent investigations into strikes that killed civilians, saying that the parties to the conflict rarely publish the findings of their own inquiries and almost never compensate the families of the victims.'] },
  { write: (c) => [`Much of ${c.city.name}'s water and electricity network has been damaged in the fighting. Residents said they relied on private generators for a few hours of power a day and bought drinking water from tankers at prices many could no longer afford.`] },
  // Relative dates outside the incident: resolved against publication like any other.
  { when: (c) => Number(c.published.slice(8, 10)) >= 8, write: (c) => [c.relative('Earlier this month'), `, the UN humanitarian office warned that fuel for hospital generators in ${c.city.region} would soon run out unless more supplies were allowed in.`] },
  { write: (c) => [c.relative('Last week'), `, aid convoys were turned back at checkpoints outside ${c.city.name}, and the World Food Programme said it had reached only a fraction of the families it had planned to feed.`] },
  { write: () => ['Local journalists said the death toll could rise further, as some of the wounded were in a critical condition and some residents were still unaccounted for. Hospital staff appealed for blood donations on social media.'] },
];

export const conflictBackground: Record<ConflictRow['key'], readonly BackgroundRow[]> = {
  iraq: [
    { write: (c) => ['Iraqi forces, backed by US-led coalition air strikes and advisers, launched the offensive to retake Mosul from Islamic State in ', c.on('2016-10'), ', in what officials described as the largest military operation in the country since 2003.'] },
    { when: (c) => c.published >= '2017-02-15', write: (c) => ['The eastern half of the city was declared liberated in ', c.on('2017-01'), ', but the fighting in the west, with its narrow streets and densely packed old city, has proved far slower and deadlier for the civilians trapped there.'] },
    { write: () => ['UN officials estimate that some 400,000 people remain in areas still held by the militants, who have been accused of using civilians as human shields and of shooting those who try to flee.'] },
    { write: () => ['The coalition says it takes extraordinary measures to avoid harming civilians and that it investigates every credible allegation. It publishes monthly civilian casualty reports, which monitoring groups say count far fewer deaths than local sources do.'] },
    { write: (c) => ['Islamic State seized Mosul in ', c.on('2014-06'), " and declared a so-called caliphate from the city's al-Nuri mosque, making the city the group's most important stronghold in Iraq."] },
  ],
  syria: [
    { write: (c) => ["Syria's war, which began with a crackdown on peaceful protests in ", c.on('2011-03'), ', has killed ', c.fig('more than 350,000 people', moreThan(350_000), true, 'killed', 'unknown'), " and driven about half of the country's pre-war population from their homes."] },
    { write: (c) => ['Russia entered the war in ', c.on('2015-09'), " with a campaign of air strikes in support of President Bashar al-Assad's forces, and rights groups have since documented repeated strikes on hospitals, markets and schools in opposition-held areas."] },
    { write: () => ['Idlib province, the last major opposition stronghold, has a population of some 3 million people, according to UN estimates, and many of them live in tents along the Turkish border.'] },
    { write: (c) => { const n = c.int(40, 300); return ['The Syrian Observatory, a Britain-based monitor that relies on a network of sources on the ground, said it had documented ', c.fig(`${n} civilian deaths`, { min: n, max: n, conservative: n }, true, 'killed', 'civilians'), ` in ${c.city.region} in `, c.monthsAgo(1), ' alone.']; } },
  ],
  gaza: [
    // "some N" is approximate: N ± 10 %, conservative N (src/lexicon/quantities.ts, `approx`).
    { write: (c) => ['The war began after Hamas-led militants attacked southern Israel on ', c.on('2023-10-07'), ', killing ', c.fig('some 1,200 people', { min: 1080, max: 1320, conservative: 1200 }, true, 'killed', 'unknown'), ', according to Israeli tallies, and taking hostages back into Gaza.'] },
    { write: (c) => { const days = Math.max(10, Math.round((Date.parse(c.published) - Date.parse('2023-10-07')) / 86_400_000)); const n = Math.min(37, Math.max(3, Math.round(days * 0.14))) * 1000; return ['The Gaza health ministry, whose figures do not distinguish between civilians and combatants, says ', c.fig(`more than ${thousands(n)} people`, moreThan(n), true, 'killed', 'unknown'), ' have been killed in the territory since the war began.']; } },
    { write: () => ['Israel says it targets only militants and their infrastructure, and accuses Hamas of operating from within civilian areas, an accusation the group rejects.'] },
    { write: () => ["Much of the territory's population has been displaced, often more than once, and the UN has warned of famine conditions in the north, where aid deliveries have been repeatedly blocked or delayed."] },
    { write: (c) => [`Hospitals in ${c.city.name} are operating far beyond their capacity, with patients treated on floors and in corridors, and surgeons said they had been operating without enough anaesthetic.`] },
  ],
  myanmar: [
    { write: (c) => ['The military seized power in a coup on ', c.on('2021-02-01'), ', ousting the elected government of Aung San Suu Kyi and triggering mass protests that grew into an armed resistance across much of the country.'] },
    { write: () => ['The junta has increasingly relied on air power against resistance forces, which have no air defences, and monitoring groups have documented hundreds of air strikes on villages, schools and clinics since the coup.'] },
    { write: (c) => { const n = c.int(20, 300) * 1000; return ['According to the UN, ', c.fig(`more than ${thousands(n)} people`, moreThan(n), true, 'displaced', 'unknown'), ` have been displaced across ${c.city.region} and neighbouring areas, and entire villages have been burned to the ground.`]; } },
    { write: (c) => [`Communications are cut in much of ${c.city.region}, making it difficult to confirm reports from the area. The military rarely comments on specific incidents and routinely describes the armed resistance as terrorists.`] },
  ],
  yemen: [
    { write: (c) => ['The Saudi-led coalition intervened in ', c.on('2015-03'), ' to restore the internationally recognised government after the Houthis seized the capital, Sanaa, and forced the president to flee.'] },
    { write: (c) => ['The war has killed ', c.fig('more than 10,000 people', moreThan(10_000), true, 'killed', 'unknown'), ', according to UN figures that aid workers say are a significant undercount, and has pushed millions to the brink of famine.'] },
    { write: () => ['Rights groups have documented coalition strikes on hospitals, schools, weddings and funerals, and have urged Western governments to halt arms sales to Saudi Arabia and the United Arab Emirates.'] },
    { write: () => ["A cholera outbreak has compounded the suffering, with aid agencies warning that the country's health system, already weakened by years of conflict, is close to collapse."] },
  ],
};
