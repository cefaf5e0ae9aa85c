import type { ClaimSource, ClaimStance } from '../../report/types.js';
import { ACCUSER_KINDS, ACCUSER_WORDS, HARM_WORDS, STANCE_CUES } from '../../lexicon/stance-cues.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Stance cue phrases compiled once: words on boundaries, `…` for up to four words. */
const COMPILED = STANCE_CUES.map((row) => ({
  stance: row.stance,
  re: new RegExp(`\\b${row.phrase.split(' … ').map((part) => escape(part).replace(/ /g, '\\s+')).join('(?:\\s+\\S+){0,4}\\s+')}\\b`, 'i'),
}));
const HARM = new RegExp(`\\b(?:${HARM_WORDS.map(escape).join('|')})\\b`, 'i');
const ACCUSER = new RegExp(`\\b(?:${ACCUSER_WORDS.map(escape).join('|')})\\b`, 'i');

/**
 * The stance of a claim, from its cue's default, the phrases of its cue and content
 * (`lexicon/stance-cues.ts`) and who speaks:
 * - a denial phrase anywhere makes a denial ("said its aircraft were not operating in the area");
 * - an acknowledgment verb makes an acknowledgment only when the content speaks of harm;
 * - a critical claim about harm from an NGO, a monitor or residents is an allegation.
 *
 * @example
 * decideStance({ cueStance: 'statement', cue: 'said', content: 'the army failed to take precautions', source }); // 'allegation'
 */
export function decideStance(opts: { cueStance: ClaimStance; cue: string; content: string; source: ClaimSource }): ClaimStance {
  const { cueStance, cue, content, source } = opts;
  const both = `${cue} ${content}`;
  const found = new Set(COMPILED.filter((c) => c.re.test(both)).map((c) => c.stance));
  const harm = HARM.test(content);
  if (cueStance === 'denial' || found.has('denial')) return 'denial';
  if (cueStance === 'acknowledgment' && harm) return 'acknowledgment';
  if (found.has('acknowledgment')) return 'acknowledgment';
  if (cueStance === 'allegation' || found.has('allegation')) return 'allegation';
  const accuser = ACCUSER_KINDS.includes(source.kind as never) || ACCUSER.test(source.text);
  if (accuser && harm) return 'allegation';
  return 'statement';
}
