// Speaker and span rules added from the error classes of PolNeAR train (bench/quotes/polnear.ts --errors):
// opening phrases before a subject, initials inside an attribution, "according to" around a whole sentence,
// parenthetical attributions, asides after a source. Invented sentences, one test per rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, quotesIn as run } from './test-helpers.js';

test('a quote inside a later sentence takes that sentence’s subject, not the previous speaker', () => {
  const text = 'Ilse Brandt said the port was late. Later that week Tomas Varga filed a motion to end “this reckless spending on cranes.”';
  const q = run(text).find((x) => x.kind === 'direct')!;
  assert.deepEqual([q.start, q.mention, q.mentionStart], [at(text, 'this reckless'), 'Tomas Varga', at(text, 'Tomas')]);
});

test('with no subject of its own in that sentence, such a quote is not handed to the previous speaker', () => {
  const text = 'Ilse Brandt said the port was late. The crane budget, by most counts, is “far beyond anything we planned for.”';
  const q = run(text).find((x) => x.kind === 'direct')!;
  assert.equal(q.start, at(text, 'far beyond'));
  assert.equal(q.mention, null);
});

test('the full stop of an initial inside the source does not end the attribution after a quote', () => {
  const text = '“We wanted the harbour back,” Tomas K. Varga, the port director, said on Monday.';
  const [q] = run(text);
  assert.deepEqual([q!.start, q!.end, q!.cue, q!.mention, q!.mentionStart], [1, 27, 'said', 'Tomas K. Varga', at(text, 'Tomas')]);
});

test('an opening time phrase or dateline is stepped over to find the subject of a participle cue', () => {
  for (const text of [
    'Hours later, Ana Reyes answered the critics, telling Radio Brno, “The tolls will fall next year.”',
    'BRNO, May 3 (Metro Desk) — Ana Reyes rallied her staff, saying: “We finish the dock by June.”',
  ]) {
    const q = run(text).find((x) => x.kind === 'direct')!;
    assert.deepEqual([q.mention, q.mentionStart], ['Ana Reyes', at(text, 'Ana')], text);
  }
});

test('an indirect participle cue after a dateline shares the subject after the dateline', () => {
  const text = 'Brno (Metro Desk) – Mayor Ilse Brandt has taken a swipe at the port board, saying that its plans do more harm than good.';
  const q = run(text).find((x) => x.cue === 'saying')!;
  assert.deepEqual([q.start, q.end, q.mention], [at(text, 'its plans'), text.length - 1, 'Mayor Ilse Brandt']);
});

test('a dummy subject ("This is why …") is never the speaker', () => {
  const text = 'This is why Ana Reyes keeps visiting the docks, saying that the cranes are unsafe.';
  assert.ok(run(text).every((q) => q.mention !== 'This'));
});

test('a day between the source and its cue ("on Saturday") is stepped over', () => {
  const text = 'Senator Ana Reyes (D-Brno) on Saturday criticized the port deal as too costly.';
  const [q] = run(text);
  assert.deepEqual([q!.cue, q!.mention, q!.mentionStart, q!.start], ['criticized', 'Senator Ana Reyes (D-Brno)', 0, at(text, 'the port deal')]);
});

test('a second quote after an attribution with abbreviations ("St. Louis") continues the same statement', () => {
  const text = '“The dock is finished,” said Tomas Varga, the head of the port office in St. Louis. “We open in May.”';
  const got = run(text).filter((x) => x.kind === 'direct');
  assert.equal(got.length, 1);
  assert.deepEqual([got[0]!.start, got[0]!.end, got[0]!.parts, got[0]!.mention], [1, text.length - 1, 2, 'Tomas Varga']);
});

test('a long apposition between the quote and its cue (over 24 words) still attributes', () => {
  const text = '“Very good work, very good work,” Ana Reyes, the mayor of the city and the chair of the regional port board since it was founded after the long strike, said when a reporter asked.';
  const [q] = run(text);
  assert.deepEqual([q!.cue, q!.mention, q!.mentionStart], ['said', 'Ana Reyes', at(text, 'Ana')]);
});

test('a sentence that opens with its cue: "Said Dora Poynter, …, “…”"', () => {
  const text = 'Said Dora Poynter, who grew up near the docks, “We were all so proud of him.”';
  const q = run(text).find((x) => x.kind === 'direct')!;
  assert.deepEqual([q.start, q.cue, q.mention, q.mentionStart], [at(text, 'We were'), 'Said', 'Dora Poynter', 5]);
});

test('"according to" after a quote inside a sentence vouches for the whole sentence', () => {
  const text = 'Tomas Varga wrote to the board, threatening “a major lawsuit,” according to a copy of the letter.';
  const got = run(text);
  const outer = got.find((x) => !x.partial)!;
  assert.deepEqual([outer.kind, outer.start, outer.cue, outer.mention], ['indirect', 0, 'according to', 'a copy of the letter']);
  assert.ok(outer.end >= at(text, 'lawsuit'));
  assert.ok(got.filter((x) => x.kind === 'direct').every((x) => x.partial));
});

test('"According to X, …" holds the attributions inside what it reports', () => {
  const text = 'According to the summary, Varga and another aide asked the clerk to delete the files.';
  const got = run(text);
  assert.equal(got.length, 1);
  assert.deepEqual([got[0]!.start, got[0]!.end, got[0]!.cue], [at(text, 'Varga'), text.length - 1, 'According to']);
});

test('a parenthetical attribution keeps the clause it interrupts ("At one point, she said, she was …")', () => {
  const text = 'At one point, she said, she was considering a run for mayor.';
  const got = run(text);
  assert.equal(got.length, 1);
  assert.deepEqual([got[0]!.start, got[0]!.end, got[0]!.cue, got[0]!.mention, got[0]!.parts], [0, text.length - 1, 'said', 'she', 2]);
});

test('"The board, Varga said, approved …": a finite verb after the parenthetical resumes the content', () => {
  const text = 'The board, Varga said, approved the “final dock plan.”';
  const q = run(text).find((x) => !x.partial)!;
  assert.deepEqual([q.kind, q.start, q.cue, q.mention, q.parts], ['indirect', 0, 'said', 'Varga', 2]);
  assert.ok(q.end >= at(text, 'plan'));
});

test('an aside ending in a quote ("who calls it a “disaster,” said") still leads back to the subject', () => {
  const text = 'Ana Reyes, who calls the plan a “disaster,” said she doubts the board will vote again.';
  const got = run(text);
  const said = got.find((x) => x.cue === 'said' && !x.partial)!;
  assert.deepEqual([said.kind, said.start, said.mention, said.mentionStart], ['indirect', at(text, 'she doubts'), 'Ana Reyes', 0]);
  // "said she doubts" is the cue and its clause, not an inverted "said she"
  assert.ok(got.every((x) => x.mention !== 'she'));
});

test('"…, said the port’s chief executive, Tomas Varga": the source after the cue, not a name further back', () => {
  const text = 'In Brno, the dock is under pressure from imports, said the port’s chief executive, Tomas Varga.';
  const [q] = run(text);
  assert.deepEqual([q!.start, q!.cue, q!.mentionStart], [0, 'said', at(text, 'the port’s')]);
});

test('a subject with a relative clause and an aside before its cue', () => {
  const text = 'Some voters who have heard the mayor over the years, in person or on the radio, said she seemed tired.';
  const [q] = run(text);
  assert.deepEqual([q!.start, q!.cue, q!.mention, q!.mentionStart], [at(text, 'she seemed'), 'said', 'Some voters', 0]);
});

test('attitude mode: a clause opener or a preposition is not taken as the subject of a cue', () => {
  const text = 'Having announced that he would not appeal, Judge Roe closed the hearing.';
  assert.ok(run(text, true).every((q) => q.mention !== 'Having'));
});

test('a quote with no speech verb is not given a sentence opener that no verb follows ("Estimates of …")', () => {
  const text = 'The port opened. Estimates of the cost run to “far more than anyone planned for.”';
  const q = run(text).find((x) => x.kind === 'direct')!;
  assert.equal(q.start, at(text, 'far more'));
  assert.notEqual(q.mention, 'Estimates');
});

test('a coordinated source ends the earlier content even when its own content is too short to keep', () => {
  const text = 'Ana Reyes said Varga stopped the practice, but Reyes did not say when.';
  const got = run(text);
  assert.deepEqual(got.map((q) => [q.start, q.end, q.cue]), [[at(text, 'Varga'), at(text, ', but'), 'said']]);
});

test('a share of respondents ("Six in 10 say", "Two in three said") is the source of what they say', () => {
  for (const [text, source] of [
    ['The poll found it. Six in 10 say the port should stay open.', 'Six in 10'],
    ['The poll found it. Two in three said the port should stay open.', 'Two in three'],
  ] as const) {
    const [q] = run(text);
    assert.deepEqual([q?.mention, q?.start, q?.end], [source, at(text, 'the port'), text.length - 1], text);
  }
});

test('a quote in a clause marked as a claim ("allegedly") stays with the source being reported', () => {
  const text = 'The ministry said the talks had stalled. The other side allegedly tried to “blur and stall” the talks.';
  const q = run(text).find((x) => x.kind === 'direct')!;
  assert.deepEqual([q.start, q.mention], [at(text, 'blur'), 'The ministry']);
});

test('after a quote that ends its sentence, "He added, “…”" introduces the next quote, not the one before', () => {
  const text = 'Later Varga replied, “This was a fine day. It is a badge of honour.” He added, “I will keep it.”';
  const got = run(text).filter((x) => x.kind === 'direct');
  assert.deepEqual(got.map((q) => [q.start, q.cue, q.mentionStart]), [
    [at(text, 'This was'), 'replied', at(text, 'Varga')],
    [at(text, 'I will'), 'added', at(text, 'He added')],
  ]);
});
