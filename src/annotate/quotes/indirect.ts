import type { Span } from '../../core/span.js';
import { findCues, isParticiple, nounLike, passiveWithAgent, type Cue } from './cues.js';
import type { Lexicon } from './lexicon.js';
import { beforeRelative, clauseSubject, isCapitalised, openingPhrase, dummySubject, invertedSource, skipBack, sourceEndingAt, sourceStartingAt, subjectAfterOpening, subjectBefore, verbish, withPostModifier, type TokenRange } from './source.js';
import type { Token } from './text.js';
import type { Found } from './types.js';
import { words } from './words.js';
import { adverbialBeforeComma, onlyAddressee, onlyAdverbials } from './adverbials.js';
import { clauseEnd, contentStart, coordinated, trimEndAt } from './clauses.js';

const STOPS = new Set([',', ';', ':', '.', '!', '?', '—', '(', ')', '“', '”', '"']);
const CONJUNCTIONS = new Set(['and', 'but', ',', '—']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
/** A content phrase of adverbials is short; tuned on PolNeAR train (longer ones were mostly real clauses). */

function span(tokens: Token[], r: TokenRange): Span {
  return { start: tokens[r.from]!.start, end: tokens[r.to - 1]!.end };
}

/** End of the sentence's content: its last token, without final punctuation. */
function lastContent(tokens: Token[]): number {
  let i = tokens.length - 1;
  while (i >= 0 && !tokens[i]!.word && /[.,;:!?]/.test(tokens[i]!.text)) i--;
  return i;
}

/**
 * Indirect speech in one sentence: "X said (that) …", "…, X said", "according to X, …", "X accused Y of …",
 * participles and conjoined cues that share the subject ("…, warning that …", "… but warned that …").
 * `used` holds the offsets of cues already taken by direct quotes.
 */
export function findIndirect(tokens: Token[], lex: Lexicon, quoted: readonly Span[], used: Map<number, Span | null>): Found[] {
  const out: Found[] = [];
  const last = lastContent(tokens);
  if (last < 0) return out;
  let previous: { found: Found | null; source: TokenRange | null } | null = null;
  for (const cue of findCues(tokens, lex, quoted)) {
    const at = tokens[cue.index]!.start;
    if (used.has(at)) {
      // a cue taken by a direct quote still lends its subject to "…,” Varga said, accusing …"
      const mention = used.get(at);
      // "Lazar said he welcomed it and added, “…”": the earlier content stops before the conjoined cue
      const before = skipBack(tokens, cue.index - 1, lex);
      const cut = before >= 0 && CONJUNCTIONS.has(tokens[before]!.lower) ? tokens[before]!.start : -1;
      for (const f of out) if (cut >= 0 && f.start < cut && f.end > cut) f.end = trimEndAt(tokens, cut);
      const from = mention ? tokens.findIndex((t) => t.start === mention.start) : -1;
      const to = mention ? tokens.findIndex((t) => t.end === mention.end) : -1;
      previous = { found: null, source: from >= 0 && to >= from ? { from, to: to + 1 } : null };
      continue;
    }
    // "have agreed to extend the ceasefire": an act agreed on, not a statement
    if (words.nonSpeechComplements.get(cue.lemma)?.has(tokens[cue.last + 1]?.lower ?? '')) continue;
    // "called for a ban": the preposition belongs to the cue, when a content word follows it
    if (cue.lemma !== 'according to' && words.cueParticles.has(tokens[cue.last + 1]?.lower ?? '') && tokens[cue.last + 2]?.word) cue.last++;
    const cueSpan = { start: tokens[cue.index]!.start, end: tokens[cue.last]!.end };
    let source: TokenRange | null = null;
    let start = -1;
    let end = last;
    let parts: Span[] | undefined;
    let how = '';
    if (cue.lemma === 'according to') {
      const hit = accordingTo(tokens, cue, last, lex);
      if (!hit) continue;
      ({ source, start, end, parts } = hit);
      how = `"according to" + source`;
    } else {
      const b = skipBack(tokens, cue.index - 1, lex);
      if (b >= 0) source = sourceEndingAt(tokens, b, lex);
      if (source) source = withPostModifier(tokens, source, lex) ?? source;
      if (source) how = `source before cue "${tokens[cue.index]!.text}"`;
      // "Humphrey, who calls Trump a “sociopath,” said": the aside's comma may sit inside a closing mark
      const a = b > 0 && /^[”"’]$/.test(tokens[b]!.text) && tokens[b - 1]!.text === ',' ? b - 1 : b;
      const aside = a >= 0 ? tokens[a]!.text : '';
      // "…, said the company's chief executive, John Roe": a source after the cue is the inverted order, read below
      const inverted = aside === ',' && invertedSource(tokens, cue, last, lex) !== null;
      if (!source && (aside === ',' || aside === '—') && !isParticiple(tokens[cue.index]!) && !inverted) {
        // "Varga, speaking on the radio, said …", "Local leaders — from both parties — said": the subject
        // stands before an aside set off by commas or dashes
        for (let j = a - 1; j >= Math.max(0, a - 20); j--) {
          if (tokens[j]!.text !== aside) continue;
          source = sourceEndingAt(tokens, skipBack(tokens, j - 1, lex), lex) ?? clauseSubject(tokens, j, lex) ?? beforeRelative(tokens, j, lex);
          if (source) how = `source before an aside and cue "${tokens[cue.index]!.text}"`;
          // "Ann Roe, 58, who lives in Brno, says …": an age or a second aside stands between; look further back
          if (source) break;
        }
      }
      const conjoined = b >= 0 && (CONJUNCTIONS.has(tokens[b]!.lower) || isParticiple(tokens[cue.index]!)) && !passiveWithAgent(tokens, cue);
      // "…, said Michael Okafor, a fellow at …": a finite cue after a comma with its source after it is
      // not conjoined to the sentence's subject, nor to its previous cue's; the branch below reads it
      const sourceAfter = tokens[b]?.text === ',' && !isParticiple(tokens[cue.index]!) && sourceStartingAt(tokens, cue.last + 1, lex) !== null;
      // (a Title Case headline's "…, Vows Action Against Terror" still shares it)
      if (!source && conjoined && previous?.source && !(sourceAfter && tokens[cue.index]!.text === tokens[cue.index]!.lower)) {
        source = previous.source;
        how = `cue "${tokens[cue.index]!.text}" shares the subject of the sentence's previous cue`;
        const cut = tokens[b]!.start;
        if (previous.found && previous.found.end > cut && previous.found.start < cut) previous.found.end = trimEndAt(tokens, cut);
      }
      if (!source && conjoined && !sourceAfter) {
        const subject = firstPhrase(tokens, lex);
        // "Her comments …" opens with a possessive, not a subject
        const possessive = subject.end === subject.start && !SUBJECT_PRONOUNS.has(tokens[subject.start]!.lower) && lex.personPronouns.has(tokens[subject.start]!.lower);
        source = subject.end >= subject.start && !possessive ? sourceEndingAt(tokens, subject.end, lex) : null;
        if (source && (source.from !== subject.start || openingPhrase(tokens, source))) source = null;
        // "Washington (AFP) – Clinton has taken a swipe …, saying": the opening phrase is no subject when no verb follows it
        if (!source || !subjectBefore(tokens, source, cue.index, lex)) source = subjectAfterOpening(tokens, 0, cue.index, lex) ?? (source && dummySubject(tokens, source) ? null : source);
        source ??= definiteSubject(tokens, cue.index, lex);
        if (source) how = `cue "${tokens[cue.index]!.text}" shares the sentence's subject`;
      }
      // "A maladroit answer could …", "the 2012 terrorist attack": after a bare clause a cue word that is as
      // often a noun is read as one (PolNeAR mode, where those words are cues; measured on train)
      if (!source && !(lex.looseSubjects && nounLike(tokens[cue.index]!, cue.lemma))) {
        source = clauseSubject(tokens, cue.index, lex);
        if (source) how = `clause before cue "${tokens[cue.index]!.text}"`;
      }
      // only an unambiguous verb form: a past tense, or a form after an auxiliary ("has called", "will back");
      // a bare "support", "attacks" or "email" after a noun is most often part of a noun phrase
      // and never a passive ("The plan was ultimately approved", "material now deemed")
      const skipped = tokens.slice(b + 1, cue.index);
      const passive = skipped.some((t) => words.beForms.has(t.lower)) || (tokens[b] && words.beForms.has(tokens[b]!.lower));
      const verbal = !passive && (/ed$/.test(tokens[cue.index]!.lower) || words.pastTenses.has(tokens[cue.index]!.lower) || b < cue.index - 1);
      if (!source && lex.looseSubjects && verbal && b >= 0) {
        source = looseSubject(tokens, b, lex);
        if (source) how = `words before cue "${tokens[cue.index]!.text}" taken as its subject (attitude mode)`;
      }
      // "Clinton advisers say …", "the aide says …": a noun that agrees with a bare "say" (plural) or "says"
      // (singular) right before it is the end of its subject
      if (!source && b >= 0 && b === cue.index - 1 && agrees(tokens[b]!, tokens[cue.index]!)) {
        source = looseSubject(tokens, b, lex);
        if (source) how = `subject agreeing with "${tokens[cue.index]!.text}"`;
      }
      if (!source && b >= 0 && tokens[b]!.text === ',') {
        const after = invertedSource(tokens, cue, last, lex);
        if (after) {
          source = after;
          start = 0;
          end = b - 1;
          how = `cue "${tokens[cue.index]!.text}" before its source, after the content`;
        }
      }
      if (!source) continue;
      if (start < 0) {
        start = contentStart(tokens, cue);
        // "…, he said, adding …" trails an aside; "CNN, Cruz said, called it …" resumes the clause it interrupts
        const trailingAside = tokens[cue.last + 1]?.text === ',' && tokens[cue.last + 2] && isParticiple(tokens[cue.last + 2]!);
        // "…, Hollande said Tuesday in Paris, noting …": an adverbial up to a comma before a participle or a
        // subordinate clause is no content either
        const adverbial = onlyAdverbials(tokens, start, last, lex) || adverbialBeforeComma(tokens, start, last, lex) || (start === cue.last + 1 && onlyAddressee(tokens, start, last, cue.lemma, lex));
        if (start > last || adverbial || trailingAside || tokens[cue.last + 1]?.text === ',' && source.from > 0 && tokens[source.from - 1]!.text === ',') {
          // the content stands before: "…, Varga said." or "… the deal, he said, was dead"
          const comma = source.from - 1;
          if (comma < 1 || !CONJUNCTIONS.has(tokens[comma]!.text)) continue;
          const resume = trailingAside || start > last || adverbial ? -1 : start;
          start = 0;
          end = resume >= 0 ? last : comma - 1;
          if (resume >= 0) parts = [{ start: tokens[0]!.start, end: tokens[comma - 1]!.end }, { start: tokens[resume]!.start, end: tokens[last]!.end }];
          how += ', content before it';
        }
      }
    }
    // "Okafor, who said he votes every year, said …": a relative clause's content ends at its comma
    if (source.to - source.from === 1 && ['who', 'which'].includes(tokens[source.from]!.lower) && start <= end) {
      const comma = tokens.findIndex((t, k) => k > start && k <= end && t.text === ',');
      if (comma > start) end = comma - 1;
    }
    // "While the union claimed that …, the ministry insisted that …": the earlier content stops at this source,
    // even when this attribution's own content is too short to keep ("…, but Cook did not say when")
    const cut = tokens[source.from]!.start;
    // PolNeAR mode keeps a one-word content ("supported Sanders", "said so"); a reader is shown none ("did not say when")
    const tooShort = start > end || (end - start < 1 && !(lex.looseSubjects && tokens[start]!.word));
    // every earlier content of the sentence that runs over this source stops there ("Linick said that he
    // considers it handled, but he urged …": both "said" and "considers" end before "he urged")
    // but a source inside the earlier content ("Cross said he is left with a choice, whom he called …",
    // "said it gets him mad every time he thinks …") is a nested attribution: the outer content holds it
    // an "according to" attribution is not cut: what it reports may hold attributions of its own ("According
    // to the summary, Mills and an aide asked …"), as PolNeAR and readers take it
    // and a parenthetical attribution ("At one point, she said, she was considering …") keeps the clause it
    // interrupts, whose own subject and cue are part of what was said
    if (source !== previous?.source && coordinated(tokens, source.from, lex)) for (const f of out) if (f.end > cut && f.start < cut && !isAccording(f) && !f.parts?.some((p) => p.start === cut)) f.end = trimEndAt(tokens, cut);
    if (tooShort) continue;
    if (!parts && start > cue.last && cue.lemma !== 'according to') end = clauseEnd(tokens, start, end);
    const found: Found = {
      kind: 'indirect',
      start: tokens[start]!.start,
      end: tokens[end]!.end,
      cue: cueSpan,
      mention: span(tokens, source),
      how,
      ...(parts ? { parts } : {}),
    };
    out.push(found);
    previous = { found, source };
  }
  return out;
}


/**
 * PolNeAR mode: "FBI officials were angered by …", "the panel is right to note": when no source phrase
 * was recognised, the few words before the cue up to a clause boundary are taken as the subject. Never used
 * for the product's default (speech) mode, where an unrecognised subject means no quote.
 */
export function looseSubject(tokens: Token[], b: number, lex: Lexicon): TokenRange | null {
  if (!tokens[b]!.word || lex.boundaryWords.has(tokens[b]!.lower) || STOPS.has(tokens[b]!.text) || /ly$/.test(tokens[b]!.lower) || words.prepositions.has(tokens[b]!.lower)) return null;
  let from = b;
  while (from - 1 >= 0 && b - from < 5 && tokens[from - 1]!.word && !lex.boundaryWords.has(tokens[from - 1]!.lower) && tokens[from - 1]!.lower !== 'that') from--;
  // a verb inside the words before ("emails that contain material now deemed") means they are no subject
  if (tokens.slice(from, b + 1).some((t) => words.finiteVerbs.has(t.lower) || words.beForms.has(t.lower))) return null;
  // "Having announced", "In a tweet", "including one called": words that open with a clause opener or a
  // preposition are no subject
  if (words.clauseStarters.has(tokens[from]!.lower) || words.prepositions.has(tokens[from]!.lower)) return null;
  return { from, to: b + 1 };
}

/** How many words a definite description opening a sentence may hold ("the real estate tycoon"). */
const MAX_DESCRIPTION = 5;

/**
 * "The real estate tycoon entered the race …, calling them …": a sentence that opens with "the" and a few
 * ordinary words before its verb has them for its subject, which a conjoined participle shares.
 */
function definiteSubject(tokens: Token[], cue: number, lex: Lexicon): TokenRange | null {
  if (tokens[0]?.lower !== 'the') return null;
  let k = 1;
  while (k < cue && k <= MAX_DESCRIPTION && tokens[k]!.word && !verbish(tokens[k]!, lex) && !words.prepositions.has(tokens[k]!.lower) && !lex.boundaryWords.has(tokens[k]!.lower)) k++;
  return k > 1 && k < cue && verbish(tokens[k]!, lex) && !words.beForms.has(tokens[k]!.lower) ? { from: 0, to: k } : null;
}

/** A lower-case noun before "say" (a plural: "advisers") or "says" (a singular: "the aide"). */
function agrees(noun: Token, cue: Token): boolean {
  if (isCapitalised(noun)) return false;
  return (cue.lower === 'say' && /[^s']s$/.test(noun.lower)) || (cue.lower === 'says' && !/s$/.test(noun.lower));
}

/** "According to X, …" (content after) or "…, according to X, …" (content around it, in two parts). */
function accordingTo(tokens: Token[], cue: Cue, last: number, lex: Lexicon): { source: TokenRange; start: number; end: number; parts?: Span[] } | null {
  const source = sourceStartingAt(tokens, cue.last + 1, lex, true);
  if (!source) return null;
  const after = source.to < tokens.length && tokens[source.to]!.text === ',' ? source.to + 1 : source.to;
  const before = cue.index > 0 && tokens[cue.index - 1]!.text === ',' ? cue.index - 2 : cue.index - 1;
  if (before < 0 || onlyAdverbials(tokens, 0, before, lex)) return { source, start: after, end: last };
  if (after > last) return { source, start: 0, end: before };
  return { source, start: 0, end: last, parts: [{ start: tokens[0]!.start, end: tokens[before]!.end }, { start: tokens[after]!.start, end: tokens[last]!.end }] };
}

/**
 * The noun phrase that opens the sentence, as [start, end] token indices (end < start when there is none),
 * after a leading adverbial set off by a comma ("However, …", "Like Mr. Sanders, she …").
 */
function firstPhrase(tokens: Token[], lex: Lexicon): { start: number; end: number } {
  let i = 0;
  const comma = tokens.findIndex((t, k) => k < 12 && (t.text === ',' || t.text === '―' || t.text === '—'));
  if (comma > 0 && tokens[0]!.word && (words.clauseStarters.has(tokens[0]!.lower) || /^\p{Lu}{2,}$/u.test(tokens[0]!.text) || openingAdverbial(tokens, comma))) i = comma + 1;
  const start = i;
  if (tokens[i] && SUBJECT_PRONOUNS.has(tokens[i]!.lower)) return { start, end: i };
  while (i < tokens.length - 1 && (tokens[i]!.word && /^\p{Lu}/u.test(tokens[i]!.text) || lex.determiners.has(tokens[i]!.lower) || lex.modifiers.has(tokens[i]!.lower) || lex.personRoles.has(tokens[i]!.lower) || lex.orgRoles.has(tokens[i]!.lower) || tokens[i]!.text === '.')) i++;
  return { start, end: i - 1 };
}

/** "Ultimately, …", "Last year, …", "In 2015, …": an adverb or a time phrase before the sentence's subject. */
function openingAdverbial(tokens: Token[], comma: number): boolean {
  const first = tokens[0]!.lower;
  if (comma === 1 && /ly$/.test(first)) return true;
  return comma <= 4 && (words.timeStarts.has(first) || words.times.has(first) || first === 'last') && tokens.slice(1, comma).every((t) => t.word && (words.times.has(t.lower) || /^\d/.test(t.text) || /^(?:year|week|month|night|fall|spring|summer|winter)s?$/.test(t.lower) || /^\p{Lu}/u.test(t.text)));
}

function isAccording(f: Found): boolean {
  return f.how.startsWith('"according to"');
}
