import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameAt } from './names.js';

test('names are lower-cased and the same string comes back for every spelling of a repeat', () => {
  const html = '<DIV><div><Div class=x></dIv><section>';
  const a = nameAt(html, 1, 4);
  const b = nameAt(html, 6, 9);
  const c = nameAt(html, 11, 14);
  assert.equal(a, 'div');
  assert.equal(b, 'div');
  assert.equal(c, 'div');
  assert.equal(nameAt(html, 30, 37), 'section');
  // Same length and first letter, different name: not confused with the kept one.
  assert.equal(nameAt('dir', 0, 3), 'dir');
  assert.equal(nameAt('div', 0, 3), 'div');
});

test('long and non-ASCII names are still lower-cased', () => {
  const long = 'X'.repeat(30);
  assert.equal(nameAt(long, 0, 30), 'x'.repeat(30));
  assert.equal(nameAt('ÉLÉMENT', 0, 7), 'élément');
  assert.equal(nameAt('[a', 0, 2), '[a');
  assert.equal(nameAt('{a', 0, 2), '{a');
});
