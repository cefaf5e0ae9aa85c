/**
 * Nouns that carry an attribution when a possessive names who holds or voiced it: "the mayor's
 * claim that the wells were safe", "his criticism of the budget", "their support for the
 * strike", "her refusal to resign". The possessor is the source, the noun the cue, and what
 * follows the listed word after the noun the content. Written from general knowledge of English,
 * by kind; the example sentences were written by the team.
 *
 * `after` lists what may follow the noun: a preposition opening a noun-phrase content, "that"
 * opening a clause, or "to" before a verb (an infinitive content).
 */
export interface AttributionNoun {
  forms: readonly string[];
  after: readonly string[];
}

export const ATTRIBUTION_NOUNS: readonly AttributionNoun[] = [
  // Saying and asserting: "the minister's statement that the border was closed", "the army's
  // claims of a ceasefire" (not "his claims about the convoy": a topic, not a content)
  { forms: ['statement', 'statements', 'claim', 'claims', 'assertion', 'assertions', 'allegation', 'allegations', 'accusation', 'accusations', 'contention', 'insistence', 'argument', 'arguments', 'suggestion', 'admission', 'acknowledgment', 'acknowledgement', 'confession', 'declaration', 'announcement', 'revelation', 'prediction', 'predictions', 'warning', 'warnings', 'assurance', 'assurances', 'promise', 'promises', 'pledge', 'vow', 'threat', 'threats', 'denial', 'denials', 'explanation', 'account', 'description', 'characterization', 'characterisation', 'portrayal', 'testimony', 'insinuation', 'insinuations', 'implication', 'reminder'], after: ['that', 'of', 'to'] },
  // Comments and answers: "his remarks about the election", "her answer to the question"
  { forms: ['comment', 'comments', 'remark', 'remarks', 'response', 'reply', 'answer', 'answers', 'reaction', 'question', 'questions', 'message', 'speech', 'tweet', 'tweets', 'post', 'op-ed', 'interview', 'letter', 'report', 'memo', 'testimony', 'rhetoric'], after: ['about', 'on', 'to', 'regarding', 'that'] },
  // Judging: "the senator's criticism of the deal", "their praise for the rescuers"
  { forms: ['criticism', 'criticisms', 'critique', 'condemnation', 'denunciation', 'praise', 'endorsement', 'endorsements', 'support', 'backing', 'opposition', 'objection', 'objections', 'rejection', 'dismissal', 'defense', 'defence', 'embrace', 'approval', 'disapproval', 'attacks', 'complaint', 'complaints', 'apology', 'tribute', 'thanks', 'congratulations', 'skepticism', 'scepticism', 'disdain', 'contempt', 'admiration', 'enthusiasm'], after: ['of', 'for', 'to', 'against', 'about', 'that'] },
  // Asking and proposing: "the union's call for a strike", "his demand that the gate be opened"
  { forms: ['call', 'calls', 'appeal', 'appeals', 'plea', 'pleas', 'demand', 'demands', 'request', 'requests', 'proposal', 'proposals', 'recommendation', 'recommendations', 'push', 'bid', 'offer', 'invitation', 'order', 'orders', 'instruction', 'instructions', 'urging'], after: ['for', 'to', 'that', 'of'] },
  // Believing, knowing and judging: "the governor's belief that the dam will hold"
  { forms: ['belief', 'beliefs', 'view', 'views', 'opinion', 'opinions', 'position', 'positions', 'stance', 'assessment', 'assessments', 'estimate', 'estimates', 'conclusion', 'conclusions', 'finding', 'findings', 'assumption', 'assumptions', 'conviction', 'understanding', 'knowledge', 'awareness', 'impression', 'perception', 'expectation', 'expectations', 'suspicion', 'suspicions', 'doubt', 'doubts', 'theory', 'analysis', 'judgment', 'judgement', 'verdict', 'interpretation', 'take', 'thoughts', 'feelings', 'sense', 'idea', 'ideas', 'vision'], after: ['that', 'of', 'on', 'about'] },
  // Wanting and intending: "their hope that the road reopens", "her refusal to resign"
  { forms: ['hope', 'hopes', 'fear', 'fears', 'concern', 'concerns', 'worry', 'worries', 'desire', 'wish', 'wishes', 'plan', 'plans', 'intention', 'intentions', 'intent', 'decision', 'determination', 'refusal', 'reluctance', 'willingness', 'eagerness', 'commitment', 'promise', 'goal', 'aim', 'ambition', 'preference', 'choice', 'vote', 'votes'], after: ['that', 'to', 'for', 'of', 'about'] },
];

const byForm = new Map<string, AttributionNoun[]>();
for (const row of ATTRIBUTION_NOUNS) for (const f of row.forms) byForm.set(f, [...(byForm.get(f) ?? []), row]);

/**
 * What may follow an attribution noun, or an empty list when the word is none.
 *
 * @example
 * attributionNounFollowers('claim'); // includes 'that'
 */
export function attributionNounFollowers(form: string): readonly string[] {
  return [...new Set((byForm.get(form) ?? []).flatMap((r) => r.after))];
}
