/**
 * Term → the stories posted under it, for the incremental story index's candidate look-up. Each entry is a
 * pair (story, the latest publication date seen when it was posted), newest last, so the dates never fall
 * along a list: a look-up reading a list newest first can stop at the first entry posted too long ago, knowing
 * that everything older is older still (see `StoryIndex.keepPosted` for why that loses no candidate).
 */
export class PostingLists {
  private readonly lists = new Map<number, number[]>();

  post(term: number, story: number, date: number): void {
    const list = this.lists.get(term);
    if (list) list.push(story, date);
    else this.lists.set(term, [story, date]);
  }

  /** The term's pairs, flat: story at even positions, its posting date at the next. */
  get(term: number): readonly number[] | undefined {
    return this.lists.get(term);
  }

  /** Rough bytes (≈ 40 a map entry, 8 a number). */
  get bytes(): number {
    let bytes = 0;
    for (const list of this.lists.values()) bytes += 40 + 8 * list.length;
    return bytes;
  }
}
