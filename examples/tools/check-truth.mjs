// Checks examples/truth.json against the articles it describes: every title, byline, dateline, quote, snippet and
// alias named in the ground truth must occur in the article's text, and the syndicated copy must differ from its
// original exactly as recorded. Run after editing the corpus: `node examples/tools/check-truth.mjs`.
// It reads the files with a crude text dump (tags stripped), not the project's extractor, so that a bug in the
// extractor cannot hide a mistake in the ground truth. Needs the dev dependencies (linkedom, iconv-lite).
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
const T = JSON.parse(fs.readFileSync(new URL('../truth.json', import.meta.url), 'utf8'));
const norm = (s) => s.replace(/\s+/g, ' ');
const htmlText = (h) => { const { document } = parseHTML(h); document.querySelectorAll('script,style').forEach(e=>e.remove()); return document.documentElement.textContent; };
const texts = {};
for (const key of Object.keys(T.files)) {
  const [p, n] = key.split('#');
  const buf = fs.readFileSync(new URL('../corpus/' + p, import.meta.url));
  let t;
  if (p.endsWith('.xml')) { const items = buf.toString().split('<item>').slice(1); const it = items[+n-1]; t = it.replace(/<!\[CDATA\[|\]\]>/g,''); t = htmlText('<html><body>'+t+'</body></html>'); }
  else if (p.endsWith('.jsonl')) { const r = JSON.parse(buf.toString().trim().split('\n')[+n-1]); t = r.title + '\n' + r.author + '\n' + r.text; }
  else if (p.endsWith('.html')) t = htmlText(T.files[key].encoding === 'windows-1252' ? iconv.decode(buf,'windows-1252') : buf.toString('utf8'));
  else t = buf.toString('utf8');
  texts[key] = norm(t);
}
let bad = 0;
const need = (file, s, what) => { if (!texts[file]) { console.log('NO FILE', file, what); bad++; return; } if (!texts[file].includes(norm(s))) { console.log('MISSING', what, file, JSON.stringify(s)); bad++; } };
for (const [k, f] of Object.entries(T.files)) {
  if (f.title !== null) need(k, f.title, 'title');
  for (const b of f.byline) need(k, b, 'byline');
  if (f.dateline) { need(k, f.dateline.place, 'dateline.place'); if (f.dateline.agency) need(k, f.dateline.agency, 'dateline.agency'); }
  const ev = T.stories.flatMap(s=>s.events).find(e=>e.id===f.event); if (!ev || !ev.files.includes(k)) { console.log('EVENT MISMATCH', k); bad++; }
}
const evFiles = T.stories.flatMap(s=>s.events.flatMap(e=>e.files)); if (evFiles.length !== Object.keys(T.files).length || new Set(evFiles).size !== evFiles.length) { console.log('event files mismatch'); bad++; }
for (const q of T.quoteVariants) q.files.forEach((f,i)=>need(f,q.texts[i],'quote'));
for (const a of [...T.attributions, ...T.anonymousSources, ...T.relativeDates, ...T.keepSentences]) need(a.file, a.text, 'snippet');
for (const a of T.attributions) need(a.file, a.cue, 'cue');
const all = Object.values(texts).join('\n');
for (const a of T.aliases) for (const f of [...a.forms, ...(a.roles??[]), ...(a.adjectives??[])]) if (!all.toLowerCase().includes(f.toLowerCase())) { console.log('ALIAS MISSING', f); bad++; }
for (const c of T.contradictions) for (const s of c.sides) for (const f of s.files) if (!texts[f]) { console.log('no file', f); bad++; }
for (const u of T.updates) for (const v of u.values) for (const f of v.files) if (!texts[f]) { console.log('no file', f); bad++; }
for (const s of T.syndicated) { need(s.original, s.droppedParagraphStartsWith, 'dropped in original'); if (texts[s.copy].includes(s.droppedParagraphStartsWith)) { console.log('dropped para present in copy'); bad++; } for (const [a,b] of s.edits) { need(s.original,a,'edit-from'); need(s.copy,b,'edit-to'); } }
for (const [k,t] of Object.entries(texts)) { const w = t.split(' ').length; if (w < 150) console.log('short', k, w); }
console.log(bad ? bad + ' problems' : 'truth OK', Object.keys(texts).length, 'articles');
