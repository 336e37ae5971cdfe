import type { Message } from './message.js';
import { OffsetMap } from './offset-map.js';
import { isValidSpan, byPosition, type Span } from './span.js';

/** A place and the outlet or agency named at the head of a report: "ISLAMABAD (WNAM REPORT):". */
export interface Dateline {
  place?: string;
  agency?: string;
  /** Where the dateline stands in the clean text. */
  start: number;
  end: number;
}

/** What extraction learned about an article besides its text. Absent fields were not found. */
export interface ArticleMeta {
  title?: string;
  outlet?: string;
  /** Authors as written ("By Jane Roe and Ali Khan" → ["Jane Roe", "Ali Khan"]). */
  byline?: string[];
  dateline?: Dateline;
  /** ISO 8601; with the offset the page gave, or a date alone (`2025-10-29`) when no time was stated. */
  published?: string;
  modified?: string;
  url?: string;
  canonicalUrl?: string;
  /** ISO 639-1 where known (fastText lid.176 labels), with its confidence. */
  language?: string;
  languageConfidence?: number;
  description?: string;
  /** Where each metadata field came from (`json-ld`, `meta:og:site_name`, `text:published-line`, `hint:feed`). */
  provenance?: Record<string, string>;
}

export interface DocInit {
  id: string;
  source: string;
  text: string;
  meta?: ArticleMeta;
  map?: OffsetMap;
  layers?: Record<string, Span[]>;
  messages?: Message[];
}

/**
 * An article: its clean text, fixed once extraction has produced it, and named layers of spans over that
 * text (`blocks`, `sentences`, `entities`, `quotes`, `times`, ...). Layers are added by stages; the text
 * never changes, so every offset stays valid for the life of the document.
 */
export class Doc {
  readonly id: string;
  readonly source: string;
  readonly text: string;
  meta: ArticleMeta;
  /** Clean-text offsets → offsets in the decoded raw input. */
  readonly map: OffsetMap;
  readonly messages: Message[];
  private readonly layerTable = new Map<string, Span[]>();

  constructor(init: DocInit) {
    this.id = init.id;
    this.source = init.source;
    this.text = init.text;
    this.meta = init.meta ?? {};
    this.map = init.map ?? OffsetMap.identity(init.text.length);
    this.messages = init.messages ?? [];
    for (const [name, spans] of Object.entries(init.layers ?? {})) this.setLayer(name, spans);
  }

  /** Adds or replaces a layer; every span must lie inside the text (a stage bug otherwise). */
  setLayer(name: string, spans: Span[]): void {
    for (const span of spans) {
      if (!isValidSpan(span, this.text.length)) {
        throw new RangeError(`layer ${name}: span [${span.start}, ${span.end}) is outside the text of ${this.source} (length ${this.text.length})`);
      }
    }
    this.layerTable.set(name, [...spans].sort(byPosition));
  }

  layer(name: string): readonly Span[] {
    return this.layerTable.get(name) ?? [];
  }

  hasLayer(name: string): boolean {
    return this.layerTable.has(name);
  }

  get layerNames(): string[] {
    return [...this.layerTable.keys()];
  }

  slice(span: Pick<Span, 'start' | 'end'>): string {
    return this.text.slice(span.start, span.end);
  }

  /** The serialised shape shared by the store, the JSON output and the API. */
  toJSON(): DocJSON {
    return {
      id: this.id,
      source: this.source,
      text: this.text,
      meta: this.meta,
      layers: Object.fromEntries(this.layerTable),
      map: this.map.toJSON(),
      messages: this.messages,
    };
  }

  static fromJSON(json: DocJSON): Doc {
    return new Doc({ ...json, map: OffsetMap.fromJSON(json.map) });
  }
}

export interface DocJSON {
  id: string;
  source: string;
  text: string;
  meta: ArticleMeta;
  layers: Record<string, Span[]>;
  map: number[][];
  messages: Message[];
}
