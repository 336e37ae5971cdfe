import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import { clusterStories, storyIdOf } from './stories.js';
import { StoryIndex } from './story-index.js';
import { fixtureDocs, shuffled, STORIES } from './fixtures.js';

const membersOf = (g: { stories: { articles: string[] }[] }) => g.stories.map((s) => [...s.articles].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
const expected = Object.values(STORIES).map((s) => [...s].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));

test('batch clustering groups articles by story and leaves a lone article on its own', () => {
  const grouping = clusterStories(fixtureDocs());
  assert.deepEqual(membersOf(grouping), expected);
  assert.equal(grouping.articles['quake-3']?.story, grouping.articles['quake-1']?.story);
  assert.notEqual(grouping.articles['quake-1']?.story, grouping.articles['bank-1']?.story);
});

test('the batch result does not depend on input order', () => {
  const reference = JSON.stringify(clusterStories(fixtureDocs()));
  for (const seed of [1, 2, 3, 4, 5]) assert.equal(JSON.stringify(clusterStories(shuffled(fixtureDocs(), seed))), reference, `seed ${seed}`);
});

test('story ids come from the earliest member; titles are the most central headline', () => {
  const grouping = clusterStories(fixtureDocs());
  const port = grouping.stories.find((s) => s.articles.includes('port-1'))!;
  assert.equal(port.id, storyIdOf('port-1'));
  assert.deepEqual(port.articles, STORIES.port, 'earliest first');
  assert.ok(STORIES.port.some((id) => fixtureDocs().find((d) => d.id === id)!.meta.title === port.title));
  assert.deepEqual(port.events, []);
});

test('without titles or dates the stories hold and are titled by key terms', () => {
  const grouping = clusterStories(fixtureDocs({ titles: false, dates: false }));
  assert.deepEqual(membersOf(grouping), expected);
  const quake = grouping.stories.find((s) => s.articles.includes('quake-1'))!;
  assert.match(quake.title, /karsavi/);
});

test('a copy joins its original\'s story and is marked with its original', () => {
  const docs = fixtureDocs();
  const copy = new Doc({ id: 'copy', source: 'copy.txt', text: 'Totally different words about gardening tools and soil.', meta: { published: '2025-03-06T00:00:00Z' } });
  const grouping = clusterStories([...docs, copy], { duplicates: { copy: { duplicateOf: 'port-2', similarity: 0.8 } } });
  assert.deepEqual(grouping.articles.copy, { story: grouping.articles['port-2']!.story, duplicateOf: 'port-2', similarity: 0.8 });
});

test('articles with no text, one word, or a lone article do not crash and stay on their own', () => {
  const docs = [...fixtureDocs(), new Doc({ id: 'empty', source: 'e.txt', text: '' }), new Doc({ id: 'word', source: 'w.txt', text: 'Velmora' })];
  const grouping = clusterStories(docs);
  assert.deepEqual(grouping.stories.find((s) => s.articles.includes('empty'))?.articles, ['empty']);
  assert.ok(grouping.articles.word, 'every article has a story');
  assert.equal(grouping.stories.reduce((n, s) => n + s.articles.length, 0), docs.length);
  assert.deepEqual(clusterStories([]), { stories: [], articles: {} });
});

test('incremental: articles join their story as they arrive; a new subject opens a new story', () => {
  const index = new StoryIndex();
  const docs = fixtureDocs();
  const ids = new Map<string, string>();
  for (const doc of docs) ids.set(doc.id, index.add(doc));
  assert.deepEqual(membersOf({ stories: index.stories() }), expected);
  const late = new Doc({ id: 'port-6', source: 'p6.txt', text: 'Velmora port authority said the dockers strike backlog of grain ships had cleared, thanking mediator Anneke Voss.', meta: { published: '2025-03-14T09:00:00Z', title: 'Velmora port clears backlog' } });
  assert.equal(index.add(late), index.storyOf('port-1'));
  const fresh = new Doc({ id: 'zoo', source: 'zoo.txt', text: 'The city zoo welcomed twin panda cubs, keepers said.', meta: { published: '2025-03-14T10:00:00Z' } });
  const zooStory = index.add(fresh);
  assert.equal(index.stories().find((s) => s.id === zooStory)?.articles.length, 1);
});

test('incremental: a story\'s window moves with it, and an article far outside it opens a new story', () => {
  const index = new StoryIndex({ windowDays: 7 });
  for (const doc of fixtureDocs().filter((d) => d.id.startsWith('port'))) index.add(doc);
  const months = new Doc({ id: 'port-later', source: 'pl.txt', text: fixtureDocs()[0]!.text, meta: { published: '2025-06-20T09:00:00Z' } });
  assert.notEqual(index.add(months), index.storyOf('port-1'));
});

test('incremental order changes the grouping of these stories not at all', () => {
  const reference = membersOf({ stories: (() => { const i = new StoryIndex(); fixtureDocs().forEach((d) => i.add(d)); return i.stories(); })() });
  for (const seed of [7, 8, 9]) {
    const index = new StoryIndex();
    for (const doc of shuffled(fixtureDocs(), seed)) index.add(doc);
    assert.deepEqual(membersOf({ stories: index.stories() }), reference, `seed ${seed}`);
  }
});

test('incremental: a reprint months later joins its original\'s story without stretching the story\'s window', () => {
  const index = new StoryIndex({ windowDays: 7 });
  for (const doc of fixtureDocs().filter((d) => d.id.startsWith('port'))) index.add(doc);
  const text = fixtureDocs()[0]!.text;
  const reprint = new Doc({ id: 'reprint', source: 'r.txt', text, meta: { published: '2025-06-20T09:00:00Z' } });
  assert.equal(index.add(reprint, 'port-1'), index.storyOf('port-1'));
  const followUp = new Doc({ id: 'follow', source: 'f.txt', text: `${text} More later.`, meta: { published: '2025-06-21T09:00:00Z' } });
  assert.notEqual(index.add(followUp), index.storyOf('port-1'));
});

test('incremental: a long-running story stays findable after its first postings age, and a look-up reads nothing two windows back', () => {
  const index = new StoryIndex({ windowDays: 10 });
  const text = fixtureDocs()[0]!.text;
  const at = (id: string, day: number, extra = '') => new Doc({ id, source: `${id}.txt`, text: `${text}${extra}`, meta: { published: new Date(Date.UTC(2025, 2, 4 + day)).toISOString() } });
  // One article every nine days: each is within the window of the story's end, though far from its start.
  const story = index.add(at('day0', 0));
  for (let k = 1; k < 9; k++) assert.equal(index.add(at(`day${k * 9}`, k * 9, ` Update ${k}.`)), story, `day ${k * 9}`);
  // Months later the same subject opens a new story, and the look-up reads none of the old entries.
  const before = index.scanned;
  assert.notEqual(index.add(at('months', 200)), story);
  assert.equal(index.scanned - before, 0);
  // An article dated inside the old story's span that arrives now still finds it behind the newer entries.
  assert.equal(index.add(at('late', 40, ' From the archive.')), story);
});
