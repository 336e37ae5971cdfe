/**
 * Every message corroborate records has a code from this table, so that users can look it up and tests
 * can assert on it. A code's text is a template; `{name}` is filled from the message's `data`.
 */
export const codes = {
  // ingest
  'input-unreadable': 'cannot read {what}: {detail}',
  'input-empty': 'the input is empty',
  'input-binary': 'the input looks binary ({detail}), not text, HTML, a feed, JSON Lines or WARC',
  'input-too-large': 'the input is {size} bytes, over the limit of {limit} bytes',
  'input-not-found': 'no such file or folder',
  'glob-no-match': 'the pattern matched no files',
  'gzip-corrupt': 'the gzip data is corrupt or truncated: {detail}',
  'encoding-invalid': 'the bytes are not valid {encoding}; invalid sequences were replaced with U+FFFD',
  'encoding-unknown': 'unknown character encoding "{encoding}"; decoded as UTF-8',
  'url-refused': 'refused to fetch {url}: {detail}',
  'url-failed': 'could not fetch {url}: {detail}',
  'feed-invalid': 'the feed could not be parsed: {detail}',
  'feed-item-empty': 'feed item {index} has no content and no link',
  'jsonl-invalid': 'line {line} is not a JSON object with "text" or "html": {detail}',
  'warc-invalid': 'the WARC data is corrupt: {detail}',
  'warc-record-skipped': 'WARC record {index} was skipped: {detail}',
  'encoding-guessed': 'no character encoding was declared and the bytes are not valid UTF-8; decoded as {encoding}',
  'feed-item-summary': 'feed item {index} carries only a summary; its link {url} was not fetched',
  'feed-item-link-only': 'feed item {index} has no content; its link {url} was not fetched',
  'json-item-invalid': 'element {index} of the JSON array is not an object with "text" or "html": {detail}',
  // extract
  'extract-no-body': 'no article body was found',
  'extract-short-body': 'the article body is only {length} characters',
  'extract-truncated': 'the page is {size} characters; only the first {limit} were read',
  'extract-deep-nesting': 'the page nests elements {depth} deep; deeper elements were flattened',
  'extract-no-title': 'no title was found',
  'extract-no-date': 'no publication time was found',
  'date-unparsed': 'the date "{value}" could not be understood',
  // pipeline
  'stage-failed': 'stage {stage} failed: {detail}',
  // grouping (dedupe, cluster)
  'group-no-text': 'the article has no words; it was left out of duplicate detection and story grouping',
  'group-no-dates': 'no dates were found in the {count} articles of story "{story}"; its events were split by content alone',
} as const;

export type Code = keyof typeof codes;

export function formatCode(code: Code, data: Record<string, unknown> = {}): string {
  return codes[code].replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
