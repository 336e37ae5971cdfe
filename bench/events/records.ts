/** One PETRARCH validation record: its text, date and gold codings (source, target, CAMEO code). */
export interface PetrarchRecord {
  id: string;
  category: string;
  /** YYYYMMDD as a number, for the actor dictionaries' date restrictions. */
  date: number;
  text: string;
  gold: [string, string, string][];
  /** Coded `noevents="True"`: nothing should be found. */
  noEvents: boolean;
}

const attr = (tag: string, name: string) => new RegExp(`${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];

/**
 * Reads PETR.UnitTest.records.xml and PETR2_GSR_validation.xml alike: each `<Sentence ...>` up to the
 * next one holds `<EventCoding .../>` elements and one `<Text>`. Records coded as errors (`error=`) and
 * those in commented-out blocks are left out.
 */
export function readRecords(xml: string): PetrarchRecord[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const out: PetrarchRecord[] = [];
  for (const part of body.split(/<Sentence\s/).slice(1)) {
    const head = part.slice(0, part.indexOf('>'));
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(part)?.[1]?.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const codings = [...part.matchAll(/<EventCoding\s([^>]*)>/g)].map((m) => m[1]!);
    if (codings.some((c) => attr(c, 'error'))) continue;
    const gold = codings.filter((c) => attr(c, 'eventcode')).map((c) => [attr(c, 'sourcecode') ?? '---', attr(c, 'targetcode') ?? '---', attr(c, 'eventcode')!] as [string, string, string]);
    const noEvents = codings.some((c) => /true/i.test(attr(c, 'noevents') ?? ''));
    if (!gold.length && !noEvents) continue;
    out.push({ id: attr(head, 'id') ?? '?', category: attr(head, 'category') ?? '', date: Number(attr(head, 'date') ?? 0), text, gold, noEvents });
  }
  return out;
}
