/** A typed array that doubles when full: the indexes keep per-article numbers here rather than in objects (≈ 4 bytes each, not ≈ 40). */
export class GrowableInt32 {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): number {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length] = value;
    return this.length++;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  get bytes(): number {
    return this.data.byteLength;
  }
}

/**
 * Fixed-width rows of 16-bit values in one growing buffer: MinHash signatures kept as the low 16 bits of each
 * minimum (b-bit MinHash). Two different minima agree by chance once in 65,536, which moves a similarity
 * estimate by far less than its sampling error, at half the memory of 32-bit values.
 */
export class RowStore {
  private data: Uint16Array;
  rows = 0;

  constructor(readonly width: number, capacity = 256) {
    this.data = new Uint16Array(width * capacity);
  }

  push(row: Uint32Array): number {
    if ((this.rows + 1) * this.width > this.data.length) {
      const next = new Uint16Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    const at = this.rows * this.width;
    for (let i = 0; i < this.width; i++) this.data[at + i] = row[i]! & 0xffff;
    return this.rows++;
  }

  /** Share of positions where two rows agree. */
  agreement(a: number, b: number): number {
    const d = this.data;
    const w = this.width;
    let same = 0;
    for (let i = 0, x = a * w, y = b * w; i < w; i++, x++, y++) if (d[x] === d[y]) same++;
    return same / w;
  }

  /** Share of positions where a stored row agrees with a full signature (compared on its low 16 bits). */
  agreementWith(row: number, signature: Uint32Array): number {
    const d = this.data;
    let same = 0;
    for (let i = 0, x = row * this.width; i < this.width; i++, x++) if (d[x] === (signature[i]! & 0xffff)) same++;
    return same / this.width;
  }

  get bytes(): number {
    return this.data.byteLength;
  }
}

/**
 * Integer key → chain head, open addressing over one typed array (8 bytes a slot, filled up to 3/4 before it
 * doubles, so 11–21 bytes an entry, where a `Map` costs ≈ 40): the LSH index holds one entry per band per article.
 * Key and value sit side by side, so a probe touches one cache line, not one in each of two arrays: at a
 * million articles the table is hundreds of megabytes and every probe is a cache miss.
 */
export class IntTable {
  /** Slot i: key at 2i, value at 2i + 1 (-1 marks an empty slot). */
  private slots: Int32Array;
  private used = 0;

  constructor(capacity = 1024) {
    this.slots = IntTable.empty(capacity);
  }

  get(key: number): number {
    const at = this.find(key);
    return this.slots[at + 1]!;
  }

  /** Sets a key's value (never -1, which marks an empty slot). */
  set(key: number, value: number): void {
    this.exchange(key, value);
  }

  /** Sets a key's value and returns the one it replaced (-1 when new), with a single probe. */
  exchange(key: number, value: number): number {
    if ((this.used + 1) * 8 > this.slots.length * 3) this.grow();
    const at = this.find(key);
    const old = this.slots[at + 1]!;
    if (old === -1) {
      this.slots[at] = key;
      this.used++;
    }
    this.slots[at + 1] = value;
    return old;
  }

  get size(): number {
    return this.used;
  }

  get bytes(): number {
    return this.slots.byteLength;
  }

  /** Index of the key's slot, or of the empty slot where it would go. */
  private find(key: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let i = Math.imul(key, 0x9e3779b1) & mask; ; i = (i + 1) & mask) {
      const at = i << 1;
      if (slots[at + 1] === -1 || slots[at] === key) return at;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = IntTable.empty(old.length);
    this.used = 0;
    for (let at = 0; at < old.length; at += 2) if (old[at + 1] !== -1) this.exchange(old[at]!, old[at + 1]!);
  }

  private static empty(capacity: number): Int32Array {
    const slots = new Int32Array(2 * capacity);
    for (let at = 1; at < slots.length; at += 2) slots[at] = -1;
    return slots;
  }
}
