export { buildBriefing, storiesByCoverage, type Briefing, type BriefSentence, type Citation, type BriefSource, type BriefSide } from './compose.js';
export { briefingMarkdown, escapeMarkdown } from './markdown.js';
export { briefingHtml, BRIEF_CSP } from './html.js';
export { checkFaithfulness, briefingSentences, type Faithfulness } from './faithfulness.js';
export { singleGroups, singleHeading, hiddenNote, MAX_SINGLE_PER_OUTLET, type SingleGroup } from './single.js';
