export { loadLanguageIdentifier, type LanguageGuess, type LanguageIdentifier } from './identify.js';
export { languageStage, type LanguageStageOptions } from './stage.js';
