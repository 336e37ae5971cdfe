import { BLOCK_TAGS, HEADING_LEVEL, SKIP_TAGS } from './tags.js';
import { AUTHOR, HIDDEN, classFlags, hiddenStyle, tagFlags, unlikely } from './patterns.js';
import { MetaCollector } from './meta-collector.js';
import { scan } from './sax.js';
import { decodeHTML, splitEntities } from './entities.js';

/** A run of decoded text and where it stood in the raw HTML (end exclusive). */
export interface Piece {
  text: string;
  rawStart: number;
  rawEnd: number;
}

/** An element of the light tree. Elements are stored in document (pre-)order, so a subtree is [index, end]. */
export interface LightNode {
  tag: string;
  /** class and id attribute values, for debugging and later rules. */
  cls: string;
  parent: number;
  depth: number;
  flags: number;
  /** Flags of this element and all its ancestors, OR-ed. */
  under: number;
  /** Index of the last element inside this one (itself when empty). */
  end: number;
  /** Filled after parsing: characters of block text and of link text inside, and blocks inside. */
  textLen: number;
  linkLen: number;
  blockCount: number;
}

/** A block: one paragraph-like run of text owned by its nearest enclosing block element. */
export interface LightBlock {
  node: number;
  /** The owner's tag, or the tag that a `br` split happened under. */
  tag: string;
  pieces: Piece[];
  /** White space folded; used for scoring (the output text is rebuilt with its offsets from pieces). */
  text: string;
  linkLen: number;
  /** Inside <li>, <blockquote>, <pre> or a heading somewhere above the owner (within the nearest few levels). */
  inList: boolean;
  inQuote: boolean;
  /** 1–6 inside a heading element, else 0. */
  heading: number;
}

export interface LightTree {
  nodes: LightNode[];
  blocks: LightBlock[];
  meta: MetaCollector;
  /** Deepest nesting met, when it went past the limit and was flattened. */
  flattenedDepth: number;
}

export const MAX_DEPTH = 500;

const NEEDS_FOLD = /\s\s|[^\S ]/;

/**
 * One streaming pass of htmlparser2 over the page, building the light tree: elements with their flags, and
 * blocks of text with their raw positions. No DOM is built and nothing recurses, so nesting depth costs no
 * stack; elements deeper than MAX_DEPTH are flattened into their ancestor at that depth.
 */
export function buildTree(html: string): LightTree {
  const nodes: LightNode[] = [];
  const blocks: LightBlock[] = [];
  const meta = new MetaCollector();
  const stack: number[] = []; // node indices of open elements
  let skip = 0; // depth inside a skipped subtree (script, hidden, ...)
  let overflow = 0; // open elements past MAX_DEPTH
  let flattenedDepth = 0;
  let links = 0; // open <a> elements
  let lists = 0;
  let quotes = 0;
  let heading = 0;
  let authorDepth = -1; // stack depth of an open element that names an author
  let authorText = '';
  let inBody = false;
  let inHead = false;
  let captureTag = ''; // 'title' or 'ld' while their text is collected for metadata
  let captured = '';
  let pieces: Piece[] = [];
  let linkLen = 0;

  const flush = (): void => {
    if (pieces.length === 0) return;
    let joined = '';
    for (const p of pieces) joined += p.text;
    // Most runs between block tags are layout white space: trim first, and fold only text that needs it.
    let text = joined.trim();
    if (text && NEEDS_FOLD.test(text)) text = text.replace(/\s+/g, ' ');
    if (text) {
      const node = stack.length ? stack[stack.length - 1]! : -1;
      blocks.push({ node, tag: node >= 0 ? nodes[node]!.tag : 'body', pieces, text, linkLen, inList: lists > 0, inQuote: quotes > 0, heading });
    }
    pieces = [];
    linkLen = 0;
  };

  const addPiece = (start: number, end: number, decoded?: string): void => {
    const text = decoded ?? html.slice(start, end);
    if (authorDepth >= 0 && authorText.length < 200) authorText += text;
    pieces.push({ text, rawStart: start, rawEnd: end });
    if (links > 0) linkLen += text.trim().length;
  };

  scan(html, {
      open(name, attrs) {
        const names = meta.onTag(name, attrs);
        if (skip > 0) {
          skip++;
          return;
        }
        if (name === 'body') inBody = true;
        else if (name === 'head') inHead = true;
        if (name === 'title' && (inHead || !inBody)) {
          captureTag = 'title';
          captured = '';
          skip = 1;
          return;
        }
        if (name === 'script' && attrs.type?.toLowerCase().includes('ld+json')) {
          captureTag = 'ld';
          captured = '';
          skip = 1;
          return;
        }
        const ci = attrs.class === undefined ? attrs.id ?? '' : attrs.id === undefined ? attrs.class : `${attrs.class} ${attrs.id}`;
        const cflags = classFlags(ci);
        if (SKIP_TAGS.has(name) || cflags & HIDDEN || 'hidden' in attrs || attrs['aria-hidden'] === 'true' || (attrs.style !== undefined && hiddenStyle(attrs.style))) {
          if (BLOCK_TAGS.has(name)) flush();
          skip = 1;
          return;
        }
        if (BLOCK_TAGS.has(name)) flush();
        if (name === 'a') links++;
        else if (name === 'li' || name === 'dd') lists++;
        else if (name === 'blockquote' || name === 'q') quotes++;
        else if (HEADING_LEVEL[name]) heading = HEADING_LEVEL[name]!;
        if (overflow > 0 || stack.length >= MAX_DEPTH) {
          overflow++;
          flattenedDepth = Math.max(flattenedDepth, MAX_DEPTH + overflow);
          return;
        }
        const parent = stack.length ? stack[stack.length - 1]! : -1;
        // <html> and <body> classes describe the page layout ("one-sidebar"), never a part of it.
        let flags = name === 'body' || name === 'html' ? 0 : cflags | tagFlags(name, attrs.role?.toLowerCase(), attrs.itemprop);
        flags |= unlikely(flags, name);
        const under = flags | (parent >= 0 ? nodes[parent]!.under : 0);
        const index = nodes.length;
        if ((names || cflags & AUTHOR) && authorDepth < 0 && meta.authorTexts.length < 5) {
          authorDepth = stack.length;
          authorText = '';
        }
        nodes.push({ tag: name, parent, depth: stack.length, flags, under, cls: ci, end: index, textLen: 0, linkLen: 0, blockCount: 0 });
        stack.push(index);
      },
      text(start, end) {
        // Text of skipped subtrees (scripts, styles, hidden parts) and of <head> is dropped before any string is cut.
        if (skip > 0) {
          if (captureTag) captured += html.slice(start, end);
          return;
        }
        if (inHead) return;
        // Layout white space before a block's first text adds nothing (text.ts drops a block's leading space),
        // and it is most of the runs on a page: no piece for it (an author name still gets its spaces).
        if (pieces.length === 0 && authorDepth < 0 && blank(html, start, end)) return;
        splitEntities(html, start, end, addPiece);
      },
      close(name) {
        if (skip > 0) {
          skip--;
          if (skip === 0 && captureTag) {
            // The tokenizer leaves references undecoded; a <title> is RCDATA, where they count (JSON-LD is not).
            meta.onCaptured(captureTag, captureTag === 'title' && captured.includes('&') ? decodeHTML(captured) : captured);
            captureTag = '';
            captured = '';
          }
          return;
        }
        if (name === 'head') inHead = false;
        if (BLOCK_TAGS.has(name)) flush();
        if (name === 'a') links = Math.max(0, links - 1);
        else if (name === 'li' || name === 'dd') lists = Math.max(0, lists - 1);
        else if (name === 'blockquote' || name === 'q') quotes = Math.max(0, quotes - 1);
        else if (HEADING_LEVEL[name]) heading = 0;
        if (overflow > 0) {
          overflow--;
          return;
        }
        const index = stack.pop();
        if (index !== undefined) nodes[index]!.end = nodes.length - 1;
        if (stack.length === authorDepth) {
          const t = authorText.replace(/\s+/g, ' ').trim();
          if (t && t.length < 150) meta.authorTexts.push(t);
          authorDepth = -1;
        }
      },
  });
  flush();
  return { nodes, blocks, meta, flattenedDepth };
}

/** True when html[start, end) is only ASCII white space (space and characters 9–13, as String.trim drops them). */
function blank(html: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = html.charCodeAt(i);
    if (c !== 32 && (c < 9 || c > 13)) return false;
  }
  return true;
}
