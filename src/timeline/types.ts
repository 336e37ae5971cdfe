/** Where a timeline entry was read: an article and a span of its clean text (UTF-16 offsets). */
export interface Source {
  article: string;
  outlet?: string;
  start: number;
  end: number;
}

/** One side of an action, named by its mention and, when linked, its corpus entity. */
export interface Party {
  name: string;
  /** Corpus entity id (corpus:entities) when the mention was linked. */
  entity?: string;
  /** The state an official or body speaks for, read from its article (src/timeline/affiliation.ts). */
  affiliation?: PartyAffiliation;
}

/** A party's state: its name, its corpus entity when one has that name, the role, and where the text says so. */
export interface PartyAffiliation {
  name: string;
  entity?: string;
  role: string;
  evidence: Source;
}

export interface TimelineAction {
  type: { code: string; name: string };
  cameo: string;
  verb: string;
  actor: Party | null;
  target: Party | null;
  place: Party | null;
}

export interface TimelineEntry {
  /** An action, or a sentence that names a time but holds no action. */
  kind: 'action' | 'sentence';
  /** TIMEX value as written by the times layer (`2025-10-12`, `XXXX-10-12`, `2025-W44`); null when undated. */
  time: string | null;
  /** Set when `time` was resolved against the article's inferred publication day (it states none). */
  anchoredBy?: string;
  /** The day used for ordering, with an unknown year taken from the article's publication; null when undated. */
  day: string | null;
  /**
   * The time words as written when they could not be resolved to a date ("late on Tuesday" in a report that
   * states no publication day): the entry is placed with its event instead, and says so.
   */
  expression?: string;
  /** The event of the story (corpus:events) its first source belongs to. */
  event?: string;
  /** The sentence of the first source. */
  text: string;
  action?: TimelineAction;
  /** Every article that reports it, first the earliest published. */
  sources: Source[];
}

/** What one actor demanded, accused, promised, threatened or otherwise did across a story. */
export type ActorRole = 'demanded' | 'accused' | 'promised' | 'threatened' | 'did';

export interface ActorItem {
  role: ActorRole;
  type: { code: string; name: string };
  verb: string;
  target: Party | null;
  time: string | null;
  text: string;
  sources: Source[];
  /** Set on an item listed under a state because its official or body did it ("via Olbrecht (defence minister)"). */
  via?: { name: string; role: string };
}

export interface ActorRecord {
  entity: string;
  name: string;
  items: ActorItem[];
}

/** An event of the story, in order, with when its reports came out (stated or inferred; maybe yearless). */
export interface TimelineEvent {
  id: string;
  title: string;
  published: string | null;
}

export interface Timeline {
  story: string;
  title: string;
  /** The story's events in order (one for a story of one event). */
  events: TimelineEvent[];
  /**
   * Dated entries in order of day; entries whose time words name no date ("on Thursday" in an undated report)
   * at the start of their event's period; then undated ones by publication.
   */
  entries: TimelineEntry[];
  actors: ActorRecord[];
}
