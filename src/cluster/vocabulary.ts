/**
 * Term ids and document frequencies. The batch clusterer counts every article first and then freezes the
 * table; the incremental index counts each article as it arrives, so early articles see a rougher IDF.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  private df: Int32Array = new Int32Array(1024);
  docs = 0;

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      if (id >= this.df.length) {
        const grown = new Int32Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
      }
    }
    return id;
  }

  /** Counts one document's distinct terms; returns their ids in the order given. */
  count(terms: Iterable<string>): number[] {
    this.docs++;
    const out: number[] = [];
    for (const term of terms) {
      const id = this.id(term);
      this.df[id]!++;
      out.push(id);
    }
    return out;
  }

  documentFrequency(id: number): number {
    return this.df[id] ?? 0;
  }

  /** Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1, never below 1. */
  idf(id: number): number {
    return Math.log((this.docs + 1) / ((this.df[id] ?? 0) + 1)) + 1;
  }
}
