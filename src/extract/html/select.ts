import type { LightTree } from './tree.js';
import { PARAGRAPH_TAGS, TAG_WEIGHT } from './tags.js';
import { ARTICLE_TAG, BOILER_TAG, COMMENTS, NEGATIVE, POSITIVE, STRONG_POSITIVE, UNLIKELY } from './patterns.js';

/**
 * Picks the article's container on the light tree, Readability's way: every paragraph-like block of 25+
 * characters adds 1 + commas + min(3, length/100) to its parent (in full), grandparent (half) and up to
 * three more ancestors (a third per level and less); containers start from tag and class weights and are
 * discounted by their link density. The best container and its siblings that score close to it form the
 * article's roots. Returns the roots as element indices (in document order).
 */
export function selectRoots(tree: LightTree): number[] {
  aggregate(tree);
  // Readability's first pass ignores unlikely subtrees (comments, sidebars); if that leaves too little, retry.
  const strict = scoreCandidates(tree, UNLIKELY);
  if (strict.top >= 0 && eligibleText(tree, strict.top, UNLIKELY) >= 500) return finish(tree, strict);
  const loose = scoreCandidates(tree, 0);
  if (loose.top < 0) return strict.top >= 0 ? finish(tree, strict) : topLevel(tree);
  return finish(tree, loose);
}

/**
 * With no container to score — a fragment of bare paragraphs, as feeds carry in content:encoded — the article
 * is every top-level element.
 */
function topLevel({ nodes }: LightTree): number[] {
  const roots: number[] = [];
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.parent < 0) roots.push(i);
  return roots;
}

function eligibleText({ nodes, blocks }: LightTree, top: number, excluded: number): number {
  let len = 0;
  const end = nodes[top]!.end;
  for (const b of blocks) if (b.node >= top && b.node <= end && !(nodes[b.node]!.under & excluded)) len += b.text.length;
  return len;
}

interface Scored {
  top: number;
  score: Float64Array;
}

function finish(tree: LightTree, { top, score }: Scored): number[] {
  return withSiblings(tree, climbToRichParent(tree, top), score);
}

function scoreCandidates(tree: LightTree, excluded: number): Scored {
  const { nodes, blocks } = tree;
  const score = new Float64Array(nodes.length);
  const seen = new Uint8Array(nodes.length);
  for (const block of blocks) {
    const len = block.text.length;
    if (len < 25 || block.node < 0) continue;
    const owner = nodes[block.node]!;
    if (owner.under & excluded) continue;
    if (/^h[1-6]$/.test(owner.tag)) continue;
    const points = 1 + countCommas(block.text) + Math.min(3, Math.floor(len / 100));
    let node = PARAGRAPH_TAGS.has(owner.tag) ? owner.parent : block.node;
    for (let level = 0; node >= 0 && level < 5; level++) {
      if (!seen[node]) {
        seen[node] = 1;
        score[node] = initialScore(tree, node);
      }
      score[node] = score[node]! + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      node = nodes[node]!.parent;
    }
  }
  let top = -1;
  let best = -Infinity;
  for (let i = 0; i < nodes.length; i++) {
    if (!seen[i]) continue;
    const n = nodes[i]!;
    score[i] = score[i]! * (1 - (n.textLen > 0 ? n.linkLen / n.textLen : 0));
    if (score[i]! > best) {
      best = score[i]!;
      top = i;
    }
  }
  return { top, score };
}

/**
 * Sums each block's text and link length into its owner and every ancestor (children follow parents), then
 * clears the boilerplate flags of layout wrappers that merely have a boilerplate word in their class
 * ("theiaStickySidebar", "wrapper header-style-2") but hold much of the page's text or the article body.
 */
function aggregate({ nodes, blocks }: LightTree): void {
  let total = 0;
  for (const b of blocks) {
    if (b.node < 0) continue;
    const n = nodes[b.node]!;
    n.textLen += b.text.length;
    n.linkLen += b.linkLen;
    n.blockCount++;
    total += b.text.length;
  }
  const below = new Int32Array(nodes.length);
  for (let i = nodes.length - 1; i > 0; i--) {
    const n = nodes[i]!;
    if (n.parent < 0) continue;
    const p = nodes[n.parent]!;
    p.textLen += n.textLen;
    p.linkLen += n.linkLen;
    p.blockCount += n.blockCount;
    below[n.parent]! |= below[i]! | n.flags;
  }
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.flags & WRAPPER_SUSPECT && !(n.flags & COMMENTS)) {
      const textShare = n.textLen / (total || 1);
      const lowLinks = n.linkLen < n.textLen * 0.35;
      if (lowLinks && (textShare >= 0.35 || (textShare >= 0.15 && below[i]! & STRONG_POSITIVE))) n.flags &= ~WRAPPER_SUSPECT;
    }
    n.under = n.flags | (n.parent >= 0 ? nodes[n.parent]!.under : 0);
  }
}

const WRAPPER_SUSPECT = NEGATIVE | UNLIKELY | BOILER_TAG;

function initialScore({ nodes }: LightTree, index: number): number {
  const n = nodes[index]!;
  let s = TAG_WEIGHT[n.tag] ?? 0;
  if (n.flags & NEGATIVE) s -= 25;
  if (n.flags & POSITIVE) s += 25;
  if (n.flags & STRONG_POSITIVE) s += 25;
  if (n.flags & COMMENTS) s -= 50;
  if (n.flags & BOILER_TAG) s -= 25;
  if (n.flags & ARTICLE_TAG) s += 10;
  return s;
}

const COMMAS = /[,،、，﹐︐︑﹑]/g;
function countCommas(text: string): number {
  return text.match(COMMAS)?.length ?? 0;
}

/**
 * Articles are often split over several sibling containers (text, a fact box, a gallery caption, more text),
 * and the best-scoring container holds only one. Among the winner and its ancestors (up to six levels, below
 * <body>) this picks the one with the most "good" text (blocks of 40+ characters with little link text, not
 * under an unlikely element) less the "bad" text it would also take in; the block filter later drops most of
 * that bad text, so it weighs BAD_WEIGHT. Tried 0.5, 1 and 2 on both benches: within 0.003 F1 of each other; 1
 * kept (see bench/extraction/README.md).
 */
const BAD_WEIGHT = 1;
function climbToRichParent(tree: LightTree, top: number): number {
  const { nodes, blocks } = tree;
  const good = new Float64Array(nodes.length);
  const bad = new Float64Array(nodes.length);
  // <article> elements per subtree: an ancestor holding several is a list of posts, not one post.
  const articles = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.tag === 'article') articles[i] = 1;
  for (const b of blocks) {
    if (b.node < 0) continue;
    const len = b.text.length;
    const isGood = len >= 40 && b.linkLen < len * 0.3 && !(nodes[b.node]!.under & UNLIKELY);
    if (isGood) good[b.node] = good[b.node]! + len;
    else bad[b.node] = bad[b.node]! + len;
  }
  for (let i = nodes.length - 1; i > 0; i--) {
    const p = nodes[i]!.parent;
    if (p < 0) continue;
    good[p] = good[p]! + good[i]!;
    bad[p] = bad[p]! + bad[i]!;
    articles[p] = articles[p]! + articles[i]!;
  }
  let best = top;
  let bestValue = good[top]! - BAD_WEIGHT * bad[top]!;
  let current = top;
  for (let level = 0; level < 6; level++) {
    const parent = nodes[current]!.parent;
    if (parent < 0) break;
    const p = nodes[parent]!;
    if (p.tag === 'body' || p.tag === 'html' || p.flags & COMMENTS) break;
    if (articles[parent]! >= 2 && articles[parent]! > articles[current]!) break;
    current = parent;
    const value = good[current]! - BAD_WEIGHT * bad[current]!;
    if (value > bestValue) {
      best = current;
      bestValue = value;
    }
  }
  return best;
}

/** Readability's sibling rule: siblings scoring at least a fifth of the winner, or plain text paragraphs. */
function withSiblings({ nodes }: LightTree, top: number, score: Float64Array): number[] {
  const t = nodes[top]!;
  if (t.parent < 0) return [top];
  const threshold = Math.max(10, score[top]! * 0.2);
  const roots: number[] = [];
  const parent = t.parent;
  for (let i = parent + 1; i <= nodes[parent]!.end; i = nodes[i]!.end + 1) {
    if (i === top) {
      roots.push(i);
      continue;
    }
    const s = nodes[i]!;
    if (s.flags & (COMMENTS | BOILER_TAG | NEGATIVE)) continue;
    if (s.tag === 'article' && t.tag === 'article') continue; // another post in a list of posts
    const density = s.textLen > 0 ? s.linkLen / s.textLen : 1;
    if (score[i]! >= threshold && density < 0.3) roots.push(i);
    else if (s.tag === 'p' && s.textLen > 80 && density < 0.25) roots.push(i);
  }
  return roots;
}
