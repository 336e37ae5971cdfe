// Prints what the plain-text extractor finds in each .txt file of a folder: title, dateline, outlet, dates,
// messages and the last 200 characters of the clean text, to check the extractor by eye.
// Usage: node --import tsx scripts/extract-text-folder.ts /work/shared/seeds
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../src/extract/text/index.js';

const folder = process.argv[2];
if (!folder || !existsSync(folder)) {
  console.error(`usage: extract-text-folder.ts <folder of .txt files> (${folder ?? 'none given'} does not exist)`);
  process.exit(1);
}
for (const name of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
  const raw = readFileSync(join(folder, name), 'utf8');
  const out = extractText(raw, { source: name });
  const { title, dateline, outlet, published, modified, byline } = out.meta;
  console.log(`=== ${name}: ${raw.length} → ${out.text.length} chars, ${out.blocks.length} blocks (${out.blocks.filter((b) => b.label !== 'paragraph').map((b) => b.label).join(', ') || 'all paragraphs'})`);
  console.log(`title:     ${title ?? '-'}`);
  console.log(`dateline:  ${dateline ? `${JSON.stringify(out.text.slice(dateline.start, dateline.end))} place=${dateline.place} agency=${dateline.agency ?? '-'}` : '-'}`);
  console.log(`outlet:    ${outlet ?? '-'}   byline: ${byline?.join('; ') ?? '-'}   published: ${published ?? '-'}   modified: ${modified ?? '-'}`);
  for (const m of out.messages) console.log(`message:   ${m.severity} ${m.code}: ${m.reason}`);
  console.log(`head:      ${JSON.stringify(out.text.slice(0, 100))}`);
  console.log(`tail:      ${JSON.stringify(out.text.slice(-200))}`);
}
