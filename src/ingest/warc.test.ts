import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { WARCRecord, WARCSerializer } from 'warcio';
import { contentId } from '../core/ids.js';
import { collect, tempDir } from './test-helpers.js';

const tmp = tempDir();
after(tmp.remove);

async function record(type: 'response' | 'request' | 'warcinfo', url: string, body: Uint8Array, contentType: string, gzip = false): Promise<Buffer> {
  const created =
    type === 'warcinfo'
      ? await WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion: 'WARC/1.1' }, { software: 'corroborate tests' })
      : WARCRecord.create(
          { url, date: '2025-10-27T10:00:00Z', type, warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': contentType } },
          (async function* () {
            yield body;
          })(),
        );
  return Buffer.from(await WARCSerializer.serialize(created, { gzip }));
}

const pageOne = Buffer.from('<html><body><p>Talks resumed.</p></body></html>');
const pageCyrillic = iconv.encode('<html><body><p>Переговоры возобновились.</p></body></html>', 'windows-1251');
const pageThree = Buffer.from('<html><body><p>Third page.</p></body></html>');

async function records(gzip: boolean): Promise<Buffer[]> {
  return [
    await record('warcinfo', '', new Uint8Array(), '', gzip),
    await record('response', 'https://a.example/one', pageOne, 'text/html; charset=utf-8', gzip),
    await record('request', 'https://a.example/one', new Uint8Array(), 'text/plain', gzip),
    await record('response', 'https://a.example/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png', gzip),
    await record('response', 'https://b.example/ru', pageCyrillic, 'text/html; charset=windows-1251', gzip),
  ];
}

test('HTML responses become inputs with the target URI and the HTTP charset; other records pass silently', async () => {
  const file = tmp.path('crawl.warc');
  writeFileSync(file, Buffer.concat(await records(false)));
  const { inputs, messages } = await collect([file]);
  assert.deepEqual(messages, []);
  assert.deepEqual(inputs.map((i) => [i.source, i.kind, i.hints.url, i.encoding]), [
    [`${file}#2`, 'html', 'https://a.example/one', 'utf-8'],
    [`${file}#5`, 'html', 'https://b.example/ru', 'windows-1251'],
  ]);
  assert.equal(inputs[0]!.content, pageOne.toString());
  assert.equal(inputs[0]!.id, contentId(pageOne));
  assert.match(inputs[1]!.content, /Переговоры возобновились/);
});

test('a WARC.gz of gzipped records gives the same inputs and ids', async () => {
  const plain = tmp.path('same.warc');
  writeFileSync(plain, Buffer.concat(await records(false)));
  const gz = tmp.path('same.warc.gz');
  writeFileSync(gz, Buffer.concat(await records(true)));
  const a = await collect([plain]);
  const b = await collect([gz]);
  assert.deepEqual(b.messages, []);
  assert.deepEqual(b.inputs.map((i) => [i.id, i.hints.url]), a.inputs.map((i) => [i.id, i.hints.url]));
});

test('garbage between records and a record cut short are skipped by number; the records around them are kept', async () => {
  const file = tmp.path('damaged.warc');
  const good = await records(false);
  const third = await record('response', 'https://c.example/three', pageThree, 'text/html', false);
  const cut = await record('response', 'https://d.example/cut', Buffer.from('<p>' + 'long '.repeat(200) + '</p>'), 'text/html', false);
  writeFileSync(file, Buffer.concat([...good, Buffer.from('THIS IS NOT A WARC RECORD\r\nJunk: yes\r\n\r\n'), third, cut.subarray(0, cut.length - 300)]));
  const { inputs, messages } = await collect([file]);
  assert.deepEqual(inputs.map((i) => i.source), [`${file}#2`, `${file}#5`, `${file}#7`]);
  assert.equal(inputs[2]!.hints.url, 'https://c.example/three');
  assert.deepEqual(messages.map((m) => [m.code, m.source, m.severity]), [
    ['warc-record-skipped', file, 'warning'],
    ['warc-record-skipped', file, 'warning'],
  ]);
  assert.match(messages[0]!.reason, /^WARC record 6 was skipped: it has no WARC-Type header/);
  assert.match(messages[1]!.reason, /^WARC record 8 was skipped: it is cut short/);
});

test('a truncated WARC.gz keeps the records before the break and reports gzip-corrupt', async () => {
  const file = tmp.path('cut.warc.gz');
  const parts = await records(true);
  const whole = Buffer.concat(parts);
  const keep = whole.length - Math.floor(parts.at(-1)!.length / 2);
  writeFileSync(file, whole.subarray(0, keep));
  const { inputs, messages } = await collect([file]);
  assert.deepEqual(inputs.map((i) => i.source), [`${file}#2`]);
  assert.deepEqual(messages.map((m) => [m.code, m.source]), [['gzip-corrupt', file]]);
});

test('a record over the byte cap is skipped with its size', async () => {
  const file = tmp.path('big.warc');
  const big = await record('response', 'https://e.example/big', Buffer.from('<p>' + 'x'.repeat(4000) + '</p>'), 'text/html', false);
  const small = await record('response', 'https://e.example/small', pageOne, 'text/html', false);
  writeFileSync(file, Buffer.concat([big, small]));
  const { inputs, messages } = await collect([file], { maxBytes: 2000 });
  assert.deepEqual(inputs.map((i) => i.hints.url), ['https://e.example/small']);
  assert.deepEqual(messages.map((m) => m.code), ['warc-record-skipped']);
  assert.match(messages[0]!.reason, /over the limit of 2000 bytes/);
});
