import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { findDirect } from './direct.js';
import { findIndirect } from './indirect.js';
import { learnedAttributions } from './recall-model.js';
import { findUnsourced } from './unsourced.js';
import { findNounCues } from './nouns.js';
import { findPassive } from './passive.js';
import { datelineEnd } from './dateline.js';
import { findLabels } from './labels.js';
import { absoluteBefore, nearestSubject, sentenceSubject } from './subject.js';
import type { Lexicon } from './lexicon.js';
import unsourced from '../../../data/quotes/unsourced.json' with { type: 'json' };
import { outermost, pairQuotes, type Quoted } from './marks.js';
import { paragraphs, sentencesOf, tokenize } from './text.js';
import type { Found } from './types.js';

/** Quoted fragments this short with no cue of their own are titles or scare quotes, not statements. */
const MIN_UNATTRIBUTED_WORDS = 4;
/** A quote with no cue takes the previous attribution's source only if that one ended this close before. */
const CARRY_DISTANCE = 400;
const SENTENCE_END = /([\p{L}\p{N}]*)([.!?])[”"’']*(?=\s)/gu;
const MAX_CARRY_SENTENCES = 1;
/** Adverbs that mark a clause as someone else's claim (data/quotes/unsourced.json "adverbs"). */
const REPORTED = new RegExp(`\\b(?:${unsourced.adverbs.join('|')})\\b`, 'iu');

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function titleCase(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => /^[\p{L}]{4,}/u.test(w));
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** "Meet the Press", "The Art of the Deal": two or more long words, all capitalised, no sentence punctuation. */
function isTitle(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => /^[\p{L}]{4,}/u.test(w));
  return long.length >= 2 && titleCase(text) && !/[.!?,;:]["'”’]?\s*$/u.test(text);
}

/** Drops the spaces and commas just inside the marks: “The dialogue failed,” → The dialogue failed */
function trimContent(text: string, f: Found): Found {
  let { start, end } = f;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { ...f, start, end };
}

/**
 * Every quote of a document, unresolved: direct quotes from paired marks with a cue beside them, indirect
 * speech sentence by sentence, then partial quotes inside indirect speech and quotes that carry on the
 * speaker of the attribution just before them.
 */
export function findQuotes(doc: Doc, lex: Lexicon): Found[] {
  const text = doc.text;
  const paras = paragraphs(text);
  const quotes = outermost(pairQuotes(text)).filter((q) => q.end > q.start);
  const labels = findLabels(text, paras);
  const labelled = (at: number) => labels.some((l) => l.start <= at && at < l.end);
  // a quote that opens a labelled paragraph is that speaker's; other quotes inside it are partial
  const { found: direct, rest } = findDirect(text, quotes.filter((q) => !labels.some((l) => l.start === q.open || l.mention!.start === q.open + 1)), paras, lex);
  interrupted(direct);
  const used = new Map(direct.map((f) => [f.cue.start, f.mention] as const));
  const quotedSpans: Span[] = quotes.map((q) => ({ start: q.open, end: q.close ?? q.end }));
  const indirect: Found[] = [];
  const sentences = sentencesOf(doc, lex);
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    if (labelled(sentence.start)) continue;
    const inSentence = findIndirect(tokens, lex, quotedSpans, used);
    // a sentence with no cue of its own, no direct quote and no quote marks may still report a belief
    const bare = inSentence.length === 0 && !quotedSpans.some((q) => q.start < sentence.end && sentence.start < q.end);
    inSentence.push(...findUnsourced(tokens, lex, bare), ...findNounCues(tokens, lex, quotedSpans));
    if (lex.looseSubjects) inSentence.push(...findPassive(tokens, lex, quotedSpans));
    for (const f of inSentence) {
      // content that is exactly an attributed direct quote is that quote, not a second one
      if (direct.some((d) => d.start >= f.start - 2 && d.end <= f.end + 2 && f.end - f.start - (d.end - d.start) < 4)) continue;
      indirect.push(f);
    }
  }
  // "Voters said they want change": PolNeAR and readers alike take the outer attribution; an inner cue
  // inside another quote's content is part of what was said, not a new statement
  indirect.push(...labels);
  // "She compared it to “a root canal,” according to his memoir": of two that hold each other's cue, the
  // "according to" attribution is the outer one
  const according = (f: Found) => text.startsWith('according', f.cue.start) || text.startsWith('According', f.cue.start);
  const outer = indirect.filter((f) => !indirect.some((g) => g !== f && g.start <= f.cue.start && f.cue.end <= g.end && (!(f.start <= g.cue.start && g.cue.end <= f.end) || (according(g) && !according(f)))));
  const all = [...direct, ...outer];
  for (const q of rest) {
    const host = outer.find((f) => f.start <= q.open && (q.close ?? q.end) <= f.end + 1);
    if (host) {
      all.push({ kind: 'direct', start: q.start, end: q.end, cue: host.cue, mention: host.mention, how: `quoted words inside indirect speech (${host.how})`, partial: true, ...(q.close === null ? { unclosed: true } : {}) });
      continue;
    }
    const sentence = sentences.find((x) => x.start <= q.open && q.open < x.end);
    const words = text.slice(q.start, q.end);
    // a one-word or Title Case quote ("traitor", "Friends of the Earth") is a scare quote or a name, not a statement
    const statement = wordCount(words) >= 2 && !titleCase(words);
    // "the delegation allegedly attempted to “dilute and deflect” the talks" reports someone's claim: the
    // words stay with the source the paragraph is quoting, when there is one, not the clause's subject
    const claimed = !!sentence && REPORTED.test(text.slice(sentence.start, q.open)) && carry(text, all, q, paras, lex) !== null;
    // "…, with one of her ads asking, “…”": the absolute phrase names the speaker, not the sentence's subject
    const absolute = sentence && sentence.start < q.open ? absoluteBefore(text, sentence, q.open, lex) : null;
    if (absolute) {
      all.push({ kind: 'direct', start: q.start, end: q.end, cue: absolute.verb, mention: absolute.mention, how: 'participle cue before the quote in a "with" phrase that names its source', ...(q.close === null ? { unclosed: true } : {}) });
      continue;
    }
    const subject = statement && sentence && sentence.start < q.open && !claimed ? sentenceSubject(text, sentence, q.open, lex) : null;
    if (subject) {
      all.push({ kind: 'direct', start: q.start, end: q.end, cue: subject.verb, mention: subject.mention, how: 'no speech verb; the subject of the sentence holding the quote', ...(q.close === null ? { unclosed: true } : {}) });
      continue;
    }
    // a Title Case quote ("Meet the Press") is a title or a name: it carries no one's words on
    if (isTitle(words)) continue;
    let carried = carry(text, all, q, paras, lex);
    // a quote inside a sentence that another attribution opened in an earlier sentence is this sentence's
    // business ("Clinton has decried the issue of “systemic racism”"), not the earlier speaker's
    if (carried && sentence && !claimed && /[\p{L}\p{N}]/u.test(text.slice(sentence.start, q.open)) && carried.cue.end <= sentence.start && (carried.mention?.end ?? 0) <= sentence.start) {
      const near = nearestSubject(text, sentence, q.open, lex, all);
      carried = null;
      if (near) {
        all.push({ kind: 'direct', start: q.start, end: q.end, cue: near.verb, mention: near.mention, how: 'no cue of its own; the nearest subject before it in its sentence', ...(q.close === null ? { unclosed: true } : {}) });
        continue;
      }
    }
    // PolNeAR mode: quotes of one speaker in one paragraph ("“A,” said Roe, who … “B.”") are one attribution
    const sameParagraph = lex.looseSubjects && !!carried && !text.slice(carried.end, q.open).includes('\n');
    if (carried && carried.kind === 'direct' && (sameParagraph || onlyAttributionBetween(text, carried, q, lex))) {
      // “A,” he said. “B.” is one statement: the quote goes on after its attribution
      carried.parts = [...(carried.parts ?? [{ start: carried.start, end: carried.end }]), { start: q.start, end: q.end }];
      carried.end = q.end;
      if (q.close === null) carried.unclosed = true;
      continue;
    }
    if (carried) {
      all.push({ kind: 'direct', start: q.start, end: q.end, cue: carried.cue, mention: carried.mention, how: `no cue of its own; carries on the attribution ending at ${carried.end}`, ...(q.close === null ? { unclosed: true } : {}) });
      continue;
    }
    if (statement && wordCount(words) >= MIN_UNATTRIBUTED_WORDS) {
      // PolNeAR mode: a digest's excerpt under an all-capitals headline ("PORT TOLLS TO FALL “…”") is credited to
      // that headline (the linked story), as PolNeAR annotates it; the product names no such speaker
      const headline = lex.looseSubjects ? headlineBefore(text, q.open) : null;
      if (headline) {
        all.push({ kind: 'direct', start: q.start, end: q.end, cue: { start: q.open, end: q.open + 1 }, mention: headline, how: 'an excerpt under an all-capitals headline', ...(q.close === null ? { unclosed: true } : {}) });
        continue;
      }
      all.push({ kind: 'direct', start: q.start, end: q.end, cue: { start: q.open, end: q.open + 1 }, mention: null, how: 'quotation marks with no cue or source nearby', ...(q.close === null ? { unclosed: true } : {}) });
    }
  }
  // PolNeAR mode: words the learned recall pass rates as cues where the rules found nothing
  all.push(...learnedAttributions(text, sentences, all, quotedSpans, lex));
  const dateline = datelineEnd(doc);
  return all.map((f) => trimContent(text, f.start < dateline && dateline < f.end && f.start >= text.lastIndexOf('\n', dateline) ? { ...f, start: dateline } : f)).filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** An all-capitals run of three or more words right before `open`, after a sentence end or a line break. */
function headlineBefore(text: string, open: number): Span | null {
  const m = /(?:^|[.\]\n]\s*)((?:[\p{Lu}\d][\p{Lu}\d’'‘:,&-]*\s+){2,}[\p{Lu}\d][\p{Lu}\d’'‘:,&-]*)\s*$/u.exec(text.slice(Math.max(0, open - 200), open));
  if (!m || !/\p{Lu}{2}/u.test(m[1]!)) return null;
  const end = open - (m[0].length - m[0].indexOf(m[1]!) - m[1]!.length);
  return { start: end - m[1]!.length, end };
}

/**
 * “A,” Varga said, “B.”: two quotes that share the one attribution between them are one statement, in two
 * parts (PolNeAR and readers alike take it so). Merges in place.
 */
function interrupted(direct: Found[]): void {
  direct.sort((a, b) => a.start - b.start);
  for (let k = direct.length - 1; k > 0; k--) {
    const a = direct[k - 1]!;
    const b = direct[k]!;
    if (a.cue.start !== b.cue.start || a.end > a.cue.start || b.start < a.cue.end) continue;
    a.parts = [...(a.parts ?? [{ start: a.start, end: a.end }]), ...(b.parts ?? [{ start: b.start, end: b.end }])];
    a.end = b.end;
    if (b.unclosed) a.unclosed = true;
    direct.splice(k, 1);
  }
}

/** “A,” he said. “B.”: between the two quotes stands nothing but the first one's attribution sentence. */
function onlyAttributionBetween(text: string, carrier: Found, q: Quoted, lex: Lexicon): boolean {
  const gap = text.slice(carrier.end, q.open);
  if (carrier.cue.start < carrier.end || carrier.cue.end > q.open || gap.length > 160) return false;
  // "said Rep. Dina Titus." : the dots inside the source phrase do not end a sentence
  const from = carrier.mention && carrier.mention.end <= q.open && carrier.mention.start >= carrier.end ? carrier.mention.end - carrier.end : 0;
  // nor do those of an apposition after it ("the head of the port office in St. Louis.")
  const rest = gap.slice(from);
  let pieces = 0;
  let at = 0;
  for (const m of rest.matchAll(SENTENCE_END)) {
    if (!endsSentence(m, lex)) continue;
    if (/\p{L}/u.test(rest.slice(at, m.index! + m[0].length))) pieces++;
    at = m.index! + m[0].length;
  }
  if (/\p{L}/u.test(rest.slice(at))) pieces++;
  return pieces <= 1 && !/:\s*$/.test(rest);
}

/**
 * How many sentences end in a stretch of text: "said Gregory W. Slayton, a former ambassador in Mass." ends
 * one, not three; the full stop after an initial or an abbreviation ("W.", "Mr.", "Mass.") ends none.
 */
function sentenceEnds(stretch: string, lex: Lexicon): number {
  return [...stretch.matchAll(SENTENCE_END)].filter((m) => endsSentence(m, lex)).length;
}

/** A SENTENCE_END match ends a sentence unless it is the full stop of an initial or an abbreviation. */
function endsSentence(m: RegExpMatchArray, lex: Lexicon): boolean {
  return !(m[2] === '.' && (/^\p{Lu}$/u.test(m[1]!) || lex.abbreviations.has(m[1]!.toLowerCase())));
}

/** The direct quote whose attribution sentence ("“…,” said Murphy, who thinks …") holds indirect speech `f`. */
function attributionHolding(text: string, all: Found[], f: Found, lex: Lexicon): Found | null {
  for (const d of all) {
    if (d.kind !== 'direct' || d.partial || d.cue.start < d.end || d.cue.end > f.start || d.end > f.start) continue;
    const from = Math.max(d.cue.end, d.mention?.end ?? 0);
    if (from <= f.start && !sentenceEnds(text.slice(from, f.start), lex)) return d;
  }
  return null;
}

/** The attribution a cue-less quote continues: the nearest one before it, in its paragraph or the one before. */
function carry(text: string, all: Found[], q: Quoted, paras: Span[], lex: Lexicon): Found | null {
  const p = paras.findIndex((s) => s.start <= q.open && q.open < s.end);
  const floor = paras[Math.max(0, p - 1)]?.start ?? 0;
  let best: Found | null = null;
  for (const f of all) {
    if (f.partial || f.end > q.open || f.start < floor || q.open - f.end > CARRY_DISTANCE) continue;
    if (!best || f.end > best.end) best = f;
  }
  // "“…,” said Murphy, who thinks often about it. “…”": an attribution inside the sentence that attributes
  // a direct quote (a relative clause, "as she accepted her award") does not take the quote's speaker away
  if (best && best.kind === 'indirect') {
    const host = attributionHolding(text, all, best, lex);
    if (host) best = host;
  }
  // a speaker carries over at most one sentence boundary ("He said X. “Y.”"), not across a new topic
  // a quote opening its paragraph takes the speaker of the paragraph before (the newspaper convention)
  const opensParagraph = paras[p]?.start === q.open;
  // the attribution after a quote ("said Rep. Dina Titus.") is not a sentence boundary to count: its
  // abbreviations and initials would read as sentence ends, so counting starts after its source
  const after = best ? Math.max(best.end, ...[best.cue.end, best.mention?.end ?? 0].filter((x) => x <= q.open)) : 0;
  if (best && !(opensParagraph && best.start >= floor) && sentenceEnds(text.slice(after, q.open), lex) > MAX_CARRY_SENTENCES) return null;
  return best;
}
