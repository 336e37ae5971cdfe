import type { Doc } from '../../core/doc.js';
import { paragraphs } from './text.js';

// "NAIROBI ( STAFF REPORT):", "RENO, Nev. (AP) —", "Lagos (Metro Desk)": a place in capitals
// or a place with an agency in brackets (not a party code such as "(R-TX)"), then a colon, semicolon or
// dash (or nothing after the bracket).
const DATELINE = /^(?:[\p{Lu}][\p{Lu}\s.,'’-]{2,40}(?:\s*\([^)\n]{1,40}\))?\s*[:;—–-]|[\p{Lu}][\p{L}\s.,'’-]{2,40}\((?![RDI]-)[^)\n]{1,40}\)\s*[:;—–-]?)\s*/u;

/** Where the dateline at the head of the article ends, or -1: content never starts inside it. */
export function datelineEnd(doc: Doc): number {
  if (doc.meta.dateline) return doc.meta.dateline.end;
  for (const p of paragraphs(doc.text).slice(0, 4)) {
    const m = DATELINE.exec(doc.text.slice(p.start, p.end));
    if (m && m[0].length < p.end - p.start) return p.start + m[0].length;
  }
  return -1;
}
