import type { Line } from './lines.js';
import { findDateline } from './dateline.js';
import { readMetaLine, type MetaLine } from './meta-lines.js';
import { matchRule, type LinePatterns } from './patterns.js';

export type LineKind = 'blank' | 'boilerplate' | 'meta' | 'title' | 'paragraph' | 'heading' | 'list-item';

export interface ClassifiedLine extends Line {
  kind: LineKind;
  meta?: MetaLine[];
}

const LIST_ITEM = /^(?:[-*•–]|\d{1,2}[.)])\s+\S/u;
const ENDS_SENTENCE = /[.,;:!?…"”’')\]。۔।]$/u;

/**
 * Labels every line: boilerplate (removed wherever it stands), metadata (header lines, dates), the
 * headline, and body lines as paragraphs, headings or list items. Lines after the last body paragraph get
 * a stricter look: there a short call to action is boilerplate, and so are headline-like lines after it.
 */
export function classifyLines(lines: readonly Line[], p: LinePatterns): ClassifiedLine[] {
  const out: ClassifiedLine[] = [];
  let header = true;
  let title: ClassifiedLine | undefined;
  for (const line of lines) {
    const c: ClassifiedLine = { ...line, kind: 'paragraph' };
    out.push(c);
    if (!line.text) {
      c.kind = 'blank';
      continue;
    }
    if (matchRule(line.text, p.anywhere)) {
      c.kind = 'boilerplate';
      continue;
    }
    const meta = readMetaLine(line.text, p, header);
    if (meta) {
      c.kind = 'meta';
      c.meta = meta;
    } else if (header && !title && looksLikeHeadline(line.text) && !findDateline(line.text, p)) {
      c.kind = 'title';
      title = c;
    } else {
      header = false;
    }
  }
  // A headline needs a body under it; a one-line file is body.
  if (title && header) title.kind = 'paragraph';
  if (!title) findPunctuatedHeadline(out, p);
  sweepTail(out, p);
  labelBlocks(out, p);
  return out;
}

/**
 * A headline: short, no final full stop, comma or exclamation, starting with a capital, digit or quote.
 * The limits (150 characters, 20 words) sit above the seed headlines (85 characters, 14 words) and below
 * the unpunctuated first body sentences met in the Scrapinghub ground-truth bodies (145–167 characters, 26+ words).
 */
export function looksLikeHeadline(text: string): boolean {
  if (text.length < 8 || text.length > 150 || /[.,;:…!。۔।]["”’']?$/u.test(text)) return false;
  if (!/^[\p{Lu}\p{Lo}\d"“‘']/u.test(text) || LIST_ITEM.test(text)) return false;
  return text.split(/\s+/).length <= 20;
}

/**
 * Some sources end headlines with a full stop ("Mayor unveils cycling plan."). A short first line is still
 * the headline when it is in Title Case, or when the next line opens with a dateline, which only a story's
 * first paragraph carries.
 */
function findPunctuatedHeadline(lines: ClassifiedLine[], p: LinePatterns): void {
  const [first, second] = lines.filter((l) => l.kind === 'paragraph');
  if (!first || !second || first.text.length > 150 || first.text.split(/\s+/).length > 20) return;
  if (!/^[\p{Lu}\p{Lo}\d"“‘']/u.test(first.text) || /[.!?]\s+\p{Lu}/u.test(first.text) || findDateline(first.text, p)) return;
  if (isTitleCase(first.text) || findDateline(second.text, p)) first.kind = 'title';
}

/** Every word of four letters or more capitalised, and at least three of them: "Mayor Unveils Cycling Plan." */
function isTitleCase(text: string): boolean {
  const long = text.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

function looksLikeSubheading(text: string): boolean {
  return text.length <= 120 && text.split(/\s+/).length <= 15 && !ENDS_SENTENCE.test(text) && /^[\p{Lu}\p{Lo}\d]/u.test(text);
}

function sweepTail(lines: ClassifiedLine[], p: LinePatterns): void {
  // Only a widget or link-list line ("Share This Article", "Related:") starts a teaser list; a bare URL or a
  // call to action does not (a product list with links is still body).
  let firstWidget = -1;
  let reachedBody = false;
  const headlineLike: number[] = [];
  for (let i = lines.length - 1; i >= 0 && !reachedBody; i--) {
    const line = lines[i]!;
    if (line.kind === 'blank' || line.kind === 'meta') continue;
    if (line.kind === 'boilerplate') {
      firstWidget = i;
      continue;
    }
    if (line.kind !== 'paragraph') reachedBody = true;
    else if (matchRule(line.text, p.trailing)) line.kind = 'boilerplate';
    else if (line.text.length <= 120 && !ENDS_SENTENCE.test(line.text)) headlineLike.push(i);
    else reachedBody = true;
  }
  // Headline-like lines below a boilerplate line at the end are teasers for other stories ("Related:" lists);
  // when no body paragraph stands above them, they are the body.
  if (!reachedBody) return;
  for (const i of headlineLike) if (firstWidget >= 0 && i > firstWidget) lines[i]!.kind = 'boilerplate';
}

function labelBlocks(lines: ClassifiedLine[], p: LinePatterns): void {
  const body = lines.filter((l) => l.kind === 'paragraph');
  for (const [n, line] of body.entries()) {
    if (LIST_ITEM.test(line.text)) line.kind = 'list-item';
    // A short unpunctuated line with body text after it is a subheading.
    else if (n < body.length - 1 && looksLikeSubheading(line.text) && !findDateline(line.text, p)) line.kind = 'heading';
  }
}
