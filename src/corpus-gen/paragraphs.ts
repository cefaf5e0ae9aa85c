import type { Piece } from './writer.js';
import type { ActorKind, ClaimStance } from '../report/types.js';
import { cap } from './writer.js';
import { datePieces, placePieces, type Scene } from './scene.js';
import { writeFigure, numberWords } from './tables/figures.js';
import { combatantNouns, harmSources, witnesses } from './tables/actors.js';

/**
 * The news paragraphs of a generated report: lead, details, eyewitness, the accused's response.
 * Each returns the pieces of one paragraph; marks record the truth as they are written.
 */

/**
 * A report of harm is an allegation when it blames someone, or when it comes from those who
 * document harm rather than answer for it (NGOs, residents, activists: DOMAIN.md, "Who said
 * what"); an official's toll that blames no one is a statement.
 *
 * @example
 * harmStance('ngo', false); // 'allegation'
 */
export function harmStance(kind: ActorKind | 'unknown', blames: boolean): ClaimStance {
  return blames || kind === 'ngo' || kind === 'civilians' || kind === 'group' ? 'allegation' : 'statement';
}

/**
 * "At least 11 civilians were killed on Thursday when an air strike hit …, police said."
 *
 * @example
 * writer.paragraph(leadParagraph(scene));
 */
export function leadParagraph(s: Scene): Piece[] {
  const { rng, rec, draft } = s;
  const w = draft.weapon;
  const inLead = s.perpInLead;
  const weapon = inLead ? `${w.noun} by ${s.alias}` : w.noun;
  const claim = rec.claim(s.source, harmStance(s.source.kind, inLead));
  const fig = (capital: boolean, hedged = false) => rec.figure({
    words: s.lead.words, noun: s.lead.noun, range: s.lead.range, stated: s.lead.stated, hedged,
    kind: 'killed', group: s.lead.group, capital,
  });
  const where = placePieces(s);
  const when = datePieces(s);
  const form = rng.pick(['killed-when', 'killing', 'probably'] as const);
  if (form === 'killed-when') {
    return [fig(true), ' were killed ', ...when, ' when ', weapon, ` ${w.verb} ${s.target} in `, ...where, ', ', claim.source(), ' ', claim.cue('said'), '.'];
  }
  if (form === 'killing') {
    return [cap(weapon), ` ${w.verb} ${s.target} in `, ...where, ' ', ...when, ', killing ', fig(false), ', ', claim.cue('according to'), ' ', claim.source(), '.'];
  }
  const rel = w.type === 'Attack' ? 'who' : 'that';
  // Hedges mark the figure as a claim, not a fact (DOMAIN.md: "probably", "thought to have").
  const was = w.plural ? 'were' : 'was';
  const hedge = rng.pick([' had probably killed ', ` ${was} thought to have killed `, ` ${was} believed to have killed `]);
  return [claim.source({ capital: true }), ' ', claim.cue('said'), ` ${weapon} ${rel} ${w.verb} ${s.target} in `, ...where, ' ', ...when, hedge, fig(false, true), '.'];
}

/**
 * Injured, combatants, a second source's toll, who is blamed.
 *
 * @example
 * writer.paragraph(detailParagraph(scene)); // "Another 18 people were wounded, … Residents blamed …"
 */
export function detailParagraph(s: Scene): Piece[] {
  const { rng, rec, draft } = s;
  const v = draft.truth.victims;
  const out: Piece[] = [];
  const sentence = (pieces: Piece[]) => { if (out.length) out.push(' '); out.push(...pieces); };
  if (v.civiliansInjured >= 2) {
    const f = writeFigure(rng, v.civiliansInjured);
    const noun = f.noun ? rng.pick(['people', 'civilians'] as const) : null;
    // News style never starts a sentence with digits: "Another 18 people were wounded".
    const digits = /^\d/.test(f.words);
    const after = draft.weapon.type === 'Attack' ? ' were wounded and taken to hospital.' : ' were wounded, and rescue teams were still searching the rubble for survivors late into the night.';
    sentence([digits ? 'Another ' : '', rec.figure({ words: f.words, noun, range: f.range, stated: f.stated, kind: 'injured', group: noun === 'people' ? 'unknown' : 'civilians', capital: !digits }), after]);
  }
  if (v.combatantsKilled >= 2) {
    const n = v.combatantsKilled;
    sentence([rec.figure({ words: numberWords(n), noun: rng.pick(combatantNouns[draft.conflict.key]), range: { min: n, max: n, conservative: n }, stated: true, kind: 'killed', group: 'combatants', capital: true }),
      ` were also killed in ${draft.weapon.short}.`]);
  }
  const others = harmSources[draft.conflict.key].filter((x) => x !== s.source);
  if (s.lead.noun && others.length && rng.chance(0.35)) {
    const n = v.civiliansKilled;
    const other = rng.pick(others);
    const c = rec.claim(other, harmStance(other.kind, false));
    // "X said 12 people had been killed" / "X told reporters that 12 people …" (the cue is "told").
    const cue: Piece[] = rng.chance(0.3) ? [c.cue('told'), ' reporters that'] : [c.cue('said')];
    sentence([c.source({ capital: true }), ' ', ...cue, ' ',
      rec.figure({ words: numberWords(n), noun: s.lead.noun, range: { min: n, max: n, conservative: n }, stated: true, kind: 'killed', group: s.lead.group }),
      ' had been killed, and that the toll was likely to rise.']);
  }
  if (!s.named) {
    sentence([`It was not immediately clear who carried out ${draft.weapon.short}.`]);
  } else if (!s.perpInLead) {
    const blamer = rng.pick([
      { text: 'residents', name: 'residents', kind: 'civilians', anonymous: false },
      { text: 'local officials', name: 'local officials', kind: 'government', anonymous: false },
    ] as const);
    const c = rec.claim(blamer, 'allegation');
    sentence([c.source({ capital: true }), ' ', c.cue('blamed'), ` ${s.alias} for ${draft.weapon.short}.`]);
  }
  return out.length ? out : [`Rescue teams were still searching the rubble for survivors late into the night.`];
}

const SHOOTING_QUOTES = [
  'They came in two cars and started shooting at everyone',
  'We lay on the floor until the shooting stopped',
  'There were no fighters in this street, only families',
];
const QUOTES = [
  'We heard a huge explosion and then the ceiling fell on us',
  'There was dust everywhere and people were screaming for help',
  'We pulled the children out with our hands because there was no equipment',
  'There were no fighters in this street, only families',
  'We had nowhere else to go, so everyone was hiding on the ground floor',
];
const FOLLOW = [
  'Nobody came to help us for hours.',
  'Now we are afraid to sleep at night.',
  'We do not know where to go now.',
  'I have lost everything.',
];
const REPORTED = [
  'the wounded had waited for hours before they could be taken to hospital',
  'there had been no fighters in the area at the time',
  'many of the neighbours had already fled',
  'the family had moved there to escape fighting elsewhere',
];

/**
 * An eyewitness quote, sometimes followed by a pronoun claim.
 *
 * @example
 * writer.paragraph(witnessParagraph(scene)); // '"We heard …," said Ahmed Younis, 34, who lives nearby. "…" He said …'
 */
export function witnessParagraph(s: Scene): Piece[] {
  const { rng, rec, draft } = s;
  const [name, pronoun] = rng.pick(witnesses[draft.conflict.key]);
  const who = { text: name, name, kind: 'person' as const, anonymous: false };
  const c = rec.claim(who, 'statement');
  const quotes = draft.weapon.type === 'Attack' ? SHOOTING_QUOTES : QUOTES;
  const out: Piece[] = [`"${rng.pick(quotes)}," `, c.cue('said'), ' ', c.source(), `, ${rng.int(19, 71)}, who lives nearby. "${rng.pick(FOLLOW)}"`];
  if (rng.chance(0.5)) {
    const p = rec.claim({ ...who, text: pronoun, resolvedFrom: pronoun }, 'statement');
    out.push(' ', p.source(), ' ', p.cue('said'), ` ${rng.pick(REPORTED)}.`);
  }
  return out;
}

/**
 * The accused's answer: acknowledgment, denial, "assessing", silence, or a claim of responsibility.
 *
 * @example
 * writer.paragraph(responseParagraph(scene)); // "The Israeli military denied that its forces …"
 */
export function responseParagraph(s: Scene): Piece[] {
  const { rng, rec, draft } = s;
  const p = draft.perpetrator;
  const short = draft.weapon.short;
  if (!s.named) return [`No party has acknowledged carrying out ${short}.`];
  if (!p.spokesperson) {
    if (rng.chance(0.4)) return [`No group has claimed responsibility for ${short}.`];
    const c = rec.claim({ text: s.alias, name: p.name, kind: p.kind, anonymous: false, speaksFor: p.name }, 'acknowledgment');
    return [c.source({ capital: true }), ' ', c.cue('claimed responsibility'), ` for ${short} in a statement posted online.`];
  }
  const sp = p.spokesperson;
  const speaker = { text: sp.text, name: sp.name, kind: p.kind, anonymous: false, speaksFor: p.name };
  const comma = sp.text.includes(', ') ? ',' : '';
  const kind = rng.weighted<'ack' | 'deny' | 'assess' | 'silent'>([['ack', 1], ['deny', 1], ['assess', 2], ['silent', 1]]);
  if (kind === 'silent') return [`${cap(s.alias)} did not respond to a request for comment.`];
  const stance = kind === 'ack' ? 'acknowledgment' : kind === 'deny' ? 'denial' : 'statement';
  const c = rec.claim(speaker, stance);
  if (kind === 'ack') return [c.source({ capital: true }), `${comma} `, c.cue('acknowledged'), ' that an operation its forces carried out in ', rec.place(draft.city.name), ' had unintentionally killed civilians.'];
  if (kind === 'deny') return [c.source({ capital: true }), `${comma} `, c.cue('denied'), ' that its forces had been operating in the area at the time.'];
  return [c.source({ capital: true }), `${comma} `, c.cue('said'), ' the reports were being assessed and that it takes all allegations of civilian harm seriously.'];
}
