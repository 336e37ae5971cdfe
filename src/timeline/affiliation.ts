import type { StateLexicon } from './states.js';

/** The state an official or body speaks for, its role, and the words that say so (UTF-16 offsets of clean text). */
export interface Affiliation {
  state: string;
  role: string;
  evidence: { start: number; end: number };
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
/** Lowercase words that end a role phrase when walking left from a name: they belong to the clause, not the title. */
const CLAUSE = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'said', 'says', 'told', 'to', 'by', 'with', 'that', 'as', 'when', 'while', 'on', 'in', 'at', 'for', 'from', 'but', 'after', 'before', 'according']);
const MAX_MODIFIERS = 3;
const MAX_NAME_WORDS = 3;

function words(text: string, offset = 0): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    const t = m[0].replace(/[.'’-]+$/, '');
    return { text: t, start: offset + m.index!, end: offset + m.index! + t.length };
  });
}

const isCapital = (w: string) => /^\p{Lu}/u.test(w);

/** The country a word names: a name, a variant or a demonym, also in the possessive ("Varonia's"). */
function stateWord(w: string, lex: StateLexicon): string | undefined {
  return lex.states.get(w) ?? lex.states.get(w.replace(/['’]s?$/, ''));
}

/** A country named by up to three words ending at `end` (inclusive): "North Korea's", "Varonian". */
function stateEndingAt(ws: readonly Word[], end: number, lex: StateLexicon): { state: string; from: number } | undefined {
  for (let n = Math.min(3, end + 1); n >= 1; n--) {
    const phrase = ws.slice(end - n + 1, end + 1).map((w) => w.text).join(' ');
    const state = stateWord(phrase, lex);
    if (state) return { state, from: end - n + 1 };
  }
  return undefined;
}

/** Whether a lowercase phrase holds one of the institution names as whole words. */
function namesInstitution(phrase: string, lex: StateLexicon): boolean {
  const padded = ` ${phrase.toLowerCase().replace(/[^\p{L}\p{M}' ]+/gu, ' ')} `;
  for (const i of lex.institutions) if (padded.includes(` ${i} `)) return true;
  return false;
}

/** The country the text names most, first named on a tie; institutions without a country belong to it. */
export function dominantState(text: string, lex: StateLexicon): string | undefined {
  const ws = words(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < ws.length; i++) {
    const hit = stateEndingAt(ws, i, lex);
    if (hit) counts.set(hit.state, (counts.get(hit.state) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [state, n] of counts) if (!best || n > counts.get(best)!) best = state;
  return best;
}

/**
 * The affiliation of the party written at `mention`: from the mention itself ("Varonian officials",
 * "the Foreign Office"), else from a role next to any place its last name is written ("Varonia's defence
 * minister Marta Olbrecht", "Olbrecht, the Teskári foreign minister"). A role naming only an institution
 * ("Foreign Office spokesperson") goes to `dominant`. Undefined when the mention is a state itself or no
 * such words are found.
 */
export function affiliationOf(text: string, mention: { start: number; end: number }, lex: StateLexicon, dominant?: string): Affiliation | undefined {
  const name = text.slice(mention.start, mention.end).replace(/^the\s+/i, '');
  const own = words(text.slice(mention.start, mention.end), mention.start);
  if (own.length === 0) return undefined;
  // A demonym or variant standing for its state ("Varonian said") is that state, under its own name.
  const itself = stateWord(name, lex);
  if (itself) return itself === name ? undefined : { state: itself, role: '', evidence: mention };
  // "Government of Varonia", "Foreign Ministry of Varonia".
  const of = /\s+of\s+(?:the\s+)?([^,]+)$/u.exec(name);
  const ofState = of ? stateWord(of[1]!, lex) : undefined;
  if (of && ofState) return { state: ofState, role: name.slice(0, of.index), evidence: mention };
  for (let i = 0; i < own.length - 1 && i < 3; i++) {
    const hit = stateEndingAt(own, i, lex);
    if (hit && hit.from === 0) return { state: hit.state, role: own.slice(i + 1).map((w) => w.text).join(' '), evidence: mention };
  }
  if (dominant && lex.institutions.has(name.toLowerCase())) return { state: dominant, role: name, evidence: mention };
  if (!own.every((w) => isCapital(w.text))) return undefined;
  const last = own[own.length - 1]!.text;
  const escaped = last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, 'gu'))) {
    const at = { start: m.index!, end: m.index! + last.length };
    const found = roleBefore(text, at, lex, dominant) ?? roleAfter(text, at, lex, dominant);
    if (found) return found;
  }
  return undefined;
}

/** "Varonia's defence minister Marta Olbrecht", "Varonian Defence Minister Olbrecht", "FO spokesperson Olbrecht". */
function roleBefore(text: string, at: { start: number; end: number }, lex: StateLexicon, dominant?: string): Affiliation | undefined {
  const from = Math.max(0, at.start - 160);
  const window = text.slice(from, at.start);
  const cut = Math.max(window.search(/[^.!?\n]*$/), 0);
  const ws = words(window.slice(cut), from + cut);
  let i = ws.length - 1;
  // Given names (capitalised words that are neither roles nor countries) between the role and the last name.
  const lower = (k: number) => ws[k]!.text.toLowerCase();
  for (let n = 0; i >= 0 && n < MAX_NAME_WORDS && isCapital(ws[i]!.text) && !lex.roles.has(lower(i)) && !lex.topics.has(lower(i)) && !stateWord(ws[i]!.text, lex); n++) i--;
  // "Minister for Information and Broadcasting Ana Ruiz": the subject after the head belongs to the role.
  const tailEnd = i;
  while (i >= 0 && (lex.topics.has(lower(i)) || lower(i) === 'and') && tailEnd - i < 5) i--;
  if (i < tailEnd && i >= 1 && (lower(i) === 'for' || lower(i) === 'of') && lex.roles.has(lower(i - 1))) i--;
  else i = tailEnd;
  if (i < 0 || !lex.roles.has(lower(i))) return undefined;
  const head = i;
  const tail = ws.slice(head + 1, tailEnd + 1).map((w) => w.text);
  // A comma may stand between a role and its holder ("Teskár's foreign minister, Ivo Brandt"), nothing else.
  const gap = text.slice(ws[tailEnd]!.end, ws[tailEnd + 1]?.start ?? at.start);
  if (!/^\s*,?\s*$/.test(gap)) return undefined;
  // Punctuation between two words ends the role phrase ("ISLAMABAD; Minister for …").
  const joined = (k: number) => /^\s+$/.test(text.slice(ws[k]!.end, ws[k + 1]!.start));
  for (let k = head - 1, n = 0; k >= 0 && n <= MAX_MODIFIERS && joined(k); k--, n++) {
    const hit = stateEndingAt(ws, k, lex);
    if (hit) {
      const role = [...ws.slice(k + 1, head + 1).map((w) => w.text), ...tail].join(' ');
      return { state: hit.state, role, evidence: { start: ws[hit.from]!.start, end: at.end } };
    }
    if (CLAUSE.has(ws[k]!.text.toLowerCase())) break;
  }
  let start = head;
  while (start > 0 && head - start < MAX_MODIFIERS && joined(start - 1) && !CLAUSE.has(ws[start - 1]!.text.toLowerCase())) start--;
  const role = [...ws.slice(start, head + 1).map((w) => w.text), ...tail].join(' ');
  const evidence = { start: ws[start]!.start, end: at.end };
  if (!dominant) return undefined;
  if (namesInstitution(ws.slice(start, head).map((w) => w.text).join(' '), lex)) return { state: dominant, role, evidence };
  // A government office with only subject words ("Federal Information Minister"): no other owner is written.
  const modifiers = ws.slice(start, head);
  if (lex.stateTitles.has(lower(head)) && modifiers.every((w) => lex.topics.has(w.text.toLowerCase()))) return { state: dominant, role, evidence };
  return undefined;
}

/** "Olbrecht, the Teskári foreign minister," / "Olbrecht, Varonia's defence minister" / "…, the Foreign Office spokesperson". */
function roleAfter(text: string, at: { start: number; end: number }, lex: StateLexicon, dominant?: string): Affiliation | undefined {
  const rest = text.slice(at.end, at.end + 120);
  const lead = /^\s*,\s+/.exec(rest);
  if (!lead) return undefined;
  const clause = rest.slice(lead[0].length).split(/[,.;:!?()\n]/)[0]!;
  const ws = words(clause, at.end + lead[0].length);
  const head = ws.findIndex((w) => lex.roles.has(w.text.toLowerCase()));
  if (head < 0 || head > MAX_MODIFIERS + 1) return undefined;
  const first = ws[0] && /^(the|a|an)$/i.test(ws[0].text) ? 1 : 0;
  for (let k = first; k < head; k++) {
    const hit = stateEndingAt(ws, k, lex);
    if (hit && hit.from >= first) return { state: hit.state, role: ws.slice(k + 1, head + 1).map((w) => w.text).join(' '), evidence: { start: at.start, end: ws[head]!.end } };
  }
  const role = ws.slice(first, head + 1).map((w) => w.text).join(' ');
  if (dominant && namesInstitution(ws.slice(first, ws.length).map((w) => w.text).join(' '), lex)) return { state: dominant, role, evidence: { start: at.start, end: ws[ws.length - 1]!.end } };
  return undefined;
}
