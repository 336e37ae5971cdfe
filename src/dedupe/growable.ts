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
 * Integer key → chain head, open addressing over typed arrays (8 bytes a slot, filled up to 3/4 before it
 * doubles, so 11–21 bytes an entry, where a `Map` costs ≈ 40): the LSH index holds one entry per band per article.
 */
export class IntTable {
  private keys: Int32Array;
  private values: Int32Array;
  private used = 0;

  constructor(capacity = 1024) {
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity).fill(-1);
  }

  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let i = Math.imul(key, 0x9e3779b1) & mask; ; i = (i + 1) & mask) {
      if (this.values[i] === -1) return -1;
      if (this.keys[i] === key) return this.values[i]!;
    }
  }

  /** Sets a key's value (never -1, which marks an empty slot). */
  set(key: number, value: number): void {
    if ((this.used + 1) * 4 > this.keys.length * 3) this.grow();
    const mask = this.keys.length - 1;
    for (let i = Math.imul(key, 0x9e3779b1) & mask; ; i = (i + 1) & mask) {
      if (this.values[i] === -1) {
        this.keys[i] = key;
        this.values[i] = value;
        this.used++;
        return;
      }
      if (this.keys[i] === key) {
        this.values[i] = value;
        return;
      }
    }
  }

  get size(): number {
    return this.used;
  }

  get bytes(): number {
    return this.keys.byteLength + this.values.byteLength;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2).fill(-1);
    this.used = 0;
    for (let i = 0; i < keys.length; i++) if (values[i] !== -1) this.set(keys[i]!, values[i]!);
  }
}
