import type { Span } from '../../report/types.js';
import { placeKey } from '../../geo/normalize.js';
import { FEATURE_WORDS, GIVEN_NAMES, LOCATIVE_CUES, NEVER_PLACES, PERSON_FOLLOWERS, PERSON_TITLES, RELATIONS } from './stoplist.js';

/** A name in the text that may be a place, with the context the resolver weighs. */
export interface Candidate {
  start: number;
  end: number;
  /** Lookup key (see `placeKey`); the key with the feature word first when there is one. */
  keys: string[];
  sentence: number;
  /** True when the name covers its whole run of capitalised tokens ("Khan Younis"), false for a
   * part of a longer run ("Gaza" in "Gaza Health Ministry"). */
  whole: boolean;
  tokens: number;
  sentenceInitial: boolean;
  /** Preceded by a preposition of place ("in", "near", "at"). */
  locative: boolean;
  /** Preceded by a title or starting with one: a person. */
  person: boolean;
  /** Followed by a reporting verb ("Townsend said"). */
  speaker: boolean;
  /** "village", "township", "district", "state", … after the name. */
  feature: string | null;
  featurePrecision: 'point' | 'district' | 'city' | 'region' | null;
  /** "south of", "near", "western" before the name. */
  relation: string | null;
  /** One token that wink does not tag as a proper noun ("Reports", "Police"). */
  common: boolean;
  /** Exact text (for all-capital aliases such as "US"). */
  text: string;
}

type Tok = Span<'token'>;

/** Particles that join the words of an Arabic name even with a space: "Deir ez Zor". */
const SPACED_PARTICLES = new Set(['al', 'el', 'ez', 'ash', 'adh', 'ath', 'ad', 'ar', 'az', 'bin', 'ibn', 'bani', 'umm', 'abu', 'bayt', 'beit', 'deir', 'dayr', 'tal', 'tel', 'khan']);
/** Particles that join only with a hyphen: "as-Suwayda", "at-Tall". */
const HYPHEN_PARTICLES = new Set(['as', 'at', 'an', 'es', 'en', 'ed', 'er', 'et', 'ul', 'ud', 'us']);
const SPEAKER_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'claimed', 'wrote', 'tweeted', 'reported', 'noted', 'explained']);
const MAX_NAME_TOKENS = 6;
const FUNCTION_WORDS = new Set(['the', 'in', 'on', 'at', 'a', 'an', 'and', 'but', 'or', 'of', 'by', 'for', 'from', 'with', 'to',
  'as', 'is', 'was', 'this', 'that', 'these', 'those', 'when', 'while', 'after', 'before', 'during', 'since', 'according',
  'there', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'near', 'outside', 'inside']);
const ROUTE_WORDS = new Set(['road', 'route', 'highway', 'railway', 'railroad', 'rail', 'line', 'pipeline', 'border', 'bridge', 'corridor', 'expressway']);

const UPPER = /^\p{Lu}/u;
const isCap = (t: Tok) => t.value.type === 'word' && UPPER.test(t.text);
const isHyphen = (t: Tok) => t.text === '-' || t.text === '‐' || t.text === '–';
const joined = (a: Tok, b: Tok) => a.end === b.start;

function isParticle(toks: Tok[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  if (!next || t.value.type !== 'word') return false;
  const n = t.text.toLowerCase();
  if (isHyphen(next) && joined(t, next)) return SPACED_PARTICLES.has(n) || HYPHEN_PARTICLES.has(n);
  return SPACED_PARTICLES.has(n) && t.text === n && isCap(next);
}

/** Token index just past the run of name tokens starting at `i` (exclusive). */
function runEnd(toks: Tok[], i: number): number {
  let j = i;
  while (j < toks.length) {
    const t = toks[j];
    if (isCap(t)) { j++; continue; }
    if (isParticle(toks, j)) { j++; continue; }
    if (isHyphen(t) && j > i && joined(toks[j - 1], t) && toks[j + 1] && joined(t, toks[j + 1])
      && (isCap(toks[j + 1]) || isParticle(toks, j + 1))) { j++; continue; }
    break;
  }
  // A run never ends on a particle or a hyphen.
  while (j > i && !isCap(toks[j - 1])) j--;
  return j;
}

function stripPossessive(text: string): string {
  return text.replace(/['’]s$/u, '');
}

/** Parts in brackets between a name and its feature word: "Yangon (South) District". */
const BRACKETED_PARTS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

const DIRECT_RELATIONS = new Set(['near', 'outside', 'western', 'eastern', 'northern', 'southern', 'west', 'east', 'north', 'south', 'central']);

/**
 * Words before a place that make it where people were going, not where the event was: "on the
 * way to Hakha", "heading to Sittwe", "bound for Lashio". Read as the end of a route.
 * ("fired towards X" is left out: there X is where the shells fell.)
 */
const DESTINATION_BEFORE: readonly (readonly string[])[] = [
  ['way', 'to'], ['heading', 'to'], ['headed', 'to'], ['bound', 'for'], ['route', 'to'], ['travelling', 'to'], ['traveling', 'to'], ['returning', 'to'],
];

function relationBefore(toks: Tok[], i: number): string | null {
  const w1 = toks[i - 1]?.value.norm;
  const w2 = toks[i - 2]?.value.norm;
  if (w1 === undefined) return null;
  if (DESTINATION_BEFORE.some(([a, b]) => w2 === a && w1 === b)) return 'route';
  // ACLED notes name the location an event was coded to: "(coded as Hpapun)", "(coded Momauk township)".
  if (w1 === 'coded' || ((w1 === 'as' || w1 === 'to') && w2 === 'coded')) return 'coded as';
  if (w1 === 'of' && w2 && RELATIONS.includes(`${w2} of`)) return `${w2} of`;
  if (w1 === 'from' && w2 && RELATIONS.includes(`${w2} from`)) return `${w2} from`;
  return DIRECT_RELATIONS.has(w1) && RELATIONS.includes(w1) ? w1 : null;
}

/**
 * Find place-name candidates in one sentence's tokens. `known(key)` tells whether any table or
 * the gazetteer has the key; the longest known name inside each run of capitalised tokens wins.
 *
 * @example
 * findCandidates(tokensOfSentence, 0, (k) => k === 'mosul') // → [{ keys: ['mosul'], … }]
 */
export function findCandidates(toks: Tok[], sentence: number, text: string, known: (key: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < toks.length) {
    const startsRun = isCap(toks[i]) || (isParticle(toks, i) && toks[i + 1] && isHyphen(toks[i + 1]));
    if (!startsRun) { i++; continue; }
    let end = runEnd(toks, i);
    if (end <= i) { i++; continue; }
    // A capitalised function word opening the run ("In Gaza City", "The Hague" aside) is not
    // part of the name.
    while (end - i > 1 && FUNCTION_WORDS.has(toks[i].value.norm)) i++;
    // A feature word inside the run ("Namtu Township") or right after it ("Pang Chin village").
    let feature: string | null = null;
    let featureText = '';
    let featureInside: Tok | null = null;
    const last = toks[end - 1].value.norm;
    if (end - i > 1 && FEATURE_WORDS.has(last)) {
      feature = last; featureText = toks[end - 1].text; featureInside = toks[end - 1]; end--;
    } else if (toks[end] && FEATURE_WORDS.has(toks[end].value.norm)) {
      feature = toks[end].value.norm; featureText = toks[end].text;
    } else if (toks[end]?.value.norm === 'refugee' && toks[end + 1]?.value.norm === 'camp') {
      feature = 'camp'; featureText = 'camp';
    } else if (toks[end]?.value.norm === '(' && BRACKETED_PARTS.has(toks[end + 1]?.value.norm ?? '') && toks[end + 2]?.value.norm === ')'
      && toks[end + 3] && FEATURE_WORDS.get(toks[end + 3].value.norm)?.precision === 'region') {
      // "Yangon (South) District": a district named after its town, not the town.
      feature = toks[end + 3].value.norm; featureText = toks[end + 3].text;
    }
    const fw = feature ? FEATURE_WORDS.get(feature)! : null;
    const prev = toks[i - 1]?.value.norm ?? '';
    const firstIsTitle = (PERSON_TITLES.has(toks[i].value.norm)
      || (GIVEN_NAMES.has(toks[i].value.norm) && !SPACED_PARTICLES.has(toks[i].value.norm))) && end - i > 1;
    const familyAfter = !!toks[end] && PERSON_FOLLOWERS.has(toks[end].value.norm);
    const ctx = {
      sentence,
      sentenceInitial: i === 0 || (i === 1 && toks[0].value.type === 'punctuation'),
      person: PERSON_TITLES.has(prev) || firstIsTitle || familyAfter,
      relation: relationBefore(toks, i),
    };
    const runStart = i;
    // "the Mandalay-Myitkyina railway": the names are the ends of a route, not where it happened.
    const route = toks.slice(i, end).some((t, n) => n > 0 && isHyphen(t)) && !!toks[end] && ROUTE_WORDS.has(toks[end].value.norm);
    let k = i;
    while (k < end) {
      if (!isCap(toks[k]) && !isParticle(toks, k)) { k++; continue; }
      let matched = false;
      for (let j = Math.min(end, k + MAX_NAME_TOKENS) - 1; j >= k; j--) {
        if (!isCap(toks[j])) continue;
        const whole = k === runStart && j === end - 1;
        // A run that a feature word names ("Pang Chin village") is one name: whole or nothing.
        if (feature && !whole) continue;
        const raw = stripPossessive(text.slice(toks[k].start, toks[j].end));
        const key = placeKey(raw);
        if (!key || NEVER_PLACES.has(key) || (j === k && GIVEN_NAMES.has(key))) continue;
        const keys = feature && whole ? [placeKey(`${raw} ${featureText}`), key] : [key];
        const usable = keys.filter(known);
        if (usable.length === 0) continue;
        const after = toks[j + 1];
        // "Gaza City" matched with its feature word: the span covers the word too.
        const withFeature = feature && whole && featureInside && usable[0] === keys[0] && keys.length > 1;
        out.push({
          sentence,
          start: toks[k].start,
          end: withFeature ? featureInside!.end : toks[k].start + raw.length,
          keys: usable,
          whole,
          tokens: j - k + 1,
          sentenceInitial: ctx.sentenceInitial && k === runStart,
          locative: k === runStart ? LOCATIVE_CUES.has(prev) : false,
          person: ctx.person && k === runStart,
          relation: route ? 'route' : k === runStart ? ctx.relation : null,
          common: j === k && toks[k].value.pos !== 'PROPN',
          speaker: !!after && SPEAKER_VERBS.has(after.value.norm),
          feature: whole && fw ? fw.feature : null,
          featurePrecision: whole && fw ? fw.precision : null,
          text: raw,
        });
        k = j + 1;
        matched = true;
        break;
      }
      if (!matched) k++;
    }
    i = Math.max(end, i + 1);
  }
  return withCompounds(out, toks, sentence, text, known);
}

/** Runs of capitalised tokens in a sentence, as [start, end) token ranges. */
function capRuns(toks: Tok[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < toks.length;) {
    const end = isCap(toks[i]) ? runEnd(toks, i) : i;
    if (end > i) { runs.push([i, end]); i = end; } else i++;
  }
  return runs;
}

/**
 * Part-of-a-place names written around their place: "the Old City of Mosul" and "Mosul's Old
 * City" name what the tables list as "Mosul Old City"; the part alone ("Old City") is in many
 * cities and is no key. When the joined key is known, one candidate covers the whole phrase and
 * replaces the candidates inside it (the city alone).
 */
function withCompounds(out: Candidate[], toks: Tok[], sentence: number, text: string, known: (key: string) => boolean): Candidate[] {
  const runs = capRuns(toks);
  const found: Candidate[] = [];
  for (let r = 0; r + 1 < runs.length; r++) {
    const [a0, a1] = runs[r];
    const [b0, b1] = runs[r + 1];
    const link = toks[a1]?.value.norm;
    if (b0 !== a1 + 1 || (link !== 'of' && link !== "'s" && link !== '’s')) continue;
    const first = text.slice(toks[a0].start, toks[a1 - 1].end);
    const second = text.slice(toks[b0].start, toks[b1 - 1].end);
    const [part, place] = link === 'of' ? [first, second] : [second, first];
    const keys = [placeKey(`${part} of ${place}`), placeKey(`${place} ${part}`)].filter((k) => k && known(k));
    if (!keys.length) continue;
    const start = toks[a0].start;
    const end = toks[b1 - 1].end;
    const prev = toks[a0 - 1]?.value.norm ?? '';
    found.push({
      sentence, start, end, keys, whole: true, tokens: b1 - a0, sentenceInitial: a0 === 0, locative: LOCATIVE_CUES.has(prev),
      person: false, relation: relationBefore(toks, a0), common: false, speaker: false, feature: null, featurePrecision: null,
      text: text.slice(start, end),
    });
  }
  if (!found.length) return out;
  const inside = (c: Candidate) => found.some((f) => c.start >= f.start && c.end <= f.end);
  return [...out.filter((c) => !inside(c)), ...found].sort((x, y) => x.start - y.start);
}
