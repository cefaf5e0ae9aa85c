import type { ReportingVerb } from './reporting-verbs.js';
import { WORDNET_VERBS, type WordnetVerbRow } from './wordnet-reporting-verbs.js';

/**
 * The wider family of attribution cues PARC/PolNeAR annotate beyond the core reporting verbs of
 * `reporting-verbs.ts`: verbs of speaking in a manner, of praising and blaming, of answering and
 * asking, of believing, knowing, expecting and wanting, of perceiving. Written from general
 * knowledge of English, by category (not from any corpus's annotations); each category has an
 * example sentence the team wrote.
 *
 * Each entry is one verb's inflected forms separated by spaces, base form first ("mock mocks
 * mocked mocking"); a `+word` at the end is a particle that must follow ("rail rails railed
 * railing +against"). Verbs that name violence in conflict reporting ("attack", "blast", "fire",
 * "strike", "target", "charge") are left out on purpose: in civwatch's domain they are acts, not
 * speech.
 *
 * Left out as well: verbs whose usual sense in news is not a mental state or speech ("need",
 * "try", "mean", "gather", "select", "elect", "figure"), and "known" ("a district known as …").
 *
 * These rows are marked `broad`: the actors stage does not take a capitalised word before them
 * for a speaker's name, as it does before the core verbs.
 */
interface Category {
  options: Omit<ReportingVerb, 'lemma' | 'forms'>;
  verbs: readonly string[];
}

const CATEGORIES: readonly Category[] = [
  {
    // Speaking in a manner, may follow a quotation: '"Not again," the driver muttered.'
    options: { stance: 'statement', inverts: true },
    verbs: [
      'remark remarks remarked remarking', 'comment comments commented commenting',
      'observe observes observed observing', 'quip quips quipped quipping',
      'retort retorts retorted retorting', 'exclaim exclaims exclaimed exclaiming',
      'shout shouts shouted shouting', 'yell yells yelled yelling', 'scream screams screamed screaming',
      'whisper whispers whispered whispering', 'mutter mutters muttered muttering',
      'murmur murmurs murmured murmuring', 'chant chants chanted chanting',
      'boast boasts boasted boasting', 'brag brags bragged bragging', 'answer answers answered answering',
      'testify testifies testified testifying', 'confess confesses confessed confessing',
      'proclaim proclaims proclaimed proclaiming', 'contend contends contended contending',
      'wonder wonders wondered wondering', 'muse muses mused musing', 'speculate speculates speculated speculating',
      'concur concurs concurred concurring', 'affirm affirms affirmed affirming',
      'reaffirm reaffirms reaffirmed reaffirming', 'clarify clarifies clarified clarifying',
      'elaborate elaborates elaborated elaborating', 'stammer stammers stammered stammering',
      'sigh sighs sighed sighing', 'laugh laughs laughed laughing',
      'cry cries cried crying', 'complain', 'quote quotes quoted quoting', 'recite recites recited reciting',
      'post posts posted posting', 'blog blogs blogged blogging', 'email emails emailed emailing',
      'text texts texted texting', 'inquire inquires inquired inquiring', 'query queries queried querying',
      'object objects objected objecting', 'protest protests protested protesting',
      'grumble grumbles grumbled grumbling', 'preach preaches preached preaching',
      'plead pleads pleaded pleading', 'swear swears swore sworn swearing',
      'guarantee guarantees guaranteed guaranteeing', 'predict', 'forecast forecasts forecasting',
      'echo echoes echoed echoing', 'repeat repeats repeated repeating', 'summarize summarizes summarized summarizing',
      'summarise summarises summarised summarising', 'acknowledge',
      'opine opines opined opining', 'interject interjects interjected interjecting',
      'interrupt interrupts interrupted interrupting', 'gloat gloats gloated gloating',
      'scoff scoffs scoffed scoffing', 'sneer sneers sneered sneering', 'fume fumes fumed fuming',
      'rant rants ranted ranting', 'rave raves raved raving', 'thunder thunders thundered thundering',
      'vent vents vented venting', 'voice voices voiced voicing', 'utter utters uttered uttering',
      'relay relays relayed relaying', 'specify specifies specified specifying',
      'stipulate stipulates stipulated stipulating', 'confide confides confided confiding',
      'insinuate insinuates insinuated insinuating', 'gush gushes gushed gushing',
      'enthuse enthuses enthused enthusing', 'marvel marvels marveled marvelled marveling marvelling',
      'reason reasons reasoned reasoning', 'recap recaps recapped recapping',
      'recapitulate recapitulates recapitulated recapitulating', 'pronounce pronounces pronounced pronouncing',
      'lecture lectures lectured lecturing', 'moan moans moaned moaning', 'groan groans groaned groaning',
      'whine whines whined whining', 'venture ventures ventured venturing', 'ponder ponders pondered pondering',
      'announce', 'intone intones intoned intoning', 'bellow bellows bellowed bellowing', 'roar roars roared roaring',
      'hiss hisses hissed hissing', 'growl growls growled growling', 'snarl snarls snarled snarling',
      'sob sobs sobbed sobbing', 'wail wails wailed wailing', 'plead', 'posit posits posited positing',
      'hypothesize hypothesizes hypothesized hypothesizing', 'theorize theorizes theorized theorizing',
      'surmise surmises surmised surmising', 'infer infers inferred inferring', 'deduce deduces deduced deducing',
      'certify certifies certified certifying', 'attest attests attested attesting', 'aver avers averred averring',
      'avow avows avowed avowing', 'concede', 'rejoin rejoins rejoined rejoining', 'counsel counsels counseled counselled counseling counselling',
    ].filter((v) => v.includes(' ')),
  },
  {
    // Telling someone, with the hearer before the content: "The nurse reminded them that the
    // clinic closes at six."
    options: { stance: 'statement', audience: true },
    verbs: [
      'remind reminds reminded reminding', 'inform informs informed informing',
      'assure assures assured assuring', 'reassure reassures reassured reassuring',
      'notify notifies notified notifying', 'advise advises advised advising',
      'instruct instructs instructed instructing', 'beg begs begged begging',
      'implore implores implored imploring', 'persuade persuades persuaded persuading',
      'convince convinces convinced convincing', 'encourage encourages encouraged encouraging',
      'invite invites invited inviting', 'challenge challenges challenged challenging',
      'brief briefs briefed briefing', 'teach teaches taught teaching', 'promise',
      'request requests requested requesting',
    ].filter((v) => v.includes(' ')),
  },
  {
    // Praising, thanking, blaming and mocking: "The mayor thanked the volunteers for their work."
    // "Critics ridiculed the plan as unworkable."
    options: { stance: 'statement' },
    verbs: [
      'thank thanks thanked thanking', 'congratulate congratulates congratulated congratulating',
      'applaud applauds applauded applauding', 'commend commends commended commending',
      'laud lauds lauded lauding', 'hail hails hailed hailing', 'credit credits credited crediting',
      'welcome welcomes welcomed welcoming', 'celebrate celebrates celebrated celebrating',
      'mock mocks mocked mocking', 'ridicule ridicules ridiculed ridiculing', 'deride derides derided deriding',
      'taunt taunts taunted taunting', 'tease teases teased teasing', 'chide chides chided chiding',
      'scold scolds scolded scolding', 'rebuke rebukes rebuked rebuking', 'reprimand reprimands reprimanded reprimanding',
      'lambaste lambastes lambasted lambasting', 'lambast lambasts lambasting', 'assail assails assailed assailing',
      'denounce denounces denounced denouncing', 'decry decries decried decrying',
      'deplore deplores deplored deploring', 'bemoan bemoans bemoaned bemoaning',
      'berate berates berated berating', 'castigate castigates castigated castigating',
      'fault faults faulted faulting', 'disparage disparages disparaged disparaging',
      'insult insults insulted insulting', 'belittle belittles belittled belittling',
      'dispute disputes disputed disputing', 'contest contests contested contesting',
      'contradict contradicts contradicted contradicting', 'refute refutes refuted refuting',
      'rebut rebuts rebutted rebutting', 'disagree disagrees disagreed disagreeing',
      'advocate advocates advocated advocating', 'champion champions championed championing',
      'favor favors favored favoring', 'favour favours favoured favouring',
      'recommend', 'approve approves approved approving', 'disapprove disapproves disapproved disapproving',
      'highlight highlights highlighted highlighting', 'underscore underscores underscored underscoring',
      'underline underlines underlined underlining', 'detail details detailed detailing',
      'outline outlines outlined outlining', 'characterize characterizes characterized characterizing',
      'characterise characterises characterised characterising', 'portray portrays portrayed portraying',
      'depict depicts depicted depicting', 'label labels labeled labelled labeling labelling',
      'brand brands branded branding', 'dub dubs dubbed dubbing', 'disclose discloses disclosed disclosing',
      'divulge divulges divulged divulging', 'verify verifies verified verifying',
      'imply implies implied implying', 'hint hints hinted hinting', 'signal signals signaled signalled signaling signalling',
      'indicate indicates indicated indicating', 'threaten threatens threatened threatening',
      'apologize apologizes apologized apologizing', 'apologise apologises apologised apologising',
      'pray prays prayed praying', 'demand', 'ask',
      'bash bashes bashed bashing', 'pan pans panned panning', 'trash trashes trashed trashing',
      'excoriate excoriates excoriated excoriating', 'vilify vilifies vilified vilifying',
      'demonize demonizes demonized demonizing', 'demonise demonises demonised demonising', 'smear smears smeared smearing',
      'malign maligns maligned maligning', 'chastise chastises chastised chastising', 'admonish admonishes admonished admonishing',
      'censure censures censured censuring', 'skewer skewers skewered skewering', 'extol extols extolled extolling',
      'glorify glorifies glorified glorifying', 'trumpet trumpets trumpeted trumpeting', 'hype hypes hyped hyping',
      'promote promotes promoted promoting', 'repudiate repudiates repudiated repudiating', 'disavow disavows disavowed disavowing',
      'renounce renounces renounced renouncing', 'condone condones condoned condoning', 'cheer cheers cheered cheering',
      'boo boos booed booing', 'jeer jeers jeered jeering', 'heckle heckles heckled heckling', 'salute salutes saluted saluting',
      'honor honors honored honoring', 'honour honours honoured honouring', 'acclaim acclaims acclaimed acclaiming',
      'admire admires admired admiring', 'respect respects respected respecting', 'distrust distrusts distrusted distrusting',
      'mistrust mistrusts mistrusted mistrusting', 'dislike dislikes disliked disliking', 'despise despises despised despising',
      'loathe loathes loathed loathing', 'detest detests detested detesting', 'resent resents resented resenting',
      'forgive forgives forgave forgiven forgiving', 'absolve absolves absolved absolving', 'exonerate exonerates exonerated exonerating',
      'vindicate vindicates vindicated vindicating', 'implicate implicates implicated implicating', 'justify justifies justified justifying',
      'excuse excuses excused excusing', 'question', 'second-guess second-guesses second-guessed second-guessing',
      'expose exposes exposed exposing', 'uncover uncovers uncovered uncovering', 'debunk debunks debunked debunking',
      'disprove disproves disproved disproven disproving', 'corroborate corroborates corroborated corroborating',
      'substantiate substantiates substantiated substantiating', 'establish establishes established establishing',
      'document documents documented documenting', 'chronicle chronicles chronicled chronicling',
      'embrace embraces embraced embracing', 'order orders ordered ordering', 'petition petitions petitioned petitioning',
      'lobby lobbies lobbied lobbying', 'decree decrees decreed decreeing', 'rule rules ruled ruling',
      'mourn mourns mourned mourning',
    ].filter((v) => v.includes(' ')),
  },
  {
    // Speaking with a particle: "The senator railed against the new tax." "Her aide hit back at
    // the critics." "The minister referred to the treaty of 1994."
    options: { stance: 'statement' },
    verbs: [
      'rail rails railed railing +against', 'speak speaks spoke spoken speaking +out',
      'speak speaks spoke spoken speaking +up', 'weigh weighs weighed weighing +in',
      'lash lashes lashed lashing +out', 'hit hits hitting +back', 'fire fires fired firing +back',
      'shoot shoots shot shooting +back', 'push pushes pushed pushing +back',
      'refer refers referred referring +to', 'point points pointed pointing +to',
      'talk talks talked talking +up', 'play plays played playing +down',
      'sign signs signed signing +off', 'vote votes voted voting +for', 'vote votes voted voting +against',
      'campaign campaigns campaigned campaigning +for', 'campaign campaigns campaigned campaigning +against',
      'argue argues argued arguing +for', 'argue argues argued arguing +against',
      'speak speaks spoke spoken speaking +of', 'speak speaks spoke spoken speaking +on',
      'talk talks talked talking +of', 'complain complains complained complaining +about',
      'warn warns warned warning +of', 'warn warns warned warning +against', 'apologize apologizes apologized apologizing +for',
      'react reacts reacted reacting +to', 'respond responds responded responding +to',
      'reply replies replied replying +to', 'comment comments commented commenting +on',
      'focus focuses focused focusing +on', 'insist insists insisted insisting +on',
      'dwell dwells dwelt dwelled dwelling +on', 'zero zeroes zeroed zeroing +in',
      'allude alludes alluded alluding +to', 'chime chimes chimed chiming +in', 'blurt blurts blurted blurting +out',
      'go goes went gone going +after', 'hit hits hitting +out', 'double doubles doubled doubling +down',
      'call calls called calling +out', 'single singles singled singling +out', 'spell spells spelled spelt spelling +out',
      'lay lays laid laying +out', 'rule rules ruled ruling +out', 'sound sounds sounded sounding +off',
      'agree agrees agreed agreeing +with', 'side sides sided siding +with', 'sympathize sympathizes sympathized sympathizing +with',
      'yearn yearns yearned yearning +for', 'long longs longed longing +for', 'push pushes pushed pushing +for',
      'press presses pressed pressing +for', 'lobby lobbies lobbied lobbying +for', 'fight fights fought fighting +for',
      'stand stands stood standing +by', 'come comes came coming +out', 'distance distances distanced distancing +from',
      'testify testifies testified testifying +about', 'brag brags bragged bragging +about', 'boast boasts boasted boasting +about',
      'joke jokes joked joking +about', 'worry worries worried worrying +about', 'think thinks thought thinking +about',
      'write writes wrote written writing +about',
      'reflect reflects reflected reflecting +on', 'elaborate elaborates elaborated elaborating +on', 'expand expands expanded expanding +on',
      'harp harps harped harping +on', 'vouch vouches vouched vouching +for', 'cry cries cried crying +out',
      // verb phrases: "made it clear that …", "took issue with …", "raised concerns about …"
      'make makes made making +clear', 'make makes made making +it clear', 'make makes made making +the case',
      'make makes made making +the point', 'make makes made making +a statement', 'make makes made making +comments',
      'make makes made making +remarks', 'make makes made making +a promise', 'make makes made making +a pledge',
      'issue issues issued issuing +a statement', 'release releases released releasing +a statement',
      'take takes took taken taking +issue with', 'take takes took taken taking +aim at', 'take takes took taken taking +credit for',
      'raise raises raised raising +concerns', 'raise raises raised raising +questions', 'raise raises raised raising +doubts',
      'voice voices voiced voicing +concern', 'voice voices voiced voicing +support', 'voice voices voiced voicing +opposition',
      'express expresses expressed expressing +concern', 'give gives gave given giving +credit', 'pay pays paid paying +tribute to',
      'put puts putting +forward', 'sign signs signed signing +on to',
    ],
  },
  {
    // Believing, knowing and judging: "Many farmers believe the dam will fail." "The governor
    // knows the roads are closed." A content clause follows.
    options: { stance: 'statement', notBeforeTo: true },
    verbs: [
      'think thinks thought thinking', 'believe believes believed believing', 'suspect suspects suspected suspecting',
      'assume assumes assumed assuming', 'presume presumes presumed presuming', 'suppose supposes supposed supposing',
      'reckon reckons reckoned reckoning', 'doubt doubts doubted doubting', 'know knows knew knowing',
      'realize realizes realized realizing', 'realise realises realised realising',
      'recognize recognizes recognized recognizing', 'recognise recognises recognised recognising',
      'understand understands understood understanding', 'learn learns learned learnt learning',
      'discover discovers discovered discovering', 'consider considers considered considering',
      'deem deems deemed deeming', 'regard regards regarded regarding', 'judge judges judged judging',
      'remember remembers remembered remembering', 'imagine imagines imagined imagining',
      'feel feels felt feeling', 'worry worries worried worrying', 'guess guesses guessed guessing',
      'determine determines determined determining', 'decide decides decided deciding',
      'acknowledge', 'conclude', 'trust trusts trusted trusting', 'accept accepts accepted accepting',
      'agree', 'see sees saw seen seeing', 'view views viewed viewing',
      'sense senses sensed sensing', 'perceive perceives perceived perceiving', 'foresee foresees foresaw foreseen foreseeing',
      'envision envisions envisioned envisioning', 'envisage envisages envisaged envisaging', 'calculate calculates calculated calculating',
      'gauge gauges gauged gauging', 'contemplate contemplates contemplated contemplating', 'mull mulls mulled mulling',
      'reconsider reconsiders reconsidered reconsidering', 'rethink rethinks rethought rethinking', 'forget forgets forgot forgotten forgetting',
      'misjudge misjudges misjudged misjudging', 'misunderstand misunderstands misunderstood misunderstanding',
      'misread misreads misreading', 'overlook overlooks overlooked overlooking', 'ignore ignores ignored ignoring',
      'conclude', 'estimate', 'grasp grasps grasped grasping',
      'appreciate appreciates appreciated appreciating', 'acknowledge', 'wonder',
    ].filter((v) => v.includes(' ')),
  },
  {
    // Wanting, expecting and intending: "The union wants the plant reopened." "Organisers expect
    // thousands to attend." "The council plans to rebuild the bridge."
    options: { stance: 'statement' },
    verbs: [
      'want wants wanted wanting', 'wish wishes wished wishing', 'expect expects expected expecting',
      'anticipate anticipates anticipated anticipating', 'intend intends intended intending',
      'plan plans planned planning', 'aim aims aimed aiming', 'hope', 'fear', 'prefer',
      'threaten', 'pledge', 'vow', 'seek', 'attempt attempts attempted attempting',
      'hesitate hesitates hesitated hesitating', 'offer offers offered offering', 'choose chooses chose chosen choosing',
      'like likes liked liking', 'love loves loved loving', 'hate hates hated hating',
      'care cares cared caring +about', 'demand',
      'desire desires desired desiring', 'crave craves craved craving', 'aspire aspires aspired aspiring',
      'strive strives strove striven striving', 'resolve resolves resolved resolving', 'dare dares dared daring',
      'prefer', 'insist', 'propose', 'vote votes voted voting', 
      'opt opts opted opting',
      'reject', 'oppose', 'favor', 'accept', 'welcome', 'refuse', 'agree', 'decline', 'hesitate', 'promise',
    ].filter((v) => v.includes(' ')),
  },
  {
    // Perceiving and showing: "Witnesses heard two explosions." "The figures demonstrate that
    // the harvest failed."
    options: { stance: 'statement' },
    verbs: [
      'hear hears heard hearing', 'watch watches watched watching', 'notice notices noticed noticing',
      'witness witnesses witnessed witnessing', 'demonstrate demonstrates demonstrated demonstrating',
      'prove proves proved proven proving', 'reflect reflects reflected reflecting', 'illustrate illustrates illustrated illustrating',
      'read reads reading', 'list lists listed listing', 'cite', 'mention mention', 'describe',
      'spot spots spotted spotting', 'glimpse glimpses glimpsed glimpsing', 'detect detects detected detecting',
      'discern discerns discerned discerning', 'record records recorded recording', 'track tracks tracked tracking',
      'note', 'confirm', 'reveal', 'show', 'find', 'belie belies belied belying',
    ].filter((v) => v.includes(' ') && !/^(\w+) \1$/.test(v)),
  },
];

/**
 * The broad attribution verbs as reporting-verb rows.
 *
 * @example
 * broadAttributionVerbs().find((r) => r.lemma === 'mock')?.forms; // ['mock', 'mocks', 'mocked', 'mocking']
 */
export function broadAttributionVerbs(): ReportingVerb[] {
  const rows: ReportingVerb[] = [];
  for (const { options, verbs } of CATEGORIES) {
    for (const entry of verbs) {
      const words = entry.split(' ');
      const plus = words.findIndex((w) => w.startsWith('+'));
      const particle = plus >= 0 ? words.splice(plus).join(' ').slice(1) : undefined;
      rows.push({ ...options, lemma: particle ? `${words[0]} ${particle}` : words[0], forms: words, broad: true, ...(particle ? { particle } : {}) });
    }
  }
  return rows;
}

/**
 * Verbs the WordNet-derived family never takes, whatever WordNet's senses: in civwatch's domain
 * they name violence or its legal aftermath ("attacked the village", "charged with murder") far
 * more often than speech, as the comment at the top says of the hand-written family.
 */
export const WORDNET_EXCLUDED: ReadonlySet<string> = new Set([
  'attack', 'blast', 'fire', 'strike', 'target', 'charge', 'shoot', 'bomb', 'shell', 'hit', 'kill',
  'execute', 'sentence', 'convict', 'condemn', 'arrest', 'detain', 'raid', 'storm',
  // function words WordNet also lists as verbs ("will" = bequeath, "out" = expose)
  'will', 'out',
]);

/**
 * The least share of a verb's tagged senses (WordNet's semantically tagged corpus) in its group's
 * file: "name" (0.81 of its tagged senses are communication) passes, "address" (0.89) too, "face"
 * (0.52), "deliver" (0.47) and "mean" (0.51) do not.
 */
export const WORDNET_MIN_SHARE = 0.75;

/**
 * Which WordNet groups become cues, with what gate. Measured on PolNeAR train articles [0,400)
 * and checked on [400,840) (the lead's /work/prof/polnear-split.mjs): `comm` as `object` gains 0.001-0.002 source
 * and cue overlap F1 on both; `comm` as `broad` (any clause after it) or `that`, and `cog` as
 * `object` or `that`, and the `that` group as `that`, gained nothing or lost, so they are off.
 * - `object`: the cue needs a noun phrase, pronoun or gerund next, and the verb's commonest sense
 *   in the group must take a content object (WordNet frame 8 or 26, not only 9 "Somebody ----s
 *   somebody": "interviewed the mayor" and "greeted the crowd" are no cues);
 * - `broad`: the broad family's grammar alone; `that`: only with "that" next; `off`: not used.
 */
export const WORDNET_POLICY: Readonly<Record<WordnetVerbRow[2], 'broad' | 'object' | 'that' | 'off'>> = {
  comm: 'object',
  cog: 'off',
  that: 'off',
};

/**
 * The verbs of communication and cognition WordNet lists (`wordnet-reporting-verbs.ts`, generated
 * by scripts/build-reporting-verbs.mjs from WordNet 3.1) that the hand-written tables lack, as
 * broad rows gated by `WORDNET_POLICY` and `WORDNET_MIN_SHARE`: "The spokesman downplayed the
 * damage", "Editorials heralded the deal". A verb any hand-written row has (with or without a
 * particle) keeps the hand-written rows alone; `WORDNET_EXCLUDED` is left out.
 *
 * @example
 * wordnetAttributionVerbs(new Set(['say'])).find((r) => r.lemma === 'downplay')?.frame; // 'object'
 */
export function wordnetAttributionVerbs(handLemmas: ReadonlySet<string>): ReportingVerb[] {
  const rows: ReportingVerb[] = [];
  for (const [lemma, forms, group, , content, tagged, comm, cog] of WORDNET_VERBS) {
    let gate = WORDNET_POLICY[group];
    if (gate === 'object' && !content) gate = 'off';
    if ((gate === 'broad' || gate === 'object') && tagged > 0 && (group === 'comm' ? comm : cog) < WORDNET_MIN_SHARE) gate = 'off';
    if (gate === 'off' || handLemmas.has(lemma) || WORDNET_EXCLUDED.has(lemma)) continue;
    const frame = gate === 'that' ? { needsThat: true } : gate === 'object' ? { frame: 'object' as const } : {};
    rows.push({ lemma, forms: forms.split(' '), stance: 'statement', broad: true, ...frame });
  }
  return rows;
}
