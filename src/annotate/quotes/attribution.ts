import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { headOf, isAnonymous } from './anonymous.js';
import type { Lexicon } from './lexicon.js';
import { mentionGender, pronounGender } from './gender.js';
import type { Mention } from './names.js';
import { isCapitalised } from './source.js';
import { tokenize, type Token } from './text.js';
import type { Found } from './types.js';

/** Who said it: the name a quote is attributed to, or null for an anonymous or unknown source. */
export interface Speaker {
  speaker: Span | null;
  speakerText: string | null;
  speakerEntity?: string;
  anonymous: boolean;
  evidence: string;
}

const ORG_PRONOUNS = new Set(['it', 'they', 'which', 'we']);
const RELATIVE = new Set(['who', 'which', 'that']);
/** Possessive determiners, read as the pronoun they stand for when they name a source. */
const POSSESSIVES: Record<string, string> = { his: 'he', their: 'they', its: 'it', my: 'i', our: 'we', your: 'you' };
/** How far back (in characters) a pronoun or role noun may look for its antecedent. */
const LOOKBACK = 2500;

function overlapping(mentions: Mention[], span: Span): Mention[] {
  return mentions.filter((m) => m.start < span.end && span.start < m.end);
}

function nearestBefore(mentions: Mention[], at: number, ok: (m: Mention) => boolean): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) if (m.end <= at && at - m.end <= LOOKBACK && ok(m) && (!best || m.start > best.start)) best = m;
  return best;
}

function named(doc: Doc, m: Mention, evidence: string): Speaker {
  return { speaker: { start: m.start, end: m.end }, speakerText: doc.slice(m), ...(m.entity ? { speakerEntity: m.entity } : {}), anonymous: false, evidence };
}

/** The name inside a source phrase: "Foreign Office spokesperson Maria Elena Ortiz" → "Maria Elena Ortiz". */
function nameIn(tokens: Token[], lex: Lexicon): Span | null {
  let end = -1;
  for (let i = tokens.length - 1; i >= 0; i--) if (isCapitalised(tokens[i]!) && !lex.personRoles.has(tokens[i]!.lower)) { end = i; break; }
  if (end < 0) return null;
  let start = end;
  while (start > 0 && isCapitalised(tokens[start - 1]!) && !lex.personRoles.has(tokens[start - 1]!.lower) && !lex.modifiers.has(tokens[start - 1]!.lower) && !lex.determiners.has(tokens[start - 1]!.lower)) start--;
  if (start === end && lex.determiners.has(tokens[start]!.lower)) return null;
  return { start: tokens[start]!.start, end: tokens[end]!.end };
}

/**
 * Resolves a quote's source phrase to its speaker. A name in the phrase is the speaker (linked to the
 * entities layer when a mention overlaps it); a pronoun or role noun points back to the nearest earlier
 * compatible name (PERSON for he/she/the minister, ORG for it/the ministry); "the statement" to the speaker
 * of the last quote made in a statement; anonymous sources get no speaker.
 */
export function resolveSpeaker(doc: Doc, f: Found, mentions: Mention[], lex: Lexicon, sentence: string, earlier: { found: Found; speaker: Speaker }[]): Speaker {
  const how = f.how;
  if (!f.mention) return { speaker: null, speakerText: null, anonymous: false, evidence: `${how}; no source` };
  const tokens = tokenize(doc.text, f.mention.start, f.mention.end);
  const words = tokens.filter((t) => t.word);
  const phrase = doc.slice(f.mention);
  if (isAnonymous(tokens, sentence, lex)) return { speaker: null, speakerText: null, anonymous: true, evidence: `${how}; anonymous source "${phrase}"` };
  const head = headOf(tokens);
  // "his warning that …" (a noun cue's possessive) points back like the pronoun it stands for
  const first = words[0] && POSSESSIVES[words[0].lower] ? { ...words[0], lower: POSSESSIVES[words[0].lower]! } : words[0];
  // a name inside what someone said is rarely what a later pronoun or role noun points to
  // only mentions within reach of the source phrase matter (nearestBefore looks back LOOKBACK characters);
  // windowing first keeps a paragraph of a thousand quotes from costing mentions × quotes per quote
  const from = f.mention.start - LOOKBACK;
  const to = f.mention.end;
  const all = mentions;
  const near = mentions.filter((m) => m.end >= from && m.start <= to);
  const reach = earlier.filter((e) => e.found.end >= from && e.found.start <= to);
  const inContent = (m: Mention) => reach.some((e) => e.found.start <= m.start && m.end <= e.found.end) || (f.start <= m.start && m.end <= f.end);
  mentions = near.filter((m) => !inContent(m) || overlapping([m], f.mention!).length > 0);
  if (words.length === 1 && first && (lex.personPronouns.has(first.lower) || lex.groupPronouns.has(first.lower))) {
    const at = f.mention.start;
    const relative = RELATIVE.has(first.lower);
    const wantOrg = ORG_PRONOUNS.has(first.lower) && !relative;
    // without a typed PERSON in reach, a name of two or more words is the likeliest person ("Ali Raza")
    // "Okafor, who said …" points at the name just before it; "voters who say …" at no name at all, and the
    // nearest earlier name would be a guess
    if (relative) {
      const m = nearestBefore(mentions, at, () => true);
      if (m && /^[\s,]*$/u.test(doc.text.slice(m.end, at))) return named(doc, m, `${how}; relative pronoun "${first.text}" → the name before it, "${doc.slice(m)}" at ${m.start}`);
      return { speaker: null, speakerText: null, anonymous: false, evidence: `${how}; relative pronoun "${first.text}" after no name` };
    }
    // "she" skips a nearer man's name; a name whose gender nothing shows fits either pronoun
    const wanted = pronounGender(first.lower);
    const fits = (c: Mention) => !wanted || (mentionGender(doc.text, c, all) ?? wanted) === wanted;
    const guessedPerson = (c: Mention) => c.label === 'OTHER' && /\s/.test(doc.slice(c));
    const person = (c: Mention) => c.label === 'PERSON' || guessedPerson(c);
    const m = nearestBefore(mentions, at, (c) => (wantOrg ? c.label === 'ORG' || c.label === 'OTHER' : c.label === 'PERSON' && fits(c)))
      ?? (wantOrg ? undefined : nearestBefore(mentions, at, (c) => guessedPerson(c) && fits(c)));
    const skipped = wanted && m ? nearestBefore(mentions, at, (c) => person(c) && c.start > m.start && !fits(c)) : undefined;
    const note = skipped ? `, past "${doc.slice(skipped)}" (not ${wanted})` : '';
    if (m) return named(doc, m, `${how}; pronoun "${first.text}" → nearest preceding ${wantOrg ? 'ORG' : 'PERSON'} "${doc.slice(m)}" at ${m.start}${note}`);
    if (wanted && nearestBefore(mentions, at, person)) {
      // "Atta Tarar said …. He alleged …": when only a given-name list stands against the pronoun, the speaker
      // of the attribution just before is its antecedent; a guessed gender does not outweigh the discourse
      const last = [...reach].reverse().find((e) => e.speaker.speaker && !e.speaker.anonymous && e.found.cue.start < at);
      const prior = last ? all.find((c) => c.start === last.speaker.speaker!.start && c.end === last.speaker.speaker!.end) : undefined;
      if (last && prior && person(prior) && (mentionGender(doc.text, prior, all, true) ?? wanted) === wanted) {
        return { ...last.speaker, evidence: `${how}; pronoun "${first.text}" → "${last.speaker.speakerText}", the speaker of the attribution just before (only a given-name list shows another gender)` };
      }
      return { speaker: null, speakerText: null, anonymous: false, evidence: `${how}; pronoun "${first.text}": no ${wanted} name before it` };
    }
    return { speaker: null, speakerText: null, anonymous: false, evidence: `${how}; pronoun "${first.text}" with no antecedent` };
  }
  // "six in 10 voters", "19 percent of students": a poll group names no one; its capitalised first word is no name
  const group = [head, words[words.length - 1]].find((t) => t && t.text === t.lower && (lex.groupHeads.has(t.lower) || lex.unsourced.pollHeads.has(t.lower)));
  if (group) return { speaker: { ...f.mention }, speakerText: phrase, anonymous: false, evidence: `${how}; source "${phrase}" is a poll or a group of respondents, not a name` };
  const inside = overlapping(mentions, f.mention).sort((a, b) => rank(a) - rank(b) || b.start - a.start);
  const own = inside[0];
  if (own) {
    // a guessed name may run past the source phrase (a Title Case headline); keep only the part inside it
    const clipped = { ...own, start: Math.max(own.start, f.mention.start), end: Math.min(own.end, f.mention.end) };
    return named(doc, clipped, `${how}; source names "${doc.slice(clipped)}"`);
  }
  const name = head && isCapitalised(head) ? nameIn(tokens, lex) : null;
  if (name) return { speaker: name, speakerText: doc.slice(name), anonymous: false, evidence: `${how}; source names "${doc.slice(name)}"` };
  if (head && (head.lower === 'statement' || head.lower === 'post' || head.lower === 'tweet')) {
    const last = [...earlier].reverse().find((e) => e.speaker.speaker && /statement|post|wrote|tweet/i.test(e.found.how + doc.text.slice(e.found.cue.start, e.found.cue.end + 40)));
    if (last) return { ...last.speaker, evidence: `${how}; "${phrase}" → the statement of "${last.speaker.speakerText}" quoted before` };
  }
  // only a definite singular role points back to a person: "the minister", not "the police" or "officials"
  if (head && lex.personRoles.has(head.lower) && !lex.orgRoles.has(head.lower) && !/s$/.test(head.lower) && first && ['the', 'this', 'that'].includes(first.lower)) {
    const role = head.lower;
    const m = nearestBefore(mentions, f.mention.start, (c) => c.label === 'PERSON' && titled(doc, c, role))
      ?? nearestBefore(mentions, f.mention.start, (c) => c.label === 'PERSON');
    if (m) return named(doc, m, `${how}; role "${phrase}" → nearest preceding PERSON "${doc.slice(m)}" at ${m.start}`);
  }
  if (head && lex.orgRoles.has(head.lower)) {
    const word = head.lower;
    const m = nearestBefore(mentions, f.mention.start, (c) => c.label === 'ORG' && doc.slice(c).toLowerCase().includes(word));
    if (m) return named(doc, m, `${how}; institution "${phrase}" → nearest preceding ORG "${doc.slice(m)}" at ${m.start}`);
  }
  return { speaker: { ...f.mention }, speakerText: phrase, anonymous: false, evidence: `${how}; source "${phrase}" is not a name and was not resolved` };
}

/**
 * Is the name introduced with this role: before it ("Interior Minister Bilal Shah", "the minister, Bilal
 * Shah") or in an apposition after it ("Marta Olbrecht, Varonia's defence minister,")?
 */
function titled(doc: Doc, m: Mention, role: string): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 60), m.start).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const apposition = /^\s*,([^,.;]{0,50})[,.]/u.exec(doc.text.slice(m.end, m.end + 60))?.[1]?.toLowerCase().match(/[\p{L}]+/gu) ?? ([] as string[]);
  return before.slice(-3).includes(role) || apposition.includes(role) || doc.slice(m).toLowerCase().includes(role);
}

function rank(m: Mention): number {
  return m.label === 'PERSON' ? 0 : m.label === 'ORG' ? 1 : 2;
}
