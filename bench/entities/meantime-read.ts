/**
 * Reads MEANTIME NewsReader XML (CAT format): tokens, entity mentions (token anchors, syntactic type),
 * entity instances (type, cross-document instance id) and REFERS_TO links, and rebuilds a plain text with
 * character offsets for every token (sentences on their own lines, punctuation attached as in print).
 */
import { readFileSync } from 'node:fs';

export interface GoldMention {
  start: number;
  end: number;
  /** NAM, PRE.NAM, NOM, PRO, ... or '' when the annotators left it empty. */
  syntactic: string;
  /** PER, ORG, LOC, PRO, FIN, MIX; '' when the mention refers to no entity. */
  type: string;
  /** The cross-document instance id, or doc-local `docId:m_id` for entities annotated in one document only. */
  instance: string;
}

export interface GoldDoc {
  id: string;
  text: string;
  mentions: GoldMention[];
  /** MEANTIME's event mentions ("WWDC", "Conference", "crashed"): named events are marked here, not as entities. */
  events: { start: number; end: number }[];
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|['’]s|['’]|n['’]t|['’]re|['’]ve|['’]ll|['’]d|['’]m)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;
// MEANTIME's tokens split "O'Leary" into "O'" + "Leary" and "I'm" into "I'" + "m": one letter and an
// apostrophe is an elision written without a space. A curly apostrophe is a token of its own ("Apple ’ s").
const ELIDED = /^\p{L}['’]$/u;

export function readMeantime(path: string): GoldDoc {
  const xml = readFileSync(path, 'utf8');
  const id = /doc_id="([^"]+)"/.exec(xml)?.[1] ?? path;
  const offsets = new Map<string, { start: number; end: number }>();
  const inWord = hyphensInNames(xml);
  let text = '';
  let sentence = '';
  let previous = '';
  let glued = false;
  for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)" t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const value = decode(m[3]!);
    const glue = inWord.has(m[2]!);
    if (text && m[1] !== sentence) text += '\n';
    else if (text && !glue && !glued && !NO_SPACE_BEFORE.test(value) && !NO_SPACE_AFTER.test(previous) && !ELIDED.test(previous) && !(value === 's' && previous === '’')) text += ' ';
    glued = glue;
    offsets.set(m[2]!, { start: text.length, end: text.length + value.length });
    text += value;
    sentence = m[1]!;
    previous = value;
  }
  const entities = new Map<string, { type: string; instance: string }>();
  for (const m of xml.matchAll(/<ENTITY ([^>]*?)\/?>/g)) {
    const attrs = m[1]!;
    const mid = /m_id="(\d+)"/.exec(attrs)?.[1];
    if (!mid) continue;
    entities.set(mid, { type: /ent_type="([^"]*)"/.exec(attrs)?.[1] ?? '', instance: /instance_id="([^"]+)"/.exec(attrs)?.[1] ?? `${id}:${mid}` });
  }
  const refers = new Map<string, string>();
  for (const m of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(m[1]!)?.[1];
    if (!target) continue;
    for (const s of m[1]!.matchAll(/<source m_id="(\d+)"/g)) refers.set(s[1]!, target);
  }
  const mentions: GoldMention[] = [];
  const seen = new Set<string>();
  for (const m of xml.matchAll(/<ENTITY_MENTION ([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const mid = /m_id="(\d+)"/.exec(m[1]!)?.[1];
    if (!mid || seen.has(mid)) continue;
    seen.add(mid);
    const anchors = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((a) => offsets.get(a[1]!)).filter((x) => x !== undefined);
    if (!anchors.length) continue;
    const entity = entities.get(refers.get(mid) ?? '');
    mentions.push({
      start: Math.min(...anchors.map((a) => a.start)),
      end: Math.max(...anchors.map((a) => a.end)),
      syntactic: /syntactic_type="([^"]*)"/.exec(m[1]!)?.[1] ?? '',
      type: entity?.type ?? '',
      instance: entity?.instance ?? `${id}:mention:${mid}`,
    });
  }
  const events: { start: number; end: number }[] = [];
  for (const m of xml.matchAll(/<EVENT_MENTION [^>]*>([\s\S]*?)<\/EVENT_MENTION>/g)) {
    const anchors = [...m[1]!.matchAll(/t_id="(\d+)"/g)].map((a) => offsets.get(a[1]!)).filter((x) => x !== undefined);
    if (anchors.length) events.push({ start: Math.min(...anchors.map((a) => a.start)), end: Math.max(...anchors.map((a) => a.end)) });
  }
  return { id, text, mentions, events };
}

/**
 * The t_ids of hyphen tokens printed inside a word. MEANTIME tokenises "Wal-Mart" as "Wal", "-", "Mart" and
 * keeps no spacing, while a dash between clauses ("airlines - Air China") is a token of its own as well; a
 * lone "-" strictly inside one name mention (NAM) and between two word tokens is the name's hyphen.
 */
function hyphensInNames(xml: string): Set<string> {
  const tokens = new Map<number, string>();
  for (const m of xml.matchAll(/<token [^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) tokens.set(Number(m[1]), decode(m[2]!));
  const out = new Set<string>();
  for (const m of xml.matchAll(/<ENTITY_MENTION [^>]*syntactic_type="NAM"[^>]*>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const ids = [...m[1]!.matchAll(/t_id="(\d+)"/g)].map((a) => Number(a[1]));
    for (const id of ids) {
      const word = (k: number) => ids.includes(k) && /^[\p{L}\p{N}]/u.test(tokens.get(k) ?? '');
      if (tokens.get(id) === '-' && word(id - 1) && word(id + 1)) out.add(String(id));
    }
  }
  return out;
}

function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
