/** What a party waiting at a barrier learns: every party arrived ('met'), or the wait timed out. */
export type BarrierOutcome = 'met' | 'timeout';

/** A meeting point for `parties` concurrent tasks; see {@link barrier}. */
export interface Barrier {
  /** Waits until `parties` calls have arrived (or `timeoutMs` passed since this call). */
  arrive(): Promise<BarrierOutcome>;
  /** The outcome of each arrival so far, in arrival order. */
  readonly outcomes: BarrierOutcome[];
}

/**
 * A barrier for forcing an interleaving in a test: each task calls `arrive()` at the point it
 * must reach before any of them goes on (e.g. after reading, before writing), so a race happens
 * every run instead of when the scheduler allows. The timeout keeps a task that cannot arrive
 * (blocked on a lock another party holds) from deadlocking the others: they go on with
 * 'timeout', which the test can assert on.
 *
 * @example
 * const b = barrier(2, 500);
 * await Promise.all([b.arrive(), b.arrive()]); // ['met', 'met']
 */
export function barrier(parties: number, timeoutMs: number): Barrier {
  if (!Number.isInteger(parties) || parties < 1) throw new Error(`barrier needs a whole number of parties >= 1, got ${parties}`);
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((r) => { open = r; });
  const outcomes: BarrierOutcome[] = [];
  return {
    outcomes,
    async arrive() {
      arrived += 1;
      if (arrived >= parties) open();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); });
      const outcome = await Promise.race([opened.then(() => 'met' as const), timedOut]);
      clearTimeout(timer);
      outcomes.push(outcome);
      return outcome;
    },
  };
}
