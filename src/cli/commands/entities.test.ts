import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../annotate/entities/index.js';
import { formatEntities } from './entities.js';

const entity = (over: Partial<Entity>): Entity => ({
  id: 'ent-1',
  type: 'PERSON',
  name: 'Ilse Carrow',
  aliases: ['Ilse Carrow', 'Carrow'],
  roles: ['Trade Minister'],
  mentions: [{ article: 'a', start: 10, end: 21 }, { article: 'b', start: 0, end: 6 }],
  merges: [],
  ...over,
});
const list = [entity({ id: 'ent-2', type: 'PLACE', name: 'Kelmar', aliases: ['Kelmar'], roles: [], mentions: [{ article: 'a', start: 30, end: 36 }] }), entity({})];

test('md and table list the most mentioned entity first, with other names and roles', () => {
  const md = formatEntities(list, 'md').split('\n');
  assert.equal(md[0], '| type | name | mentions | articles | other names | roles |');
  assert.equal(md[2], '| PERSON | Ilse Carrow | 2 | 2 | Carrow | Trade Minister |');
  assert.equal(md[3], '| PLACE | Kelmar | 1 | 1 |  |  |');
  const table = formatEntities(list, 'table', new Map(), 80).split('\n');
  assert.match(table[0]!, /other names \[roles\]$/);
  assert.match(table[1]!, /^PERSON\s+Ilse Carrow\s+2\s+2\s+Carrow \[Trade Minister\]$/);
  assert.equal(formatEntities([], 'table'), 'No entities found.\n');
});

test('json and jsonl keep offsets and name each article by its source', () => {
  const sources = new Map([['a', 'one.txt'], ['b', 'two.html']]);
  const json = JSON.parse(formatEntities(list, 'json', sources)) as (Entity & { articles: { id: string; source: string }[] })[];
  assert.deepEqual(json[0]!.mentions[0], { article: 'a', start: 10, end: 21 });
  assert.deepEqual(json[0]!.articles, [{ id: 'a', source: 'one.txt' }, { id: 'b', source: 'two.html' }]);
  const lines = formatEntities(list, 'jsonl', sources).trimEnd().split('\n');
  assert.equal(lines.length, 2);
  assert.equal(JSON.parse(lines[1]!).name, 'Kelmar');
});
