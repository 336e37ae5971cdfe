import lexicon from '../../../data/boilerplate/html-extraction.json' with { type: 'json' };

/** Flags on a light-tree element, from its tag, role, class and id. */
export const NEGATIVE = 1; // class/id says boilerplate (share, comments, related, ...)
export const POSITIVE = 2; // class/id says content (article, entry, post, ...)
export const STRONG_POSITIVE = 4; // class/id names the article body itself (article-body, entry-content)
export const BOILER_TAG = 8; // nav, aside, footer, header, form, or a landmark role other than main
export const ARTICLE_TAG = 16; // <article>, <main>, role=main, itemprop=articleBody
export const COMMENTS = 32; // a comment section: never content, whatever else its classes say
export const HEADER = 128; // a page or article header: its short blocks are titles, bylines and dates
export const UNLIKELY = 64;
export const HIDDEN = 256; // a class name that hides the element (`hidden`, `sr-only`)
export const AUTHOR = 512; // a class that holds an author's name (`byline`, `author-name`), not a bio box // Readability's "unlikely candidate": negative without positive, comments, nav/aside/footer

export function unlikely(flags: number, tag: string): number {
  if (flags & COMMENTS) return UNLIKELY;
  if (flags & HEADER && !(flags & POSITIVE)) return UNLIKELY;
  if (flags & NEGATIVE && !(flags & POSITIVE)) return UNLIKELY;
  if (tag === 'nav' || tag === 'aside' || tag === 'footer') return UNLIKELY;
  return 0;
}

const negative = new Set(lexicon.negativeWords);
const positive = new Set(lexicon.positiveWords);
const boilerTags = new Set(lexicon.boilerplateTags);
const headerWords = new Set(lexicon.headerWords);
const hiddenClasses = new Set(lexicon.hiddenClasses);
const boilerRoles = new Set(lexicon.boilerplateRoles);

// Whole-word names of the body container, compared with separators removed ("article__body" → "articlebody").
const STRONG = /(?:article|story|entry|post|news|main|page|blog)(?:body|content|text|inner|copy)|(?:body|content)(?:text|body)|^(?:articletext|storytext|textcontent|itemprop-articlebody)$/;
const COMMENT = /(?:^|[^a-z])(?:comments?|disqus|respond|replies)(?:$|[^a-z])/;

// Splits camelCase and snake/kebab names into lower-case words.
const WORD_SPLIT = /[\s\-_:.]+|(?<=[a-z])(?=[A-Z])/;

// Class strings repeat within a page and across pages of a site: remember their flags (bounded).
const cache = new Map<string, number>();

export function classFlags(classAndId: string): number {
  if (!classAndId) return 0;
  let flags = cache.get(classAndId);
  if (flags === undefined) {
    if (cache.size > 20_000) cache.clear();
    flags = computeClassFlags(classAndId);
    cache.set(classAndId, flags);
  }
  return flags;
}

function computeClassFlags(classAndId: string): number {
  let flags = 0;
  for (const raw of classAndId.split(WORD_SPLIT)) {
    if (!raw) continue;
    const word = raw.toLowerCase();
    if (negative.has(word)) flags |= NEGATIVE;
    else if (headerWords.has(word)) flags |= HEADER;
    else if (positive.has(word)) flags |= POSITIVE;
  }
  const lower = classAndId.toLowerCase();
  if (COMMENT.test(lower)) flags |= COMMENTS | NEGATIVE;
  if (STRONG.test(lower.replace(/[\s\-_]+/g, ''))) flags |= STRONG_POSITIVE | POSITIVE;
  if (hiddenClass(lower)) flags |= HIDDEN;
  if (/author|byline/.test(lower) && AUTHOR_CLASS.test(lower) && !/bio|box|avatar|image|img|photo/.test(lower)) flags |= AUTHOR;
  return flags;
}

export function tagFlags(tag: string, role: string | undefined, itemprop: string | undefined): number {
  let flags = 0;
  if (boilerTags.has(tag)) flags |= BOILER_TAG;
  if (tag === 'article' || tag === 'main') flags |= ARTICLE_TAG;
  else if (tag === 'header') flags |= HEADER;
  if (role) {
    if (role === 'main' || role === 'article') flags |= ARTICLE_TAG;
    else if (boilerRoles.has(role)) flags |= BOILER_TAG;
  }
  if (itemprop && /articlebody|text/i.test(itemprop)) flags |= ARTICLE_TAG | STRONG_POSITIVE;
  return flags;
}

const AUTHOR_CLASS = /(?:^|[\s_-])(?:byline|author|author-name|byline__name)(?:$|[\s_-])/;

/** True for a class attribute with a class name that hides its element (`hidden`, `sr-only`, `d-none`). */
function hiddenClass(cls: string): boolean {
  if (!/hid|none|sr-|invisible|screen/i.test(cls)) return false;
  for (const c of cls.toLowerCase().split(/\s+/)) if (hiddenClasses.has(c)) return true;
  return false;
}

/** True for a style attribute that hides its element. */
export function hiddenStyle(style: string): boolean {
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
