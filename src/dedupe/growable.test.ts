import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GrowableInt32, IntTable, RowStore } from './growable.js';

test('the integer table keeps every key through growth, including zero and negative keys', () => {
  const table = new IntTable(4);
  for (let k = -500; k < 500; k++) table.set(k * 7919, k + 500);
  for (let k = -500; k < 500; k++) assert.equal(table.get(k * 7919), k + 500);
  assert.equal(table.get(123_456_789), -1);
  table.set(0, 42);
  assert.equal(table.get(0), 42);
  assert.equal(table.size, 1000);
});

test('growable arrays and 16-bit signature rows', () => {
  const a = new GrowableInt32(2);
  for (let i = 0; i < 100; i++) a.push(i * 3);
  assert.equal(a.get(99), 297);
  const rows = new RowStore(4, 1);
  rows.push(Uint32Array.from([0x10001, 2, 3, 4]));
  rows.push(Uint32Array.from([0x20001, 2, 9, 4]));
  assert.equal(rows.agreement(0, 1), 0.75, 'the low 16 bits of 0x10001 and 0x20001 agree');
  assert.equal(rows.agreementWith(0, Uint32Array.from([1, 2, 3, 5])), 0.75);
});

test('exchange sets a value and returns the one it replaced, through growth', () => {
  const table = new IntTable(2);
  assert.equal(table.exchange(5, 1), -1);
  assert.equal(table.exchange(5, 2), 1);
  for (let k = 0; k < 300; k++) table.exchange(-k * 31, k);
  assert.equal(table.get(5), 2);
  assert.equal(table.exchange(-31 * 299, 7), 299);
  assert.equal(table.get(-31 * 299), 7);
  assert.equal(table.size, 301);
});
