/**
 * Diagnostic for trafilatura-eval: for each missed `with` snippet and each leaked `without` snippet, says where
 * the snippet's text sits on the light tree and why it was dropped or kept (outside the roots, owner classes,
 * link density, line pattern). Pages can be limited to one half of the set (by index parity) so that a change
 * tuned on one half can be checked on the other.
 * Run: node --import tsx bench/extraction/why.ts [--half even|odd] [--kind miss|leak] [--limit N]
 */
import { join } from 'node:path';
import { readGzipPage, readJson, requireBenchDir } from './pages.js';
import { foldSpace, snippetMatch } from './score.js';
import { extractHtml } from '../../src/extract/html/index.js';
import { buildTree } from '../../src/extract/html/tree.js';
import { selectRoots } from '../../src/extract/html/select.js';
import { keepBlocks } from '../../src/extract/html/filter.js';
import { isBoilerplateLine } from '../../src/extract/html/lines.js';

type EvalData = Record<string, { file: string; with: string[]; without: string[] }>;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const dir = requireBenchDir('trafilatura-eval');
const data = readJson<EvalData>(join(dir, 'evaldata.json'));
const half = arg('--half');
const kind = arg('--kind');
const limit = Number(arg('--limit') ?? 1e9);
const urls = Object.keys(data).sort().filter((_, i) => (half === 'even' ? i % 2 === 0 : half === 'odd' ? i % 2 === 1 : true));
let shown = 0;
const totals = { tp: 0, fp: 0, fn: 0 };
for (const url of urls) {
  const page = data[url]!;
  const html = readGzipPage(join(dir, 'html', `${page.file}.gz`));
  const out = extractHtml(html, { source: url, url }).text;
  const c = snippetMatch(out, page.with, page.without);
  totals.tp += c.tp;
  totals.fp += c.fp;
  totals.fn += c.fn;
  const folded = foldSpace(out);
  const missed = kind === 'leak' ? [] : page.with.filter((s) => !folded.includes(foldSpace(s)));
  const leaked = kind === 'miss' ? [] : page.without.filter((s) => folded.includes(foldSpace(s)));
  if (missed.length + leaked.length === 0 || shown >= limit) continue;
  shown++;
  const tree = buildTree(html);
  const roots = selectRoots(tree);
  const kept = new Set(keepBlocks(tree, roots));
  // Why a block inside the roots was dropped: the first flagged element between it and its root, else the rule.
  const reason = (bi: number, root: number): string => {
    const b = tree.blocks[bi]!;
    if (kept.has(bi)) return 'KEPT by filter (dropped later: metadata line or title)';
    for (let i = b.node; i > root && i >= 0; i = tree.nodes[i]!.parent) {
      const n = tree.nodes[i]!;
      if (n.flags & (32 | 8 | 1 | 128)) return `owner flags ${n.flags} at ${n.tag}.${n.cls.slice(0, 30)}`;
      if (n.textLen > 0 && n.linkLen > n.textLen * 0.5 && n.blockCount > 1 && n.textLen < 3000) return `linky box ${n.tag}.${n.cls.slice(0, 30)}`;
    }
    if (b.linkLen > b.text.length * 0.5 && b.text.length < 400) return 'linky block';
    if (isBoilerplateLine(b.text)) return 'boilerplate line';
    if (b.heading) {
      const next = tree.blocks[bi + 1];
      return `orphan heading; next: "${next?.text.slice(0, 40)}" ${next ? (kept.has(bi + 1) ? 'kept' : tree.nodes[next.node]!.tag + '.' + tree.nodes[next.node]!.cls.slice(0, 30) + ' flags ' + tree.nodes[next.node]!.under + ' links ' + next.linkLen + '/' + next.text.length) : ''}`;
    }
    return 'orphan/other';
  };
  const describe = (s: string): string => {
    const f = foldSpace(s);
    const probe = f.slice(0, Math.min(40, f.length));
    const bi = tree.blocks.findIndex((b) => b.text.includes(probe));
    if (bi < 0) return 'not in any block';
    const b = tree.blocks[bi]!;
    const inRoot = roots.some((r) => b.node >= r && b.node <= tree.nodes[r]!.end);
    const chain: string[] = [];
    for (let i = b.node; i >= 0 && chain.length < 8; i = tree.nodes[i]!.parent) {
      const n = tree.nodes[i]!;
      chain.push(`${n.tag}${n.cls ? `.${n.cls.slice(0, 40).replace(/\s+/g, '.')}` : ''}${n.flags ? `[${n.flags}]` : ''}${roots.includes(i) ? '*ROOT*' : ''}`);
    }
    const root = roots.find((r) => b.node >= r && b.node <= tree.nodes[r]!.end) ?? -1;
    return `${inRoot ? `in root (${reason(bi, root)})` : 'OUT'} len ${b.text.length} links ${b.linkLen} tag ${b.tag} | ${chain.join(' < ')}`;
  };
  console.log(`\n== ${page.file} fp ${c.fp} fn ${c.fn} out ${out.length} chars; roots ${roots.map((r) => `${tree.nodes[r]!.tag}.${tree.nodes[r]!.cls.slice(0, 30)}`).join(', ')}`);
  for (const s of missed) console.log(`  MISS "${s.slice(0, 70)}"  ${describe(s)}`);
  for (const s of leaked) console.log(`  LEAK "${s.slice(0, 70)}"  ${describe(s)}`);
}
console.log(`\n${urls.length} pages: tp ${totals.tp} fp ${totals.fp} fn ${totals.fn}`);
