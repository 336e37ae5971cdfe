import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import { runAll } from './test-helpers.js';
import { contentWords, isSubheading, titleWords, type Claim } from './claims.js';
import { ALIGN_THRESHOLD, CONTENT_FLOOR, claimSimilarity, contentSimilarity, sameStatement } from './align.js';
import type { Reconciliation } from './stage.js';

/**
 * A claim over `text` as extractClaims would see it: `names` are the words of the names in it (given by hand
 * here, from the entity layer in the pipeline), `entities` their ids, `actions` the CAMEO classes it reports.
 */
function claim(id: string, text: string, names: string[], entities: string[], actions: string[] = []): Claim {
  const words = contentWords(text);
  const nameWords = new Set([...contentWords(names.join(' ')), ...titleWords(text)]);
  return { id, article: id, voice: id, outlet: id, event: 'e1', day: '2026-09-02', index: 5, start: 0, end: text.length, words, names: words.filter((w) => nameWords.has(w)), actions, entities, places: [], numbers: [], dates: [], speaker: null };
}

test('two sentences about one person that share only the name and the title are not one statement', () => {
  const a = claim('a', 'Ilse Varnholt, Corvale\'s mayor, praised the volunteers who cleared the quay.', ['Ilse Varnholt', 'Corvale'], ['p1', 'c1']);
  const b = claim('b', 'Corvale\'s mayor, Ilse Varnholt, did not attend the ceremony.', ['Ilse Varnholt', 'Corvale'], ['p1', 'c1']);
  const score = claimSimilarity(a, b);
  assert.ok(score >= ALIGN_THRESHOLD, `the name and title alone score ${score.toFixed(2)}`);
  assert.deepEqual(b.names.sort(), ['corvale', 'ilse', 'mayor', 'varnholt']);
  const content = contentSimilarity(a, b);
  assert.ok(content < 0.18, `what they say in common: ${content.toFixed(2)}`);
  assert.equal(sameStatement(a, b, score, content), false);
});

test('two renderings of one statement about the same person stay one statement', () => {
  const a = claim('a', 'Ilse Varnholt, the harbour mayor, said the ferry terminal would reopen on Monday.', ['Ilse Varnholt'], ['p1']);
  const b = claim('b', 'The ferry terminal will reopen on Monday, Mayor Ilse Varnholt said.', ['Ilse Varnholt'], ['p1']);
  const score = claimSimilarity(a, b);
  const content = contentSimilarity(a, b);
  assert.ok(content >= 0.27, content.toFixed(2));
  assert.equal(sameStatement(a, b, score, content), true);
});

test('the story\'s parties and a background phrase do not make one statement when the actions differ', () => {
  // Both name the story's two parties and "armed gangs operating from the hills"; one says the talks failed to
  // produce guarantees, the other sets a condition for accepting them.
  const a = claim('a', 'The long talks, meant to calm the frontier, failed to produce firm guarantees or checkable steps from the Morvan Council against armed gangs operating from Kessel soil.', ['Morvan Council', 'Kessel'], ['m', 'k'], ['12']);
  const b = claim('b', 'He proposed that if the Morvan Council cannot restrain armed gangs operating from Kessel territory, Tarvia should be allowed to act, adding that he would only believe Morvan guarantees signed publicly before notaries.', ['Morvan Council', 'Kessel', 'Tarvia'], ['m', 'k', 't'], ['06', '08']);
  const score = claimSimilarity(a, b);
  const content = contentSimilarity(a, b);
  assert.ok(content >= 0.18 && content < 0.27, `shared wording beyond names: ${content.toFixed(2)}`);
  assert.equal(sameStatement(a, b, Math.max(score, ALIGN_THRESHOLD), content), false);
  // The same wording with one kind of action in common is judged on the lower floor.
  const c = { ...b, actions: ['12', '06'] };
  assert.equal(sameStatement(a, c, Math.max(score, ALIGN_THRESHOLD), content), true);
});

test('two reports\' ledes, worded each its own way, are one statement on their actors and one word more', () => {
  const a = { ...claim('a', 'The Corvale council confirmed Ilse Varnholt as mayor on Monday, ending a month without one.', ['Corvale', 'Ilse Varnholt'], ['c1', 'p1']), index: 0 };
  const b = { ...claim('b', 'Corvale councillors voted 9-2 on Monday night to make Ilse Varnholt the new mayor.', ['Corvale', 'Ilse Varnholt'], ['c1', 'p1']), index: 1 };
  const content = contentSimilarity(a, b);
  assert.ok(content > 0 && content < CONTENT_FLOOR, content.toFixed(2));
  assert.equal(sameStatement(a, b, ALIGN_THRESHOLD, content), true);
  // The same two sentences further down their reports are judged on the full floor.
  assert.equal(sameStatement({ ...a, index: 4 }, b, ALIGN_THRESHOLD, content), false);
  // Ledes that share nothing but names are still two statements.
  const c = { ...claim('c', 'Republicans vowed to fight Ilse Varnholt in Corvale.', ['Corvale', 'Ilse Varnholt'], ['c1', 'p1']), index: 0 };
  assert.equal(sameStatement(a, c, ALIGN_THRESHOLD, contentSimilarity(a, c)), false);
});

test('titles count as names, portfolio words only beside a title', () => {
  const rows: [string, string[]][] = [
    ['The defence minister, Marta Olbrecht, said so.', ['defence', 'minister']],
    ['Minister for Information and Broadcasting Tarar spoke.', ['broadcas', 'informat', 'minister']],
    ['It will not give up its water rights or its trade.', []],
    ['The spokeswoman and the mayor disagreed.', ['mayor', 'spokeswo']],
  ];
  for (const [text, words] of rows) assert.deepEqual(titleWords(text).sort(), words, text);
});

test('a subheading in the body is not a claim; a sentence is', () => {
  const rows: [string, boolean][] = [
    ['Stalled Talks and Rising Anger', true],
    ['Regional Paper | World | By Ana Ruiz', true],
    ['The talks stalled and anger rose.', false],
    ['Officials said the Harbour Bridge would reopen', false],
    ['“Stop The Shooting Now”', false],
  ];
  for (const [text, heading] of rows) assert.equal(isSubheading(text), heading, text);
});

const TITLE = 'Corvale harbour reopens after storm';
function article(id: string, outlet: string, sentences: string[]): Doc {
  return new Doc({ id, source: `${id}.txt`, text: `${TITLE}\n\n${sentences.join('\n\n')}`, meta: { title: TITLE, outlet, published: '2026-09-02T09:00:00Z' } });
}

test('in a story, a person\'s two different remarks in two outlets stay single; the remark both carry is shared', async () => {
  const common = [
    'The storm that closed Corvale harbour for four days has passed, and the port authority reopened the main quay on Tuesday.',
    'Fishing boats returned to their moorings in the afternoon, and the coastguard lifted its warning for small craft.',
  ];
  const a = article('a', 'Coast Herald', [
    ...common,
    'Ilse Varnholt, Corvale\'s mayor, said the ferry terminal would reopen on Monday.',
    'Ilse Varnholt, Corvale\'s mayor, praised the volunteers who had sandbagged the fish market through the night.',
  ]);
  const b = article('b', 'Bay Courier', [
    'Corvale harbour reopened its main quay on Tuesday after the storm closed the port for four days, the port authority said.',
    'The coastguard lifted its small-craft warning as fishing boats came back to their moorings in the afternoon.',
    'The ferry terminal will reopen on Monday, Mayor Ilse Varnholt said.',
    'Corvale\'s mayor, Ilse Varnholt, did not attend the blessing of the fleet.',
  ]);
  const corpus = await runAll([a, b]);
  const r = corpus.results.get('corpus:reconciliation') as Reconciliation;
  const story = r.stories.find((s) => s.articles.length === 2);
  assert.ok(story, 'the two reports are one story');
  const statusOf = (pattern: RegExp) => story.claims.find((c) => c.support.some((s) => pattern.test(corpus.docs.find((d) => d.id === s.article)!.text.slice(s.start, s.end))));
  const ferry = statusOf(/ferry terminal/);
  assert.equal(ferry?.status, 'shared');
  assert.deepEqual(ferry.support.map((s) => s.article).sort(), ['a', 'b']);
  assert.equal(statusOf(/praised the volunteers/)?.status, 'single');
  assert.equal(statusOf(/did not attend/)?.status, 'single');
});
