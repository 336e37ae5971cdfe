/** The kinds of TIMEX3 expression: a calendar date or period, a clock time, a length of time, a recurrence. */
export type TimeLabel = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A TIMEX3-like value: `2026-03-12`, `2026-03-12T10:40`, `2026-03-12TMO`, `2026-W11`, `2026-03`, `2026-Q1`, `2026`, `P4D`, `PRESENT_REF`. */
export type TimeValue = string;

/** An interval of TIMEX3 values, both ends inclusive at their own precision. */
export interface TimeInterval {
  start: TimeValue;
  end: TimeValue;
}

/** TIMEX3 part-of-day suffixes. */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';

/** The attributes of a span in the `times` layer. */
export interface TimeAttrs {
  /** Undefined when the expression is relative and no publication time anchors it. */
  value: TimeValue | TimeInterval | undefined;
  type: TimeLabel;
  /** For durations and relative periods: the stretch of calendar it covers ("last four days" → the four days before publication). */
  anchor?: TimeInterval;
  partOfDay?: PartOfDay;
  /** TIMEX3 `mod`: `START` for "early", `END` for "late", `MID`, `APPROX`, `ON_OR_AFTER` for "since ...". */
  modifier?: string;
  /** True when the value depends on the publication time (or on an earlier date in the text). */
  relative: boolean;
  /** The calendar fields the text itself fixes (`year`, `month`, `day`, `weekday`, `hour`, `minute`). */
  certain: string[];
}

export interface TimeSpan {
  start: number;
  end: number;
  label: TimeLabel;
  attrs: TimeAttrs;
}
