import type { Doc } from '../core/doc.js';
import { contentWords } from '../reconcile/claims.js';
import { findNumbers, isNumberWord } from '../reconcile/numbers.js';
import type { Briefing, BriefSentence } from './compose.js';

export interface Faithfulness {
  /** Share of briefing sentences whose cited spans hold all their content words and figures (1 when there are none). */
  score: number;
  sentences: number;
  faithful: number;
  /** The sentences that failed, with the words or figures their citations lack. */
  failures: { text: string; missing: string[] }[];
}

/**
 * The figures of a text. A tally ("voted six to one" → 6-1) also counts the figures written inside it, so that
 * a fragment shown without its verb ("six to one") is still borne out by the sentence it came from.
 */
function figures(text: string): Set<string> {
  const out = new Set<string>();
  for (const n of findNumbers(text)) {
    out.add(String(n.value));
    if (typeof n.value === 'string') for (const m of findNumbers(text.slice(n.start, n.end))) out.add(String(m.value));
  }
  return out;
}

/** Every sentence a briefing shows, wherever it sits. */
export function briefingSentences(b: Briefing): BriefSentence[] {
  return [
    b.headline,
    ...b.happened,
    ...b.events.flatMap((e) => e.happened),
    ...b.disputed.flatMap((d) => d.sides.map((s) => s.sentence)),
    ...b.updates.flatMap((u) => u.values.map((v) => v.sentence)),
    ...b.single,
    ...b.quotes.flatMap((q) => q.statements.flatMap((st) => st.variants)),
    ...b.timeline,
    ...b.people.map((p) => p.sentence),
  ].filter((s) => s.text.length > 0);
}

/**
 * Checks a briefing against its sources: a sentence is faithful when every content word and every figure
 * in it occurs in the text of the spans it cites. A sentence with no citation fails. The values of a dispute
 * or an update, in the source's words, must also lie in the spans cited for them.
 */
export function checkFaithfulness(briefing: Briefing, docs: readonly Doc[]): Faithfulness {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const failures: Faithfulness['failures'] = [];
  const checks: { text: string; cites: BriefSentence['cites'] }[] = briefingSentences(briefing);
  // A speaker named beside a sentence is a claim too: its name must be in the span it cites.
  for (const s of briefingSentences(briefing)) if (s.speaker) checks.push({ text: s.speaker.name, cites: [s.speaker.cite] });
  for (const d of briefing.disputed) for (const s of d.sides) checks.push({ text: s.value, cites: s.sentence.cites });
  for (const u of briefing.updates) for (const v of u.values) checks.push({ text: v.value, cites: v.sentence.cites });
  let faithful = 0;
  for (const s of checks) {
    const cited = s.cites.map((c) => byId.get(c.article)?.text.slice(c.start, c.end) ?? '').join('\n');
    const have = new Set(contentWords(cited));
    const citedFigures = figures(cited);
    const missing = [
      // Number words are checked as figures, so "eleven" is borne out by a cited "11".
      ...contentWords(s.text).filter((w) => !have.has(w) && !isNumberWord(w)),
      ...[...figures(s.text)].filter((v) => !citedFigures.has(v)),
    ];
    if (!s.cites.length) missing.push('(no citation)');
    if (missing.length) failures.push({ text: s.text, missing });
    else faithful++;
  }
  return { score: checks.length ? faithful / checks.length : 1, sentences: checks.length, faithful, failures };
}
