import type { Doc } from '../core/doc.js';
import type { Entity } from '../annotate/entities/index.js';
import type { Claim } from './claims.js';

const ANNOUNCE = /^(announc|declar|confirm|disclos|unveil)/i;
// After the source phrase's head, the person in apposition: "Teskar|'s foreign minister, |Ilyas Karimov" (the
// head is the country) or "the minister|, |Ilyas Karimov" (the head is the title).
const TITLE_THEN_NAME = /^(?:['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*)?,\s*$/u;
// The next sentence telling who delivered the announcement: "The statement was read … by Sofia Brandt".
const DELIVERED = /^\W*the\s+(?:statement|announcement|decision)\b/i;

type Speaker = NonNullable<Claim['speaker']>;

interface Person { start: number; end: number; entity: string }

/** The linked PERSON mentions of text[from, to), in order. */
function persons(doc: Doc, from: number, to: number, mentions: Map<string, Entity>): Person[] {
  const out: Person[] = [];
  for (const m of doc.layer('entities')) {
    if (m.start < from || m.end > to) continue;
    const e = mentions.get(`${doc.id}:${m.start}:${m.end}`);
    if (e?.type === 'PERSON') out.push({ start: m.start, end: m.end, entity: e.id });
  }
  return out.sort((a, b) => a.start - b.start);
}

function asSpeaker(doc: Doc, p: Person, cue: string): Speaker {
  return { entity: p.entity, text: doc.text.slice(p.start, p.end), cue, start: p.start, end: p.end };
}

/**
 * Who made an announcement, as a person where the article names one. The quotes layer gives the head of
 * the source phrase, which for "Teskar's foreign minister, Ilyas Karimov, announced" is the country; and an
 * announcement made by a ministry is often delivered by a named spokesperson in the next sentence ("The
 * statement was read … by Sofia Brandt"). Outlets that disagree on who announced a deal disagree on those
 * people, so the speaker slot compares them. Claims are one article's, in text order; returns new claims.
 */
export function refineAnnouncers(doc: Doc, claims: readonly Claim[], mentions: Map<string, Entity>): Claim[] {
  return claims.map((c, i) => {
    const s = c.speaker;
    if (!s || !ANNOUNCE.test(s.cue)) return c;
    const own = s.entity ? mentions.get(`${doc.id}:${s.start}:${s.end}`) : undefined;
    if (own?.type === 'PERSON') return c;
    // A person in apposition after "X's <title>," and before the cue.
    const near = persons(doc, s.end, Math.min(c.end, s.end + 80), mentions)[0];
    if (near && TITLE_THEN_NAME.test(doc.text.slice(s.end, near.start))) return { ...c, speaker: asSpeaker(doc, near, s.cue) };
    const next = claims[i + 1];
    if (!next || !DELIVERED.test(doc.text.slice(next.start, next.end))) return c;
    const by = persons(doc, next.start, next.end, mentions).find((p) => /\bby\s+$/i.test(doc.text.slice(Math.max(next.start, p.start - 4), p.start)));
    return by ? { ...c, speaker: asSpeaker(doc, by, s.cue) } : c;
  });
}
