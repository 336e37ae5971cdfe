/**
 * Reading an input's bytes with a look-ahead (detection needs the first few KB before it knows how to read
 * the rest) and a cap (memory stays bounded whatever arrives).
 *
 * An input over the cap is refused, not truncated: a page cut at 20 MiB may lose its article body or end
 * mid-tag, and a silently partial article would be corroborated as if it were whole. Reading stops as soon as
 * the cap is crossed, so a 50 MB page costs at most maxBytes of memory and the time to read that much.
 */
export class TooLargeError extends Error {
  /** Bytes, or `more than N` when reading stopped at the cap before the end. */
  readonly size: number | string;
  readonly limit: number;
  constructor(size: number | string, limit: number) {
    super(`the input is ${size} bytes, over the limit of ${limit} bytes`);
    this.size = size;
    this.limit = limit;
  }
}

export class ByteReader {
  private head: Buffer = Buffer.alloc(0);
  private readonly iterator: AsyncIterator<Uint8Array>;
  private done = false;
  private pending: unknown;

  constructor(chunks: AsyncIterable<Uint8Array>) {
    this.iterator = chunks[Symbol.asyncIterator]();
  }

  /** True once the underlying stream has ended without error and every byte is in the look-ahead. */
  get complete(): boolean {
    return this.done && this.pending === undefined;
  }

  /** The first `n` bytes (fewer at the end of the input); they are read again by stream() and readAll(). */
  async peek(n: number): Promise<Buffer> {
    const parts: Buffer[] = [this.head];
    let length = this.head.length;
    while (!this.done && length < n) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await this.iterator.next();
      } catch (error) {
        // Keep what arrived before the failure (the records before a gzip break); the error is raised
        // when the reader reaches that point.
        if (length === 0) throw error;
        this.pending = error;
        this.done = true;
        break;
      }
      if (next.done) this.done = true;
      else {
        const chunk = toBuffer(next.value);
        parts.push(chunk);
        length += chunk.length;
      }
    }
    if (parts.length > 1) this.head = Buffer.concat(parts, length);
    return this.head.subarray(0, n);
  }

  /** Every byte, peeked ones first. Stopping early releases the underlying stream. */
  async *stream(): AsyncGenerator<Buffer> {
    try {
      if (this.head.length) yield this.head;
      this.head = Buffer.alloc(0);
      while (!this.done) {
        const next = await this.iterator.next();
        if (next.done) this.done = true;
        else yield toBuffer(next.value);
      }
      if (this.pending !== undefined) throw this.pending;
    } finally {
      await this.close();
    }
  }

  /** The whole input, or TooLargeError as soon as it passes `limit` bytes. */
  async readAll(limit: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let length = 0;
    for await (const chunk of this.stream()) {
      length += chunk.length;
      if (length > limit) throw new TooLargeError(`more than ${limit}`, limit);
      parts.push(chunk);
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
  }

  async close(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.iterator.return?.();
  }
}

/** Streams such as process.stdin after setEncoding() yield strings. */
function toBuffer(value: Uint8Array | string): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

/** Splits a byte stream on LF, keeping at most `limit` bytes of a line; longer lines come back as `tooLong`. */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, limit: number): AsyncGenerator<{ line: number; bytes: Buffer; tooLong: boolean }> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let line = 1;
  for await (const value of chunks) {
    let chunk = toBuffer(value);
    let newline: number;
    while ((newline = chunk.indexOf(0x0a)) >= 0) {
      const piece = chunk.subarray(0, newline);
      if (!tooLong && length + piece.length <= limit) parts.push(piece);
      const over = tooLong || length + piece.length > limit;
      yield { line, bytes: over ? Buffer.alloc(0) : Buffer.concat(parts), tooLong: over };
      parts = [];
      length = 0;
      tooLong = false;
      line += 1;
      chunk = chunk.subarray(newline + 1);
    }
    if (!tooLong) {
      if (length + chunk.length > limit) {
        tooLong = true;
        parts = [];
      } else if (chunk.length) {
        // Copied because the reader may reuse its buffer for the next chunk.
        parts.push(Buffer.from(chunk));
      }
    }
    length += chunk.length;
  }
  if (length > 0 || tooLong) yield { line, bytes: tooLong ? Buffer.alloc(0) : Buffer.concat(parts), tooLong };
}
