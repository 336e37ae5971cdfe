export { openStore, storeOptions, DEFAULT_DIR, type Store, type StoreOptions } from './db.js';
export { StoreError } from './lock.js';
export { knownIds, loadDocs, getArticle, countArticles, exportDocs, type ArticleRecord } from './articles.js';
export { listStories, getStory, type StoryRow, type StoryDetail, type StorySort } from './stories.js';
export { listEntities, getEntity, storedEntityId, type EntityRow, type EntityDetail } from './entities.js';
export { searchArticles, type SearchHit } from './search.js';
export { ingestIntoStore, ingestDoc, DEFAULT_BATCH, type IngestSummary, type StoreIngestOptions } from './ingest.js';
export type { StorySnapshot, SnapshotQuote } from './snapshot.js';
