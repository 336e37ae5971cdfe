import { DecodingMode, EntityDecoder, decodeHTML, decodeHTMLAttribute, htmlDecodeTree } from 'entities/decode';

export { decodeHTML, decodeHTMLAttribute };

// The tokenizer runs with entity decoding off: decoding in it walks every text character through its state
// machine, while undecoded it skips to the next '<'. Text is then split here, only where it is kept, with the
// same decoder and mode (Legacy, as in HTML text) that htmlparser2 uses, so the pieces and their raw ranges are
// the ones the decoding tokenizer reported.
let decoded = '';
const decoder = new EntityDecoder(htmlDecodeTree, (cp) => {
  decoded += String.fromCodePoint(cp);
});

/**
 * Reports the raw text [start, end) as verbatim runs (by range only) and character references (with their
 * decoded text, each reference on its own). A `&` that starts no reference stays in the verbatim run.
 */
export function splitEntities(html: string, start: number, end: number, emit: (start: number, end: number, decoded?: string) => void): void {
  let amp = nextAmp(html, start, end);
  if (amp < 0) {
    emit(start, end);
    return;
  }
  let run = start;
  while (amp >= 0) {
    decoded = '';
    decoder.startEntity(DecodingMode.Legacy);
    // Reading on past `end` is safe: text ends at a '<' (or the input's end), which ends any reference.
    let length = decoder.write(html, amp + 1);
    if (length < 0) length = decoder.end();
    if (length > 0 && decoded) {
      const stop = Math.min(end, amp + length);
      if (amp > run) emit(run, amp);
      emit(amp, stop, decoded);
      run = stop;
    }
    amp = nextAmp(html, Math.max(run, amp + 1), end);
  }
  if (run < end) emit(run, end);
}

// A bounded search: indexOf would run on to the page's end whenever a text run holds no '&'.
function nextAmp(html: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (html.charCodeAt(i) === 38) return i;
  return -1;
}
