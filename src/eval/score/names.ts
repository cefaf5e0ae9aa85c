/**
 * Normalize an actor name for comparison: lower case, accents and punctuation dropped,
 * bracketed qualifiers removed ("Military Forces of Myanmar (2021-)" → "military forces of
 * myanmar"), a leading "the" dropped, whitespace collapsed.
 *
 * @example
 * normalizeName('The Military Forces of Myanmar (2021-)'); // 'military forces of myanmar'
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ');
}

/**
 * The names a coded actor goes by. ACLED writes "KIO/KIA: Kachin Independence Organization/Kachin
 * Independence Army" (abbreviations, a colon, then full names) and "People's Defense Force -
 * Pauk" (a movement and its local branch): each part is a name of the actor.
 *
 * @example
 * nameVariants('KIO/KIA: Kachin Independence Organization/Kachin Independence Army');
 * // ['kio kia kachin independence organization kachin independence army', 'kio', 'kia',
 * //  'kachin independence organization', 'kachin independence army']
 */
export function nameVariants(name: string): string[] {
  const parts = [name];
  const [head, tail] = name.includes(':') ? [name.slice(0, name.indexOf(':')), name.slice(name.indexOf(':') + 1)] : [name, ''];
  if (tail) parts.push(...head.split('/'), ...tail.split('/'));
  else if (name.includes('/')) parts.push(...name.split('/'));
  const dash = name.split(/\s+[-–]\s+/);
  if (dash.length > 1) parts.push(dash[0]);
  return [...new Set(parts.map(normalizeName).filter((p) => p.length > 0))];
}

/**
 * Whether two actor names denote the same actor: some variant of one equals some variant of
 * the other, or they fall in the same row of `equivalents` (sets of normalized names known to
 * denote one actor, e.g. "tatmadaw" and "military forces of myanmar").
 *
 * @example
 * namesMatch("People's Defense Force - Pauk", "People's Defense Force"); // true
 * namesMatch('Kachin Independence Army', 'Arakan Army'); // false
 */
export function namesMatch(a: string, b: string, equivalents: readonly (readonly string[])[] = []): boolean {
  const va = nameVariants(a), vb = nameVariants(b);
  if (va.some((x) => vb.includes(x))) return true;
  return equivalents.some((row) => va.some((x) => row.includes(x)) && vb.some((y) => row.includes(y)));
}
