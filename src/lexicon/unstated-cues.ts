import type { ClaimStance } from '../report/types.js';

/**
 * Cues of claims whose source the report does not name: the report passes on what somebody said
 * or believes without saying who ("The mayor reportedly fled", "Five people are believed to have
 * died", "It was reported that …", "The truce appears to be holding", "Asked about the strike,
 * …"). Written from general knowledge of English grammar (hearsay adverbs, raising verbs, the
 * impersonal passive), not from any corpus's annotations. Conflict monitors need these as much as
 * named claims: an unsourced "reportedly" is a weaker basis for a figure than a named witness.
 */

/** Sentence adverbs that mark what follows as hearsay or inference, with the stance they give. */
export const HEARSAY_ADVERBS: Readonly<Record<string, ClaimStance>> = {
  reportedly: 'statement',
  allegedly: 'allegation',
  purportedly: 'allegation',
  supposedly: 'statement',
  seemingly: 'statement',
  apparently: 'statement',
  ostensibly: 'statement',
  reputedly: 'statement',
};

/** Raising verbs of appearance: "The truce seems to hold", "It appears that the road is open". */
export const APPEARANCE_VERBS: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** What may follow an appearance verb for it to report a judgment ("to", "that", "like"). */
export const APPEARANCE_COMPLEMENTS: ReadonlySet<string> = new Set(['to', 'that', 'like', 'as']);

/**
 * Participles of the impersonal and raising passive: "X is said to have fled", "It was reported
 * that …", "are believed to be dead". Each with the stance it gives.
 */
export const HEARSAY_PARTICIPLES: Readonly<Record<string, ClaimStance>> = {
  said: 'statement',
  reported: 'statement',
  believed: 'statement',
  thought: 'statement',
  understood: 'statement',
  expected: 'statement',
  estimated: 'statement',
  feared: 'statement',
  rumored: 'statement',
  rumoured: 'statement',
  known: 'statement',
  announced: 'statement',
  revealed: 'statement',
  claimed: 'allegation',
  alleged: 'allegation',
  suspected: 'allegation',
  accused: 'allegation',
  presumed: 'statement',
  considered: 'statement',
};

/** Forms of "be" that build the passive ("is", "was", "has been", "are widely"). */
export const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re']);

/**
 * What follows "asked" in an opening participle clause that reports a question put to the
 * speaker of the main clause ("Asked about the strike, the colonel said …", "When asked whether
 * …"): the asker is unstated.
 */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'about', 'whether', 'if', 'what', 'which', 'who', 'whom', 'why', 'how', 'when', 'where', 'to', 'for', 'on',
]);
