import type { Briefing } from './compose.js';

/**
 * Single-source claims shown per outlet in Markdown and HTML. None of the seeds' or examples' outlets comes
 * near it (the most was 12); it keeps one wordy outlet of a fifty-article story from burying the page. The
 * JSON briefing is never cut, and a cut list says how many it left out.
 */
export const MAX_SINGLE_PER_OUTLET = 30;

export interface SingleGroup {
  outlet: string;
  /** Sentences shown, in the order of the outlet's articles. */
  shown: Briefing['single'];
  /** Claims of this outlet left out of the rendered list (all are in the JSON briefing). */
  hidden: number;
}

/** The briefing's single-source claims as one group per outlet; `single` comes sorted outlet by outlet. */
export function singleGroups(single: Briefing['single'], max = MAX_SINGLE_PER_OUTLET): SingleGroup[] {
  const groups: { outlet: string; all: Briefing['single'] }[] = [];
  for (const s of single) {
    const last = groups[groups.length - 1];
    if (last && last.outlet === s.outlet) last.all.push(s);
    else groups.push({ outlet: s.outlet, all: [s] });
  }
  return groups.map((g) => ({ outlet: g.outlet, shown: g.all.slice(0, max), hidden: Math.max(0, g.all.length - max) }));
}

/**
 * The heading of one outlet's list: "WNAM: 9 statements no other outlet carries". A syndicated copy and its
 * original are one voice, so their shared list names both and says no other *source* carries it.
 */
export function singleHeading(g: SingleGroup): string {
  const n = g.shown.length + g.hidden;
  const outlets = g.outlet.split(', ');
  const who = outlets.length > 1 ? `${outlets.slice(0, -1).join(', ')} and ${outlets.at(-1)} (copies of one report: one voice)` : g.outlet;
  return `${who}: ${n} ${n === 1 ? 'statement' : 'statements'} no other ${outlets.length > 1 ? 'source' : 'outlet'} carries`;
}

/** Said plainly under a cut list. */
export function hiddenNote(g: SingleGroup): string {
  return `${g.hidden} more from ${g.outlet} not shown here; the JSON briefing (--format json) lists all of them.`;
}
