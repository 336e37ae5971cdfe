// Speaker and span rules of the second round on PolNeAR train's error classes (bench/quotes/polnear.ts
// --errors): digest labels, abbreviations and appositions between a quote and its cue, questions followed by
// their attribution, absolute "with" phrases, medium adverbials, cue words read as nouns. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, quotesIn as run } from './test-helpers.js';

test('a byline after a headline’s dash, or a document after "from", names the quote after the colon', () => {
  for (const [text, who] of [
    ['TOLLS TOO HIGH - Ana Reyes and Tomas Varga: “The port board raised the fees three times in a year.”', 'Ana Reyes and Tomas Varga'],
    ['Harbour news. More from the report: “The cranes were idle for most of the winter months.”', 'the report'],
  ] as const) {
    const [q] = run(text);
    assert.deepEqual([q!.cue, q!.mention, q!.mentionStart], [':', who, at(text, who)], text);
  }
});

test('a full stop before a comma or inside parentheses does not end the attribution after a quote', () => {
  for (const [text, who] of [
    ['“The harbour will reopen in May,” Ilse Brandt, 61, a retired pilot in Allentown, Pa., said on Monday.', 'Ilse Brandt'],
    ['“The harbour will reopen in May,” Rep. Ilse Brandt (D-Ore.) said.', 'Rep. Ilse Brandt (D-Ore.)'],
  ] as const) {
    const [q] = run(text);
    assert.deepEqual([q!.start, q!.cue, q!.mention, q!.mentionStart], [1, 'said', who, at(text, who)], text);
  }
});

test('after a question, "the reporter asked him." and "Varga told Radio Brno …" are the attribution', () => {
  const asked = '“Is it over?” the reporter asked him.';
  assert.deepEqual(run(asked).map((q) => [q.kind, q.cue, q.mention]), [['direct', 'asked', 'the reporter']]);
  const told = '“Who knows?” Tomas Varga told Radio Brno about the strike.';
  assert.deepEqual(run(told).map((q) => [q.kind, q.start, q.cue, q.mention]), [['direct', 1, 'told', 'Tomas Varga']]);
});

test('a name with a capitalised post-modifier and a comma before the cue is the source', () => {
  const text = '“The tolls will fall,” Ann Roe of the Centre for Port Studies, wrote in an email.';
  const [q] = run(text);
  assert.deepEqual([q!.cue, q!.mention, q!.mentionStart], ['wrote', 'Ann Roe of the Centre for Port Studies', at(text, 'Ann')]);
});

test('a medium after the cue ("said in a video message") leaves the content before it', () => {
  const text = 'The port was the best in years, she said in a video message.';
  const [q] = run(text);
  assert.deepEqual([q!.kind, q!.start, q!.end, q!.mention], ['indirect', 0, at(text, ', she'), 'she']);
});

test('a participle cue in an absolute "with" phrase takes that phrase’s noun phrase as the source', () => {
  const text = 'Dockers were the first to back the mayor, with the union calling her “the champion the harbour needs today” in a letter.';
  const q = run(text, true).find((x) => x.kind === 'direct')!;
  assert.deepEqual([q.cue, q.mention, q.mentionStart], ['calling', 'the union', at(text, 'the union')]);
  const asking = 'Varga tied the board to the mayor, with one of his ads asking, “Is the board independent enough to serve?” Others agreed.';
  const [a] = run(asking);
  assert.deepEqual([a!.cue, a!.mention], ['asking', 'one of his ads']);
});

test('a cue that a colon joins to a question outranks the next sentence’s subject and verb', () => {
  const text = 'Ann Roe said: “Is the strike over?” Others agreed.';
  assert.deepEqual(run(text).map((q) => [q.cue, q.mention]), [['said', 'Ann Roe']]);
});

test('PolNeAR mode: a digest excerpt under an all-capitals headline is credited to the headline; by default to no one', () => {
  const text = 'The ferry news. [Metro.] PORT TOLLS TO FALL IN MAY “The board agreed to lower the fees for small boats from next month.” [Metro.]';
  const [p] = run(text, true);
  assert.deepEqual([p!.mention, p!.mentionStart], ['PORT TOLLS TO FALL IN MAY', at(text, 'PORT')]);
  assert.equal(run(text)[0]!.mention, null);
});

test('a cue word that is as often a noun ("answer", "attacks") opens no clause-subject attribution', () => {
  assert.deepEqual(run('A clumsy answer could be mined for attacks by the board members.', true), []);
});

test('"compared with" after a share reports no statement', () => {
  const text = 'Some 31 percent of pilots said they were content, compared with 23 percent of dockers.';
  assert.deepEqual(run(text, true).map((q) => q.cue), ['said']);
});

test('a subject right after a cue ("Many fear Varga will …") opens what was said and is not the quote’s speaker', () => {
  const text = 'Ilse Brandt said the port was late. Many fear Varga will feed “insecurity in towns worried about the port and its cranes.”';
  const q = run(text, true).find((x) => x.kind === 'direct')!;
  assert.equal(q.start, at(text, 'insecurity'));
  assert.notEqual(q.mention, 'Varga');
});

test('"…, said Tomas Varga" after an earlier cue in the sentence takes its own source, not the earlier cue’s', () => {
  const text = 'When the ferry reaches Brno, a town that she hoped to win by a wide margin, the vote will be close, said Tomas Varga, a pollster in Brno.';
  const q = run(text).find((x) => x.cue === 'said')!;
  assert.deepEqual([q.start, q.end, q.mention, q.mentionStart], [0, at(text, ', said'), 'Tomas Varga', at(text, 'Tomas')]);
});

test('lower-case modifiers before the name after a quote belong to the source; a manner adverb may end the attribution', () => {
  const text = '“These are the darkest days for the harbour,” former Brno port pilot Noam Roe wrote in a column.';
  const [q] = run(text);
  assert.deepEqual([q!.cue, q!.mention, q!.mentionStart], ['wrote', 'former Brno port pilot Noam Roe', at(text, 'former')]);
  const asks = '“Can you name one thing the board has done?” he asks rhetorically.';
  assert.deepEqual(run(asks).map((x) => [x.kind, x.cue, x.mention]), [['direct', 'asks', 'he']]);
  // "features a Brno Times report": a verb and its object are no lead-in
  const title = 'The spot, titled “Arrogant,” features a Brno Times report that the tolls rose.';
  assert.ok(run(title).every((x) => x.mention !== 'features a Brno Times'));
});

test('after an abbreviation ("the U.S.") a capitalised subject pronoun opens a new sentence and its own attribution', () => {
  const text = 'Ana Reyes says the port board is trying to distract from its record in the U.S. He says the tolls must fall.';
  const got = run(text);
  assert.deepEqual(got.map((q) => [q.start, q.end, q.mention]), [
    [at(text, 'the port'), at(text, '. He says'), 'Ana Reyes'],
    [at(text, 'the tolls'), text.length - 1, 'He'],
  ]);
});

test('a subject with a post-modifier may run to twelve words ("A person familiar with the planning for …")', () => {
  const text = 'A person familiar with the planning for the port board’s meeting says the talks will focus on the tolls.';
  const [q] = run(text);
  assert.deepEqual([q!.cue, q!.mentionStart, q!.start], ['says', 0, at(text, 'the talks')]);
  assert.equal(q!.mention, 'A person familiar with the planning for the port board’s meeting');
});

test('a lower-case noun agreeing with "say" or "says" right before it ends the subject ("Port advisers say …")', () => {
  const text = 'If the strike goes on, harbour forecasters say the tolls will double.';
  const [q] = run(text);
  assert.deepEqual([q!.cue, q!.mention, q!.start], ['say', 'harbour forecasters', at(text, 'the tolls')]);
  const single = 'Asked about the strike, the old harbour chart says the tolls will double.';
  assert.deepEqual(run(single).map((x) => [x.cue, x.mention]), [['says', 'the old harbour chart']]);
});

test('an opening participle or subordinator ("Acknowledging that …") is not the subject a cue-less quote is given to', () => {
  const text = 'The port grew fast. Acknowledging that the board “says a lot of strange things about the docks,” though, Ilse Brandt did suggest a truce.';
  const q = run(text, true).find((x) => x.kind === 'direct')!;
  assert.equal(q.start, at(text, 'says a lot'));
  assert.notEqual(q.mention, 'Acknowledging');
});

test('a comma inside the closing mark, then a source and a past-tense verb that ends the sentence, attribute even an unlisted verb', () => {
  const text = '“We had a deal with the port board,” Ilse Brandt started.';
  const [q] = run(text);
  assert.deepEqual([q!.start, q!.cue, q!.mention, q!.mentionStart], [1, 'started', 'Ilse Brandt', at(text, 'Ilse')]);
  // a verb with an object after it is no attribution
  assert.equal(run('“We had a deal with the port board,” Ilse Brandt started the meeting.')[0]!.mention, null);
  // and the inverted order: verb, then source
  const flashed = '“Anybody but Varga,” flashed another.';
  assert.deepEqual(run(flashed).map((x) => [x.start, x.cue, x.mention, x.mentionStart]), [[1, 'flashed', 'another', at(flashed, 'another')]]);
});

test('an opening participle phrase ("Facing mounting criticism, …") is stepped over to the subject a participle cue shares', () => {
  const text = 'Facing mounting criticism from the board, Ilse Brandt released a statement on Saturday, describing the pilots as heroes.';
  const q = run(text).find((x) => x.cue === 'describing')!;
  assert.deepEqual([q.start, q.mention, q.mentionStart], [at(text, 'the pilots'), 'Ilse Brandt', at(text, 'Ilse')]);
  const year = 'This year, he rose to the defence of the board, saying the tolls should fall.';
  assert.deepEqual(run(year).map((x) => [x.cue, x.mention, x.mentionStart]), [['saying', 'he', at(year, 'he rose')]]);
});
