/**
 * Names listed together. "the iPod Classic, Nano and Shuffle": in a list that names a product, the bare
 * names after it that only their shape typed (as organisations) are the product's siblings, not companies.
 * Only products spread this way: a person or a place listed with a company ("Jobs and Apple", "Boeing
 * and Seattle") is not one of its kind.
 */
import { mention } from './mention.js';
import type { Mention } from './mentions.js';

// What separates the members of a list: ", ", " and ", ", and ", " or ".
const SEPARATOR = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

const isProduct = (m: Mention) => m.type === 'OTHER' && m.evidence === 'strong' && (m.gazetteer?.startsWith('product:') === true || m.model !== undefined || /is a (?:product|model|version)/.test(m.typedBy ?? ''));
const isBare = (m: Mention) => m.form === 'name' && m.evidence === 'weak' && m.type === 'ORG' && !m.typedBy && !m.gazetteer;

/** Mentions (sorted by start) with the bare names that follow a product in a list typed as products. */
export function typeLists(text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    if (!isProduct(mentions[i]!)) continue;
    let j = i + 1;
    for (; j < mentions.length; j++) {
      const gap = mentions[j]!.start - mentions[j - 1]!.end;
      if (gap < 1 || gap > 7 || !SEPARATOR.test(text.slice(mentions[j - 1]!.end, mentions[j]!.start))) break;
      const m = mentions[j]!;
      if (!isBare(m)) continue;
      out ??= mentions.slice();
      out[j] = mention({ ...m, type: 'OTHER', typedBy: `listed with "${text.slice(mentions[i]!.start, mentions[i]!.end)}"` });
    }
    // The rest of this list is read: a product further on would spread to the same names (linear on long lists).
    i = j - 1;
  }
  return out ?? mentions;
}
