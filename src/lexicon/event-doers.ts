/**
 * Adjectives that name who carried out an event when they stand right before the event word
 * ("an alleged Israeli airstrike", "Russian shelling", "junta air strikes"). Each maps to a key
 * of the actors table (`lexicon/actors.ts`). Used only when no armed actor is named as the doer.
 *
 * Source: the demonyms and short names of the armed forces in the actors table; examples ours.
 */
export interface EventDoer {
  /** Case-insensitive regular-expression source for the adjective. */
  adjective: string;
  /** Key of the actor row. */
  actor: string;
  example: string;
}

export const EVENT_DOERS: readonly EventDoer[] = [
  { adjective: 'israeli', actor: 'il-military', example: 'An Israeli airstrike hit a house in Rafah.' },
  { adjective: 'coalition|us-led', actor: 'coalition', example: 'A coalition strike destroyed the bridge.' },
  { adjective: 'u\\.?s\\.?|american', actor: 'us-military', example: 'A US drone strike killed two men.' },
  { adjective: 'russian', actor: 'ru-military', example: 'Russian shelling hit the market.' },
  { adjective: 'ukrainian', actor: 'ua-military', example: 'Ukrainian drones struck the depot.' },
  { adjective: 'turkish', actor: 'tr-military', example: 'Turkish drone strikes targeted the village.' },
  { adjective: 'syrian (?:government|regime|army)|regime|government', actor: 'sy-government-forces', example: 'Regime barrel bombs fell on the town.' },
  { adjective: 'saudi(?:-led)?', actor: 'saudi-coalition', example: 'A Saudi-led air strike hit the wedding.' },
  { adjective: 'houthi', actor: 'houthis', example: 'A Houthi missile struck the city.' },
  { adjective: 'iranian', actor: 'ir-military', example: 'Iranian drones hit the camp.' },
  { adjective: 'junta|military|tatmadaw|army', actor: 'mm-military', example: 'Junta air strikes hit the village in Sagaing.' },
];

const COMPILED = EVENT_DOERS.map((d) => ({ d, re: new RegExp(`\\b(?:${d.adjective})\\s+(?:[\\w-]+\\s+)?$`, 'i') }));

/**
 * The actor key named by an adjective right before an event word, if any.
 *
 * @example
 * doerBefore('an alleged Israeli '); // 'il-military'
 */
export function doerBefore(textBefore: string): string | null {
  const tail = textBefore.slice(-40);
  for (const { d, re } of COMPILED) if (re.test(tail)) return d.actor;
  return null;
}
