import genders from '../../../data/entities/name-genders.json' with { type: 'json' };
import type { Mention } from './names.js';

/**
 * The gender a pronoun asks for and a name shows, so that "she said" skips a nearer "Matt Lauer". A name shows
 * a gender only through an honorific before it (Mr., Mrs.) or a given name that sources list under one gender
 * only (data/entities/name-genders.json); everything else is unknown and fits either pronoun.
 */
export type Gender = 'female' | 'male';

const FEMALE = new Set(genders.female);
const MALE = new Set(genders.male);
const PRONOUNS: Record<string, Gender> = { he: 'male', him: 'male', his: 'male', himself: 'male', she: 'female', her: 'female', hers: 'female', herself: 'female' };
const HONORIFICS: Record<string, Gender> = { mr: 'male', sir: 'male', lord: 'male', mrs: 'female', ms: 'female', miss: 'female', dame: 'female', lady: 'female' };
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\.?\s+$/u;
const FIRST_WORD = /^\p{L}[\p{L}\p{M}'’-]*/u;

export function pronounGender(word: string): Gender | undefined {
  return PRONOUNS[word.toLowerCase()];
}

/** What this one mention shows: an honorific just before it, else (unless `honorificsOnly`) its first word as a given name. */
function shown(text: string, m: Mention, honorificsOnly = false): Gender | undefined {
  const before = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start));
  const honorific = before ? HONORIFICS[before[1]!.toLowerCase()] : undefined;
  if (honorific) return honorific;
  const inside = FIRST_WORD.exec(text.slice(m.start, m.end))?.[0];
  if (inside && HONORIFICS[inside.toLowerCase()]) return HONORIFICS[inside.toLowerCase()];
  if (!inside || honorificsOnly) return undefined;
  return FEMALE.has(inside) ? 'female' : MALE.has(inside) ? 'male' : undefined;
}

/**
 * A mention's gender, from itself or, for a surname alone ("Lauer"), from another mention of the same entity
 * ("Matt Lauer"). Unknown when nothing shows one, or when the entity's mentions disagree. With `honorificsOnly`,
 * only what an honorific shows: a given-name list is a guess across languages ("Atta" is a man's name in
 * Urdu, listed only as a woman's), an honorific is the text's own word.
 */
export function mentionGender(text: string, m: Mention, all: readonly Mention[], honorificsOnly = false): Gender | undefined {
  const own = shown(text, m, honorificsOnly);
  if (own || !m.entity) return own;
  let found: Gender | undefined;
  for (const other of all) {
    if (other.entity !== m.entity || other === m) continue;
    const g = shown(text, other, honorificsOnly);
    if (g && found && g !== found) return undefined;
    found = g ?? found;
  }
  return found;
}
