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

/**
 * Adjectives that attribute a belief, a feeling or a stance to the subject of "be": "The mayor
 * is confident that the bridge will hold", "Residents were critical of the plan", "The union is
 * opposed to the merger", "She was quick to deny it". `after` as for the nouns.
 */
export const ATTRIBUTION_ADJECTIVES: readonly AttributionNoun[] = [
  // Believing and knowing: "The engineers are convinced that the dam is safe."
  { forms: ['aware', 'unaware', 'convinced', 'confident', 'sure', 'certain', 'unsure', 'uncertain', 'adamant', 'insistent', 'optimistic', 'pessimistic', 'hopeful', 'doubtful', 'skeptical', 'sceptical', 'suspicious', 'mindful', 'cognizant'], after: ['that', 'of', 'about', 'whether'] },
  // Feeling about something: "Residents were worried about the floods."
  { forms: ['worried', 'concerned', 'afraid', 'fearful', 'anxious', 'nervous', 'proud', 'happy', 'glad', 'pleased', 'delighted', 'thrilled', 'disappointed', 'angry', 'upset', 'frustrated', 'furious', 'outraged', 'troubled', 'alarmed', 'dismayed', 'grateful', 'thankful', 'sorry', 'excited', 'enthusiastic', 'unhappy', 'satisfied', 'dissatisfied'], after: ['that', 'about', 'with', 'by', 'of', 'over', 'for'] },
  // Judging and taking a stance: "The council is critical of the plan", "opposed to the merger"
  // (not "open", "clear", "firm": "the road is open to traffic")
  { forms: ['critical', 'supportive', 'dismissive', 'contemptuous', 'respectful', 'tolerant', 'wary', 'vocal', 'outspoken', 'opposed', 'committed', 'receptive', 'hostile', 'sympathetic', 'favorable', 'favourable', 'unfavorable', 'unfavourable', 'explicit', 'unequivocal', 'emphatic', 'candid', 'frank', 'blunt', 'honest'], after: ['of', 'to', 'about', 'on', 'that', 'toward', 'towards', 'in'] },
  // Willing and intending: "The minister was quick to deny the report", "reluctant to comment"
  { forms: ['willing', 'unwilling', 'reluctant', 'eager', 'keen', 'determined', 'ready', 'prepared', 'quick', 'slow', 'careful', 'hesitant', 'intent', 'desperate', 'anxious', 'loath', 'loth', 'inclined'], after: ['to', 'that', 'on'] },
];

const adjectiveByForm = new Map<string, AttributionNoun[]>();
for (const row of ATTRIBUTION_ADJECTIVES) for (const f of row.forms) adjectiveByForm.set(f, [...(adjectiveByForm.get(f) ?? []), row]);

/**
 * What may follow an attribution adjective, or an empty list when the word is none.
 *
 * @example
 * attributionAdjectiveFollowers('convinced'); // includes 'that'
 */
export function attributionAdjectiveFollowers(form: string): readonly string[] {
  return [...new Set((adjectiveByForm.get(form) ?? []).flatMap((r) => r.after))];
}
