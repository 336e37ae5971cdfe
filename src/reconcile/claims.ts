import type { Doc } from '../core/doc.js';
import type { Span } from '../core/span.js';
import type { Entity } from '../annotate/entities/index.js';
import words from '../../data/reconcile/words.json' with { type: 'json' };
import roles from '../../data/entities/roles.json' with { type: 'json' };
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
  /** Its place among the article's claims, 0 for the first: the lede's claims come first. */
  index: number;
  start: number;
  end: number;
  /** Stemmed content words, each once. */
  words: string[];
  /**
   * The members of `words` that belong to names (entity mentions) or titles ("minister", "mayor"): who the
   * sentence is about, not what it says about them.
   */
  names: string[];
  /** CAMEO classes of the actions the sentence reports (layer:actions, when the pipeline ran it). */
  actions: string[];
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
  /** The part of the day the expression names (`MO`, `AF`, `EV`, `NI`: "on Tuesday afternoon"). */
  partOfDay?: string;
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

/** Role and title words ("minister", "spokeswoman", "governor"): like names, they say who, not what. */
const TITLE_WORDS = new Set([...roles.heads, ...roles.titles].flatMap((r) => contentWords(r)));
/** Words that name a portfolio only next to a title ("defence minister", "Minister for Information"). */
const TOPIC_WORDS = new Set(roles.topics.map((t) => t.toLowerCase()));

/**
 * The content words of a sentence's titles: role words anywhere, and the portfolio words joined to them
 * ("foreign" in "foreign minister", "information" in "Minister for Information and Broadcasting"). A portfolio
 * word alone ("water rights", "trade") is content.
 */
export function titleWords(text: string): string[] {
  const tokens = [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((m) => m[0].toLowerCase());
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (!TITLE_WORDS.has(stem(t))) return;
    out.add(t);
    for (let j = i - 1; j >= 0 && TOPIC_WORDS.has(tokens[j]!); j--) out.add(tokens[j]!);
    if (tokens[i + 1] !== 'for') return;
    for (let j = i + 2; j < tokens.length && (TOPIC_WORDS.has(tokens[j]!) || tokens[j] === 'and'); j++) out.add(tokens[j]!);
  });
  return contentWords([...out].join(' '));
}

/** The claims of one article: its sentences, less the headline, datelines, bylines and fragments. */
export function extractClaims(doc: Doc, ctx: ClaimContext): Claim[] {
  const times = doc.layer('times');
  const ents = doc.layer('entities');
  const quotes = doc.layer('quotes');
  const actions = doc.layer('actions');
  const title = doc.meta.title?.trim();
  const day = /^\d{4}-\d{2}-\d{2}/.exec(doc.meta.published ?? '')?.[0] ?? null;
  const claims: Claim[] = [];
  for (const s of doc.layer('sentences')) {
    if (s.label === 'dateline') continue;
    const text = doc.slice(s);
    if (title && text.trim() === title) continue;
    if (/^\s*by\s+\p{Lu}/u.test(text) && text.length < 80) continue;
    if (isSubheading(text)) continue;
    const w = contentWords(text);
    if (w.length < MIN_WORDS) continue;
    const inside = (x: Span) => x.start >= s.start && x.end <= s.end;
    const sentTimes = times.filter(inside);
    const entities = new Set<string>();
    const places = new Set<string>();
    const names = new Set(w.some((x) => TITLE_WORDS.has(x)) ? titleWords(text) : []);
    for (const m of ents.filter(inside)) {
      for (const x of contentWords(doc.slice(m))) names.add(x);
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
      index: claims.length,
      start: s.start,
      end: s.end,
      words: w,
      names: w.filter((x) => names.has(x)),
      actions: [...new Set(actions.filter(inside).map((a) => a.label ?? ''))].filter(Boolean),
      entities: [...entities],
      places: [...places],
      numbers: findNumbers(doc.text, s.start, s.end, sentTimes),
      dates: sentTimes.flatMap((t) => dateOf(t)),
      speaker: speakerOf(doc, quotes.filter((q) => q.start < s.end && s.start < q.end), ctx.mentions),
    });
  }
  return refineAnnouncers(doc, claims, ctx.mentions);
}

/**
 * A subheading inside the body ("Stalled Dialogue and Rising Frustration"): no closing punctuation and every
 * longer word capitalised. It names a section; it states nothing an outlet could be cited for.
 */
export function isSubheading(text: string): boolean {
  const t = text.trim();
  if (/[.!?:;"”’)\]]$/u.test(t)) return false;
  const long = t.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
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
    ...(typeof a.partOfDay === 'string' ? { partOfDay: a.partOfDay } : {}),
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
