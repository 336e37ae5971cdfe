/**
 * Maps offsets in a document's clean text back to offsets in the decoded raw input (the HTML page or text
 * file as a JavaScript string, after charset decoding).
 *
 * Extraction copies runs of raw text into the clean text, dropping markup and collapsing white space.
 * Each run is a segment: clean [cleanStart, cleanStart + cleanLength) came from raw
 * [rawStart, rawStart + rawLength). When the lengths match (no entities decoded inside the run) the
 * mapping inside the segment is exact; otherwise an offset maps to the segment's start, which is the
 * nearest position that is certainly right.
 */
export interface OffsetSegment {
  cleanStart: number;
  cleanLength: number;
  rawStart: number;
  rawLength: number;
}

export class OffsetMap {
  readonly segments: readonly OffsetSegment[];

  constructor(segments: OffsetSegment[]) {
    this.segments = [...segments].sort((a, b) => a.cleanStart - b.cleanStart);
  }

  /** The identity map, for plain-text inputs whose clean text is a slice of the raw text. */
  static identity(length: number, rawStart = 0): OffsetMap {
    return new OffsetMap([{ cleanStart: 0, cleanLength: length, rawStart, rawLength: length }]);
  }

  /** Raw offset of a clean-text offset, or undefined when the offset falls on text that extraction inserted (a separator). */
  toRaw(cleanOffset: number): number | undefined {
    const segment = this.segmentAt(cleanOffset);
    if (!segment) return undefined;
    const delta = cleanOffset - segment.cleanStart;
    if (segment.cleanLength === segment.rawLength) return segment.rawStart + delta;
    return delta === segment.cleanLength ? segment.rawStart + segment.rawLength : segment.rawStart;
  }

  /** Raw range covering a clean range: from the raw start of its first character to the raw end of its last. */
  rangeToRaw(start: number, end: number): { start: number; end: number } | undefined {
    const rawStart = this.toRaw(start) ?? this.toRaw(this.nextMapped(start) ?? -1);
    const rawEnd = end > start ? this.toRawEnd(end) : rawStart;
    if (rawStart === undefined || rawEnd === undefined) return undefined;
    return { start: rawStart, end: Math.max(rawStart, rawEnd) };
  }

  toJSON(): number[][] {
    return this.segments.map((s) => [s.cleanStart, s.cleanLength, s.rawStart, s.rawLength]);
  }

  static fromJSON(rows: number[][]): OffsetMap {
    return new OffsetMap(rows.map(([cleanStart = 0, cleanLength = 0, rawStart = 0, rawLength = 0]) => ({ cleanStart, cleanLength, rawStart, rawLength })));
  }

  private toRawEnd(cleanEnd: number): number | undefined {
    // An end offset belongs to the character before it.
    const segment = this.segmentAt(cleanEnd - 1);
    if (!segment) return undefined;
    const delta = cleanEnd - segment.cleanStart;
    if (segment.cleanLength === segment.rawLength) return segment.rawStart + delta;
    return segment.rawStart + segment.rawLength;
  }

  private segmentAt(offset: number): OffsetSegment | undefined {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.segments[mid]!;
      if (offset < s.cleanStart) hi = mid - 1;
      else if (offset > s.cleanStart + s.cleanLength || (offset === s.cleanStart + s.cleanLength && s.cleanLength > 0)) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  private nextMapped(offset: number): number | undefined {
    const next = this.segments.find((s) => s.cleanStart > offset);
    return next?.cleanStart;
  }
}
