export { annotateQuotes, type QuoteAttrs, type QuoteOptions } from './quotes.js';
export { groupQuotes, quoteSimilarity, DEFAULT_THRESHOLD, type QuoteGroup, type QuoteRef, type GroupOptions } from './variants.js';
export { quotesStage, quoteGroupsStage } from './stage.js';
export { pairQuotes, outermost, type Quoted } from './marks.js';
