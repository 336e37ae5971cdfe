export { reconcileStage, reconcile, reconcileStory, type Reconciliation, type StoryReconciliation, type ReportClaim } from './stage.js';
export { findNumbers, type NumberMention } from './numbers.js';
export { extractClaims, contentWords, stem, outletOf, type Claim } from './claims.js';
export { alignClaims, candidatePairs, claimSimilarity, contentSimilarity, sameStatement, ALIGN_THRESHOLD } from './align.js';
export type { Contradiction, Update, Side, Support } from './contradictions.js';
export type { OutletCoverage } from './coverage.js';
export type { FramingTerm } from './framing.js';
