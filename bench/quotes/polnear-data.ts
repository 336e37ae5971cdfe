// Loads PolNeAR (train/dev) from /work/shared/bench/quotes at run time, for the bench scripts of this folder.
// The archive is extracted to a temp folder that is removed on exit; nothing of it enters the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBrat, type Attribution } from './score.js';

export interface Item {
  name: string;
  text: string;
  gold: Attribution[];
}

export const archive = process.env.POLNEAR ?? '/work/shared/bench/quotes/polnear-train-dev.tar.gz';

/** The extracted corpus folder, or null (after saying so) when the archive is absent. */
export function extract(script: string): string | null {
  if (!existsSync(archive)) {
    console.log(`${script}: ${archive} is absent; skipped`);
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'polnear-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  execFileSync('tar', ['xzf', archive, '-C', dir]);
  return dir;
}

/** One annotation per article: the first annotator's file in name order (a few articles have several). */
export function load(dir: string, split: string): Item[] {
  const base = join(dir, 'data', split);
  const anns = readdirSync(join(base, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const items: Item[] = [];
  for (const ann of anns) {
    const name = ann.replace(/_[^_]+\.ann$/, '');
    if (seen.has(name) || !existsSync(join(base, 'text', `${name}.txt`))) continue;
    seen.add(name);
    items.push({ name, text: readFileSync(join(base, 'text', `${name}.txt`), 'utf8'), gold: parseBrat(readFileSync(join(base, 'attributions', ann), 'utf8')) });
  }
  return items;
}

/** Articles that two annotators marked: the first annotator's attributions as gold, the second's beside them. */
export function loadPairs(dir: string, split: string): (Item & { second: Attribution[] })[] {
  const base = join(dir, 'data', split);
  const anns = readdirSync(join(base, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const byName = new Map<string, string[]>();
  for (const ann of anns) {
    const name = ann.replace(/_[^_]+\.ann$/, '');
    byName.set(name, [...(byName.get(name) ?? []), ann]);
  }
  const read = (ann: string) => parseBrat(readFileSync(join(base, 'attributions', ann), 'utf8'));
  return [...byName]
    .filter(([name, list]) => list.length >= 2 && existsSync(join(base, 'text', `${name}.txt`)))
    .map(([name, list]) => ({ name, text: readFileSync(join(base, 'text', `${name}.txt`), 'utf8'), gold: read(list[0]!), second: read(list[1]!) }));
}
