/**
 * Abbreviated titles and ranks that stand before a name and so never end a sentence when a
 * capitalised word follows ("Maj. Gen. Tim Ray", "the Rev. Ann Lowe said"). wink-nlp already
 * knows the common ones (Mr., Dr., Sen., Rep., Gov., Gen., Col., Lt., Capt., Sgt., Brig.); these
 * are the ones it ends a sentence after. Written without the full stop, matched case-sensitively.
 * Words that also end sentences in their own right ("No.", "Bros.", "Inc.") are left out.
 *
 * @example
 * TITLE_ABBREVIATIONS.has('Adm'); // true: "Adm. Lee Park told reporters …"
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // plural titles: "Republican Sens. Ann Lowe and Tim Ray voted no."
  'Sens', 'Reps', 'Govs', 'Gens', 'Revs',
  // clergy: "the Rev. Ann Lowe led the vigil", "Fr. Tim Ray said mass", "Msgr. Ed Kane"
  'Rev', 'Fr', 'Msgr',
  // office holders: "Pres. Ann Lowe signed it", "Sec. Tim Ray testified", "Atty. Gen. Ed Kane"
  'Pres', 'Sec', 'Atty', 'Supt', 'Amb', 'Ald', 'Insp', 'Det',
  // ranks: "Adm. Lee Park", "Maj. Gen. Tim Ray", "Cmdr. Ann Lowe", "Cpl. Ed Kane", "Pvt. Jo Li"
  'Adm', 'Maj', 'Cmdr', 'Comdr', 'Cdr', 'Cpl', 'Pvt', 'Spc', 'Ens',
]);
