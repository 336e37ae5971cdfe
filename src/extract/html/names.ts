/**
 * Tag and attribute names, lower-cased and shared: a page repeats a few dozen names thousands of times, and
 * cutting and lower-casing each occurrence (then hashing it again in every Set and Map lookup) showed in the
 * profile. Names are kept by length and first letter and matched in place, so a repeat costs no string.
 * Bounded: a bucket keeps at most 16 names, and further ones are cut each time.
 */
const buckets: (string[] | undefined)[] = [];
const MAX_LENGTH = 24;
const PER_BUCKET = 16;

export function nameAt(html: string, start: number, end: number): string {
  const length = end - start;
  const first = html.charCodeAt(start) | 0x20;
  if (length > MAX_LENGTH || first > 127) return html.slice(start, end).toLowerCase();
  const key = length * 128 + first;
  let bucket = buckets[key];
  if (bucket) for (const name of bucket) if (same(name, html, start, length)) return name;
  const name = html.slice(start, end).toLowerCase();
  if (!bucket) buckets[key] = bucket = [];
  if (bucket.length < PER_BUCKET) bucket.push(name);
  return name;
}

/** True when html[start, start + length) lower-cased (ASCII) equals `name`. */
function same(name: string, html: string, start: number, length: number): boolean {
  for (let i = 0; i < length; i++) {
    let c = html.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== name.charCodeAt(i)) return false;
  }
  return true;
}
