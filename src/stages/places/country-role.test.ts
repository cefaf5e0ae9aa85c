import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryRoles, type RoleWord } from './country-role.js';

// Hand-tagged sentences written by the team: word/POS pairs, countries marked with *.
function roles(tagged: string): string[] {
  const words: RoleWord[] = [];
  const ranges: { from: number; to: number }[] = [];
  for (const item of tagged.split(' ')) {
    const [w, pos] = item.split('/');
    if (w.startsWith('*')) ranges.push({ from: words.length, to: words.length + 1 });
    words.push({ text: w.replace(/^\*/, '').replace(/_/g, ' '), pos, spaced: true });
  }
  return countryRoles(words, ranges);
}

test('a country before a verb is an agent, alone, after "the", or in a coordination', () => {
  assert.deepEqual(roles('*Iraq/PROPN said/VERB the/DET bridge/NOUN was/AUX hit/VERB ./PUNCT'), ['agent']);
  assert.deepEqual(roles('the/DET *UK/PROPN is/AUX working/VERB with/ADP allies/NOUN'), ['agent']);
  assert.deepEqual(roles('*Russia/PROPN and/CCONJ *Turkey/PROPN announced/VERB a/DET truce/NOUN'), ['agent', 'agent']);
  assert.deepEqual(roles('*Jordan/PROPN also/ADV condemned/VERB the/DET attack/NOUN'), ['agent']);
  assert.deepEqual(roles('a/DET truce/NOUN announced/VERB by/ADP *Russia/PROPN and/CCONJ *Turkey/PROPN'), ['agent', 'agent']);
});

test('a country after a preposition of place is a place, even before a verb', () => {
  assert.deepEqual(roles('strikes/NOUN in/ADP *Syria/PROPN and/CCONJ *Iraq/PROPN killed/VERB ten/NUM'), ['place', 'place']);
  assert.deepEqual(roles('progress/NOUN in/ADP both/DET *Iraq/PROPN and/CCONJ *Syria/PROPN'), ['place', 'place']);
  assert.deepEqual(roles('the/DET envoy/NOUN visited/VERB *Turkey/PROPN on/ADP Monday/PROPN'), ['place']);
  assert.deepEqual(roles('near/ADP Sarmada/PROPN ,/PUNCT *Syria/PROPN ,/PUNCT officials/NOUN said/VERB'), ['place']);
  assert.deepEqual(roles('for/ADP a/DET united/ADJ *Syria/PROPN'), ['place']);
  assert.deepEqual(roles('*Iraq/PROPN ./PUNCT'), ['place']);
});

test('a country before a name or an organisation noun is a modifier, not a place or an actor', () => {
  assert.deepEqual(roles('*U.S./PROPN forces/NOUN entered/VERB the/DET town/NOUN'), ['modifier']);
  assert.deepEqual(roles('the/DET *UK/PROPN Government/PROPN said/VERB'), ['modifier']);
  assert.deepEqual(roles('a/DET *US/PROPN -led/ADJ coalition/NOUN'), ['modifier']);
});

test('other uses make the country a participant: object, possessor, list member', () => {
  assert.deepEqual(roles('Syria/PROPN has/AUX accused/VERB *Israel/PROPN of/ADP shelling/VERB'), ['participant']);
  assert.deepEqual(roles('talks/NOUN between/ADP *France/PROPN and/CCONJ *Germany/PROPN resumed/VERB'), ['participant', 'participant']);
  assert.deepEqual(roles('*Norway/PROPN \'s/PART aid/NOUN arrived/VERB'), ['participant']);
});

test('a compass word or a "-speaking"/"-held" adjective before a country makes it the land', () => {
  assert.deepEqual(roles('a/DET ridge/NOUN in/ADP northeast/ADJ *Iraq/PROPN'), ['place']);
  assert.deepEqual(roles('across/ADP Kurdish-speaking/ADJ *Iraq/PROPN ,/PUNCT towns/NOUN emptied/VERB'), ['place']);
  assert.deepEqual(roles('they/PRON said/VERB rural/ADJ *Iraq/PROPN has/AUX few/ADJ doctors/NOUN'), ['place']);
});
