import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scan } from './sax.js';

interface Event {
  kind: 'open' | 'text' | 'close';
  value: string;
}

function events(html: string): Event[] {
  const out: Event[] = [];
  scan(html, {
    open(name, attrs) {
      out.push({ kind: 'open', value: attrs.class ? `${name}.${attrs.class}` : name });
    },
    text(start, end) {
      out.push({ kind: 'text', value: html.slice(start, end) });
    },
    close(name) {
      out.push({ kind: 'close', value: name });
    },
  });
  return out;
}

// The scanner skips ahead with String.indexOf where the tokenizer would step one character at a time: these
// pages put the characters it skips to ('<', quotes, '>') where a wrong skip would cut text or tags.
test('scripts full of "<" and "</", quoted ">" in attributes and comments with tags are read whole', () => {
  const script = 'if (a < b && c <d) { s = "<div>" + "</span>" + "</scr" + "ipt"; } // < x';
  const html = `<html><body><script>${script}</script><p class="a>b">One &amp; two</p>
<!-- <p>not text</p> --><div title='x > y' class="c">Three<br>four</div><style>p < a { }</style>end</body></html>`;
  const got = events(html);
  const texts = got.filter((e) => e.kind === 'text').map((e) => e.value);
  assert.deepEqual(texts, [script, 'One &amp; two', '\n', 'Three', 'four', 'p < a { }', 'end']);
  assert.deepEqual(got.filter((e) => e.kind === 'open').map((e) => e.value), ['html', 'body', 'script', 'p.a>b', 'div.c', 'br', 'style']);
  // Every element is closed, in order.
  assert.deepEqual(got.filter((e) => e.kind === 'close').map((e) => e.value), ['script', 'p', 'br', 'div', 'style', 'body', 'html']);
});

test('an unclosed script, comment or attribute runs to the end of the input without losing what came before', () => {
  assert.deepEqual(events('<p>before</p><script>let x = 1 < 2;').filter((e) => e.kind === 'text').map((e) => e.value), ['before', 'let x = 1 < 2;']);
  assert.deepEqual(events('<p>before</p><!-- open comment <p>x').filter((e) => e.kind === 'text').map((e) => e.value), ['before']);
  const open = events('<p>before</p><div class="never closed>text');
  assert.deepEqual(open.filter((e) => e.kind === 'text').map((e) => e.value), ['before']);
});

test('text ranges are exact after long runs with no tag', () => {
  const long = 'word '.repeat(5000);
  const html = `<div>${long}<b>bold</b>${long}</div>`;
  const ranges: [number, number][] = [];
  scan(html, { open() {}, close() {}, text(s, e) { ranges.push([s, e]); } });
  assert.deepEqual(ranges, [
    [5, 5 + long.length],
    [5 + long.length + 3, 5 + long.length + 7],
    [5 + long.length + 11, 5 + 2 * long.length + 11],
  ]);
});

test('tags in every form (attributes, stray and bogus end tags) give the elements and text htmlparser2\'s own Parser gives', async () => {
  const { Parser } = await import('htmlparser2');
  const html = `<DIV CLASS="Upper" id=bare>a</DIV><p class = 'spaced' hidden>b</p><span class=x/>c</span>
<input disabled value=1><img src=a.png alt="x > y" class=pic /><div class="one"class="two" id='q'>d</div>
<a href=/x class=u>e</a><section class="" role=main>f</section><p class="a" / id="z">g</p>
<title>T &amp; <b>not a tag</b></title><textarea class="t">h <p> i</textarea><xmp class="w"><i>j</i></xmp>
<svg><style class="s">k</style><title class="st">l</title></svg><ul><li>m</ li><li>n</LI ><li>o</li id=x></ul>
</>p<em>q</3>r</em></div extra>s</p>`;
  const expected: string[] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      expected.push(`open ${name}${attrs.class !== undefined ? ` .${attrs.class}` : ''}${attrs.id !== undefined ? ` #${attrs.id}` : ''}`);
    },
    ontext(text) {
      expected.push(`text ${text}`);
    },
    onclosetag(name) {
      expected.push(`close ${name}`);
    },
  }, { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html);
  const got: string[] = [];
  scan(html, {
    open(name, attrs) {
      got.push(`open ${name}${attrs.class !== undefined ? ` .${attrs.class}` : ''}${attrs.id !== undefined ? ` #${attrs.id}` : ''}`);
    },
    text(start, end) {
      got.push(`text ${html.slice(start, end)}`);
    },
    close(name) {
      got.push(`close ${name}`);
    },
  });
  // The Parser merges adjacent text runs and reports implied tags the same way; compare joined runs.
  const join = (events: string[]): string[] => events.reduce<string[]>((out, e) => {
    const last = out[out.length - 1];
    if (e.startsWith('text ') && last?.startsWith('text ')) out[out.length - 1] = last + e.slice(5);
    else out.push(e);
    return out;
  }, []);
  assert.deepEqual(join(got), join(expected));
});
