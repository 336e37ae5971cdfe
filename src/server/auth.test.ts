import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exposureProblem, isLoopback } from './auth.js';

test('loopback hosts are told apart from the rest', () => {
  const rows: [string, boolean][] = [
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['127.0.0.1.example.org', false],
    ['example.org', false],
  ];
  for (const [host, loopback] of rows) assert.equal(isLoopback(host), loopback, host);
});

test('a non-loopback host needs a token', () => {
  assert.equal(exposureProblem('127.0.0.1', undefined), undefined);
  assert.equal(exposureProblem('0.0.0.0', 'secret'), undefined);
  assert.match(exposureProblem('0.0.0.0', undefined)!, /without a token/);
  assert.match(exposureProblem('0.0.0.0', '')!, /CORROBORATE_TOKEN/);
});
