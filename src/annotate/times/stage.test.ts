import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { timesStage } from './stage.js';

test('the times stage adds a times layer normalised against meta.published, and leaves values out without it', async () => {
  const text = 'The talks ended early Wednesday, five days after they began on Friday.';
  const dated = new Doc({ id: 'a', source: 'a.txt', text, meta: { published: '2026-03-12T10:40:00+05:00' } });
  const undated = new Doc({ id: 'b', source: 'b.txt', text });
  const pipeline = await buildPipeline([timesStage]);
  const { messages } = pipeline.run([dated, undated]);
  assert.deepEqual(messages, []);
  const spans = dated.layer('times');
  assert.deepEqual(
    spans.map((s) => [dated.slice(s), s.label, s.attrs?.value]),
    [
      ['early Wednesday', 'DATE', '2026-03-11'],
      ['five days', 'DURATION', 'P5D'],
      ['Friday', 'DATE', '2026-03-06'],
    ],
  );
  assert.equal(spans[0]!.start, text.indexOf('early'));
  assert.equal(spans[0]!.attrs?.modifier, 'START');
  assert.deepEqual(
    undated.layer('times').map((s) => [undated.slice(s), s.attrs?.value, s.attrs?.relative]),
    [
      ['early Wednesday', undefined, true],
      ['five days', 'P5D', false],
      ['Friday', undefined, true],
    ],
  );
});

test('the layer serialises as plain JSON', async () => {
  const doc = new Doc({ id: 'c', source: 'c.txt', text: 'Over the last four days.', meta: { published: '2026-03-12' } });
  (await buildPipeline([timesStage])).run([doc]);
  const copy = Doc.fromJSON(JSON.parse(JSON.stringify(doc)));
  assert.deepEqual(copy.layer('times'), doc.layer('times'));
  assert.deepEqual(copy.layer('times')[0]?.attrs?.anchor, { start: '2026-03-09', end: '2026-03-12' });
});
