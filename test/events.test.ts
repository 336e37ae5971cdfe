import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from './run-cli.js';

/** The bundled corpus's ground truth: each story's events and the files that report each. */
const truth = JSON.parse(readFileSync(join(ROOT, 'examples/truth.json'), 'utf8')) as {
  stories: { id: string; events: { id: string; files: string[] }[] }[];
};
const corpus = 'examples/corpus';

/** A partition as a canonical string: groups sorted inside and among themselves. */
const canonical = (groups: string[][]) => JSON.stringify(groups.map((g) => [...g].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!)));

test('analyze splits every bundled story into the events of the truth, undated articles placed by their inferred period', async () => {
  const { code, stdout, stderr } = await runCli(['analyze', corpus, '--format', 'json', '--quiet']);
  assert.equal(code, 0, stderr);
  const report = JSON.parse(stdout) as {
    articles: { id: string; source: string; story: string; event: string }[];
    stories: { id: string; events: { id: string; articles: string[] }[] }[];
  };
  const file = new Map(report.articles.map((a) => [a.id, a.source.slice(corpus.length + 1)]));
  const storyOfFile = new Map(report.articles.map((a) => [file.get(a.id)!, a.story]));
  for (const story of truth.stories) {
    const files = story.events.flatMap((e) => e.files);
    const ours = new Set(files.map((f) => storyOfFile.get(f)));
    assert.equal(ours.size, 1, `${story.id}: one story, got ${[...ours].join(', ')}`);
    const reported = report.stories.find((s) => s.id === [...ours][0])!;
    const got = reported.events.map((e) => e.articles.map((id) => file.get(id)!).filter((f) => files.includes(f)));
    assert.equal(canonical(got.filter((g) => g.length)), canonical(story.events.map((e) => e.files)), story.id);
    // Each article's own event field agrees with the story's event lists.
    for (const event of reported.events) for (const id of event.articles) assert.equal(report.articles.find((a) => a.id === id)!.event, event.id);
  }
});
