// Prints, per seed article, each quote with its kind, cue and speaker, then the quote groups across seeds.
// Reads /work/shared/seeds at run time (never copied into the repository): node --import tsx bench/quotes/seeds.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../../src/core/doc.js';
import { annotateQuotes, type QuoteAttrs } from '../../src/annotate/quotes/quotes.js';
import { groupQuotes } from '../../src/annotate/quotes/variants.js';

const dir = process.env.SEEDS ?? '/work/shared/seeds';
if (!existsSync(dir)) {
  console.log(`seeds: ${dir} is absent; nothing to show`);
  process.exit(0);
}
const docs: Doc[] = [];
let total = 0;
let unattributed = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(dir, name), 'utf8');
  const doc = new Doc({ id: name.replace(/\.txt$/, ''), source: join(dir, name), text });
  doc.setLayer('quotes', annotateQuotes(doc));
  docs.push(doc);
  console.log(`\n=== ${name}`);
  for (const q of doc.layer('quotes')) {
    const a = q.attrs as unknown as QuoteAttrs;
    total++;
    if (!a.anonymous && !a.speaker) unattributed++;
    const who = a.anonymous ? 'ANONYMOUS' : a.speakerText ?? 'NONE';
    const flags = [a.partial ? 'partial' : '', a.unclosed ? 'unclosed' : ''].filter(Boolean).join(',');
    console.log(`[${q.label}${flags ? ' ' + flags : ''}] ${who} | cue "${a.cueText}" | mention "${a.mentionText ?? ''}" | ${doc.slice(q).slice(0, 90).replace(/\n/g, ' ')}`);
    if (process.env.EVIDENCE) console.log(`    ${a.evidence}`);
  }
}
console.log(`\n${total} quotes, ${unattributed} with neither a speaker nor an anonymous source`);
const groups = groupQuotes(docs);
console.log(`\n=== groups across seeds: ${groups.length} statements, ${groups.filter((g) => g.singleSource).length} carried by one article only; those with more than one quote:`);
for (const g of groups) {
  if (g.quotes.length < 2) continue;
  console.log(`${g.id} speaker=${g.speaker} similarity=${g.similarity} ${g.singleSource ? 'single-source' : `${new Set(g.quotes.map((q) => q.article)).size} articles`}`);
  for (const q of g.quotes) {
    const doc = docs.find((d) => d.id === q.article)!;
    console.log(`   ${q.article.slice(0, 3)} ${q.quote}: ${doc.text.slice(q.start, q.end).slice(0, 100).replace(/\n/g, ' ')}`);
  }
}
