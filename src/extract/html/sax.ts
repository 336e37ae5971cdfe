import { Tokenizer } from 'htmlparser2';
import { decodeHTMLAttribute } from './entities.js';
import { nameAt } from './names.js';
import { addShortcuts } from './shortcuts.js';

/** What the light tree hears from the page: elements opening and closing, and text with its raw range. */
export interface SaxHandler {
  open(name: string, attrs: Record<string, string>): void;
  /**
   * Raw text at [start, end) of the page, character references undecoded: the handler cuts and decodes
   * (entities.ts) only the text it keeps.
   */
  text(start: number, end: number): void;
  close(name: string): void;
}

// htmlparser2's Parser rules for elements that close an open one (a <div> ends an open <p>), and void elements.
const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['a', new Set(['a'])], ['li', new Set(['li'])], ['p', P],
  ['h1', HEADINGS], ['h2', HEADINGS], ['h3', HEADINGS], ['h4', HEADINGS], ['h5', HEADINGS], ['h6', HEADINGS],
  ['select', FORM], ['input', FORM], ['output', FORM], ['button', FORM], ['datalist', FORM], ['textarea', FORM],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t): [string, Set<string>] => [t, P]),
  ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
]);
// The only attributes the light tree and the metadata read; others are skipped without building strings.
const WANTED = new Set(['class', 'id', 'role', 'itemprop', 'style', 'hidden', 'aria-hidden', 'type', 'property', 'name', 'content', 'datetime', 'http-equiv', 'rel', 'lang', 'charset', 'href']);
// Length and lower-cased first letter of each wanted name: most attributes (data-*, src, width, ...) fail this
// test and never become strings, which the profile showed mattered (a slice and a lower-casing per attribute).
const WANTED_KEYS = new Set([...WANTED].map((n) => key(n.length, n.charCodeAt(0))));
function key(length: number, first: number): number {
  return length * 128 + (first | 0x20);
}
// Shared by every tag without a kept attribute, so those tags allocate nothing; handlers only read it.
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Streams a page through htmlparser2's Tokenizer with the Parser's tree rules (implied and stray end tags,
 * void elements, self-closing tags inside SVG and MathML) but lighter bookkeeping: the open-element stack
 * grows at its end, and only the attributes that extraction reads are kept (the rest cost no strings).
 * Entities are not decoded here (see entities.ts): undecoded, the tokenizer skips through text to the next '<'. Measured about a
 * fifth faster than htmlparser2's Parser on the scrapinghub pages, which is why it is not the Parser itself.
 * shortcuts.ts replaces the Tokenizer's character-by-character loops where it waits for one kind of character.
 */
export function scan(html: string, h: SaxHandler): void {
  const stack: string[] = [];
  let foreign = 0; // open <svg>/<math> elements: self-closing tags count there
  let tag = '';
  let attrs: Record<string, string> = NO_ATTRS;
  let attrName = '';
  let attrValue = '';

  const pop = (): void => {
    const name = stack.pop()!;
    if (name === 'svg' || name === 'math') foreign--;
    h.close(name);
  };
  const openTag = (name: string): void => {
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1]!)) pop();
    h.open(name, attrs);
    if (VOID.has(name)) h.close(name);
    else {
      stack.push(name);
      if (name === 'svg' || name === 'math') foreign++;
    }
  };

  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: false }, {
    ontext(start, end) {
      h.text(start, end);
    },
    ontextentity() {
      // Not called: the tokenizer does not decode (the handler splits kept text, entities.ts).
    },
    onopentagname(start, end) {
      const name = nameAt(html, start, end);
      tag = name === 'image' && foreign === 0 ? 'img' : name;
      attrs = NO_ATTRS;
    },
    onattribname(start, end) {
      if (!WANTED_KEYS.has(key(end - start, html.charCodeAt(start)))) {
        attrName = '';
        return;
      }
      const name = nameAt(html, start, end);
      attrName = WANTED.has(name) && (name !== 'href' || tag === 'link') ? name : '';
      attrValue = '';
    },
    onattribdata(start, end) {
      if (attrName) attrValue += html.slice(start, end);
    },
    onattribentity() {
      // Not called: the tokenizer does not decode (see onattribend).
    },
    onattribend() {
      if (!attrName) return;
      if (attrs === NO_ATTRS) attrs = {};
      if (attrs[attrName] === undefined) attrs[attrName] = attrValue.includes('&') ? decodeHTMLAttribute(attrValue) : attrValue;
    },
    onopentagend() {
      openTag(tag);
    },
    onselfclosingtag() {
      openTag(tag);
      if (foreign > 0 && stack[stack.length - 1] === tag) pop();
    },
    onclosetag(start, end) {
      const name = nameAt(html, start, end);
      if (VOID.has(name)) {
        if (name === 'br') {
          h.open('br', NO_ATTRS);
          h.close('br');
        }
        return;
      }
      const at = stack.lastIndexOf(name);
      if (at >= 0) while (stack.length > at) pop();
      else if (name === 'p') {
        h.open('p', NO_ATTRS);
        h.close('p');
      }
    },
    oncomment() {},
    oncdata() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {
      while (stack.length > 0) pop();
    },
    isInForeignContext() {
      return foreign > 0;
    },
  });
  addShortcuts(tokenizer);
  tokenizer.write(html);
  tokenizer.end();
}
