import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from './run-cli.js';

test('--help works on the program and on every command, and exits 0', async () => {
  const { stdout: top } = await runCli(['--help']);
  const commands = [...top.matchAll(/^  (\w+) \[options\]/gm)].map((m) => m[1]!);
  assert.ok(commands.length >= 5, `commands listed: ${commands.join(', ')}`);
  for (const args of [['--help'], ...commands.map((c) => [c, '--help'])]) {
    const { code, stdout } = await runCli(args);
    assert.equal(code, 0, args.join(' '));
    assert.match(stdout, /Usage: corroborate/);
  }
  const { stdout } = await runCli(['extract', '--help']);
  assert.match(stdout, /--format <format>/);
  assert.match(stdout, /Exit status/);
});

test('usage errors exit 2 and say what was wrong', async () => {
  const cases: [string[], RegExp][] = [
    [[], /Usage: corroborate/],
    [['extract'], /missing required argument/],
    [['extract', 'x.txt', '--format', 'yaml'], /Allowed choices are jsonl, json, md, txt, html/],
    [['extract', 'x.txt', '--no-such-flag'], /unknown option/],
    [['frobnicate'], /unknown command/],
    [['extract', 'x.txt', '--max-bytes', '-3'], /positive whole number/],
  ];
  for (const [args, message] of cases) {
    const { code, stderr } = await runCli(args);
    assert.equal(code, 2, `corroborate ${args.join(' ')}`);
    assert.match(stderr, message, `corroborate ${args.join(' ')}`);
  }
});

test('a batch with bad inputs processes the good ones, names each bad one on stderr and exits 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0]));
  writeFileSync(join(dir, 'cut.txt.gz'), gzipSync(Buffer.from('Some text that will be cut short.\n'.repeat(50))).subarray(0, 40));
  writeFileSync(join(dir, 'good.txt'), 'Harbour cranes idle as dockers strike\n\nPORT ELMA: Dockers at the container terminal walked out on Monday over a pay offer they called insulting, union leaders said.\n\nThe terminal handles most of the region\'s exports.\n');
  const { code, stdout, stderr } = await runCli(['extract', dir, join(dir, 'missing.txt'), '--format', 'jsonl']);
  assert.equal(code, 1);
  const records = stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(records.length, 1);
  assert.equal(records[0].source, join(dir, 'good.txt'));
  assert.equal(records[0].title, 'Harbour cranes idle as dockers strike');
  assert.match(stderr, /empty\.txt: error: .*\[input-empty\]/);
  assert.match(stderr, /binary\.bin: error: .*\[input-binary\]/);
  assert.match(stderr, /cut\.txt\.gz: error: .*\[gzip-corrupt\]/);
  assert.match(stderr, /missing\.txt: error: .*\[input-not-found\]/);
});

test('standard input is read with -', async () => {
  const text = 'Council approves new tram line\n\nSELM: The city council approved a second tram line on Thursday after a four-hour debate.\n';
  const { code, stdout } = await runCli(['extract', '-', '--format', 'json'], { stdin: text });
  assert.equal(code, 0);
  const [record] = JSON.parse(stdout);
  assert.equal(record.source, '-');
  assert.equal(record.title, 'Council approves new tram line');
  assert.equal(record.text.slice(record.dateline.start, record.dateline.end).startsWith('SELM'), true);
});

test('HTML output escapes article content: a script in an article stays text', async () => {
  // JSON Lines `text` is plain text whatever it contains, so the markup below is article content.
  const record = { title: 'Hostile headline <img src=x onerror=alert(1)>', text: 'The page said <script>alert("owned")</script> and nothing else of note happened in the city that day, officials said.' };
  const { code, stdout } = await runCli(['extract', '-', '--format', 'html'], { stdin: JSON.stringify(record) + '\n' });
  assert.equal(code, 0);
  assert.doesNotMatch(stdout, /<script>alert/);
  assert.doesNotMatch(stdout, /<img src=x/);
  assert.match(stdout, /&lt;script&gt;alert\(&quot;owned&quot;\)&lt;\/script&gt;/);
});
