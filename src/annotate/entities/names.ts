import { editDistance, squeeze, translit } from './normalise.js';

/**
 * A person's name split into given names and surname ("Kael Ilse Orsk" → given [kael, ilse], surname orsk),
 * folded by `translit` so that "Ilyas Karimoff" and "Ilias Karimov" parse alike.
 */
export interface PersonName {
  given: string[];
  surname: string;
}

const HONORIFIC = /^(mr|mrs|ms|miss|dr|sir|dame|prof|gen|col|lt|sgt|capt|syed|begum|hafiz|qari)$/;

/** Memoised by form, bounded: the same names recur in every document of a story. Callers only read the result. */
export function parseName(form: string): PersonName {
  let name = PARSED.get(form);
  if (!name) {
    const parts = squeeze(form).split(' ').filter((p) => p && !HONORIFIC.test(p)).map(translit);
    name = { given: parts.slice(0, -1), surname: parts[parts.length - 1] ?? '' };
    if (PARSED.size >= 20_000) PARSED.clear();
    PARSED.set(form, name);
  }
  return name;
}
const PARSED = new Map<string, PersonName>();

/**
 * How well two spellings of given names agree: 'same' after folding and squeezing doubled letters
 * ("Attaullah" / "Ataullah"), 'variant' when one is a short form or near-spelling of the other ("Atta" /
 * "Attaullah", edit distance 1 on names of 5+ letters), 'initial' when one is only an initial, 'different'
 * otherwise. Names with no given names agree with nothing but themselves.
 */
export function givenAgreement(a: string[], b: string[]): 'same' | 'variant' | 'initial' | 'different' {
  if (!a.length || !b.length) return 'different';
  if (a.join(' ') === b.join(' ')) return 'same';
  // Word by word over the shorter list; middle names only one side has are allowed ("Tahir Andarabi" / "Tahir Hussain Andarabi").
  const pairs = a.length === b.length ? a.map((x, k) => [x, b[k]!] as const) : [[a[0]!, b[0]!] as const];
  let result: 'same' | 'variant' | 'initial' = a.length === b.length ? 'same' : 'variant';
  for (const [x, y] of pairs) {
    const one = wordAgreement(x, y);
    if (one === 'different') return 'different';
    if (one === 'initial') result = 'initial';
    else if (one === 'variant' && result === 'same') result = 'variant';
  }
  return result;
}

function wordAgreement(x: string, y: string): 'same' | 'variant' | 'initial' | 'different' {
  if (x === y) return 'same';
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 1) return long.startsWith(short) ? 'initial' : 'different';
  if (short.length >= 3 && long.startsWith(short)) return 'variant';
  if (short.length >= 5 && editDistance(x, y) <= 1) return 'variant';
  return 'different';
}

/** True when two person names may be one person: same surname and given names that agree beyond an initial. */
export function samePerson(a: PersonName, b: PersonName): 'same' | 'variant' | undefined {
  if (!a.surname || a.surname !== b.surname) return undefined;
  const g = givenAgreement(a.given, b.given);
  return g === 'same' || g === 'variant' ? g : undefined;
}
