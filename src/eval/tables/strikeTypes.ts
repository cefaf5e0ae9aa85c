import type { EventType } from '../../report/types.js';

/**
 * Airwars "Strike type" values and the ACLED sub-event types that agree with each. A row that
 * allows two types ("Airstrike and/or Artillery") accepts either. Source: the values found in
 * Airwars' Gaza incident pages; ACLED codebook sub-event definitions.
 */
export const strikeTypeToEventTypes: Readonly<Record<string, readonly EventType[]>> = {
  // "An Israeli airstrike hit the family home in Rafah."
  'Airstrike': ['Air/drone strike'],
  // "The house was hit, either by a warplane or by tank fire."
  'Airstrike and/or Artillery': ['Air/drone strike', 'Shelling/artillery/missile attack'],
  // "A drone fired a missile at the group after the air raid."
  'Airstrike, Drone Strike': ['Air/drone strike'],
  // "A drone strike hit a car in the camp."
  'Drone Strike': ['Air/drone strike'],
  // "Artillery shells landed on the school."
  'Artillery': ['Shelling/artillery/missile attack'],
  // "Naval gunfire hit the beach."
  'Naval strike': ['Shelling/artillery/missile attack'],
};
