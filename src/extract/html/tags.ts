/** Element classes the light tree needs. HTML tag names arrive lower-cased from htmlparser2. */

/** Content never read as text: code, styling, embedded media, widgets and form controls. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'select', 'option', 'button', 'textarea', 'input', 'map', 'picture', 'source', 'track', 'datalist', 'meter', 'progress',
]);

/** Elements that end the current run of inline text and start a new block. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption',
  'figure', 'figcaption', 'form', 'fieldset', 'legend', 'hr', 'br', 'address', 'center', 'details', 'summary', 'body',
  'html', 'menu', 'dialog', 'hgroup',
]);

/** Block owners whose text is one paragraph-like unit (Readability scores their parent, not them). */
export const PARAGRAPH_TAGS = new Set(['p', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'td', 'th', 'blockquote', 'figcaption', 'caption', 'address', 'summary', 'legend']);

export const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Readability's starting weights for candidate containers, by tag. */
export const TAG_WEIGHT: Record<string, number> = {
  div: 5, article: 10, main: 5, section: 2, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5, nav: -25, aside: -25, footer: -25, header: -10,
};
