export { splitSentences, type Sentence, type Token } from './split.js';
export { packTokens, unpackTokens, readSentences, readTokens } from './tokens.js';
export { sentencesStage } from './stage.js';
