import type { Doc } from '../core/doc.js';

/**
 * Event markers: what an article says about the shape of its event rather than its topic — how long it lasted
 * ("a four-day session", "four days of talks" → the same marker) and how often it recurs ("a weekly briefing").
 * Read from the `times` layer's normalised values, so wording does not matter. Two rounds of one set of talks
 * share every topic word; the length of each round is often what tells them apart.
 * Only exact values count: vague ones ("weeks", PXW) mark nothing.
 */
export function eventMarkers(doc: Doc): string[] {
  if (!doc.hasLayer('times')) return [];
  const markers: string[] = [];
  for (const span of doc.layer('times')) {
    const value = span.attrs?.value;
    if ((span.label !== 'DURATION' && span.label !== 'SET') || typeof value !== 'string' || !/^P(T?\d+[A-Z])+$/.test(value)) continue;
    // Seconds, minutes and hours describe moments inside an event (a tremor, a speech), not the event.
    if (/^PT/.test(value)) continue;
    markers.push(`⟨${span.label.toLowerCase()}:${value}⟩`);
  }
  return markers;
}

/** Adds markers to an article's term counts with a weight (they are rare and specific, like names). */
export function addMarkers(counts: Map<string, number>, doc: Doc, weight: number): void {
  for (const m of eventMarkers(doc)) counts.set(m, (counts.get(m) ?? 0) + weight);
}

const NUMBER = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)*(?![\p{L}\d])/gu;

/**
 * Numbers as terms (`#6.1`, `#91`): a death toll, a magnitude, an age or a score names one event where every
 * word is shared by its look-alike (two earthquakes, two deaths of film stars). One-digit counts are common to
 * everything, so only numbers with a decimal part or of two or more digits count.
 */
export function addNumbers(counts: Map<string, number>, text: string, weight: number): void {
  if (weight <= 0) return;
  for (const m of text.matchAll(NUMBER)) {
    const n = m[0].replace(/,(?=\d{3}\b)/g, '');
    if (n.length < 2 && !n.includes('.')) continue;
    const term = `#${n}`;
    counts.set(term, (counts.get(term) ?? 0) + weight);
  }
}
