import type { LightBlock, LightTree } from './tree.js';
import { ARTICLE_TAG, BOILER_TAG, COMMENTS, HEADER, NEGATIVE, STRONG_POSITIVE, UNLIKELY } from './patterns.js';
import { isBoilerplateLine } from './lines.js';

// Under a header, a block this long is a lead paragraph rather than a title, byline or date; the same length
// makes a lead before the body (see lead()). Was 120; 100 changed neither bench by more than 0.0001 F1.
const HEADER_KEEP = 100;

/**
 * Keeps the blocks inside the chosen roots that read as article text: not under an element whose class,
 * id, tag or role says boilerplate (looking only below the root, whose own classes chose it), not mostly
 * link text, and not a known boilerplate line ("Advertisement", "3 min read", "Share this"). Outside the
 * roots, long plain paragraphs near the main root are taken too (articles split around a gallery or box).
 */
export function keepBlocks(tree: LightTree, roots: number[]): number[] {
  const kept = keepWith(tree, roots, false);
  let chars = 0;
  for (const bi of kept) chars += tree.blocks[bi]!.text.length;
  // Readability's second try: when the class words emptied the chosen root, they were wrong about it
  // (a site calling its article section "teaser" or "promo"); keep its text with only the other rules.
  return chars < RETRY_BELOW ? keepWith(tree, roots, true) : kept;
}

// Tried 200, 400, 800 and 1500 characters: 200 did best on trafilatura-eval (800 gained 0.002 on scrapinghub
// and lost 0.0013 there); under 200 kept characters is under the 250 of a short body anyway.
const RETRY_BELOW = 200;

function keepWith(tree: LightTree, roots: number[], relaxed: boolean): number[] {
  const { nodes, blocks } = tree;
  const kept: number[] = [];
  const scope = strayScope(tree, roots);
  const leadScope = Math.min(scope < 0 ? Infinity : scope, articleAncestor(tree, roots[0] ?? -1));
  const leads: number[] = [];
  let r = 0;
  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi]!;
    if (block.node < 0) continue;
    while (r < roots.length && nodes[roots[r]!]!.end < block.node) r++;
    const root = r < roots.length ? roots[r]! : -1;
    if (root < 0 || block.node < root) {
      if (block.node >= scope && block.node <= (nodes[scope]?.end ?? -1) && strayParagraph(tree, block)) kept.push(bi);
      else if (r === 0 && block.node >= leadScope && lead(tree, block)) {
        kept.push(bi);
        leads.push(bi);
      }
      continue;
    }
    if (underBoilerplate(tree, block, root, relaxed)) continue;
    if (linky(block)) continue;
    if (isBoilerplateLine(block.text)) continue;
    kept.push(bi);
  }
  return dropOrphans(tree, leads.length ? withoutRepeatedLeads(blocks, kept, leads) : kept);
}

/** A teaser that the body repeats word for word is not a separate lead: the body's copy is kept. */
function withoutRepeatedLeads(blocks: LightBlock[], kept: number[], leads: number[]): number[] {
  const leadSet = new Set(leads);
  const body = new Set<string>();
  for (const bi of kept) if (!leadSet.has(bi)) body.add(blocks[bi]!.text);
  return kept.filter((bi) => !leadSet.has(bi) || !body.has(blocks[bi]!.text));
}

/**
 * A heading whose following block was dropped introduces boilerplate ("Related stories" over a link list,
 * "Contact:" over an address box); short blocks left dangling at the very end are the same kind of thing.
 */
function dropOrphans(tree: LightTree, kept: number[]): number[] {
  const { blocks } = tree;
  const keptSet = new Set(kept);
  let out = kept.filter((bi) => !blocks[bi]!.heading || introducesText(tree, bi, keptSet));
  while (out.length > 1) {
    const last = blocks[out[out.length - 1]!]!;
    if (!(last.heading || (last.text.length < 30 && /:$/.test(last.text)))) break;
    out = out.slice(0, -1);
  }
  return out;
}

// A heading this long is a deck or a lead set in a heading tag, not a label over a box: it stands on its own.
const LONG_HEADING = 100;
// Dropped blocks a heading may sit above and still introduce the text after them: a photo caption, a byline.
const SKIPPABLE = 2;
const SKIPPABLE_LEN = 80;

/**
 * True when the heading is followed by kept text, looking past up to SKIPPABLE dropped blocks that are
 * captions or short plain lines (a figure with its credit between a subheading and its paragraph); a
 * dropped link or a long dropped block right after it means the heading labels boilerplate.
 */
function introducesText({ nodes, blocks }: LightTree, bi: number, keptSet: Set<number>): boolean {
  if (blocks[bi]!.text.length >= LONG_HEADING) return true;
  for (let next = bi + 1; next <= bi + 1 + SKIPPABLE && next < blocks.length; next++) {
    if (keptSet.has(next)) return true;
    const b = blocks[next]!;
    if (b.heading || b.linkLen > 0) return false;
    if (b.text.length >= SKIPPABLE_LEN && !inFigure(nodes, b.node)) return false;
  }
  return false;
}

function inFigure(nodes: LightTree['nodes'], node: number): boolean {
  for (let i = node, up = 0; i >= 0 && up < 4; i = nodes[i]!.parent, up++) {
    const tag = nodes[i]!.tag;
    if (tag === 'figure' || tag === 'figcaption') return true;
  }
  return false;
}

// Tuned on both benches: 80 and 300 characters did worse than 150; three levels beat two and five.
const STRAY_LEN = 150;
const STRAY_UP = 3;
// Tried 0.3, 0.4 and 0.5: 0.5 gained 0.003 on trafilatura-eval and lost 0.003 on scrapinghub; 0.3 lost nothing.
const UNSURE = 0.3;
/** The ancestor a few levels above the first root (below <body>) inside which stray paragraphs may be taken. */
function strayScope({ nodes, blocks }: LightTree, roots: number[]): number {
  let scope = roots[0] ?? -1;
  // When the roots hold under UNSURE of the page's plain paragraph text, the choice was unsure: look page-wide.
  let inRoots = 0;
  let total = 0;
  let r = 0;
  for (const b of blocks) {
    if (b.node < 0 || b.text.length < 40 || b.linkLen > b.text.length * 0.3 || nodes[b.node]!.under & UNLIKELY) continue;
    total += b.text.length;
    while (r < roots.length && nodes[roots[r]!]!.end < b.node) r++;
    if (r < roots.length && b.node >= roots[r]!) inRoots += b.text.length;
  }
  if (nodes.length > 0 && inRoots < total * UNSURE) return 0;
  for (let i = 0; i < STRAY_UP && scope >= 0; i++) {
    const p = nodes[scope]!.parent;
    if (p < 0 || nodes[p]!.tag === 'body' || nodes[p]!.tag === 'html') break;
    scope = p;
  }
  return scope;
}

/** A long plain paragraph outside the chosen roots, under nothing that looks like boilerplate. */
function strayParagraph({ nodes }: LightTree, block: LightBlock): boolean {
  const len = block.text.length;
  if (len < STRAY_LEN || block.linkLen > len * 0.05 || block.heading) return false;
  if (nodes[block.node]!.under & (UNLIKELY | BOILER_TAG | COMMENTS | HEADER | NEGATIVE)) return false;
  return !isBoilerplateLine(block.text);
}

/** The nearest <article> or <main> (by tag or role) around the first root: its header holds the lead. */
function articleAncestor({ nodes }: LightTree, root: number): number {
  for (let i = root, up = 0; i >= 0 && up < 12; i = nodes[i]!.parent, up++) if (nodes[i]!.flags & ARTICLE_TAG) return i;
  return Infinity;
}

/**
 * A lead (standfirst, deck, excerpt) before the article's text: often set in the article's header, or as a
 * heading, both of which the stray rule refuses. Only boilerplate classes and tags rule it out here.
 */
function lead(tree: LightTree, block: LightBlock): boolean {
  const len = block.text.length;
  if (len < HEADER_KEEP || block.linkLen > len * 0.05 || block.heading === 1) return false;
  if (tree.nodes[block.node]!.under & (BOILER_TAG | COMMENTS | NEGATIVE)) return false;
  return !isBoilerplateLine(block.text);
}

// A paragraph this long with few links is prose even inside a box of links (a post between two link lists).
const PROSE_LEN = 200;
function proseBlock(block: LightBlock): boolean {
  return block.text.length >= PROSE_LEN && block.linkLen < block.text.length * 0.2;
}

function linky(block: LightBlock): boolean {
  const len = block.text.length;
  return block.linkLen > len * 0.5 && len < 400;
}

/** Walks from the block's owner up to (not including) the root; depth is bounded by the tree's MAX_DEPTH. */
function underBoilerplate({ nodes }: LightTree, block: LightBlock, root: number, relaxed: boolean): boolean {
  const against = relaxed ? BOILER_TAG : NEGATIVE | BOILER_TAG;
  for (let i = block.node; i > root && i >= 0; i = nodes[i]!.parent) {
    const n = nodes[i]!;
    if (n.flags & COMMENTS) return true;
    if (n.flags & against && !(n.flags & STRONG_POSITIVE)) return true;
    if (n.flags & HEADER && block.text.length < HEADER_KEEP) return true;
    // A list or box of mostly links (related stories, tag lists) inside the article.
    if (n.textLen > 0 && n.linkLen > n.textLen * 0.5 && n.blockCount > 1 && n.textLen < 3000 && !proseBlock(block)) return true;
  }
  return false;
}
