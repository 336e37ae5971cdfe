import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import { examplesCorpus, runAll } from '../reconcile/test-helpers.js';
import type { Reconciliation } from '../reconcile/stage.js';
import { buildBriefing, storiesByCoverage } from './compose.js';
import { checkFaithfulness, briefingSentences } from './faithfulness.js';
import { briefingMarkdown, escapeMarkdown } from './markdown.js';
import { briefingHtml, BRIEF_CSP } from './html.js';
import { briefings, renderBriefings } from './render.js';

const corpus = await examplesCorpus();
const r = corpus.results.get('corpus:reconciliation') as Reconciliation;

test('every briefing of the bundled examples is 100% faithful to its citations', () => {
  assert.equal(r.stories.length, 4);
  for (const story of r.stories) {
    const b = buildBriefing(corpus, story.story);
    const f = checkFaithfulness(b, corpus.docs);
    assert.deepEqual(f.failures, [], story.story);
    assert.equal(f.score, 1);
    assert.ok(f.sentences > 10);
    for (const s of briefingSentences(b)) assert.ok(s.cites.length > 0 && s.cites.every((c) => c.n >= 1 && c.n <= b.sources.length));
  }
});

test('the checker fails a sentence whose words or figures are not in its citations', () => {
  const story = r.stories[0]!;
  const b = buildBriefing(corpus, story.story);
  const first = b.happened[0]!;
  b.happened[0] = { ...first, text: `${first.text} Ninety-nine tanks were destroyed.` };
  const f = checkFaithfulness(b, corpus.docs);
  assert.ok(f.score < 1);
  assert.deepEqual(f.failures[0]!.missing.sort(), ['99', 'destroy', 'tank'].sort());
});

test('briefings come most-covered first, with disputes, single-source claims and grouped quote variants', () => {
  const ordered = storiesByCoverage(r);
  for (let i = 1; i < ordered.length; i++) assert.ok(ordered[i - 1]!.voices >= ordered[i]!.voices);
  const talks = r.stories.find((s) => s.contradictions.some((c) => c.sides.some((x) => x.value === 14)))!;
  const b = buildBriefing(corpus, talks.story);
  const fourteen = b.disputed.flatMap((d) => d.sides).find((s) => s.normalized === '14')!;
  assert.deepEqual([fourteen.value, fourteen.outlets], ['Fourteen', ['Varonia Today']]);
  const monday = b.disputed.flatMap((d) => d.sides).find((s) => s.normalized === '2026-03-23');
  assert.equal(monday?.value, 'Monday', 'a day is shown in the source\'s words, with its reading beside it');
  assert.ok(b.single.length > 0 && b.single.every((s) => s.outlet.length > 0));
  const karimov = b.quotes.find((q) => /Karimov/.test(q.speaker));
  assert.ok(karimov, 'Karimov has a quote section');
  const paper = karimov.statements.find((st) => st.variants.some((v) => /sign a piece of paper/.test(v.text)))!;
  assert.ok(new Set(paper.variants.map((v) => v.outlet)).size >= 3, 'the three renderings of Karimov\'s words are one statement');
  const md = briefingMarkdown(b);
  assert.match(md, /## Disputed points/);
  assert.match(md, /\[\[\d+\]\]\(#source-\d+ "characters \d+–\d+"\)/);
});

test('HTML escapes hostile article text and carries a strict CSP; Markdown escapes its active characters', async () => {
  const hostile = 'Officials said <script>alert(1)</script> the bridge at [Amberley](javascript:alert(2)) was closed on Friday after *heavy* rain.';
  const text = `Bridge closed\n\n${hostile}\n\nEngineers will inspect the old stone bridge at Amberley next week, officials said.`;
  const docs = [new Doc({ id: 'h1', source: 'h1.txt', text, meta: { title: 'Bridge <b>closed</b>', outlet: 'Evil <img src=x onerror=alert(3)>', published: '2026-06-01' } })];
  const c = await runAll(docs);
  const out = briefings(c);
  const html = renderBriefings(out, 'html');
  assert.ok(!/<script>|<img|<b>/.test(html), 'no markup from the article survives');
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${BRIEF_CSP}">`));
  assert.match(BRIEF_CSP, /default-src 'none'/);
  const md = renderBriefings(out, 'md');
  assert.ok(!md.includes('[Amberley](javascript'), 'an article link is not a live link');
  assert.ok(md.includes('\\<script\\>'));
  assert.equal(escapeMarkdown('# a *b* [c](d) `e` | f\n- g'), '\\# a \\*b\\* \\[c\\]\\(d\\) \\`e\\` \\| f \\- g');
  const json = JSON.parse(renderBriefings(out, 'json')) as { briefings: { faithfulness: { score: number } }[] };
  assert.equal(json.briefings[0]!.faithfulness.score, 1);
});

test('a story of two events reads as two sections, each holding statements about its own event', () => {
  const grouping = corpus.results.get('corpus:events') as { stories: { id: string; events: { id: string; articles: string[] }[] }[] };
  const twoEvents = grouping.stories.filter((s) => s.events.length === 2);
  assert.ok(twoEvents.length >= 2, 'the examples have stories of two events');
  for (const story of twoEvents) {
    const b = buildBriefing(corpus, story.id);
    assert.deepEqual(b.events.map((e) => e.id), story.events.map((e) => e.id));
    const reconciled = r.stories.find((s) => s.story === story.id)!;
    for (const ev of b.events) {
      // Each statement shown under an event is a shared claim whose lead sentence belongs to that event.
      const leads = new Set(reconciled.claims.filter((c) => c.event === ev.id).map((c) => `${c.support[0]!.article}:${c.support[0]!.start}`));
      for (const s of ev.happened) assert.ok(leads.has(`${s.cites[0]!.article}:${s.cites[0]!.start}`), s.text);
    }
    const md = briefingMarkdown(b);
    assert.match(md, /### Event 1 of 2 · /);
    assert.match(md, /### Event 2 of 2 · /);
    assert.equal(checkFaithfulness(b, corpus.docs).score, 1);
  }
});

test('a sentence that says only "he" or "the governor" names its speaker beside it, with the name cited', () => {
  const byId = new Map(corpus.docs.map((d) => [d.id, d]));
  const noted = r.stories.flatMap((story) => briefingSentences(buildBriefing(corpus, story.story))).filter((s) => s.speaker);
  assert.ok(noted.length >= 3, `${noted.length} sentences with a speaker note`);
  for (const s of noted) {
    const { name, mention, cite } = s.speaker!;
    assert.equal(byId.get(cite.article)!.text.slice(cite.start, cite.end), name);
    assert.ok(s.text.includes(mention), `${mention} is in: ${s.text}`);
    assert.ok(!s.text.includes(name), 'a sentence that names its speaker gets no note');
    assert.match(name, /^\p{Lu}/u);
  }
  // The checker holds the note to its citation like any sentence.
  const story = r.stories.find((x) => briefingSentences(buildBriefing(corpus, x.story)).some((s) => s.speaker))!;
  const b = buildBriefing(corpus, story.story);
  const target = briefingSentences(b).find((s) => s.speaker)!;
  target.speaker!.cite = { ...target.speaker!.cite, end: target.speaker!.cite.start };
  assert.ok(checkFaithfulness(b, corpus.docs).failures.some((f) => f.text === target.speaker!.name));
  assert.match(briefingMarkdown(buildBriefing(corpus, story.story)), /_\((He|She|he|she|It|The [a-z]+): \p{Lu}/u);
});

test('the quote section shows reported speech as reported, never in quotation marks, and a quote in parts cites each part', () => {
  const byId = new Map(corpus.docs.map((d) => [d.id, d]));
  const all = r.stories.map((s) => buildBriefing(corpus, s.story));
  const variants = all.flatMap((b) => b.quotes.flatMap((q) => q.statements.flatMap((st) => st.variants)));
  const reported = variants.filter((v) => v.kind === 'indirect');
  assert.ok(reported.length > 0, 'the examples report some statements indirectly');
  for (const b of all) for (const q of b.quotes) for (const st of q.statements) assert.equal(st.variants[0]!.kind, 'direct', 'a statement opens with its words in quotation marks');
  const md = all.map(briefingMarkdown).join('\n');
  for (const v of reported) {
    assert.ok(md.includes(`reported: ${escapeMarkdown(v.text)}`), v.text);
    assert.ok(!md.includes(`“${escapeMarkdown(v.text)}”`), v.text);
  }
  const inParts = variants.filter((v) => v.text.includes(' … '));
  assert.ok(inParts.length > 0);
  for (const v of inParts) {
    const pieces = v.text.split(' … ');
    assert.equal(v.cites.length, pieces.length);
    v.cites.forEach((c, i) => assert.equal(byId.get(c.article)!.text.slice(c.start, c.end).trim(), pieces[i]));
  }
});
