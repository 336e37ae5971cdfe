import type { Span } from '../../core/span.js';
import type { Found } from './types.js';
import { words } from './words.js';

// "MAYOR: Well, look …" in a transcript, "Okafor: Budget Is ‘Dead on Arrival’" in a headline: a short
// capitalised name and a colon at the head of a paragraph attribute the rest of the paragraph.
const LABEL = /^["“]?((?:[\p{Lu}][\p{L}\p{M}.'’\-]*\.?)(?:\s+(?:[\p{Lu}][\p{L}\p{M}.'’\-]*|of|de|van|von|al|bin)){0,4}):\s+(?=\S)/u;
/** Labels that head a paragraph without naming a speaker. */
const NOT_SPEAKERS = words.notSpeakers;

/**
 * Speaker labels. A label in capitals only ("WALLACE:") counts when the document has at least two such
 * paragraphs (a transcript), so that a dateline such as "NAIROBI: …" is never taken for a speaker.
 */
export function findLabels(text: string, paras: Span[]): Found[] {
  const hits: { para: Span; name: string; lead: number; caps: boolean }[] = [];
  for (const para of paras) {
    const m = LABEL.exec(text.slice(para.start, Math.min(para.end, para.start + 80)));
    if (!m) continue;
    const name = m[1]!;
    if (NOT_SPEAKERS.has(name.toLowerCase()) || para.start + m[0].length >= para.end) continue;
    // "The Latest: …", "The Ninth Circle: …" name a column or a title, not a speaker; "Clinton: 1,769." is a
    // tally, not a statement
    if (/^(?:The|A|An)\s/u.test(name)) continue;
    if ((text.slice(para.start + m[0].length, para.end).match(/\p{L}+/gu) ?? []).length < 2) continue;
    hits.push({ para, name, lead: m[0].indexOf(name), caps: name === name.toUpperCase() });
  }
  const capsCount = hits.filter((h) => h.caps).length;
  return hits
    .filter((h) => !h.caps || capsCount >= 2)
    .map(({ para, name, lead }) => {
      const colon = para.start + lead + name.length;
      const start = text.slice(colon + 1, para.end).search(/\S/) + colon + 1;
      return { kind: 'indirect' as const, start, end: para.end, cue: { start: colon, end: colon + 1 }, mention: { start: para.start + lead, end: colon }, how: 'speaker label and colon at the head of the paragraph' };
    });
}
