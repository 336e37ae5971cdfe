/**
 * Scores the action finder (src/annotate/events) on PETRARCH's validation records.
 *   node --import tsx bench/events/petrarch.ts [--errors N]
 * A record is right when every gold coding (source, target, top-level class) is among the actions found in
 * its text. Actor codes come from the folder's own actor/agent dictionaries (as PETRARCH codes them); a code
 * matches exactly, or, in the looser column, on its first three letters (the country or organisation).
 * Verbs: the product lexicon (data/events, from CAMEO.2.0.txt) and, as a second run, the validation verb
 * dictionary the unit tests were written against. Reads /work/shared/bench at run time; skips when absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../src/annotate/sentences/split.js';
import { findActions } from '../../src/annotate/events/find.js';
import { buildLexicon, loadEventLexicon, topLevel, type EventLexicon } from '../../src/annotate/events/lexicon.js';
import { codeActors, indexPhrases, parseActors, parseAgents } from './actor-dict.js';
import { parseVerbDictionary } from './verb-dict.js';
import { readRecords, type PetrarchRecord } from './records.js';

const DIR = '/work/shared/bench/events/petrarch-validation';
if (!existsSync(DIR)) {
  console.log(`skipped: ${DIR} is absent`);
  process.exit(0);
}
const errorsArg = process.argv.indexOf('--errors');
const showErrors = errorsArg > 0 ? Number(process.argv[errorsArg + 1] ?? 20) : 0;
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

type Triple = [string, string, string];

function code(records: PetrarchRecord[], lex: EventLexicon, actorFiles: string[], agentFile: string) {
  const actors = indexPhrases(actorFiles.flatMap((f) => parseActors(read(f))));
  const agents = indexPhrases(parseAgents(read(agentFile)));
  return records.map((record) => {
    const found: Triple[] = [];
    for (const sentence of splitSentences(record.text)) {
      const mentions = codeActors(record.text, sentence.tokens, actors, agents, record.date);
      for (const a of findActions(record.text, sentence.tokens, mentions, lex, { keepFrames: true })) {
        if (!a.actor?.code) continue;
        // An actor entry may stand for several ("THE_SHIRE [FRO/BIL/SAM]"): one coding per member, as PETRARCH does.
        for (const source of a.actor.code.split('/')) for (const target of (a.target?.code ?? '---').split('/')) found.push([source, target, topLevel(a.code)]);
      }
    }
    return { record, found };
  });
}

function score(label: string, coded: ReturnType<typeof code>) {
  const withEvents = coded.filter((c) => c.record.gold.length);
  const none = coded.filter((c) => c.record.noEvents);
  const same = (loose: boolean) => (a: string, b: string) => (loose ? a.slice(0, 3) === b.slice(0, 3) : a === b);
  const right = (c: (typeof coded)[number], loose: boolean) =>
    c.record.gold.every((g) => c.found.some((f) => same(loose)(f[0], g[0]) && same(loose)(f[1], g[1]) && f[2] === topLevel(g[2])));
  const exact = withEvents.filter((c) => right(c, false));
  const loose = withEvents.filter((c) => right(c, true));
  const quiet = none.filter((c) => c.found.length === 0);
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;
  console.log(`${label}\n  records with gold events, all found: exact codes ${pct(exact.length, withEvents.length)}, first three letters ${pct(loose.length, withEvents.length)}`);
  console.log(`  records coded "no events", none found: ${pct(quiet.length, none.length)}`);
  // Stricter: the set of codings found (with both actors coded) is exactly the gold set.
  const key = (t: string[]) => `${t[0]}/${t[1]}/${t[2]!.slice(0, 2)}`;
  const exactSet = withEvents.filter((c) => {
    const g = new Set(c.record.gold.map(key));
    const f = new Set(c.found.map(key));
    return g.size === f.size && [...g].every((x) => f.has(x));
  });
  console.log(`  found set equals gold set (no extra codings): ${pct(exactSet.length, withEvents.length)}`);
  const classOnly = withEvents.filter((c) => c.record.gold.every((g) => c.found.some((f) => f[2] === topLevel(g[2]))));
  console.log(`  top-level class alone right: ${pct(classOnly.length, withEvents.length)}`);
  for (const c of withEvents.filter((x) => !right(x, false)).slice(0, showErrors)) {
    console.log(`  ✗ ${c.record.id}: gold ${c.record.gold.map((g) => g.join('/')).join(' ')} | found ${c.found.map((f) => f.join('/')).join(' ') || '—'}\n      ${c.record.text.slice(0, 150)}`);
  }
}

const unit = readRecords(read('PETR.UnitTest.records.xml'));
const validationLex = buildLexicon({ blocks: parseVerbDictionary(read('PETR.Validate.verbs.txt')) });
const started = performance.now();
score('PETRARCH unit-test records, product lexicon (CAMEO.2.0; the records are coded with the validation dictionary, whose codes differ)', code(unit, loadEventLexicon(), ['PETR.Validate.actors.txt'], 'PETR.Validate.agents.txt'));
score('PETRARCH unit-test records, validation verb dictionary', code(unit, validationLex, ['PETR.Validate.actors.txt'], 'PETR.Validate.agents.txt'));
const gsr = readRecords(read('PETR2_GSR_validation.xml'));
const phoenix = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'];
score('PETRARCH-2 GSR records (real sentences, semi-gold), product lexicon + Phoenix actors', code(gsr, loadEventLexicon(), phoenix, 'Phoenix.agents.txt'));
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s for all runs)`);
