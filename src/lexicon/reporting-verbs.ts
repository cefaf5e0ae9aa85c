import type { ClaimStance } from '../report/types.js';
import { broadAttributionVerbs, wordnetAttributionVerbs } from './attribution-verbs.js';

/**
 * Reporting verbs: the cue of an attribution (PARC/PolNeAR "cue"). Each row lists the verb's
 * inflected forms explicitly (no stemmer: "states" is a cue, "State" in "Islamic State" is not,
 * and the base forms are checked for a plural or auxiliary subject by the stage), the stance a
 * claim gets from the verb alone, and what may follow the verb:
 * - `particle`: a word (or space-separated words) that must follow for the verb to be a cue
 *   ("called for", not "called"; "made it clear");
 * - `audience`: the verb takes a hearer before its content ("told reporters that …").
 *
 * Stance here is the verb's default; the content can still turn a statement into a denial,
 * an acknowledgment or an allegation (see `stance-cues.ts`). The example sentences were written
 * by the team.
 */
export interface ReportingVerb {
  lemma: string;
  /** Inflected forms, lower-case: base, 3rd person, past, -ing. */
  forms: readonly string[];
  stance: ClaimStance;
  particle?: string;
  audience?: boolean;
  /** Not a cue when "to" follows ("thought to have killed", "is said to be"); with 'verb', only
   * when a verb follows the "to" ("is said to have fled", but "said to reporters" is a cue). */
  notBeforeTo?: boolean | 'verb';
  /** A cue only when "that" follows ("found that …", not "found three bodies"). */
  needsThat?: boolean;
  /** Not a cue before "of": "Ministry Accused Of Cover-Up" is a passive headline. */
  notBeforeOf?: boolean;
  /** Not a cue between a noun and a name: "a group called Black Votes Matter". */
  notBeforeName?: boolean;
  /** May come before its source after a quotation: '"…," said the mayor.' */
  inverts?: boolean;
  /**
   * What the content is (default `clause`: the rest of the clause after the cue and its hearer):
   * - `infinitive`: the cue needs "to" next and the content is the "to …" phrase ("refused to
   *   open the gate");
   * - `object`: the content is the noun phrase after the cue ("endorsed the governor").
   */
  frame?: 'clause' | 'infinitive' | 'object';
  /**
   * The source's head word must be one of these: "the survey shows …" is an attribution,
   * "the boy shows his wound" is not.
   */
  sourceHeads?: readonly string[];
  /**
   * A row of the wider attribution family (`attribution-verbs.ts`: "mocked", "believes",
   * "wants"): a cue for claims, but no evidence that the capitalised word before it is a person.
   */
  broad?: boolean;
}

/** Things that show or find: polls, records, documents. "The survey shows most families fled." */
export const EVIDENCE_HEADS: readonly string[] = [
  'poll', 'polls', 'survey', 'surveys', 'record', 'records', 'data', 'report', 'reports', 'study',
  'studies', 'figures', 'numbers', 'results', 'documents', 'document', 'video', 'footage', 'images',
  'photos', 'analysis', 'review', 'research', 'statistics', 'filings', 'filing', 'emails', 'email',
  'letter', 'memo', 'count', 'tally', 'census', 'investigation', 'audit', 'evidence', 'map', 'maps',
  'polling', 'paper', 'papers', 'article',
];

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  // "The ministry said the bridge was hit twice."
  { lemma: 'say', forms: ['say', 'says', 'said', 'saying'], inverts: true, stance: 'statement', notBeforeTo: 'verb' },
  // "A medic told reporters that the clinic had no power."
  { lemma: 'tell', forms: ['tell', 'tells', 'told', 'telling'], stance: 'statement', audience: true },
  // "Local activists claim the convoy carried only food."
  { lemma: 'claim', forms: ['claim', 'claims', 'claimed', 'claiming'], inverts: true, stance: 'statement' },
  // "Residents alleged that the drone struck twice."
  { lemma: 'allege', forms: ['allege', 'alleges', 'alleged', 'alleging'], stance: 'allegation', notBeforeTo: true },
  // "The governor stated that the curfew would end on Friday."
  { lemma: 'state', forms: ['stated', 'stating'], inverts: true, stance: 'statement' },
  // "The army announced it had taken the airport."
  { lemma: 'announce', forms: ['announce', 'announces', 'announced', 'announcing'], inverts: true, stance: 'statement' },
  // "State television reported that the dam was intact."
  { lemma: 'report', forms: ['reports', 'reported', 'reporting'], inverts: true, stance: 'statement', notBeforeTo: true },
  // "A police spokesman confirmed two officers were wounded."
  { lemma: 'confirm', forms: ['confirm', 'confirms', 'confirmed', 'confirming'], inverts: true, stance: 'statement' },
  // "The militia denied any involvement in the market blast."
  { lemma: 'deny', forms: ['deny', 'denies', 'denied', 'denying'], stance: 'denial' },
  // "The air force acknowledged that one of its jets hit the school."
  { lemma: 'acknowledge', forms: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'], stance: 'acknowledgment' },
  // "The battalion admitted its shells fell on the camp."
  { lemma: 'admit', forms: ['admit', 'admits', 'admitted', 'admitting'], stance: 'acknowledgment' },
  // "The command conceded that three farmers had been killed."
  { lemma: 'concede', forms: ['concede', 'concedes', 'conceded', 'conceding'], stance: 'acknowledgment' },
  // "The task force accepted responsibility for the deaths of four shepherds."
  { lemma: 'accept responsibility', forms: ['accept', 'accepts', 'accepted', 'accepting'], particle: 'responsibility', stance: 'acknowledgment' },
  // "The coalition regrets the loss of civilian life in the raid."
  { lemma: 'regret', forms: ['regrets', 'regretted'], stance: 'acknowledgment' },
  // "Aid workers warned that the wells would run dry."
  { lemma: 'warn', forms: ['warn', 'warns', 'warned', 'warning'], inverts: true, stance: 'statement' },
  // "The mayor noted that the bakery had reopened."
  { lemma: 'note', forms: ['note', 'notes', 'noted', 'noting'], inverts: true, stance: 'statement' },
  // "The officer added that the roads were mined."
  { lemma: 'add', forms: ['adds', 'added', 'adding'], inverts: true, stance: 'statement', notBeforeTo: true },
  // "The minister insisted the strike hit only fighters."
  { lemma: 'insist', forms: ['insist', 'insists', 'insisted', 'insisting'], inverts: true, stance: 'statement' },
  // "The envoy called for a ceasefire around the hospital."
  { lemma: 'call for', forms: ['call', 'calls', 'called', 'calling'], particle: 'for', stance: 'statement' },
  // "The Red Crescent urged both sides to open the road."
  { lemma: 'urge', forms: ['urge', 'urges', 'urged', 'urging'], stance: 'statement' },
  // "Villagers accused the army of shelling their homes."
  { lemma: 'accuse', forms: ['accuse', 'accuses', 'accused', 'accusing'], stance: 'allegation', notBeforeOf: true },
  // "The opposition condemned the bombing of the water plant."
  { lemma: 'condemn', forms: ['condemn', 'condemns', 'condemned', 'condemning'], stance: 'allegation' },
  // "Officials blamed rebel rockets for the fire."
  { lemma: 'blame', forms: ['blame', 'blames', 'blamed', 'blaming'], stance: 'allegation' },
  // "Monitors are slamming the navy for the blockade."
  { lemma: 'slam', forms: ['slam', 'slams', 'slammed', 'slamming'], stance: 'allegation' },
  // "Rights groups criticised the use of cluster munitions."
  { lemma: 'criticize', forms: ['criticize', 'criticizes', 'criticized', 'criticizing', 'criticise', 'criticises', 'criticised', 'criticising'], stance: 'allegation' },
  // "The ministry rejected reports that its planes hit the bakery."
  { lemma: 'reject', forms: ['reject', 'rejects', 'rejected', 'rejecting'], stance: 'denial' },
  // "The spokesman dismissed claims of a massacre as propaganda."
  { lemma: 'dismiss', forms: ['dismiss', 'dismisses', 'dismissed', 'dismissing'], stance: 'denial' },
  // "The commander explained that the convoy had no escort."
  { lemma: 'explain', forms: ['explain', 'explains', 'explained', 'explaining'], inverts: true, stance: 'statement' },
  // "The lawyers argue that the blockade is collective punishment."
  { lemma: 'argue', forms: ['argue', 'argues', 'argued', 'arguing'], inverts: true, stance: 'statement' },
  // "The report suggests the shells came from the east."
  { lemma: 'suggest', forms: ['suggest', 'suggests', 'suggested', 'suggesting'], stance: 'statement' },
  // "The general declared that the city was secure."
  { lemma: 'declare', forms: ['declare', 'declares', 'declared', 'declaring'], inverts: true, stance: 'statement' },
  // "The police maintain that the crowd fired first."
  { lemma: 'maintain', forms: ['maintains', 'maintained', 'maintaining'], stance: 'statement' },
  // "The governor stressed that the shelters were full."
  { lemma: 'stress', forms: ['stress', 'stresses', 'stressed', 'stressing'], stance: 'statement' },
  // "The envoy emphasized that talks would continue."
  { lemma: 'emphasize', forms: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasises', 'emphasised', 'emphasising'], stance: 'statement' },
  // "Doctors estimated that a third of the patients were children."
  { lemma: 'estimate', forms: ['estimates', 'estimated', 'estimating'], stance: 'statement', needsThat: true },
  // "The minister promised that the families would be compensated."
  { lemma: 'promise', forms: ['promise', 'promises', 'promised', 'promising'], stance: 'statement' },
  // "The rebels vowed to retake the ridge."
  { lemma: 'vow', forms: ['vow', 'vows', 'vowed', 'vowing'], stance: 'statement' },
  // "The spokesman wrote that the raid was lawful."
  { lemma: 'write', forms: ['write', 'writes', 'wrote', 'writing'], inverts: true, stance: 'statement' },
  // "The mayor tweeted that the water supply was back."
  { lemma: 'tweet', forms: ['tweet', 'tweets', 'tweeted', 'tweeting'], inverts: true, stance: 'statement' },
  // "A survivor recalled that the second blast came minutes later."
  { lemma: 'recall', forms: ['recall', 'recalls', 'recalled', 'recalling'], inverts: true, stance: 'statement' },
  // "The ministry responded that the figures were inflated."
  { lemma: 'respond', forms: ['respond', 'responds', 'responded', 'responding'], inverts: true, stance: 'statement' },
  // "The official replied that no aircraft were flying that night."
  { lemma: 'reply', forms: ['reply', 'replies', 'replied', 'replying'], inverts: true, stance: 'statement' },
  // "The army reiterated that it does not target homes."
  { lemma: 'reiterate', forms: ['reiterate', 'reiterates', 'reiterated', 'reiterating'], stance: 'statement' },
  // "The ministry asserted that the camp housed fighters."
  { lemma: 'assert', forms: ['assert', 'asserts', 'asserted', 'asserting'], inverts: true, stance: 'statement' },
  // "A resident described seeing three bodies in the street."
  { lemma: 'describe', forms: ['describe', 'describes', 'described', 'describing'], stance: 'statement' },
  // "The monitor found that most victims were women."
  { lemma: 'find', forms: ['finds', 'found'], stance: 'statement', needsThat: true },
  // "A poll last week found the mayor leading by ten points." (a survey or a document as the
  // subject: what it found needs no "that")
  { lemma: 'find', forms: ['finds', 'found'], stance: 'statement', sourceHeads: EVIDENCE_HEADS },
  // "The agency predicted that prices would double."
  { lemma: 'predict', forms: ['predict', 'predicts', 'predicted', 'predicting'], stance: 'statement' },
  // "The ceasefire will hold, the envoy continued."
  { lemma: 'continue', forms: ['continued'], stance: 'statement', inverts: true },
  // "Was the bridge used by fighters, the reporter asked."
  // "A reporter asked the mayor whether the road was safe."
  { lemma: 'ask', forms: ['ask', 'asks', 'asked', 'asking'], stance: 'statement', inverts: true, audience: true },
  // "The envoy called on both sides to open the road."
  { lemma: 'call on', forms: ['call', 'calls', 'called', 'calling'], particle: 'on', stance: 'statement' },
  // "The mayor called the shelling a crime against the city."
  { lemma: 'call', forms: ['calls', 'called', 'calling'], stance: 'statement', notBeforeName: true },
  // "The survey shows that most families have fled twice."
  { lemma: 'show', forms: ['show', 'shows', 'showed', 'showing'], stance: 'statement', sourceHeads: EVIDENCE_HEADS },
  // "The general mentioned that two bridges were down."
  { lemma: 'mention', forms: ['mention', 'mentions', 'mentioned', 'mentioning'], stance: 'statement', needsThat: true },
  // "The governor did not mention the closed crossings in her speech."
  { lemma: 'mention', forms: ['mention', 'mentions', 'mentioned', 'mentioning'], stance: 'statement', frame: 'object' },
  // "The agency revealed that the camp had no doctor."
  { lemma: 'reveal', forms: ['reveal', 'reveals', 'revealed', 'revealing'], stance: 'statement' },
  // "A nurse cautioned that the fever was spreading."
  { lemma: 'caution', forms: ['caution', 'cautions', 'cautioned', 'cautioning'], stance: 'statement' },
  // "The minister conceded nothing and countered that the figures were false."
  { lemma: 'counter', forms: ['counter', 'counters', 'countered', 'countering'], stance: 'statement' },
  // "The spokesman praised the rescuers for their courage."
  { lemma: 'praise', forms: ['praise', 'praises', 'praised', 'praising'], stance: 'statement' },
  // "The council demanded that the checkpoints be removed."
  { lemma: 'demand', forms: ['demand', 'demands', 'demanded', 'demanding'], stance: 'statement' },
  // "The defence minister defended the strike as lawful."
  { lemma: 'defend', forms: ['defend', 'defends', 'defended', 'defending'], stance: 'statement' },
  // "Both sides agreed that the corridor would open at dawn."
  { lemma: 'agree', forms: ['agree', 'agrees', 'agreed'], stance: 'statement', needsThat: true },
  // "The ferry company agreed to refund every ticket."
  { lemma: 'agree', forms: ['agree', 'agrees', 'agreed'], stance: 'statement', frame: 'infinitive' },
  // "The inquiry concluded that the shell was fired from the ridge."
  { lemma: 'conclude', forms: ['conclude', 'concludes', 'concluded', 'concluding'], stance: 'statement' },
  // "The engineer pointed out that the dam had cracked."
  { lemma: 'point out', forms: ['point', 'points', 'pointed', 'pointing'], particle: 'out', stance: 'statement' },
  // "The UN expressed concern that aid convoys were being blocked."
  { lemma: 'express', forms: ['express', 'expresses', 'expressed', 'expressing'], stance: 'statement' },
  // "The governor proposed that schools reopen in shifts."
  { lemma: 'propose', forms: ['propose', 'proposes', 'proposed', 'proposing'], stance: 'statement', needsThat: true },
  // "The envoy proposed a corridor for the wounded." "The council proposed closing the market."
  { lemma: 'propose', forms: ['propose', 'proposes', 'proposed', 'proposing'], stance: 'statement', frame: 'object' },
  // "Relief workers hope the road will reopen this week."
  { lemma: 'hope', forms: ['hope', 'hopes', 'hoped', 'hoping'], stance: 'statement', notBeforeTo: true },
  // "The mayor hopes to reopen the ferry line." (PolNeAR counts a hope as an attribution)
  { lemma: 'hope', forms: ['hope', 'hopes', 'hoped', 'hoping'], stance: 'statement', frame: 'infinitive' },
  // "Doctors fear the outbreak will spread to the camps."
  { lemma: 'fear', forms: ['fear', 'fears', 'feared'], stance: 'statement', notBeforeTo: true },
  // "The lawyer questioned whether the raid was lawful."
  { lemma: 'question', forms: ['question', 'questions', 'questioned', 'questioning'], stance: 'statement' },
  // "The mayor acknowledged and lamented that the clinic was closed."
  { lemma: 'lament', forms: ['laments', 'lamented', 'lamenting'], stance: 'statement' },
  // "The activist recounted how the soldiers entered the house."
  { lemma: 'recount', forms: ['recounts', 'recounted', 'recounting'], stance: 'statement', inverts: true },
  // "The spokesman complained that journalists were barred."
  { lemma: 'complain', forms: ['complain', 'complains', 'complained', 'complaining'], stance: 'statement' },
  // "The committee recommended that the base be moved."
  { lemma: 'recommend', forms: ['recommend', 'recommends', 'recommended', 'recommending'], stance: 'statement' },

  // Cues of refusing, supporting and discussing: attributions of a stance rather than of speech
  // (PARC/PolNeAR count them). Each needs its frame ("refused to …", "endorsed <noun phrase>").
  // "want", "think", "believe" and "plan" are not here but in the broad family
  // (`attribution-verbs.ts`): most of their uses inside quotations or inside another claim's
  // content are not attributions, and the stage drops broad cues there.
  // "The governor refused to open the dam's spillway."
  { lemma: 'refuse', forms: ['refuse', 'refuses', 'refused', 'refusing'], stance: 'statement', frame: 'infinitive' },
  // "The council pledged to rebuild the school by spring."
  { lemma: 'pledge', forms: ['pledge', 'pledges', 'pledged', 'pledging'], stance: 'statement', frame: 'infinitive' },
  // "The mayor declined to comment on the shelling."
  { lemma: 'decline', forms: ['declines', 'declined', 'declining'], stance: 'statement', frame: 'infinitive' },
  // "The envoy sought to calm the two delegations."
  { lemma: 'seek', forms: ['seeks', 'sought', 'seeking'], stance: 'statement', frame: 'infinitive' },
  // "The union supports the new ceasefire plan."
  { lemma: 'support', forms: ['support', 'supports', 'supported', 'supporting'], stance: 'statement', frame: 'object' },
  // "The party endorsed the governor for a second term."
  { lemma: 'endorse', forms: ['endorse', 'endorses', 'endorsed', 'endorsing'], stance: 'statement', frame: 'object' },
  // "The farmers' union is backing the independent candidate."
  { lemma: 'back', forms: ['backs', 'backed', 'backing'], stance: 'statement', frame: 'object', notBeforeTo: true },
  // "Most residents oppose the new dam."
  { lemma: 'oppose', forms: ['oppose', 'opposes', 'opposed', 'opposing'], stance: 'statement', frame: 'object', notBeforeTo: true },
  // "The senator prefers a negotiated settlement."
  { lemma: 'prefer', forms: ['prefer', 'prefers', 'preferred'], stance: 'statement', frame: 'object' },
  // "Most voters prefer to back a winner."
  { lemma: 'prefer', forms: ['prefer', 'prefers', 'preferred'], stance: 'statement', frame: 'infinitive' },
  // "The minister touted the new water pipeline."
  { lemma: 'tout', forms: ['touts', 'touted', 'touting'], stance: 'statement', frame: 'object' },
  // "The envoy cited the closure of the border crossings."
  { lemma: 'cite', forms: ['cites', 'cited', 'citing'], stance: 'statement', frame: 'object' },
  // "The ministers discussed the reopening of the airport."
  { lemma: 'discuss', forms: ['discuss', 'discusses', 'discussed', 'discussing'], stance: 'statement', frame: 'object' },
  // "The doctor spoke about the shortage of insulin."
  { lemma: 'speak about', forms: ['speak', 'speaks', 'spoke', 'speaking'], particle: 'about', stance: 'statement', frame: 'object' },
  // "The candidates talked about the price of bread."
  { lemma: 'talk about', forms: ['talk', 'talks', 'talked', 'talking'], particle: 'about', stance: 'statement', frame: 'object' },
  // "The governor joked that the rain had done more than the army."
  { lemma: 'joke', forms: ['jokes', 'joked', 'joking'], stance: 'statement', inverts: true },
];

/**
 * Prepositional cues whose source follows them. "according to the UN, 12 people died".
 */
export const SOURCE_FIRST_CUES: readonly (readonly string[])[] = [
  // "Twelve people died, according to the health ministry."
  ['according', 'to'],
  // "The bridge was destroyed, as reported by the local council."
  ['as', 'reported', 'by'],
];

const HAND_ROWS: readonly ReportingVerb[] = [...REPORTING_VERBS, ...broadAttributionVerbs()];

/**
 * The core reporting verbs, the hand-written wider family, then the WordNet-derived verbs the
 * hand-written tables lack (rows are tried in this order).
 */
export const ATTRIBUTION_VERBS: readonly ReportingVerb[] = [
  ...HAND_ROWS,
  ...wordnetAttributionVerbs(new Set(HAND_ROWS.map((r) => r.lemma.split(' ')[0]))),
];

const byForm = new Map<string, ReportingVerb[]>();
for (const row of ATTRIBUTION_VERBS) for (const f of row.forms) byForm.set(f, [...(byForm.get(f) ?? []), row]);

/**
 * The reporting verbs a lower-cased word form may belong to, most specific first ("called" is
 * "call for" when "for" follows, else "call").
 *
 * @example
 * reportingVerbs('denied')[0].stance; // 'denial'
 */
export function reportingVerbs(form: string): readonly ReportingVerb[] {
  return byForm.get(form) ?? [];
}

/** True for a base (uninflected) form, which needs a plural or auxiliary subject to be a verb. */
export function isBaseForm(row: ReportingVerb, form: string): boolean {
  return form === row.forms[0] && !form.endsWith('s') && !form.endsWith('ed') && !form.endsWith('ing');
}
