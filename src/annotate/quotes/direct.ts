import type { Span } from '../../core/span.js';
import { findCues } from './cues.js';
import type { Lexicon } from './lexicon.js';
import type { Quoted } from './marks.js';
import { clauseSubject, isCapitalised, skipBack, sourceEndingAt, sourceStartingAt, STARTERS, subjectAfterOpening, withPostModifier, type TokenRange } from './source.js';
import { apposition, describedAfter, labelBeforeColon, leadIn, nameOfPlace, namedAfterRole, shortPhrase } from './phrases.js';
import { withAbsolute } from './subject.js';
import { tokenize, type Token } from './text.js';
import type { Found } from './types.js';
import { words } from './words.js';

const LEAD = new Set([',', ';', '—', '–', '-']);
const WINDOW = 12;
/** After the quote the window is wider: a source may carry a long apposition before its cue ("…,” Ann Roe, an adviser to the governor of Utah, said). */
const AFTER_WINDOW = 40;

function rangeSpan(tokens: Token[], from: number, to: number): Span {
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

const ADVERBIAL_START = words.adverbialStarts;

/** After the cue comes the sentence's end or an adverbial ("Varga said in an interview."), not a new clause. */
function bareClause(tokens: Token[], from: number): boolean {
  // "“But why?” the reporter asked him.": an object pronoun after the cue still ends the attribution
  if (OBJECTS.has(tokens[from]?.lower ?? '')) from++;
  // "“Can you name one?” he asks rhetorically.": a manner adverb before the end
  if (/ly$/.test(tokens[from]?.lower ?? '') && !tokens[from + 1]?.word) from++;
  // "Hendler warned Saturday that …": a day or time word may stand before a reported clause
  while (tokens[from] && words.times.has(tokens[from]!.lower) && tokens[from + 1]?.word) from++;
  const t = tokens[from];
  return !t || !t.word || (ADVERBIAL_START.has(t.lower) && t.lower !== 'that');
}
const OBJECTS = new Set(['him', 'her', 'them', 'me', 'us', 'reporters']);

/** Does the quote open its sentence: nothing but marks since the last sentence end or line break? */
function opensSentence(text: string, q: Quoted, lex: Lexicon): boolean {
  const before = text.slice(Math.max(0, q.open - 300), q.open);
  const tokens = tokenize(before);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (before.slice(t.end, tokens[k + 1]?.start ?? before.length).includes('\n')) return true;
    if (['.', '!', '?'].includes(t.text) && !shortened(tokens[k - 1], lex)) return true;
    if (t.word) return false;
  }
  return true;
}

function shortened(t: Token | undefined, lex: Lexicon): boolean {
  return !!t && (lex.abbreviations.has(t.lower) || /^\p{Lu}$/u.test(t.text));
}

/**
 * Is the full stop at token `k` an abbreviation's, not a sentence end: after a known abbreviation or an
 * initial, before a comma ("Allentown, Pa., said"), or inside parentheses ("Rep. Ann Roe (D-Ore.) said").
 */
function abbreviation(tokens: Token[], k: number, lex: Lexicon): boolean {
  if (shortened(tokens[k - 1], lex) || tokens[k + 1]?.text === ',') return true;
  for (let j = k + 1; j < tokens.length && j - k <= 3; j++) if (tokens[j]!.text === ')') return true;
  return false;
}

/** "“…,” Varga said" / "“…,” said the minister" / "“…” he added, …": a cue right after the closing mark. */
function cueAfter(text: string, q: Quoted, limit: number, lex: Lexicon): Omit<Found, 'kind' | 'start' | 'end'> | null {
  if (q.close === null) return null;
  const tokens = tokenize(text, q.close + 1, limit).slice(0, AFTER_WINDOW);
  let i = 0;
  while (i < tokens.length && LEAD.has(tokens[i]!.text)) i++;
  for (const cue of findCues(tokens, lex, [], true)) {
    if (cue.index < i) continue;
    // the full stop after an initial or an abbreviation ("Michael C. Cernech, the city manager, said") ends no sentence
    if (tokens.slice(i, cue.index).some((t, k) => ['!', '?', '“', '"', '«'].includes(t.text) || (t.text === '.' && !abbreviation(tokens, i + k, lex)))) break;
    if (cue.lemma === 'according to') {
      // "Trump wrote, threatening “a lawsuit,” according to a letter": after a quote inside a sentence the
      // source vouches for the whole sentence, which the indirect pass reads
      if (!opensSentence(text, q, lex)) break;
      const src = sourceStartingAt(tokens, cue.last + 1, lex, true);
      if (cue.index === i && src) return { cue: rangeSpan(tokens, cue.index, cue.last + 1), mention: rangeSpan(tokens, src.from, src.to), how: '"according to" after the quote' };
      break;
    }
    if (cue.index === i) {
      const src = sourceStartingAt(tokens, cue.index + 1, lex) ?? describedAfter(tokens, cue.index + 1, lex);
      if (!src) break;
      // "… a “sociopath,” said he doesn’t believe …": a pronoun with a verb after it opens what was said
      if (src.to - src.from === 1 && lex.personPronouns.has(tokens[src.from]!.lower) && tokens[src.to]?.word && !ADVERBIAL_START.has(tokens[src.to]!.lower)) break;
      return { cue: rangeSpan(tokens, cue.index, cue.index + 1), mention: rangeSpan(tokens, src.from, src.to), how: `cue "${tokens[cue.index]!.text}" after the quote, source after the cue` };
    }
    const b = skipBack(tokens, cue.index - 1, lex, i);
    // "one member of the delegation said": a subject with a post-modifier is read as the whole clause
    const near = b >= i ? sourceEndingAt(tokens, b, lex, i) ?? apposition(tokens, b, i, lex) : null;
    const src = near && near.from === i ? near : b >= i ? withPostModifier(tokens, near, lex) ?? namedAfterRole(tokens, i, near, lex) ?? clauseSubject(tokens, cue.index, lex, i) ?? shortPhrase(tokens, i, b + 1, lex) ?? nameOfPlace(tokens, i, b, lex) ?? leadIn(tokens, i, near, lex) : null;
    // “… too late.” He says voters …: after a full stop inside the marks a new sentence may start
    // and “… my life.” He added, “…”: a cue that a comma or colon joins to the next quote introduces that one
    const sentenceDone = /[.!?]\s*$/.test(text.slice(q.start, q.close));
    // but “Who knows?” Trump told ITV.: after a question or an exclamation a named source and its cue are the attribution
    const named = src?.from === i && /[!?]\s*$/.test(text.slice(q.start, q.close)) && !lex.personPronouns.has(tokens[i]!.lower);
    if (sentenceDone && !named && !bareClause(tokens, cue.last + 1)) break;
    // "Sanders called it “arbitrary.” Hendler warned …": a quote inside its sentence that a full stop ends is
    // followed by a new sentence, whose cue is its own, not the quote's
    if (sentenceDone && !named && !opensSentence(text, q, lex)) break;
    const joiner = tokens[cue.last + 1];
    if (sentenceDone && joiner && [',', ':'].includes(joiner.text) && /^\s*["“‘'«]/u.test(text.slice(joiner.end, joiner.end + 4))) break;
    if (src && src.from === i) {
      return { cue: rangeSpan(tokens, cue.index, cue.index + 1), mention: rangeSpan(tokens, src.from, src.to), how: `source and cue "${tokens[cue.index]!.text}" after the quote` };
    }
    // "…,” Warren, who has not endorsed anyone, told reporters: a cue inside an aside after the source is
    // not the attribution's; the next cue may be
    if (tokens.slice(i + 1, cue.index).some((t) => t.text === ',')) continue;
    return null;
  }
  return unlistedCue(text, q, tokens, i, lex);
}

/**
 * "“France will stay France,” an angry Hollande retorted.": a comma inside the closing mark announces an
 * attribution, so a source and a past-tense verb that ends the sentence are one even when the verb is in
 * no cue list.
 */
function unlistedCue(text: string, q: Quoted, tokens: Token[], i: number, lex: Lexicon): Omit<Found, 'kind' | 'start' | 'end'> | null {
  if (!/[,!?]\s*$/.test(text.slice(q.start, q.close!))) return null;
  const past = (t: Token | undefined) => !!t && t.word && !isCapitalised(t) && (/ed$/.test(t.lower) || words.pastTenses.has(t.lower));
  const src = sourceStartingAt(tokens, i, lex) ?? describedAfter(tokens, i, lex);
  if (src && past(tokens[src.to]) && bareClause(tokens, src.to + 1)) {
    return { cue: rangeSpan(tokens, src.to, src.to + 1), mention: rangeSpan(tokens, src.from, src.to), how: `source and verb "${tokens[src.to]!.text}" after a quote that a comma closes` };
  }
  // "“Choke!” blared the front page of the Herald.", "“Anybody but Varga,” read another.": the inverted order
  const after = past(tokens[i]) ? sourceStartingAt(tokens, i + 1, lex) ?? describedAfter(tokens, i + 1, lex) ?? (['one', 'another'].includes(tokens[i + 1]?.lower ?? '') ? { from: i + 1, to: i + 2 } : null) : null;
  if (!after || !(after.to >= tokens.length || ['.', ',', ';'].includes(tokens[after.to]!.text))) return null;
  return { cue: rangeSpan(tokens, i, i + 1), mention: rangeSpan(tokens, after.from, after.to), how: `verb "${tokens[i]!.text}" and source after a quote that a comma closes` };
}

function endsSentence(text: string, q: Quoted): boolean {
  if (q.close === null) return true;
  return /^[\s.!?]*(\n|$)/.test(text.slice(q.close + 1, q.close + 40)) || /^\s*[.!?]/.test(text.slice(q.close + 1, q.close + 4)) || /[.!?]$/.test(text.slice(q.start, q.end).trimEnd());
}

/** "Varga said: “…”" / "he said, “…”" / "told reporters: “…”": a cue, then a colon or comma, then the quote. */
function cueBefore(text: string, q: Quoted, floor: number, lex: Lexicon): Omit<Found, 'kind' | 'start' | 'end'> | null {
  const all = tokenize(text, floor, q.open);
  const tokens = all.slice(-WINDOW);
  const end = tokens.length - 1;
  if (end < 1) return null;
  const tail = tokens[end]!.text;
  // "He said “…”" with nothing after the quote but the sentence's end: the cue governs the whole quote
  const bare = (lex.quoteCues.has(tokens[end]!.lower) || tokens[end]!.lower === 'that') && endsSentence(text, q);
  if (tail !== ':' && tail !== ',' && !bare) return null;
  const inverted = invertedCue(all, all.length - 1, lex);
  if (inverted) return inverted;
  // "…, with one of her ads asking, “…”": the absolute phrase names the source
  for (let c = all.length - 2; c >= 0 && all.length - c <= 3; c--) {
    const src = withAbsolute(all, c, lex);
    if (src) return { cue: rangeSpan(all, c, c + 1), mention: rangeSpan(all, src.from, src.to), how: `participle cue "${all[c]!.text}" before the quote in a "with" phrase that names its source` };
  }
  const cues = findCues(tokens, lex, [], true);
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k]!;
    const between = tokens.slice(cue.last + 1, tail === ':' || tail === ',' ? end : end + 1);
    if (cue.lemma !== 'according to' && (between.length > 8 || between.some((t) => [',', '.', ';', '“', '”', '"'].includes(t.text)))) continue;
    const b = skipBack(tokens, cue.index - 1, lex);
    const src = cue.lemma === 'according to' ? sourceStartingAt(tokens, cue.last + 1, lex, true) : (b >= 0 ? sourceEndingAt(tokens, b, lex) : null) ?? clauseSubject(tokens, cue.index, lex);
    if (!src && b >= 0 && ['and', 'but'].includes(tokens[b]!.lower)) {
      // "Lazar said he welcomed it and added, “…”": a conjoined cue shares the sentence's subject
      const subject = sentenceSubjectBefore(all, all.length - tokens.length + cue.index, lex);
      if (subject) return { cue: rangeSpan(tokens, cue.index, cue.last + 1), mention: rangeSpan(all, subject.from, subject.to), how: `cue "${tokens[cue.index]!.text}" before the quote, sharing the sentence's subject` };
    }
    if (!src) {
      // "Ryan's campaign shrugged off the remarks, telling reporters, “…”": the sentence's subject
      const subject = openingSubject(all, all.length - tokens.length + cue.index, lex);
      if (subject) return { cue: rangeSpan(tokens, cue.index, cue.last + 1), mention: rangeSpan(all, subject.from, subject.to), how: `cue "${tokens[cue.index]!.text}" before the quote, the sentence's subject` };
      // "Here is what Okafor had to say:": the nearest name or pronoun before the cue in the window
      for (let k = cue.index - 1; k >= 0; k--) {
        const t = tokens[k]!;
        if (!(isCapitalised(t) || lex.personPronouns.has(t.lower)) || STARTERS.has(t.lower)) continue;
        const near = sourceEndingAt(tokens, k, lex);
        if (near) return { cue: rangeSpan(tokens, cue.index, cue.last + 1), mention: rangeSpan(tokens, near.from, near.to), how: `cue "${tokens[cue.index]!.text}" before the quote, nearest name before it` };
      }
      return { cue: rangeSpan(tokens, cue.index, cue.last + 1), mention: null, how: `cue "${tokens[cue.index]!.text}" before the quote, no source found` };
    }
    return { cue: rangeSpan(tokens, cue.index, cue.last + 1), mention: rangeSpan(tokens, src.from, src.to), how: `source and cue "${tokens[cue.index]!.text}" before the quote` };
  }
  // A speaker label at the head of a paragraph: "MAYOR: …", a headline's "Okafor: …"
  if (tail === ':' && end <= 4 && tokens.slice(0, end).every((t) => isCapitalised(t) || t.text === '.')) {
    return { cue: rangeSpan(tokens, end, end + 1), mention: rangeSpan(tokens, 0, end), how: 'speaker label and colon before the quote' };
  }
  const label = tail === ':' ? labelBeforeColon(tokens, end, lex) : null;
  if (label) return { cue: rangeSpan(tokens, end, end + 1), mention: rangeSpan(tokens, label.from, label.to), how: 'source phrase and colon before the quote, after a dash or "from"' };
  return null;
}

/**
 * "Said Dora Poynter, who grew up with him, “…”", "Added the mayor: “…”": a sentence that opens with its cue,
 * the source after it, then a comma or colon before the quote. `end` is the token before the quote.
 */
function invertedCue(tokens: Token[], end: number, lex: Lexicon): Omit<Found, 'kind' | 'start' | 'end'> | null {
  let k = end - 1;
  while (k >= 0 && !(['.', '!', '?', '”', '"'].includes(tokens[k]!.text) && !shortened(tokens[k - 1], lex))) k--;
  const cue = tokens[k + 1];
  if (!cue || !isCapitalised(cue) || !lex.quoteCues.has(cue.lower) || /ing$/.test(cue.lower)) return null;
  const src = sourceStartingAt(tokens, k + 2, lex);
  if (!src || src.to > end || !isCapitalised(tokens[src.to - 1]!)) return null;
  // the source runs up to the comma or colon before the quote, or up to an aside that closes there
  const next = tokens[src.to]!;
  if (src.to !== end && !(next.text === ',' && tokens.slice(src.to + 1, end).every((t) => t.text !== ':' && t.text !== '.'))) return null;
  return { cue: rangeSpan(tokens, k + 1, k + 2), mention: rangeSpan(tokens, src.from, src.to), how: `cue "${cue.text}" opens the sentence, source after it, before the quote` };
}

/** The source phrase that opens the sentence holding token `at` ("Lazar" in "Lazar said … and added"). */
function sentenceSubjectBefore(tokens: Token[], at: number, lex: Lexicon): TokenRange | null {
  let k = at - 1;
  while (k >= 0 && !(['.', '!', '?'].includes(tokens[k]!.text) && !lex.abbreviations.has(tokens[k - 1]?.lower ?? ''))) k--;
  let first = k + 1;
  while (first < at && !tokens[first]!.word) first++;
  const src = first < at ? sourceStartingAt(tokens, first, lex) : null;
  // the subject must be followed by a cue of its own, so that it is a speaker and not any opening phrase
  return src && src.to < at && lex.cues.has(tokens[skipForward(tokens, src.to, lex)]?.lower ?? '') ? src : null;
}

/** The source phrase that opens the sentence holding token `at`, when the sentence opens with one. */
function openingSubject(tokens: Token[], at: number, lex: Lexicon): TokenRange | null {
  let k = at - 1;
  while (k >= 0 && !(['.', '!', '?'].includes(tokens[k]!.text) && !lex.abbreviations.has(tokens[k - 1]?.lower ?? ''))) k--;
  return subjectAfterOpening(tokens, k + 1, at, lex);
}

function skipForward(tokens: Token[], i: number, lex: Lexicon): number {
  while (i < tokens.length && tokens[i]!.word && lex.skipBeforeCue.has(tokens[i]!.lower)) i++;
  return i;
}

/**
 * Attributes each outermost quote by a cue next to it. Returns the attributed quotes and the quotes left
 * for the later passes (partial quotes inside indirect speech, quotes that carry on a previous speaker).
 */
export function findDirect(text: string, quotes: Quoted[], paras: Span[], lex: Lexicon): { found: Found[]; rest: Quoted[] } {
  const found: Found[] = [];
  const rest: Quoted[] = [];
  for (let n = 0; n < quotes.length; n++) {
    const q = quotes[n]!;
    const para = paras.find((p) => p.start <= q.open && q.open < p.end) ?? { start: 0, end: text.length };
    const closePara = q.close === null ? para : paras.find((p) => p.start <= q.close! && q.close! < p.end) ?? para;
    const next = quotes[n + 1];
    const limit = Math.min(closePara.end, next && next.open > (q.close ?? q.end) ? next.open : closePara.end);
    const prev = quotes[n - 1];
    // "Okafor answered them:" closing one paragraph introduces the quote that opens the next
    const p = paras.indexOf(para);
    const lead = p > 0 && q.open === para.start && /:\s*$/.test(text.slice(paras[p - 1]!.start, paras[p - 1]!.end)) ? paras[p - 1]!.start : para.start;
    const floor = Math.max(lead, prev && prev.close !== null && prev.close < q.open ? prev.close + 1 : lead);
    const after = cueAfter(text, q, limit, lex);
    const before = cueBefore(text, q, floor, lex);
    // "Ann Roe said: “Is it over?” Others agreed.": a cue that a colon or comma joins to the quote outranks
    // the next sentence's subject and verb, once the quote has ended its own sentence
    const joined = before && q.close !== null && /[:,]\s*$/.test(text.slice(Math.max(0, q.open - 3), q.open)) && /[.!?]\s*$/.test(text.slice(q.start, q.close)) && after?.how.startsWith('source and cue');
    const hit = joined ? before : after ?? before;
    const base = { kind: 'direct' as const, start: q.start, end: q.end, ...(q.close === null ? { unclosed: true } : {}) };
    if (hit) found.push({ ...base, ...hit });
    else rest.push(q);
  }
  return { found, rest };
}
