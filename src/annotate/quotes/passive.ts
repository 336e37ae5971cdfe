import type { Span } from '../../core/span.js';
import type { Lexicon } from './lexicon.js';
import { sourceStartingAt } from './source.js';
import { inside, type Token } from './text.js';
import type { Found } from './types.js';
import { words } from './words.js';

/** Auxiliaries that may stand before the be-form of a passive ("has been endorsed", "will be criticized"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'can']);
/** Where the subject of a passive starts, reading back: a clause boundary. */
const BOUNDARY = new Set([',', ';', ':', '—', '–', '(', '“', '”', '"']);
/** How far the agent phrase after "by" may run when no source phrase is recognised. */
const MAX_AGENT = 8;

/** A past participle: an -ed form, or an irregular one from the past-tense list ("shown", "seen"). */
function participle(t: Token): boolean {
  return /(?:ed|en|wn)$/.test(t.lower) || words.pastTenses.has(t.lower);
}

/**
 * PolNeAR mode: a passive cue with its agent, "The meeting was first reported by Politico", "Trump has been
 * criticized by some of his rivals": the agent after "by" is the source and the subject before the verb the
 * content (PolNeAR's reading). Only cue verbs of the lexicon; the stage default never reads these.
 */
export function findPassive(tokens: Token[], lex: Lexicon, quoted: readonly Span[]): Found[] {
  const out: Found[] = [];
  for (let i = 2; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    if (!t.word || !lex.cues.has(t.lower) || !participle(t) || inside(t.start, quoted)) continue;
    let by = i + 1;
    while (by < tokens.length && by - i <= 2 && /ly$/.test(tokens[by]!.lower)) by++;
    if (tokens[by]?.lower !== 'by') continue;
    let be = i - 1;
    while (be >= 0 && (words.adverbsBeforeCue.has(tokens[be]!.lower) || /ly$/.test(tokens[be]!.lower) || tokens[be]!.lower === 'first')) be--;
    if (be < 1 || !words.beForms.has(tokens[be]!.lower)) continue;
    let cueFrom = be;
    while (cueFrom - 1 >= 0 && (AUXILIARIES.has(tokens[cueFrom - 1]!.lower) || tokens[cueFrom - 1]!.lower === 'not')) cueFrom--;
    let from = cueFrom - 1;
    while (from >= 0 && !BOUNDARY.has(tokens[from]!.text) && !lex.boundaryWords.has(tokens[from]!.lower) && tokens[from]!.lower !== 'that') from--;
    from++;
    if (from >= cueFrom || !tokens.slice(from, cueFrom).some((x) => x.word)) continue;
    let agentTo = sourceStartingAt(tokens, by + 1, lex)?.to ?? by + 1;
    if (agentTo === by + 1) while (agentTo < tokens.length && agentTo - by <= MAX_AGENT && tokens[agentTo]!.word && !words.prepositions.has(tokens[agentTo]!.lower)) agentTo++;
    if (agentTo <= by + 1) continue;
    out.push({
      kind: 'indirect',
      start: tokens[from]!.start,
      end: tokens[cueFrom - 1]!.end,
      cue: { start: tokens[cueFrom]!.start, end: t.end },
      mention: { start: tokens[by + 1]!.start, end: tokens[agentTo - 1]!.end },
      how: `passive cue "${t.text} by": the agent is the source, the subject the content (attitude mode)`,
    });
    i = agentTo;
  }
  return out;
}
