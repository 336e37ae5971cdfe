export { extractHtml, type HtmlExtractOptions } from './extract-html.js';
