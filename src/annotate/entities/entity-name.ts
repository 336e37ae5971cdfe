import { initialsMatch } from './acronyms.js';
import type { EntityType } from './mentions.js';
import { fold } from './normalise.js';

const ACRONYM = /^[\p{Lu}.&]+$/u;
const wordsOf = (f: string) => f.trim().split(/\s+/);

/**
 * The name an entity goes by, from its surface forms and how often each was written (`forms` most frequent
 * first). A person: the fullest name, the most frequent spelling of it, never a short form of another's given
 * name ("Atta Tarar" beside "Attaullah Tarar"). Anything else: what its acronym stands for ("Balochistan
 * Liberation Army" for BLA, even where a label others give it, "Fitna al Hindustan", is written more often: the
 * briefing should not take sides); else the most frequent form, unless that is one word of a longer form
 * ("Front" of "National Liberation Front").
 */
export function entityName(forms: readonly string[], counts: ReadonlyMap<string, number>, type: EntityType): string {
  const names = forms.filter((f) => !ACRONYM.test(f));
  // "The Taliban" at a sentence's head counts for "Taliban" when the bare form is written too.
  const nameCounts = new Map<string, number>();
  for (const f of names.length ? names : forms) {
    const bare = f.replace(/^the\s+/i, '');
    const key = bare !== f && counts.has(bare) ? bare : f;
    nameCounts.set(key, (nameCounts.get(key) ?? 0) + counts.get(f)!);
  }
  const byCount = [...nameCounts.keys()].sort((a, b) => nameCounts.get(b)! - nameCounts.get(a)! || b.length - a.length);
  if (type === 'PERSON') return fullestName(byCount);
  const acronyms = forms.filter((f) => ACRONYM.test(f));
  const expansion = acronyms.length ? byCount.find((f) => acronyms.some((a) => initialsMatch(a, f))) : undefined;
  if (expansion) return expansion;
  const top = byCount[0];
  if (type === 'ORG' && top && wordsOf(top).length === 1) {
    const fuller = byCount.find((g) => wordsOf(g).length > 1 && fold(g).split(' ').includes(fold(top)));
    if (fuller) return fuller;
  }
  return top ?? '';
}

/** The name with the most words, most frequent first, passing over a given name that starts another's ("Atta" of "Attaullah"). */
function fullestName(byCount: string[]): string {
  const most = Math.max(...byCount.map((f) => wordsOf(f).length));
  const full = byCount.filter((f) => wordsOf(f).length === most);
  const short = (f: string) => {
    const [given, last] = [wordsOf(f)[0]!, wordsOf(f).at(-1)!];
    return full.some((g) => g !== f && wordsOf(g).at(-1) === last && wordsOf(g)[0]!.length > given.length && wordsOf(g)[0]!.toLowerCase().startsWith(given.toLowerCase()));
  };
  return full.find((f) => !short(f)) ?? full[0] ?? '';
}
