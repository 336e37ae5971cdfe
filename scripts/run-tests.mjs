#!/usr/bin/env node
// Runs every *.test.ts beside the code (and under test/) with node's own test runner through tsx.
// Node 20's --test does not expand globs itself, so the files are listed here.
import { spawnSync } from 'node:child_process';
import { globSync } from 'tinyglobby';

const patterns = process.argv.slice(2);
const files = globSync(patterns.length ? patterns : ['src/**/*.test.ts', 'bench/**/*.test.ts', 'test/**/*.test.ts'], { ignore: ['node_modules/**', '**/.tmp/**'] }).sort();
if (files.length === 0) {
  console.error('run-tests: no test files found');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
