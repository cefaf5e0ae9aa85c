/** A named actor or place a mention may refer back to. */
export interface Named {
  start: number;
  end: number;
  sentence: number;
  name: string;
  person: boolean;
}

/** How far back (in sentences) a mention looks for the name it refers to. */
const WINDOW = 3;

/**
 * The nearest name before `at` (within a few sentences) that `fits`; for "I" and "me", a person
 * named later in the same sentence also fits ("\"I saw it,\" said Omar Haddad").
 *
 * @example
 * antecedent(named, { at: 120, sentence: 3, fits: (n) => n.person }); // the last person named before 120
 */
export function antecedent(named: readonly Named[], opts: { at: number; sentence: number; fits: (n: Named) => boolean; sameSentenceAfter?: boolean }): string | null {
  let best: Named | null = null;
  for (const n of named) {
    if (n.start >= opts.at) break;
    if (opts.sentence - n.sentence <= WINDOW && opts.fits(n)) best = n;
  }
  if (best && best.sentence === opts.sentence) return best.name;
  if (opts.sameSentenceAfter) {
    const after = named.find((n) => n.start > opts.at && n.sentence === opts.sentence && opts.fits(n));
    if (after) return after.name;
  }
  return best?.name ?? null;
}
