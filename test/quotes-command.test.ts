import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from './run-cli.js';
import { DEFAULT_THRESHOLD, quoteSimilarity } from '../src/annotate/quotes/index.js';
import { lexicalSimilarity } from '../src/annotate/quotes/variants.js';

const truth = JSON.parse(readFileSync(join(ROOT, 'examples/truth.json'), 'utf8')) as {
  quoteVariants: { speaker: string; files: string[]; texts: string[] }[];
};

interface Statement {
  quotes: { text: string; article: string; start: number; end: number }[];
}

// one run of the command for every test here: it reads the whole example corpus
const listed = runCli(['quotes', 'examples/corpus', '--format', 'json', '--quiet']);
const norm = (s: string) => s.replace(/[“”"'’,.;]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
const holds = (st: Statement, text: string) => st.quotes.some((q) => norm(q.text).includes(norm(text)));

async function speakersListed() {
  const { code, stdout, stderr } = await listed;
  assert.equal(code, 0, stderr);
  return (JSON.parse(stdout) as { speakers: { name: string; statements: Statement[] }[] }).speakers;
}

test('quotes lists who said what, with each outlet\'s wording of one statement together under its speaker', async () => {
  const speakers = await speakersListed();
  // Renderings alike by the grouping's own measure must come out as one statement.
  const alike = truth.quoteVariants.filter((v) => v.texts.every((t) => quoteSimilarity(v.texts[0]!, t) >= DEFAULT_THRESHOLD));
  assert.ok(alike.length >= 3, `${alike.length} variant sets to check`);
  for (const variant of alike) {
    const surname = variant.speaker.split(' ').pop()!.slice(0, 5).toLowerCase();
    // Surnames compared by their first letters: the outlets spell them Karimov, Karimoff.
    const speaker = speakers.find((s) => s.name.toLowerCase().split(' ').pop()!.startsWith(surname));
    assert.ok(speaker, `${variant.speaker} is listed`);
    const statement = speaker.statements.find((st) => holds(st, variant.texts[0]!));
    assert.ok(statement, `${variant.speaker}: "${variant.texts[0]}"`);
    for (const text of variant.texts) assert.ok(holds(statement, text), `${variant.speaker}: "${text}" is a variant of "${variant.texts[0]}"`);
  }
  assert.ok(speakers.some((s) => s.name === 'Anonymous sources'), 'anonymous sources are listed as such');
});

test('a paraphrase with few shared words (“act a little early” / “move slightly early”) is grouped, apart from the speaker\'s other statement', async () => {
  const speakers = await speakersListed();
  const variants = truth.quoteVariants.filter((v) => v.speaker.endsWith('Reinholt'));
  const [early, inflation] = [variants.find((v) => /early/.test(v.texts[0]!))!, variants.find((v) => /Inflation/.test(v.texts[0]!))!];
  // shared words alone would not have joined them: it takes WordNet ("a lot" / "much") and lemmas
  assert.ok(lexicalSimilarity(early.texts[0]!, early.texts[1]!) < DEFAULT_THRESHOLD);
  const reinholt = speakers.find((s) => s.name.endsWith('Reinholt'));
  assert.ok(reinholt, 'Reinholt is listed');
  const statement = reinholt.statements.find((st) => holds(st, early.texts[0]!));
  assert.ok(statement, `"${early.texts[0]}" is listed`);
  assert.ok(holds(statement, early.texts[1]!), `"${early.texts[1]}" is in the same statement`);
  assert.equal(new Set(statement.quotes.map((q) => q.article)).size, 2, 'one rendering per outlet');
  for (const text of inflation.texts) assert.ok(!holds(statement, text), `"${text}" is another statement`);
});

test('--attributions all adds beliefs to who said what; the default lists speech only; a bad kind is a usage error', async () => {
  const text = 'Harbour repairs slow\n\nMayor Wenna Lorric believes that the quay will reopen in May. The council said it would publish the costs next week.\n';
  const listed = async (...extra: string[]) => {
    const result = await runCli(['quotes', '-', '--format', 'json', '--quiet', ...extra], { stdin: text });
    assert.equal(result.code, 0, result.stderr);
    return (JSON.parse(result.stdout) as { speakers: { name: string; statements: { quotes: { start: number; end: number; text: string; cue: { text: string } }[] }[] }[] }).speakers;
  };
  const speech = await listed();
  assert.deepEqual(speech.map((s) => s.name), ['The council']);
  const all = await listed('--attributions', 'all');
  const lorric = all.find((s) => s.name === 'Wenna Lorric');
  assert.ok(lorric, JSON.stringify(all.map((s) => s.name)));
  const belief = lorric.statements[0]!.quotes[0]!;
  assert.equal(belief.cue.text, 'believes');
  assert.equal(belief.text, 'the quay will reopen in May');
  // Offsets are into the clean text: the body, the headline line being the title.
  const body = text.slice(text.indexOf('Mayor')).trimEnd();
  assert.equal(body.slice(belief.start, belief.end), belief.text);
  assert.ok(all.some((s) => s.name === 'The council'));
  const bad = await runCli(['quotes', '-', '--attributions', 'some'], { stdin: text });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /attributions/);
});

test('a quote its attribution interrupts lists its pieces: `parts` in JSON, the pieces joined by " … " in Markdown', async () => {
  const text = 'Quay works resume\n\n“The cranes are back,” Harbour Master Ilse Brandvik said. “We will load the first ship on Friday.”\n';
  const json = await runCli(['quotes', '-', '--format', 'json', '--quiet'], { stdin: text });
  assert.equal(json.code, 0, json.stderr);
  const [speaker] = (JSON.parse(json.stdout) as { speakers: { name: string; statements: { quotes: { text: string; parts?: { start: number; end: number; text: string }[] }[] }[] }[] }).speakers;
  assert.match(speaker!.name, /Ilse Brandvik$/);
  const quote = speaker!.statements[0]!.quotes[0]!;
  assert.deepEqual(quote.parts?.map((p) => p.text.replace(/[,.]$/, '')), ['The cranes are back', 'We will load the first ship on Friday']);
  assert.match(quote.text, /Brandvik said/, '`text` spans the whole quote, attribution included');
  const md = await runCli(['quotes', '-', '--format', 'md', '--quiet'], { stdin: text });
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /“The cranes are back,? … We will load the first ship on Friday\.?”/);
  assert.doesNotMatch(md.stdout, /Brandvik said\. “We/);
});
