import type { CasualtyValue, ClaimValue } from '../../report/types.js';

interface Extent { start: number; end: number }

/** A casualty figure with where it stands. */
export interface PlacedFigure extends Extent { value: CasualtyValue }
/** A claim with where its source, cue and content stand. */
export type PlacedClaim = ClaimValue;

/** A count of people on its own: not a part, a named person, a tally, more people or a vague word. */
function wholeCount(v: CasualtyValue): boolean {
  return v.stated && !v.individual && v.subsetOf === undefined && !v.additional && !v.aggregate && !v.alternative && !v.upTo;
}

/** The claim whose content holds the figure, if any. */
function claimOf(f: Extent, claims: readonly PlacedClaim[]): PlacedClaim | undefined {
  return claims.find((c) => c.content.start <= f.start && f.end <= c.content.end);
}

/**
 * "A post from the civil defence counted four injured, whilst a tweet from a news agency outlined
 * five injuries": a count that a named source, told between the two, reports after an earlier
 * count of the same harm in the same sentence is that source's reading of the same people, not
 * more of them (4–5, not 9). The source and its reporting verb must stand between the two
 * figures, and the earlier figure must not be the same source's. Returns the figures with such
 * readings marked `alternative` (and their unknown group taken from the earlier count).
 */
export function markSourceReadings<F extends PlacedFigure>(figures: readonly F[], claims: readonly PlacedClaim[]): F[] {
  const out = [...figures];
  const order = figures.map((_, i) => i).sort((a, b) => figures[a].start - figures[b].start);
  for (let n = 1; n < order.length; n++) {
    const j = order[n];
    const f = figures[j];
    if (!wholeCount(f.value)) continue;
    const claim = claimOf(f, claims);
    if (!claim || claim.source.unstated || claim.sentence !== f.value.sentence) continue;
    for (let p = n - 1; p >= 0; p--) {
      const e = figures[order[p]];
      if (e.value.sentence !== f.value.sentence) break;
      if (e.value.kind !== f.value.kind || !wholeCount(e.value)) continue;
      const sameGroup = e.value.group === f.value.group || e.value.group === 'unknown' || f.value.group === 'unknown';
      const between = e.end <= claim.source.start && e.end <= claim.cue.start;
      const own = claimOf(e, claims);
      if (sameGroup && between && own?.source.name !== claim.source.name) {
        out[j] = { ...f, value: { ...f.value, alternative: true, group: f.value.group === 'unknown' ? e.value.group : f.value.group } };
      }
      break;
    }
  }
  return out;
}

/** Words between two counts of one harm that make the second the first one's update: "had risen to four". */
const RISEN = /\b(?:risen|rose|climbed|increased|jumped|grew)\s+(?:to|further to)\b/i;

/**
 * "An outlet reported that two people were killed, while an agency reported that the number of
 * deaths had risen to four": a toll said to have risen, after an earlier count of the same harm
 * in the same sentence, updates that count — it is no second source disagreeing (whose lower
 * count could be the minimum) but a revision: the earlier gives way (`supersededBy`) and the
 * later remembers both in its range (`revises`, 2–4), as "initially … later" does.
 * `index` is each figure's place among the report's casualty spans.
 */
export function markRisenTolls<F extends PlacedFigure & { index: number }>(figures: readonly F[], text: string): F[] {
  const out = [...figures];
  const order = figures.map((_, i) => i).sort((a, b) => figures[a].start - figures[b].start);
  for (let n = 1; n < order.length; n++) {
    const late = out[order[n]];
    const v = late.value;
    if (!v.stated || v.individual || v.subsetOf !== undefined || v.additional || v.revises !== undefined) continue;
    for (let p = n - 1; p >= 0; p--) {
      const early = out[order[p]];
      const e = early.value;
      if (e.sentence !== v.sentence) break;
      if (e.kind !== v.kind || !wholeCount(e)) continue;
      if (RISEN.test(text.slice(early.end, late.start)) && e.min < v.min) {
        out[order[p]] = { ...early, value: { ...e, supersededBy: late.index } };
        out[order[n]] = { ...late, value: { ...v, alternative: undefined, revises: early.index, min: e.min, max: v.max === null || e.max === null ? null : Math.max(v.max, e.max) } };
      }
      break;
    }
  }
  return out;
}

/** The claim whose content holds the figure most closely ("A reported that … and B alleged that <figure>": B's). */
function innermostClaim(f: Extent, claims: readonly PlacedClaim[]): PlacedClaim | undefined {
  let best: PlacedClaim | undefined;
  for (const c of claims) {
    if (c.content.start <= f.start && f.end <= c.content.end && (!best || c.content.end - c.content.start < best.content.end - best.content.start)) best = c;
  }
  return best;
}

/** A cue by which one source alleges what others do not report: "also alleged that", "claimed". */
const ALLEGING = /^(?:alleged|alleges|claimed|claims)$/i;
/** A source that is several sources, not one: "multiple sources", "residents", "local media". */
const SEVERAL = /\b(?:sources|reports|outlets|residents|witnesses|media|agencies|accounts|posts|users)\b/i;

/**
 * "Multiple sources reported that A was killed and one radio station also alleged that his son
 * was also killed": people beyond those counted (`additional`) that a single source alone alleges,
 * beside a count of the same harm that another source gives in the same sentence, are one source's
 * claim: `doubted`, so they raise the top of the range only (Airwars counts a lone source's claim
 * in the maximum).
 */
export function markLoneAllegations<F extends PlacedFigure>(figures: readonly F[], claims: readonly PlacedClaim[], text: string): F[] {
  return figures.map((f) => {
    const v = f.value;
    if (!v.additional || v.doubted || v.subsetOf !== undefined) return f;
    const claim = innermostClaim(f, claims);
    if (!claim || claim.source.unstated || !ALLEGING.test(text.slice(claim.cue.start, claim.cue.end).trim()) || SEVERAL.test(claim.source.name)) return f;
    const other = figures.some((e) => e !== f && e.value.sentence === v.sentence && e.value.kind === v.kind && e.end <= claim.source.start
      && e.value.subsetOf === undefined && claimOf(e, claims)?.source.name !== claim.source.name);
    return other ? { ...f, value: { ...v, doubted: true } } : f;
  });
}

/**
 * Before a count: several sources, a reporting verb and "only" ("while some sources mention only",
 * "other reports give only").
 */
const RIVAL_BEFORE = /\b(?:some|other|several|a\s+few|few)\s+(?:\w+\s+)?(?:sources|reports|outlets|accounts|posts|media)\s+(?:\w+\s+)?(?:mention(?:ed)?|report(?:ed)?|say|said|list(?:ed)?|name[ds]?|count(?:ed)?|cite[ds]?|give|gave|state[ds]?)\s+(?:that\s+)?only\s+$/i;

/**
 * "While some sources mention only 14 victims, a post claims that a fifteenth also died": a count
 * that several sources give, said to be "only" that many, is their lower reading of the people an
 * earlier count counts (`rival`), not more of them: it takes that count's group and is no longer
 * `additional`. `text` is the report's text.
 */
export function markRivalCounts<F extends PlacedFigure>(figures: readonly F[], text: string): { figures: F[]; rival: boolean[] } {
  const rival = figures.map(() => false);
  const out = figures.map((f, j) => {
    const v = f.value;
    if (!v.stated || v.individual || v.subsetOf !== undefined || v.aggregate || v.max === null) return f;
    if (!RIVAL_BEFORE.test(text.slice(Math.max(0, f.start - 80), f.start))) return f;
    const earlier = figures.filter((e) => e.end <= f.start && e.value.kind === v.kind && wholeCount(e.value) && e.value.group !== 'unknown');
    const counted = earlier.sort((a, b) => b.value.min - a.value.min)[0];
    if (!counted || counted.value.min <= v.min) return f;
    rival[j] = true;
    return { ...f, value: { ...v, group: counted.value.group, additional: undefined } };
  });
  return { figures: out, rival };
}
