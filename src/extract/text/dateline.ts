import type { LinePatterns } from './patterns.js';

/** A dateline at the head of a paragraph, with offsets relative to the paragraph's start. */
export interface FoundDateline {
  place: string;
  agency?: string;
  /** End of the dateline (after its separator, if any), relative to the paragraph. */
  end: number;
}

const UPPER_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.\\-]*";
const TITLE_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’.\\-]+";
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?';
// "KARACHI, Pakistan" or "Peshawar, Khyber Pakhtunkhwa": a region after the place, but never a month.
const REGION_WORD = `(?:${TITLE_WORD}|${UPPER_WORD})`;
const REGION = `(?:,\\s*(?!${MONTH})${REGION_WORD}(?:\\s${REGION_WORD})?)?`;
const DATE = `(?:,\\s*${MONTH})?`;
const AGENCY = '\\(\\s*([^()\\n]{1,60}?)\\s*\\)';
const SEP = '\\s*(?::|;|--|—|–|-(?=\\s))';

// ISLAMABAD; | ACCRA -- | LONDON, March 4 (Reuters) - | ISLAMABAD ( WNAM REPORT): | ISLAMABAD (APP) The...
const UPPER = new RegExp(`^(${UPPER_WORD}(?:[ /]${UPPER_WORD}){0,3}${REGION})${DATE}(?:\\s*${AGENCY})?(?:${SEP}|(?<=\\))(?=\\s*[\\p{Lu}"“]))`, 'u');
// Mixed case only with an agency and then a separator or a body glued to the bracket, the mark of a scraped
// dateline: "Islamabad (The COW News Digital)Pakistan has..." but not "Foreign Office (FO) Spokesperson said".
// A space before the body is allowed only for a credit of two or more words ("Kestrava (The Daily Ledger
// Digital) Varonia and…"); a one-word acronym there is an organisation's abbreviation, not a credit.
const TITLE = new RegExp(`^(${TITLE_WORD}(?:\\s${TITLE_WORD}){0,2}${REGION})${DATE}\\s*${AGENCY}(?:${SEP}|(?=[\\p{Lu}"“])|(\\s+)(?=[\\p{Lu}"“]))`, 'u');

/** Finds a dateline at the start of a paragraph, or undefined. */
export function findDateline(paragraph: string, p: LinePatterns): FoundDateline | undefined {
  const head = paragraph.slice(0, 160);
  const m = UPPER.exec(head) ?? TITLE.exec(head);
  if (!m) return undefined;
  const place = m[1]!.trim();
  const agency = m[2]?.replace(/\s+/g, ' ').trim();
  if (!plausiblePlace(place, p)) return undefined;
  // "Rep. Jane Roe (D-N.Y.):" names a party and state, not an agency.
  if (agency && /^[RDI]-\p{Lu}/u.test(agency)) return undefined;
  if (m[3] !== undefined && !/\S\s+\S/.test(agency ?? '')) return undefined;
  // The dateline must leave a body behind it.
  if (!/\p{L}/u.test(paragraph.slice(m[0].length))) return undefined;
  return { place, ...(agency ? { agency } : {}), end: m[0].length };
}

/** Rejects kicker words ("BREAKING:", "LOOK:"), agency names, and all-caps phrases ("FIX IS IN:"). */
function plausiblePlace(place: string, p: LinePatterns): boolean {
  const upper = place.toUpperCase();
  if (place.replace(/[^\p{L}]/gu, '').length < 2 || p.datelineNotPlaces.has(upper)) return false;
  return !upper.split(/[\s/,]+/).some((word) => p.datelineNotPlaceWords.has(word));
}

/**
 * The outlet an agency credit names, or undefined when it names a role ("Our Correspondent", "Web Desk").
 * "WNAM REPORT" → "WNAM"; "The COW News Digital" → "The COW News"; "Harbour Wire" and "Reuters" stay.
 */
export function outletFromAgency(agency: string, p: LinePatterns): string | undefined {
  if (!/^[\p{Lu}\p{Lo}\d]/u.test(agency) || p.agencyNotOutlets.has(agency.toLowerCase())) return undefined;
  let name = agency;
  for (let changed = true; changed; ) {
    changed = false;
    for (const role of p.agencyRoleWords) {
      const lower = name.toLowerCase();
      if (lower.endsWith(` ${role}`)) {
        name = name.slice(0, name.length - role.length - 1).trim();
        changed = true;
      }
    }
  }
  if (!name || p.agencyNotOutlets.has(name.toLowerCase()) || /^(the|our|from)$/i.test(name)) return undefined;
  return name;
}
