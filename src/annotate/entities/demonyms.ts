import { mention } from './mention.js';
import type { Mention } from './mentions.js';
import { fold } from './normalise.js';

/**
 * The folded names a demonym may come from: "Varonian" → varonia, "Teskári" → teskar, "Chinese" → china,
 * "Mexican" → mexico, "Brazilian" → brazil, "European" → europe. Only word endings that make demonyms are undone, and a stem
 * keeps at least four letters, so "Ali" or "Ian" yield nothing.
 */
export function demonymStems(word: string): string[] {
  const d = fold(word);
  if (d.includes(' ') || d.length < 5) return [];
  const out: string[] = [];
  const add = (stem: string) => {
    if (stem.length >= 4 && !out.includes(stem)) out.push(stem);
  };
  if (d.endsWith('ian')) add(d.slice(0, -3)), add(`${d.slice(0, -3)}a`), add(d.slice(0, -1));
  else if (d.endsWith('an')) add(d.slice(0, -1)), add(d.slice(0, -2)), add(`${d.slice(0, -2)}o`), add(`${d.slice(0, -2)}a`);
  if (d.endsWith('ese')) add(d.slice(0, -3)), add(`${d.slice(0, -3)}a`);
  if (d.endsWith('i') && !d.endsWith('ii')) add(d.slice(0, -1));
  return out;
}

/**
 * Within one document, a one-word name that is a demonym of another one-word name ("Varonian" beside
 * "Varonia", "Teskári" beside "Teskár") makes the first a demonym (OTHER) and the second a place, both on
 * strong evidence. Names the gazetteer typed are left alone. Returns new mention objects; order is kept.
 */
export function markDemonyms(text: string, mentions: readonly Mention[]): Mention[] {
  const oneWord = (m: Mention) => m.form === 'name' && !m.gazetteer && !/\s/.test(text.slice(m.start, m.end));
  const byForm = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    if (!oneWord(m) && !(m.gazetteer && m.type === 'PLACE')) return;
    const key = fold(text.slice(m.start, m.end));
    (byForm.get(key) ?? byForm.set(key, []).get(key)!).push(i);
  });
  const out = [...mentions];
  mentions.forEach((m, i) => {
    if (!oneWord(m) || (m.type === 'PERSON' && m.evidence === 'strong')) return;
    const word = text.slice(m.start, m.end);
    const stem = demonymStems(word).find((s) => byForm.has(s) && s !== fold(word));
    if (stem === undefined) return;
    const places = byForm.get(stem)!;
    const place = text.slice(mentions[places[0]!]!.start, mentions[places[0]!]!.end);
    out[i] = mention({ ...out[i]!, type: 'OTHER', form: 'demonym', evidence: 'strong', typedBy: `demonym of "${place}"` });
    for (const p of places) if (!mentions[p]!.gazetteer) out[p] = mention({ ...out[p]!, type: 'PLACE', evidence: 'strong', typedBy: `"${word}" is its demonym` });
  });
  return out;
}
