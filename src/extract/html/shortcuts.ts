import { Tokenizer } from 'htmlparser2';

/** The Tokenizer fields our shortcuts read and move (private in its typings; htmlparser2 is pinned to 12.x). */
interface TokenizerState {
  buffer: string;
  index: number;
  offset: number;
  fastForwardTo(c: number): boolean;
  stateInTagName(c: number): void;
  stateInAttributeName(c: number): void;
  stateInClosingTagName(c: number): void;
  stateBeforeTagName(c: number): void;
  enterTagBody(): void;
  sectionStart: number;
  state: number;
  cbs: Callbacks;
}

type Callbacks = ConstructorParameters<typeof Tokenizer>[1];

/**
 * The Tokenizer's loop visits every character of the page, calling a state function for each. Where it only waits
 * for one kind of character, these shortcuts find it directly and hand over to the Tokenizer's own state there,
 * with its index where its own loop would have stopped, so every callback receives the same positions:
 * - `fastForwardTo` (text and <script>/<style> to the next `<`, attribute values to their quote, `>`) uses
 *   String.indexOf, several times faster than its charCodeAt loop on the long inline scripts of news pages (the
 *   profile put that loop at a fifth of extraction time);
 * - tag and attribute names are read to their end in one tight loop instead of one loop turn per character;
 * - a whole opening tag (name, attributes, `>`) is read by readOpenTag in one call, a closing tag by readCloseTag.
 * Checked: the extracted text, metadata and offset maps of all 1,171 benchmark pages are identical with and
 * without them (bench/extraction), and sax.test.ts pins the positions on hostile input.
 */
export function addShortcuts(tokenizer: Tokenizer): void {
  if (!SHADOWABLE) return;
  const t = tokenizer as unknown as TokenizerState;
  const proto = Tokenizer.prototype as unknown as TokenizerState;
  t.fastForwardTo = function fastForwardTo(this: TokenizerState, c: number): boolean {
    const at = this.buffer.indexOf(CHARS[c] ?? String.fromCharCode(c), this.index - this.offset + 1);
    if (at < 0) {
      this.index = this.buffer.length + this.offset - 1;
      return false;
    }
    this.index = at + this.offset;
    return true;
  };
  t.stateBeforeTagName = function stateBeforeTagName(this: TokenizerState, c: number): void {
    if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) && readOpenTag(this)) return;
    if (c === 47 && readCloseTag(this)) return;
    proto.stateBeforeTagName.call(this, c);
  };
  t.stateInTagName = function stateInTagName(this: TokenizerState, c: number): void {
    if (!endOfTagSection(c)) {
      c = skipName(this, false);
      if (c < 0) return;
    }
    proto.stateInTagName.call(this, c);
  };
  t.stateInClosingTagName = function stateInClosingTagName(this: TokenizerState, c: number): void {
    if (!endOfTagSection(c)) {
      c = skipName(this, false);
      if (c < 0) return;
    }
    proto.stateInClosingTagName.call(this, c);
  };
  t.stateInAttributeName = function stateInAttributeName(this: TokenizerState, c: number): void {
    if (c !== 61 && !endOfTagSection(c)) {
      c = skipName(this, true);
      if (c < 0) return;
    }
    proto.stateInAttributeName.call(this, c);
  };
}
// The methods shadowed or called: should a release rename them, the Tokenizer runs unaided (slower, same output).
const SHADOWABLE = ['fastForwardTo', 'stateInTagName', 'stateInAttributeName', 'stateInClosingTagName', 'stateBeforeTagName', 'enterTagBody'].every(
  (m) => typeof (Tokenizer.prototype as unknown as Record<string, unknown>)[m] === 'function',
);
const CHARS: string[] = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));

/** The Tokenizer's end of a name: `/`, `>` or HTML white space. */
function endOfTagSection(c: number): boolean {
  return c === 47 || c === 62 || c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

/**
 * Moves the index to the next character that ends a name (or `=` too, for attribute names) and returns it; at the
 * buffer's end, leaves the index on its last character as the Tokenizer does and returns -1.
 */
function skipName(t: TokenizerState, attribute: boolean): number {
  const b = t.buffer;
  const n = b.length;
  for (let i = t.index - t.offset + 1; i < n; i++) {
    const c = b.charCodeAt(i);
    if (endOfTagSection(c) || (attribute && c === 61)) {
      t.index = i + t.offset;
      return c;
    }
  }
  t.index = n + t.offset - 1;
  return -1;
}

// Elements whose content the Tokenizer reads as raw text or RCDATA: their opening tags stay with the Tokenizer.
// Indexed by length, then tested in place (a slice and a lower-casing per tag showed in the profile).
const RAW_TEXT: string[][] = [];
for (const name of ['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']) (RAW_TEXT[name.length] ??= []).push(name);

function rawText(b: string, start: number, end: number): boolean {
  const names = RAW_TEXT[end - start];
  if (!names) return false;
  for (const name of names) {
    let i = 0;
    while (i < name.length && (b.charCodeAt(start + i) | 0x20) === name.charCodeAt(i)) i++;
    if (i === name.length) return true;
  }
  return false;
}
// Attribute events of the tag being read: kind, start, end (kinds below); reused, so a tag allocates nothing.
const events = new Int32Array(3 * 256);
const NAME = 1;
const DATA = 2;
const END = 3;

/**
 * Reads an opening tag from its first letter to its `>` with the Tokenizer's own rules for HTML (the states
 * BeforeAttributeName to InSelfClosingTag, without entity decoding), then reports it through the same callbacks
 * with the same positions and leaves the Tokenizer in Text state after it, as its loop would. Returns false,
 * having reported nothing, for raw-text elements, for a tag the input ends inside and for a tag with more than
 * 255 attribute events: the Tokenizer then reads it itself.
 */
function readOpenTag(t: TokenizerState): boolean {
  const b = t.buffer;
  const n = b.length;
  const off = t.offset;
  const start = t.index - off;
  let i = start + 1;
  while (i < n && !endOfTagSection(b.charCodeAt(i))) i++;
  if (i >= n || rawText(b, start, i)) return false;
  const nameEnd = i;
  let count = 0;
  let selfClosing = false;
  let at = -1; // the closing `>`
  let section = -1;
  // 8 before a name, 9 in a name, 10 after a name, 11 before a value, 14 in an unquoted value, 4 after `/`
  let state = 8;
  for (; i < n && at < 0; i++) {
    const c = b.charCodeAt(i);
    switch (state) {
      case 8:
        if (c === 62) at = i;
        else if (c === 47) state = 4;
        else if (!space(c)) {
          state = 9;
          section = i;
        }
        break;
      case 4:
        if (c === 62) {
          at = i;
          selfClosing = true;
        } else if (!space(c)) {
          state = 8;
          i--; // reconsume
        }
        break;
      case 9:
        if (c === 61 || endOfTagSection(c)) {
          if (count >= 255) return false;
          events[3 * count] = NAME;
          events[3 * count + 1] = section;
          events[3 * count++ + 2] = i;
          state = 10;
          i--;
        }
        break;
      case 10:
        if (c === 61) state = 11;
        else if (c === 47 || c === 62) {
          if (count >= 255) return false;
          events[3 * count++] = END;
          state = 8;
          i--;
        } else if (!space(c)) {
          if (count >= 255) return false;
          events[3 * count++] = END;
          state = 9;
          section = i;
        }
        break;
      case 11:
        if (c === 34 || c === 39) {
          const close = b.indexOf(c === 34 ? '"' : "'", i + 1);
          if (close < 0 || count >= 254) return false;
          events[3 * count] = DATA;
          events[3 * count + 1] = i + 1;
          events[3 * count++ + 2] = close;
          events[3 * count++] = END;
          state = 8;
          i = close;
        } else if (!space(c)) {
          section = i;
          state = 14;
          i--;
        }
        break;
      case 14:
        if (space(c) || c === 62) {
          if (count >= 254) return false;
          events[3 * count] = DATA;
          events[3 * count + 1] = section;
          events[3 * count++ + 2] = i;
          events[3 * count++] = END;
          state = 8;
          i--;
        }
        break;
    }
  }
  if (at < 0) return false;
  const cbs = t.cbs;
  cbs.onopentagname(start + off, nameEnd + off);
  for (let e = 0; e < count; e++) {
    const kind = events[3 * e];
    if (kind === NAME) cbs.onattribname(events[3 * e + 1]! + off, events[3 * e + 2]! + off);
    else if (kind === DATA) cbs.onattribdata(events[3 * e + 1]! + off, events[3 * e + 2]! + off);
    else cbs.onattribend(0, 0);
  }
  t.index = at + off;
  if (selfClosing) cbs.onselfclosingtag(at + off);
  else cbs.onopentagend(at + off);
  t.enterTagBody();
  t.sectionStart = at + off + 1;
  return true;
}

function space(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

// The Tokenizer's Text state, read from a fresh instance (its states are a private enum).
const TEXT_STATE = (new Tokenizer({}, {} as Callbacks) as unknown as TokenizerState).state;

/**
 * Reads `</name ...>` from its `/` with the Tokenizer's rules (BeforeClosingTagName, InClosingTagName,
 * AfterClosingTagName): reports the name and leaves the Tokenizer in Text state after the `>`. Returns false,
 * having reported nothing, when a letter does not follow `</` (bogus comments, `</>`) or no `>` follows.
 */
function readCloseTag(t: TokenizerState): boolean {
  const b = t.buffer;
  const off = t.offset;
  const start = t.index - off + 1;
  const first = b.charCodeAt(start);
  if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) return false;
  let i = start + 1;
  const n = b.length;
  while (i < n && !endOfTagSection(b.charCodeAt(i))) i++;
  const gt = i < n ? b.indexOf('>', i) : -1;
  if (gt < 0) return false;
  t.cbs.onclosetag(start + off, i + off);
  t.index = gt + off;
  t.state = TEXT_STATE;
  t.sectionStart = gt + off + 1;
  return true;
}
