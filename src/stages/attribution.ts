import { makeSpan, spansOf } from '../report/report.js';
import type { ClaimSource, Report, Span } from '../report/types.js';
import type { Stage } from '../pipeline/stage.js';
import { sentencesOf, DOUBLE_QUOTE_MARKS, OPEN_QUOTES, opensQuoteAt, type Sent } from './attribution/tokens.js';
import { dashSignatures, opensWithLabel } from './attribution/other-cues.js';
import { claimsIn, insideQuote, type RawClaim } from './attribution/patterns.js';
import { describeSource, mentionAntecedents, personLike, type Antecedent } from './attribution/source.js';
import { decideStance } from './attribution/stance.js';
import { PRONOUNS } from './attribution/source-words.js';
import { nestedCues, quotationOpen } from './attribution/quoting.js';
import { unstatedClaims, type UnstatedClaim } from './attribution/unstated.js';
import { findCues } from './attribution/cues.js';

/** How far back (in sentences) a pronoun may look for its speaker. */
const PRONOUN_WINDOW = 6;

/**
 * Who said what (the PARC/PolNeAR model: source, cue, content). Finds reporting verbs ("said",
 * "told", "denied", … in `lexicon/reporting-verbs.ts`), "according to X", and colon headlines
 * ("…: U.S. military"); reads the source noun phrase from the tokens (actor spans, when the actors
 * stage found one inside it, give the canonical name and kind); resolves "he"/"she"/"it"/"they" to
 * the nearest earlier compatible speaker; and decides each claim's stance
 * (`lexicon/stance-cues.ts`). A reporting verb that opens a sentence with no speaker ("said since
 * coalition forces began …", a sentence cut from another report) becomes an `unattributed` span.
 *
 * @example
 * const r = buildPipeline([segment, actors, attribution]).run(createReport('Police said two men died.'));
 * spansOf(r, 'claim')[0].value.source.text; // 'Police'
 */
export const attribution: Stage = {
  name: 'attribution',
  requires: ['sentence', 'token', 'actor'],
  assigns: ['claim', 'unattributed'],
  run(report, ctx) {
    const sents = sentencesOf(report);
    const actors = spansOf(report, 'actor');
    const spans: Span[] = [];
    const sentenceAt = (offset: number) => sents.find((s) => offset >= s.start && offset < s.end)?.index ?? -1;
    const mentions = mentionAntecedents(report.text, sents, actors, sentenceAt);
    const speakers: Antecedent[] = [];
    const quoted = quotationOpen(report.text);
    const broadClaims: { span: number; cue: { start: number; end: number }; content: { start: number; end: number } }[] = [];
    sents.forEach((sent, si) => {
      const { claims, unattributed } = claimsIn(sent, ctx.trace, sent.paragraphStart ? undefined : sents[si - 1], sents[si + 1]);
      claims.push(...dashSignatures(sents, si));
      for (const u of unattributed) {
        ctx.trace(`unattributed "${u.cue.text}" at ${u.cue.start}`);
        spans.push(makeSpan(report, {
          start: sent.start, end: sent.end, label: 'unattributed', stage: 'attribution', confidence: 0.8,
          value: { sentence: sent.index, reason: `reporting verb '${u.cue.text}' with no speaker: sentence likely cut from another report` },
        }));
      }
      for (const raw of claims.sort((a, b) => a.cue.start - b.cue.start)) {
        // '"We think the road is safe," she said': a cue inside a quotation is the quoted
        // speaker's own words, not an attribution the report makes
        if (quoted(raw.cue.start)) { ctx.trace(`cue at ${raw.cue.start} inside a quotation: not a claim`); continue; }
        let source = describeSource(raw, actors, report.text);
        source = resolvePronoun(source, raw, speakers, mentions);
        if (!source.resolvedFrom && !source.anonymous && !PRONOUNS[source.text.toLowerCase()]) {
          speakers.push({ offset: source.start, sentence: sent.index, name: source.name, kind: source.kind, person: personLike(source, raw.antecedent ? { ...raw, source: raw.antecedent } : raw) });
        } else if (source.resolvedFrom) {
          speakers.push({ offset: source.start, sentence: sent.index, name: source.name, kind: source.kind, person: source.kind === 'person' });
        }
        const quotation = continueQuote(report, sents, si, extendQuote(report, sents, si, raw), raw);
        const content = raw.rule === 'speaker-label' && !opensQuoteAt(report.text, quotation.start) ? continueTurn(sents, si, quotation) : quotation;
        const cueText = report.text.slice(raw.cue.start, raw.cue.end);
        const contentText = report.text.slice(content.start, content.end);
        const stance = decideStance({ cueStance: raw.cueStance, cue: cueText, content: contentText, source });
        const start = Math.min(source.start, raw.cue.start, content.start);
        const end = Math.max(source.end, raw.cue.end, content.end);
        ctx.trace(`${raw.rule}: "${source.text}" ${cueText} "${contentText.slice(0, 40)}" (${stance})`);
        broadClaims.push({ span: raw.broad ? spans.length : -1, cue: raw.cue, content });
        spans.push(makeSpan(report, {
          start, end, label: 'claim', stage: 'attribution', confidence: raw.confidence,
          value: {
            sentence: sent.index,
            source,
            cue: { start: raw.cue.start, end: raw.cue.end, text: cueText },
            content: { start: content.start, end: content.end, text: contentText },
            stance,
          },
        }));
      }
      // "The commander reportedly fled", "Five men are believed to have died": no source in the text
      const cues = claims.map((c) => c.cue);
      for (const u of unstatedClaims(sent, (s, e) => cues.some((c) => c.start < e && s < c.end))) {
        if (quoted(u.cue.start)) continue;
        spans.push(unstatedClaim(report, u, ctx.trace));
      }
    });
    // "The mayor said residents want the road reopened": a verb of the wider family inside
    // another claim's content is part of what was said, not a claim of its own
    const drop = new Set(nestedCues(broadClaims).map((i) => broadClaims[i].span).filter((i) => i >= 0));
    for (const c of broadClaims) if (drop.has(c.span)) ctx.trace(`broad cue "${report.text.slice(c.cue.start, c.cue.end)}" inside another claim's content: not a claim`);
    return { spans: spans.filter((_, i) => !drop.has(i)) };
  },
};

/** A claim whose source the report does not name: the source is an empty range at the cue. */
function unstatedClaim(report: Report, u: UnstatedClaim, trace: (m: string) => void): Span {
  const cue = report.text.slice(u.cue.start, u.cue.end);
  const content = report.text.slice(u.content.start, u.content.end);
  const source: ClaimSource = {
    start: u.cue.start, end: u.cue.start, text: '', name: UNSTATED_NAME, kind: 'unknown', anonymous: true, resolvedFrom: null, unstated: true,
  };
  const stance = decideStance({ cueStance: u.cueStance, cue, content, source });
  trace(`${u.rule}: (unstated) ${cue} "${content.slice(0, 40)}" (${stance})`);
  return makeSpan(report, {
    start: Math.min(u.cue.start, u.content.start), end: Math.max(u.cue.end, u.content.end), label: 'claim', stage: 'attribution', confidence: 0.6,
    value: { sentence: u.sent.index, source, cue: { ...u.cue, text: cue }, content: { ...u.content, text: content }, stance },
  });
}

/** The name a claim with no source in the text carries. */
export const UNSTATED_NAME = '(unstated)';

/**
 * "He said …" → the nearest earlier speaker or named person that "he" can stand for. The span
 * stays the pronoun's; `name` and `kind` become the antecedent's; `resolvedFrom` keeps the pronoun.
 */
function resolvePronoun(source: ClaimSource, raw: RawClaim, speakers: readonly Antecedent[], mentions: readonly Antecedent[]): ClaimSource {
  const which = PRONOUNS[source.text.toLowerCase()];
  if (!which || which === 'speaker') return source;
  const sentence = raw.sent.index;
  let best: Antecedent | undefined;
  for (const a of [...speakers, ...mentions]) {
    if (a.offset >= source.start || sentence - a.sentence > PRONOUN_WINDOW) continue;
    const fits = which === 'person' ? a.person : which === 'thing' ? !a.person && a.kind !== 'civilians' : !a.person || /s$/i.test(a.name);
    if (fits && (!best || a.offset > best.offset)) best = a;
  }
  if (!best) return source;
  return { ...source, name: best.name, kind: best.kind === 'unknown' && which === 'person' ? 'person' : best.kind, resolvedFrom: source.text };
}

/**
 * A quotation that began in an earlier sentence: '"The road is mined. Nobody can leave," a farmer
 * said.' The content goes back to the sentence that opened the quote (same paragraph, at most four
 * sentences back).
 */
function extendQuote(report: Report, sents: readonly Sent[], si: number, raw: RawClaim): { start: number; end: number } {
  const content = raw.content;
  // '“We won. We will win again.' / '” Weaver said.': a content that starts with the previous
  // sentence goes back from there
  if (si > 0 && content.start === sents[si - 1].start && !sents[si].paragraphStart && !opensQuoteAt(report.text, content.start)) {
    for (let k = si - 2; k >= 0 && si - k <= 5; k--) {
      if (sents[k + 1].paragraphStart) break;
      const first = sents[k].toks[0];
      if (first && OPEN_QUOTES.has(first.text)) return { start: sents[k].start, end: content.end };
    }
    return content;
  }
  const lead = report.text.slice(sents[si].start, Math.min(raw.cue.start, raw.content.end + 2));
  const quotes = (lead.match(DOUBLE_QUOTE_MARKS) ?? []).length;
  if (opensQuoteAt(lead, 0) || quotes % 2 === 0 || content.start !== sents[si].start) return content;
  for (let k = si - 1; k >= 0 && si - k <= 4; k--) {
    if (sents[k + 1].paragraphStart) break;
    const first = sents[k].toks[0];
    // the quotation keeps its closing mark ('…again,”')
    const close = /^[,.?!]?(["”]|'')/.exec(report.text.slice(content.end, raw.cue.start));
    if (first && OPEN_QUOTES.has(first.text)) return { start: sents[k].start, end: content.end + (close ? close[0].length : 0) };
  }
  return content;
}

const QUOTE_MARKS = DOUBLE_QUOTE_MARKS;

/** True when a sentence holds a reporting verb outside its quotations: it attributes its own quote. */
function ownCue(sent: Sent): boolean {
  return findCues(sent.toks).some((c) => !insideQuote(sent.toks, c.first));
}

/**
 * A quotation that goes on after its cue: '"The road is mined," a farmer said. "Nobody can
 * leave."' or 'The mayor said: "We have no water. The pumps are dead."' The content runs on to
 * the sentence that closes the quote (same paragraph, at most six sentences on).
 */
function continueQuote(report: Report, sents: readonly Sent[], si: number, content: { start: number; end: number }, raw: RawClaim): { start: number; end: number } {
  const cueEndsSentence = raw.rule === 'content-first' || raw.rule === 'inversion';
  // a content before its speaker counts the marks up to the speaker ('“…again,” Ali said'),
  // trimmed or not
  const speaker = Math.min(raw.cue.start, raw.sent.toks[raw.source.first]?.start ?? raw.cue.start);
  const scanEnd = cueEndsSentence && content.end <= speaker ? speaker : content.end;
  const open = (report.text.slice(content.start, scanEnd).match(QUOTE_MARKS) ?? []).length % 2 === 1;
  if (!open && !cueEndsSentence) return content;
  let end = content.end;
  let balance = open ? 1 : 0;
  for (let k = si + 1; k < sents.length && k - si <= 6; k++) {
    if (sents[k].paragraphStart) break;
    const first = sents[k].toks[0];
    if (balance === 0 && !(first && OPEN_QUOTES.has(first.text))) break;
    // '“…,” she said. “If he wins, it will explode,” she said.': a new quotation with a cue of
    // its own outside the quotation is that cue's content
    if (balance === 0 && ownCue(sents[k])) break;
    const marks = (report.text.slice(sents[k].start, sents[k].end).match(QUOTE_MARKS) ?? []).length;
    balance = (balance + marks) % 2;
    end = sents[k].end;
    if (balance === 0) break;
  }
  return { start: content.start, end };
}

/**
 * A transcript turn ('MODERATOR: Where were you? Were you there?') runs on to the end of its
 * paragraph or to the next speaker's label.
 */
function continueTurn(sents: readonly Sent[], si: number, content: { start: number; end: number }): { start: number; end: number } {
  let end = content.end;
  for (let k = si + 1; k < sents.length && k - si <= 12; k++) {
    if (sents[k].paragraphStart || opensWithLabel(sents[k])) break;
    end = Math.max(end, sents[k].toks[sents[k].toks.length - 1]?.end ?? sents[k].end);
  }
  return { start: content.start, end };
}
