import type { ActorKind, ClaimStance } from '../report/types.js';

/**
 * Phrases in a claim's content (or its cue) that set the claim's stance, whatever the reporting
 * verb: "said its aircraft were not operating in the area" is a denial although "said" is neutral.
 * A phrase is matched case-insensitively on word boundaries; `…` in a phrase stands for up to
 * four words ("not … responsible" matches "not directly responsible").
 *
 * Order of precedence (see `stages/attribution/stance.ts`): denial, then acknowledgment, then
 * allegation. The example sentences were written by the team.
 */
export interface StanceCue {
  phrase: string;
  stance: Exclude<ClaimStance, 'statement'>;
}

export const STANCE_CUES: readonly StanceCue[] = [
  // denial ------------------------------------------------------------------------------------
  // "The ministry said its aircraft were not operating in the area that night."
  { phrase: 'not operating in the area', stance: 'denial' },
  // "A spokesman said no coalition aircraft struck the village."
  { phrase: 'no coalition aircraft', stance: 'denial' },
  // "The army said it had nothing to do with the explosion."
  { phrase: 'nothing to do with', stance: 'denial' },
  // "The group said it was not … responsible for the attack."
  { phrase: 'not … responsible', stance: 'denial' },
  // "The militia said it did not carry out the bombing."
  { phrase: 'did not carry out', stance: 'denial' },
  // "The command said there was no evidence of civilian casualties."
  { phrase: 'no evidence of', stance: 'denial' },
  // "Officials called the casualty reports baseless."
  { phrase: 'baseless', stance: 'denial' },
  // "The ministry said the allegations were unfounded."
  { phrase: 'unfounded', stance: 'denial' },
  // "The embassy said the photographs were fabricated."
  { phrase: 'fabricated', stance: 'denial' },
  // "The spokesman said the reports were false."
  { phrase: 'reports were false', stance: 'denial' },
  // "The army denied any involvement in the shooting."
  { phrase: 'denied any involvement', stance: 'denial' },
  // "The government rejected reports that its jets hit the school."
  { phrase: 'rejected reports', stance: 'denial' },
  // "The general dismissed claims that the market was targeted."
  { phrase: 'dismissed claims', stance: 'denial' },

  // acknowledgment ----------------------------------------------------------------------------
  // "The task force accepted responsibility for the four deaths."
  { phrase: 'accepted responsibility', stance: 'acknowledgment' },
  // "The command said it is likely a coalition strike contributed to the deaths."
  { phrase: 'likely a … strike contributed', stance: 'acknowledgment' },
  // "The navy said its shell unintentionally killed two fishermen."
  { phrase: 'unintentionally killed', stance: 'acknowledgment' },
  // "The air force said a bomb inadvertently struck a house."
  { phrase: 'inadvertently', stance: 'acknowledgment' },
  // "The coalition said it regrets the loss of civilian life."
  { phrase: 'regrets the loss', stance: 'acknowledgment' },
  // "The brigade said civilians were probably killed in its raid."
  { phrase: 'were probably killed', stance: 'acknowledgment' },
  // "The army said its investigation found the strike killed three civilians."
  { phrase: 'investigation found', stance: 'acknowledgment' },

  // allegation --------------------------------------------------------------------------------
  // "The rights group said the army failed to take adequate precautions."
  { phrase: 'failed to take', stance: 'allegation' },
  // "Monitors said the shelling may amount to war crimes."
  { phrase: 'war crime', stance: 'allegation' },
  // "Lawyers for the families said the siege involved war crimes."
  { phrase: 'war crimes', stance: 'allegation' },
  // "Witnesses said the rockets were fired indiscriminately."
  { phrase: 'indiscriminate', stance: 'allegation' },
  // "Doctors said the town was shelled indiscriminately for a week."
  { phrase: 'indiscriminately', stance: 'allegation' },
  // "Lawyers said the raid was unlawful."
  { phrase: 'unlawful', stance: 'allegation' },
  // "Residents said the jets deliberately targeted the bakery."
  { phrase: 'deliberately', stance: 'allegation' },
  // "The NGO said the strikes violated international humanitarian law."
  { phrase: 'violated', stance: 'allegation' },
  // "The monitor called the raid a violation of the truce."
  { phrase: 'violation of', stance: 'allegation' },
  // "Activists said the drone targeted civilians queuing for bread."
  { phrase: 'targeted civilians', stance: 'allegation' },
  // "Relatives said the killing of the shepherds was a massacre."
  { phrase: 'massacre', stance: 'allegation' },
  // "Survivors said gunmen massacred the wedding guests."
  { phrase: 'massacred', stance: 'allegation' },
];

/**
 * Words that make a content about harm: an acknowledgment verb ("acknowledged") only makes an
 * acknowledgment when the content speaks of harm; an accuser's critical statement about harm is
 * an allegation.
 */
export const HARM_WORDS: readonly string[] = [
  // "The army acknowledged that a strike killed two children."
  'killed', 'kill', 'killing', 'died', 'dead', 'deaths', 'death', 'wounded', 'injured', 'injuries',
  // "Residents said civilian casualties rose after the bombing."
  'casualties', 'civilian', 'civilians', 'harm', 'toll', 'victims', 'destroyed', 'bombed', 'shelled',
  // "The air force acknowledged responsibility for the strike."
  'strike', 'strikes', 'responsibility',
];

/**
 * Who accuses: NGOs, monitors, residents, witnesses. A claim about harm from one of these
 * sources is an allegation ("Amnesty International has said … forces had failed to take adequate
 * precautions"). Matched as words of the source noun phrase, or by the actor kind.
 */
export const ACCUSER_WORDS: readonly string[] = [
  // "Amnesty International said the shelling was indiscriminate."
  'amnesty', 'human rights watch', 'rights group', 'rights groups', 'human rights', 'airwars',
  // "The Syrian Observatory for Human Rights said 14 people died."
  'observatory', 'monitor', 'monitors', 'monitoring group', 'activists', 'activist',
  // "Residents said the jets returned after midnight."
  'residents', 'resident', 'witnesses', 'witness', 'survivors', 'survivor', 'relatives', 'villagers',
];

export const ACCUSER_KINDS: readonly ActorKind[] = ['ngo', 'civilians'];
