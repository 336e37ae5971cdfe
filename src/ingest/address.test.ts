import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPrivateAddress } from './address.js';

const rows: Array<[string, boolean]> = [
  ['127.0.0.1', true],
  ['127.8.9.10', true],
  ['10.1.2.3', true],
  ['172.16.0.1', true],
  ['172.32.0.1', false],
  ['192.168.1.1', true],
  ['169.254.169.254', true],
  ['100.64.0.1', true],
  ['0.0.0.0', true],
  ['224.0.0.1', true],
  ['8.8.8.8', false],
  ['93.184.216.34', false],
  ['::1', true],
  ['[::1]', true],
  ['::', true],
  ['fe80::1%eth0', true],
  ['fc00::1', true],
  ['fd12:3456::1', true],
  ['::ffff:127.0.0.1', true],
  ['::ffff:7f00:1', true],
  ['::ffff:8.8.8.8', false],
  ['64:ff9b::a00:1', true],
  ['2002:c0a8:0101::1', true],
  ['2606:4700::1111', false],
  ['example.com', false],
];

for (const [address, expected] of rows) {
  test(`${address} is ${expected ? '' : 'not '}private`, () => {
    assert.equal(isPrivateAddress(address), expected);
  });
}
