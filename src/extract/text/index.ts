export { extractText, applyDateline, type ExtractTextOptions } from './extract-text.js';
