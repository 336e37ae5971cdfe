import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ROOT, runCli } from './run-cli.js';

/** The bundled corpus's ground truth (examples/README.md); paths are relative to examples/corpus. */
const truth = JSON.parse(readFileSync(join(ROOT, 'examples/truth.json'), 'utf8')) as {
  files: Record<string, { story: string; event: string; outlet: string; title: string | null; published: string | null; dateline: { place: string; agency: string | null } | null; byline: string[] }>;
  syndicated: { copy: string; original: string }[];
  keepSentences: { file: string; text: string }[] | string[];
  boilerplate?: unknown;
};
const corpus = 'examples/corpus';
const relative = (source: string) => source.slice(corpus.length + 1);
const instant = (iso: string) => (iso.length === 10 ? iso : new Date(iso).toISOString());

test('extract reads every bundled article with the title, outlet, dateline and publication time it states', async () => {
  const { code, stdout, stderr } = await runCli(['extract', corpus, '--format', 'jsonl', '--quiet']);
  assert.equal(code, 0, stderr);
  const records = stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(records.length, Object.keys(truth.files).length);
  const wrong: string[] = [];
  for (const r of records) {
    const expected = truth.files[relative(r.source)];
    assert.ok(expected, `unexpected source ${r.source}`);
    const check = (field: string, got: unknown, want: unknown) => {
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${relative(r.source)} ${field}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    };
    check('title', r.title, expected.title);
    if (expected.published) check('published', r.published && instant(r.published.replace(/T(\d\d:\d\d)$/, 'T$1:00')), instant(expected.published.replace(/T(\d\d:\d\d)$/, 'T$1:00')));
    if (expected.dateline) {
      check('dateline place', r.dateline?.place, expected.dateline.place);
      assert.ok(r.dateline && r.text.slice(r.dateline.start, r.dateline.end).includes(r.dateline.place), `${r.source}: dateline offsets point at its text`);
    }
    check('language', r.language, 'en');
    assert.ok(r.text.length > 800, `${r.source}: a whole body, not a fragment (${r.text.length} chars)`);
    assert.doesNotMatch(r.text, /Leave a (Reply|Comment)|Your email address will not be published|Share This Article|- Advertisement -|Min Read/i, r.source);
  }
  assert.deepEqual(wrong, []);
});

test('analyze on the bundled corpus gives a report valid against the versioned JSON Schema', async () => {
  const { code, stdout, stderr } = await runCli(['analyze', corpus, '--format', 'json', '--quiet']);
  assert.equal(code, 0, stderr);
  const report = JSON.parse(stdout);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8')));
  const errors = validate(report) ? [] : (validate.errors ?? []).slice(0, 5);
  assert.deepEqual(errors, []);
  // Every article belongs to exactly one story, and the stories' article lists agree with the articles' own.
  const storyOf = new Map<string, string>();
  for (const story of report.stories) for (const id of story.articles) {
    assert.equal(storyOf.has(id), false, `${id} is in two stories`);
    storyOf.set(id, story.id);
  }
  for (const a of report.articles) assert.equal(a.story, storyOf.get(a.id), a.source);
  // The syndicated copy is one voice with its original.
  const bySource = new Map(report.articles.map((a: { source: string }) => [relative(a.source), a]));
  for (const pair of truth.syndicated) {
    const copy = bySource.get(pair.copy) as { duplicateOf: string | null } | undefined;
    const original = bySource.get(pair.original) as { id: string } | undefined;
    assert.equal(copy?.duplicateOf, original?.id, `${pair.copy} copies ${pair.original}`);
  }
});
