import type { Store } from '../store/index.js';
import type { StoryDetail } from '../store/index.js';
import type { Briefing } from '../brief/index.js';

/**
 * The reconciled, cited briefing of a story, as computed when its articles were last grouped and stored
 * with the story (see store/snapshot.ts); null for stories stored before briefings were kept.
 */
export async function storyBriefing(_store: Store, story: StoryDetail): Promise<Briefing | null> {
  return story.snapshot.briefing ?? null;
}
