import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';

/** The main event's place name for a made-up note. */
const eventPlace = (text: string) => {
  const a = analyze(text, { published: '2021-05-04' });
  const e = a.events[0];
  return e && e.place !== null ? a.places[e.place].name : null;
};

test('a destination ("on the way to X") is not where the event happened', () => {
  assert.equal(eventPlace('On 4 May 2021, in Tilin township (Gangaw district, Magway region), a mine exploded under a truck on the way to Kale.'), 'Tilin');
  // Without the destination phrase, a town named in the sentence still counts.
  assert.equal(eventPlace('On 4 May 2021, a mine exploded under a truck in Kale.'), 'Kale');
});

test('"Yangon (South) District" names a district, not the city of Yangon', () => {
  assert.equal(eventPlace('On 13 May 2021, in Twantay township (Yangon (South) District, Yangon Region), a bomb exploded at a school.'), 'Twante');
  const a = analyze('A bomb exploded in Yangon (South) District.', { published: '2021-05-04' });
  assert.ok(a.places.some((p) => p.name === 'Yangon' && p.precision === 'region'), JSON.stringify(a.places));
});

test('towns added to the Myanmar table resolve, with their other spellings', () => {
  assert.equal(eventPlace('On 9 May 2021, in Payathonzu town (Kyainseikgyi township, Kayin State), a bomb exploded near a school.'), 'Payathonzu');
  assert.equal(eventPlace('On 30 July 2021, near Laiza town (Waingmaw Township, Kachin State), the military shelled positions.'), 'Laiza');
  assert.equal(eventPlace('On 11 July 2021, in Mawgyun town (Labutta district, Ayeyarwady region), a bomb exploded.'), 'Mawlamyinegyun');
  assert.equal(eventPlace('On 18 May 2021, in Thayet town (Thayet District, Magway Region), two bombs exploded.'), 'Thayet');
  assert.equal(eventPlace('On 1 June 2021, in Yegyi town (Pathein district, Ayeyarwady Region), a bomb exploded.'), 'Yegyi');
  assert.equal(eventPlace('On 21 April 2021, in Mong Yawng town (Tachileik District, Shan-East), a bomb exploded.'), 'Mongyawng');
});
