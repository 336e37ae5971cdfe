import type { Doc } from '../core/doc.js';
import type { Span } from '../core/span.js';
import type { Entity } from '../annotate/entities/index.js';
import words from '../../data/reconcile/words.json' with { type: 'json' };
import { findNumbers, type NumberMention } from './numbers.js';
import { refineAnnouncers } from './announcer.js';

/** One statement an article makes: a sentence, with what it names. */
export interface Claim {
  /** `article:start`, stable for a given text. */
  id: string;
  article: string;
  /** The article whose words these are: a syndicated copy speaks with its original's voice. */
  voice: string;
  outlet: string;
  event: string | null;
  /** Publication day (YYYY-MM-DD) of the article, when known. */
  day: string | null;
  start: number;
  end: number;
  /** Stemmed content words, each once. */
  words: string[];
  /** Linked entity ids (corpus:entities) named in the sentence. */
  entities: string[];
  places: string[];
  numbers: NumberMention[];
  /** Calendar days (or months: `2021-08`; days of an unknown year: `XXXX-11-07`) the sentence names, from the times layer. */
  dates: DateMention[];
  /** The attributed source when the sentence carries a quote: linked entity id, or the words that name it. */
  speaker: { entity: string | null; text: string; cue: string; start: number; end: number } | null;
}

export interface DateMention {
  start: number;
  end: number;
  day: string;
  /** `START` for "early", `END` for "late": a day boundary a few hours away is then no conflict. */
  modifier?: string;
  /** True when only a weekday fixed it ("on Tuesday"). */
  weekdayOnly: boolean;
}

export const STOP = new Set(words.stop);

/** A content word's comparison key: lower case, plural and past endings trimmed, at most eight letters. */
export function stem(w: string): string {
  const lower = w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return lower.replace(/(ies)$/u, 'y').replace(/(ing|ed|es|s)$/u, '').slice(0, 8);
}

export function contentWords(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}][\p{L}'’]*/gu)) {
    const lower = m[0].toLowerCase().replace(/['’]s$/u, '');
    if (lower.length < 2 || STOP.has(lower)) continue;
    out.add(stem(lower));
  }
  return [...out];
}

/** Where every linked entity mention sits, for a lookup by article and offsets. */
export function mentionIndex(entities: readonly Entity[]): Map<string, Entity> {
  const index = new Map<string, Entity>();
  for (const e of entities) for (const m of e.mentions) index.set(`${m.article}:${m.start}:${m.end}`, e);
  return index;
}

export interface ClaimContext {
  voice: string;
  outlet: string;
  event: string | null;
  mentions: Map<string, Entity>;
}

const MIN_WORDS = 4;

/** The claims of one article: its sentences, less the headline, datelines, bylines and fragments. */
export function extractClaims(doc: Doc, ctx: ClaimContext): Claim[] {
  const times = doc.layer('times');
  const ents = doc.layer('entities');
  const quotes = doc.layer('quotes');
  const title = doc.meta.title?.trim();
  const day = /^\d{4}-\d{2}-\d{2}/.exec(doc.meta.published ?? '')?.[0] ?? null;
  const claims: Claim[] = [];
  for (const s of doc.layer('sentences')) {
    if (s.label === 'dateline') continue;
    const text = doc.slice(s);
    if (title && text.trim() === title) continue;
    if (/^\s*by\s+\p{Lu}/u.test(text) && text.length < 80) continue;
    const w = contentWords(text);
    if (w.length < MIN_WORDS) continue;
    const inside = (x: Span) => x.start >= s.start && x.end <= s.end;
    const sentTimes = times.filter(inside);
    const entities = new Set<string>();
    const places = new Set<string>();
    for (const m of ents.filter(inside)) {
      const linked = ctx.mentions.get(`${doc.id}:${m.start}:${m.end}`);
      if (!linked) continue;
      entities.add(linked.id);
      if (linked.type === 'PLACE') places.add(linked.id);
    }
    claims.push({
      id: `${doc.id}:${s.start}`,
      article: doc.id,
      voice: ctx.voice,
      outlet: ctx.outlet,
      event: ctx.event,
      day,
      start: s.start,
      end: s.end,
      words: w,
      entities: [...entities],
      places: [...places],
      numbers: findNumbers(doc.text, s.start, s.end, sentTimes),
      dates: sentTimes.flatMap((t) => dateOf(t)),
      speaker: speakerOf(doc, quotes.filter((q) => q.start < s.end && s.start < q.end), ctx.mentions),
    });
  }
  return refineAnnouncers(doc, claims, ctx.mentions);
}

function dateOf(t: Span): DateMention[] {
  const a = t.attrs ?? {};
  const value = a.value;
  if (a.type !== 'DATE' && a.type !== 'TIME') return [];
  // A month ("2021-08") or a day with no year ("XXXX-11-07", an undated article) still places a claim on the
  // timeline; slots compare full days only.
  if (typeof value !== 'string' || !/^(\d{4}|XXXX)-\d{2}/.test(value)) return [];
  const certain = Array.isArray(a.certain) ? (a.certain as string[]) : [];
  return [{
    start: t.start,
    end: t.end,
    day: /^(\d{4}|XXXX)-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value.slice(0, 7),
    ...(typeof a.modifier === 'string' ? { modifier: a.modifier } : {}),
    weekdayOnly: certain.includes('weekday') && !certain.includes('day'),
  }];
}

const ANNOUNCE = /^(announc|declar|confirm|disclos|unveil)/i;

/** The source of the sentence's quote; an announcement's source first ("agreed ..., the ministry announced"). */
function speakerOf(doc: Doc, quotes: Span[], mentions: Map<string, Entity>): Claim['speaker'] {
  const cueOf = (q: Span) => String(q.attrs?.cueText ?? '');
  const ordered = [...quotes.filter((q) => ANNOUNCE.test(cueOf(q))), ...quotes.filter((q) => !ANNOUNCE.test(cueOf(q)))];
  for (const q of ordered) {
    const a = q.attrs ?? {};
    const speaker = a.speaker as { start: number; end: number } | null | undefined;
    const cue = typeof a.cueText === 'string' ? a.cueText : '';
    if (!speaker) continue;
    const linked = mentions.get(`${doc.id}:${speaker.start}:${speaker.end}`);
    return { entity: linked?.id ?? null, text: doc.slice(speaker), cue, start: speaker.start, end: speaker.end };
  }
  return null;
}

/** The outlet an article speaks for: its metadata, the dateline's agency, the site, the file name. */
export function outletOf(doc: Doc): string {
  const m = doc.meta;
  if (m.outlet) return m.outlet;
  if (m.dateline?.agency) return m.dateline.agency;
  const url = m.canonicalUrl ?? m.url;
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      // an unparseable URL falls through to the file name
    }
  }
  return doc.source.split(/[\\/]/).pop() ?? doc.source;
}
