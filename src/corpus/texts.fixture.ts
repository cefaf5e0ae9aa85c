/**
 * Test texts written by the team (no real reporting): one wire story about an air strike, copies
 * of it as other outlets would run them, a different story about the same strike (the hard
 * negative: same place, same day, same figures, other words), and an unrelated story.
 */

export const WIRE = `Air strike on west Mosul market kills at least 14, residents say

MOSUL, Iraq (Crossroads News Agency) - An air strike hit a crowded vegetable market in the al-Jadida district of west Mosul on Thursday morning, killing at least 14 civilians and wounding dozens more, residents and a local official said.

The strike came as Iraqi forces pressed their offensive against Islamic State fighters holed up in the narrow streets of the old city, where aid groups estimate that hundreds of thousands of people remain trapped.

Ahmed Saleh, a shopkeeper who survived the blast, said the market had been full of families buying food during a lull in the shelling. "We were pulling children out from under the stalls with our bare hands," he said by telephone.

A member of the Nineveh provincial council said the dead included six women and four children, and that rescue teams were still searching the rubble late on Thursday.

The US-led coalition said it was aware of reports of civilian casualties in west Mosul and would review the allegation, without confirming whether its aircraft had struck the area.

Iraqi military spokesman Brigadier General Yahya Rasool said government forces had not called in air support near the market and blamed the militants for using civilians as shields.

The United Nations said earlier this month that it was deeply concerned by the rising number of civilians killed in the battle for the western half of the city.

More than 200,000 people have fled west Mosul since the offensive began in February, according to the International Organization for Migration.`;

/** Another outlet, its own headline and byline, the body verbatim. */
export const COPY_HEADLINE = `Dozens hurt as blast tears through Mosul vegetable market
By Staff Writer, The Northern Courier

${WIRE.split('\n\n').slice(1).join('\n\n')}`;

/** The last two paragraphs cut for space. */
export const COPY_TRIMMED = WIRE.split('\n\n').slice(0, -2).join('\n\n');

/** Light edits: house style (curly quotes, em dashes), one added sentence of context, one dropped quote. */
export const COPY_EDITED = WIRE
  .replace('(Crossroads News Agency) -', '—')
  .replace('"We were pulling children out from under the stalls with our bare hands," he said by telephone.', '“We were pulling children out from under the stalls with our bare hands,” he told the agency.')
  .replace('The US-led coalition said', 'Monitors have recorded a sharp rise in civilian deaths since the offensive moved into the old city last month. The US-led coalition said')
  .replace(/\n\nMore than 200,000 people[^\n]*$/, '');

/** Same strike, same place, same day, same toll: written by another reporter. Not a copy. */
export const OTHER_REPORTER = `Civilians among dead after Mosul strike, officials say

At least 14 people lost their lives on Thursday when a bomb dropped from a plane struck the al-Jadida vegetable market in western Mosul, according to a councillor from Nineveh province.

Witnesses described scenes of panic as shoppers fled the area, with several stalls set ablaze and a nearby bakery flattened. Medics at a field hospital south of the city said they had received more than thirty wounded, some in critical condition.

The councillor, who asked not to be named, told reporters that women and children made up most of the victims. Search teams worked into the night to recover bodies.

Neither the Iraqi army nor the international coalition took responsibility for the raid. A coalition spokesman told journalists the alliance was looking into the incident.

Iraqi troops have been fighting their way through the dense old quarter of the city for weeks, and the United Nations has warned that families are running out of food and clean water.`;

/** A different story, different place. */
export const UNRELATED = `Flooding displaces thousands in southern Somalia

Heavy seasonal rains have forced more than 12,000 families from their homes along the Shabelle river in southern Somalia, the regional disaster agency said on Monday.

Aid workers in Beledweyne said the river burst its banks overnight, submerging farmland and cutting the main road north. Several villages could only be reached by boat.

The agency appealed for tents, water purification tablets and food, and warned that cholera could spread in crowded displacement camps if sanitation did not improve.`;

/** Published 2017-03-28: displacement figures. */
export const CAMPS = `Camps east of Mosul near capacity as families flee fighting

Aid agencies said on Tuesday that camps east of Mosul were close to full as thousands of families fled the fighting in the western half of the city each day.

Most new arrivals walked for hours through frontline neighbourhoods before reaching screening points run by Iraqi security forces, camp managers said.

Officials at the Hammam al-Alil screening site said they had registered more than 12,000 people over the weekend alone.

Aid workers warned that water and medical supplies were running short and called for safe corridors out of the old city.`;

/** Published 2017-03-29: the coalition's statement. */
export const STATEMENT = `Coalition says it is reviewing reports of civilian deaths in Mosul

The US-led coalition said on Wednesday that it had opened a formal assessment into reports that its strikes killed civilians in west Mosul this month.

A coalition spokesman said the alliance took all allegations of civilian casualties seriously and applied rigorous standards to avoid harming non-combatants.

He said Islamic State fighters had been forcing families into buildings and firing from rooftops to draw strikes.

Human rights groups have called for an independent investigation into the rising civilian toll in the city.`;

/**
 * Published 2017-04-04 by a content farm: stitched from WIRE (its "earlier this month" sentence
 * included), CAMPS and STATEMENT, lightly retouched, with a sentence of its own.
 */
export const STITCHED = `Mosul civilians caught between air strikes and militants

The United Nations said earlier this month that it was deeply concerned by the rising number of civilians killed in the battle for the western half of the city.

An air strike hit a crowded vegetable market in the al-Jadida district of west Mosul on Thursday morning, killing at least 14 civilians and wounding dozens more, residents and a local official said.

The US-led coalition has opened a formal assessment into reports that its strikes killed civilians in west Mosul this month.

A coalition spokesman said the alliance took all allegations of civilian casualties seriously and applied rigorous standards to avoid harming non-combatants.

Most new arrivals walked for hours through frontline neighbourhoods before reaching screening points run by Iraqi security forces, camp managers said.

Aid workers warned that water and medical supplies were running short and called for safe corridors out of the old city.

The situation remains dire for those still inside.`;
